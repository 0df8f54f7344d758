"""Formatting and parsing ExC amounts (integers of 10^-18 ExC) for people, without floating point."""

from __future__ import annotations

import re

from lightnode.protocol.encoding import AMOUNT_MAX, ONE_EXC

DECIMALS = 18
_AMOUNT = re.compile(r"^\s*(\d{1,60})(?:[.,](\d{0,18}))?\s*(?:ExC|EXC|exc)?\s*$")


class AmountError(ValueError):
    """Text that is not an amount of ExC."""


def format_exc(amount: int, *, max_decimals: int = 6, unit: bool = True) -> str:
    """`12345000000000000000` → `12.345 ExC`; trailing zeros dropped, at most `max_decimals` shown.

    Digits beyond `max_decimals` are cut (never rounded up), so a balance is never shown as more than it is.
    """
    sign = "-" if amount < 0 else ""
    whole, frac = divmod(abs(amount), ONE_EXC)
    digits = f"{frac:0{DECIMALS}d}"[:max_decimals].rstrip("0")
    text = f"{sign}{whole:,}" + (f".{digits}" if digits else "")
    return f"{text} ExC" if unit else text


def parse_exc(text: str) -> int:
    """`"12.5"` or `"12,5 ExC"` → base units; refuses negative, too precise, or absurd amounts."""
    match = _AMOUNT.match(text or "")
    if not match:
        raise AmountError("Type an amount such as 12.5 (in ExC).")
    whole, frac = match.group(1), match.group(2) or ""
    value = int(whole) * ONE_EXC + int(frac.ljust(DECIMALS, "0") or "0")
    if value > AMOUNT_MAX:
        raise AmountError("That amount is larger than any balance can be.")
    return value

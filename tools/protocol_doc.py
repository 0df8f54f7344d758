"""Regenerates the generated parts of docs/PROTOCOL.md (structure tables, test vectors) from the code.

Run `python -m tools.protocol_doc` after changing a wire structure; a test fails while the document
and the code disagree.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from lightnode.protocol import actions as A
from lightnode.protocol import chain as C
from lightnode.protocol import encoding as E

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "PROTOCOL.md"
VECTORS = ROOT / "tests" / "vectors" / "protocol.json"
_BLOCK = re.compile(r"(<!-- BEGIN GENERATED: (\w+) -->\n)(.*?)(<!-- END GENERATED -->)", re.S)


def describe(codec: Any) -> str:
    if isinstance(codec, E.OneOf):
        members = ", ".join(f"{m.value} {m.name.lower()}" for m in codec.enum)
        return f"uint ({codec.enum.__name__}: {members})"
    if isinstance(codec, E.U64):
        return "uint64" if codec.hi == E.U64_MAX else f"uint ≤ {codec.hi}"
    if isinstance(codec, E.I64):
        return "int64" if (codec.lo, codec.hi) == (E.I64_MIN, E.I64_MAX) else f"int in [{codec.lo}, {codec.hi}]"
    if isinstance(codec, E.Bytes):
        if codec.size is not None:
            return f"bytes[{codec.size}]"
        if codec.sizes:
            return "bytes[" + " or ".join(str(n) for n in sorted(codec.sizes)) + "]"
        return f"bytes ≤ {codec.max_len}"
    if isinstance(codec, E.Text):
        lo = f"{codec.min_len}–" if codec.min_len else "≤ "
        return f"str ({lo}{codec.max_len} UTF-8 bytes)"
    if isinstance(codec, E.Amount):
        return "amount"
    if isinstance(codec, E.ListOf):
        order = ", sorted, unique" if codec.sorted_unique else ""
        return f"list (≤ {codec.max_len}{order}) of {describe(codec.item)}"
    if isinstance(codec, E.Nested):
        return codec.cls.__name__
    if isinstance(codec, A._ActionCodec):
        return "Action"
    if isinstance(codec, C._CommitSigs):
        return f"list (≤ {C.MAX_VALIDATORS}) of [validator_index uint, signature bytes[64]], index increasing"
    raise TypeError(f"cannot describe {codec!r}")


def struct_table(cls: type[E.Struct], title: str | None = None) -> str:
    lines = [f"#### {title or cls.__name__}", ""]
    doc = (cls.__doc__ or "").strip().splitlines()
    if doc and not doc[0].startswith(cls.__name__ + "("):
        lines += [" ".join(d.strip() for d in doc if d.strip()), ""]
    lines += ["| # | field | type |", "|---|---|---|", f"| 0 | version | uint = {cls.VERSION} |"]
    lines += [f"| {i} | `{name}` | {describe(codec)} |" for i, (name, codec) in enumerate(cls._FIELDS, start=1)]
    return "\n".join(lines) + "\n"


def structures() -> str:
    parts = [struct_table(cls) for cls in (C.Header, C.Vote, C.Validator, C.ValidatorSet, C.Commit, C.LightBlock)]
    parts.append(struct_table(A.SignedAction))
    return "\n".join(parts)


def payloads() -> str:
    parts = []
    for action_type, cls in sorted(A.PAYLOAD_TYPES.items()):
        parts.append(struct_table(cls, f"{int(action_type)} {action_type.name} — {cls.__name__}"))
    return "\n".join(parts)


def vectors() -> str:
    data = json.loads(VECTORS.read_text())
    out = ["```json", json.dumps(data, indent=2), "```", ""]
    return "\n".join(out)


GENERATORS = {"structures": structures, "payloads": payloads, "vectors": vectors}


def render(text: str) -> str:
    def sub(m: re.Match[str]) -> str:
        return m.group(1) + GENERATORS[m.group(2)]() + m.group(4)

    return _BLOCK.sub(sub, text)


def main() -> None:
    DOC.write_text(render(DOC.read_text()))
    sys.stdout.write(f"updated {DOC}\n")


if __name__ == "__main__":
    main()

"""Rules of the wallet: transfers and storage fuelling."""

from __future__ import annotations

from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.encoding import ONE_EXC, U64_MAX

from ._context import Context, replace


def transfer(ctx: Context, p: A.Transfer) -> None:
    ctx.debit(ctx.sender, p.amount)
    ctx.credit(p.to, p.amount)
    ctx.emit("transfer", (ctx.sender, p.to), amount=p.amount, memo=p.memo)


def fuel(ctx: Context, p: A.Fuel) -> None:
    """Buy blob-store quota: fuel_bytes_per_exc bytes per ExC paid (rounded down); the payment goes to the
    community fund."""
    ctx.debit(ctx.sender, p.amount)
    ctx.add_to_pool(S.FUND_KEY, p.amount)
    bought = p.amount * ctx.param("fuel_bytes_per_exc") // ONE_EXC
    account = ctx.account(ctx.sender)
    quota = min(U64_MAX, account.storage_quota + bought)
    ctx.put_account(ctx.sender, replace(account, storage_quota=quota, fuelled=account.fuelled + p.amount))
    ctx.emit("fuel", (ctx.sender,), amount=p.amount, storage_quota=quota)

"""Wallet history on a real devnet when the app was not watching: B's app is closed while A pays B three
times; when B starts, each transfer appears once, proven, and the balance agrees with the history. A node
that lies about the list is caught: a forged entry is never shown, an omission is found through a witness
(and repaired), or without one by the proven balance not matching the transfers."""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from etalonium_desktop.session import Session
from etalonium_desktop.store import MINIMAL_KDF_COST, Profile, generate_phrase
from fullnode.devnet import Devnet
from lightnode.protocol.actions import Transfer
from lightnode.protocol.address import encode_address
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.keys import PrivateKey
from tests.e2e.lying_proxy import LyingProxy
from tests.unit.desktop.sessions import caught_up, session_on, until

from .devnet_helpers import Client, Signer, Watcher

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]

PASSPHRASE = "a passphrase for the test"
_LISTING = re.compile(r"/v1/accounts/[^/]+/actions")


class ListingLiar(LyingProxy):
    """An honest node's proxy that alters the list of an account's actions with `alter(actions)`."""

    def __init__(self, upstream: str, alter: Callable[[list[dict[str, Any]]], list[dict[str, Any]]]) -> None:
        super().__init__(upstream)
        self.alter = alter

    async def _forward(self, request: web.Request) -> web.StreamResponse:
        if not _LISTING.fullmatch(request.path):
            return await super()._forward(request)
        assert self._session is not None
        async with self._session.get(f"{self.upstream}{request.rel_url}") as upstream:
            doc = await upstream.json()
            if upstream.status != 200:
                return web.json_response(doc, status=upstream.status)
        self.lies_told += 1
        return web.json_response({**doc, "actions": self.alter(doc["actions"])})


def app_of(profile: Profile, devnet: Devnet, nodes: tuple[str, ...]) -> AbstractAsyncContextManager[Session]:
    """B's app, Qt aside: its network service and session on `nodes` (the first is the primary)."""
    return session_on(profile, nodes, devnet.dir / "genesis.json")


async def test_transfers_made_while_the_app_was_closed_are_caught_up_and_lies_caught(
    shared_devnet: Devnet, session: aiohttp.ClientSession, tmp_path: Path
) -> None:
    devnet = shared_devnet
    node0, node1 = devnet.api_url(0), devnet.api_url(1)
    api = Client(session, node0)
    names = sorted(devnet.demo_keys)
    a, c = devnet.demo_keys[names[0]], devnet.demo_keys[names[1]]
    signer = Signer(devnet.chain_id)
    signer.nonces[a.actor_id] = (await api.account(encode_address(a.actor_id)))["next_nonce"]
    watcher = await Watcher(session, node0).start()

    async def pay(to: bytes, amount: int, memo: str) -> tuple[bytes, int]:
        action_id = await api.submit(signer.sign(a, Transfer(to, amount, memo)))
        height, ok, reason = (await watcher.wait_actions([action_id]))[action_id]
        assert ok, reason
        return bytes.fromhex(action_id), height

    phrase = generate_phrase()
    b1 = Profile.create(tmp_path / "b1", PASSPHRASE, phrase, kdf=MINIMAL_KDF_COST)
    b1.settings.set("profile.published", True)
    b = PrivateKey(b1.account_key(0).seed).actor_id
    history = b1.wallet_history
    try:
        # B's first run (funded beforehand, so the app asks no faucet): it covers the chain so far.
        first, first_height = await pay(b, ONE_EXC, "before the first run")
        async with app_of(b1, devnet, (node0, node1)) as app:
            await caught_up(app, first_height)
            await until(lambda: app.balance.amount == ONE_EXC, "the proven balance")
        assert [t.action_id for t in history.page(None, 10)] == [first]

        # B is offline: A pays B three times (and C once).
        paid = [await pay(b, (i + 2) * ONE_EXC, f"while away {i}") for i in range(3)]
        other, _ = await pay(c.actor_id, ONE_EXC, "to someone else")
        ids = [action_id for action_id, _ in paid]
        async with app_of(b1, devnet, (node0, node1)) as app:
            await until(lambda: history.count() == 4, "the three transfers made while B was offline")
            await caught_up(app, paid[-1][1])
            await until(lambda: app.balance.amount == 10 * ONE_EXC, "the proven balance with them")
            recorded = {t.action_id: t for t in history.page(None, 10)}
            assert set(recorded) == {first, *ids}
            assert [recorded[i].memo for i in ids] == [f"while away {i}" for i in range(3)]
            assert [recorded[i].height for i in ids] == [h for _, h in paid]
            # The balance and the history agree (B never spent), and nothing was found wrong.
            assert sum(t.amount for t in recorded.values()) == app.balance.amount
            assert [e.action_id for e in await app.history()] == [*reversed(ids), first]
            assert app.history_warning == ""

        # The same identity restored in a new profile, behind a primary that leaves out the second transfer
        # and lists a transfer to C and a made-up id instead; an honest node is the witness.
        forged = [{"id": other.hex(), "height": paid[1][1]}, {"id": "ab" * 32, "height": paid[1][1]}]

        def lie(actions: list[dict[str, Any]]) -> list[dict[str, Any]]:
            kept = [x for x in actions if x["id"] != ids[1].hex()]
            return kept + forged if len(kept) < len(actions) else kept

        b2 = Profile.create(tmp_path / "b2", PASSPHRASE, phrase, kdf=MINIMAL_KDF_COST)
        b2.settings.set("profile.published", True)
        try:
            async with ListingLiar(node0, lie) as liar, app_of(b2, devnet, (liar.url, node1)) as app:
                await caught_up(app, paid[-1][1])
                assert liar.lies_told >= 1
                assert {t.action_id for t in b2.wallet_history.page(None, 10)} == {first, *ids}
                assert "left out" in app.history_warning
                assert "failed verification" in app.history_warning
                assert app.lies_caught >= 1
                # The same findings in parts, for the wallet screen to word in the interface language.
                assert {(n.kind, n.count) for n in app.history_notices} == {("omitted", 1), ("rejected", 2)}
        finally:
            b2.close()

        # B offline again; paid once more. Its primary alone (no witness) leaves that transfer out: the
        # proven balance grew by more than the transfers it listed, and the app says so.
        late, late_height = await pay(b, 5 * ONE_EXC, "left out")

        def omit(actions: list[dict[str, Any]]) -> list[dict[str, Any]]:
            return [x for x in actions if x["id"] != late.hex()]

        async with ListingLiar(node0, omit) as liar, app_of(b1, devnet, (liar.url,)) as app:
            await caught_up(app, late_height)
            await until(lambda: app.history_warning != "", "the warning")
            assert late not in history
            assert "transfers no node listed" in app.history_warning
            [notice] = app.history_notices
            assert (notice.kind, notice.grown - notice.received) == ("balance", 5 * ONE_EXC)
    finally:
        await watcher.stop()
        b1.close()

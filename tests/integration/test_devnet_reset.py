"""The app's embedded devnet across an upgrade: a devnet directory left by a build of an older data format is
moved aside (kept), a new devnet starts, the profile trusts its new genesis, and the user is told."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from etalonium_desktop.market import MarketIndex
from etalonium_desktop.market.service import chain_identity
from etalonium_desktop.services.network import NetworkConfig, NetworkService
from etalonium_desktop.store import MINIMAL_KDF_COST, IncomingTransfer, Profile, generate_phrase
from fullnode.devnet import FORMAT_FILE, STATE_FORMAT, Devnet
from lightnode.protocol.actions import Action, Transfer
from lightnode.protocol.genesis import load_genesis
from lightnode.protocol.keys import PrivateKey
from lightnode.store import OutboxStatus, new_entry
from lightnode.submitter import DEFAULT_FEE
from tests.unit.market.test_index import entry as listing_entry

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.asyncio]

WAIT_S = 90.0


async def test_an_older_embedded_devnet_is_kept_aside_and_a_new_one_trusted(tmp_path: Path) -> None:
    profile = Profile.create(tmp_path / "profile", "a passphrase for the test", generate_phrase(), kdf=MINIMAL_KDF_COST)
    config = NetworkConfig(devnet_dir=tmp_path / "devnet", devnet_validators=1, demo=False)
    try:
        first = NetworkService(profile, config)
        await first.start()
        try:
            await first.wait_ready(WAIT_S)
            assert isinstance(first.devnet, Devnet)
            assert first.devnet.genesis is not None
            old_genesis = first.devnet.genesis
            assert first.devnet_reset == ""
            # An action signed for the old devnet and not sent yet: it must never reach the new chain.
            key = PrivateKey(profile.account_key(0).seed)
            signed = Action(old_genesis.chain_id, key.public_key.raw, 0, DEFAULT_FEE, 1_000_000,
                            Transfer(bytes(20), 1, "before the upgrade")).sign(key)  # fmt: skip
            store = profile.light_store(old_genesis.chain_id)
            await store.outbox_add(new_entry(signed.id(), key.actor_id, 0, signed.encode()))
            # A transfer received on the old devnet, recorded as the wallet's catch-up records it, and the
            # market index tied to the old chain.
            received = IncomingTransfer(b"\x07" * 32, b"\x08" * 20, 5, "old chain", 3, 1000)
            profile.wallet_history.record([received], chain_id=old_genesis.chain_id, known_to=3)
            assert first.client is not None
            market = MarketIndex(profile.transaction)
            old_chain = chain_identity(first.client)
            market.bind_chain(old_chain)
            market.upsert_listings([listing_entry(1)])
        finally:
            await first.aclose()

        # What an older build left: the same directory, of an older data format.
        (tmp_path / "devnet" / FORMAT_FILE).write_text(json.dumps({"state_format": STATE_FORMAT - 1}))

        again = NetworkService(profile, config)
        await again.start()
        try:
            assert isinstance(again.devnet, Devnet)
            assert again.devnet.genesis is not None
            kept = again.devnet.retired
            assert kept is not None
            assert kept.parent == tmp_path
            assert kept.name.startswith(f"devnet.old-{STATE_FORMAT - 1}-")
            assert load_genesis(kept / "genesis.json").hash() == old_genesis.hash()
            assert again.devnet.genesis.hash() != old_genesis.hash()
            assert again.devnet.genesis.chain_id == old_genesis.chain_id  # the profile's store is keyed by it
            assert "local test network" in again.devnet_reset
            assert str(kept) in again.devnet_reset
            # The profile verified the old devnet from its genesis: it now follows the new one.
            await again.wait_ready(WAIT_S)
            assert again.state.attack == ""
            assert not again.state.offline
            entry = await profile.light_store(old_genesis.chain_id).outbox_get(signed.id())
            assert entry is not None
            assert entry.status == OutboxStatus.FAILED
            assert entry.last_error is not None
            assert "reset" in entry.last_error
            # Nothing the old devnet gave stays in the wallet's history; the market index starts over.
            assert profile.wallet_history.count() == 0
            assert profile.wallet_history.known_to(old_genesis.chain_id) == 0
            assert again.client is not None
            assert chain_identity(again.client) != old_chain
            assert market.bind_chain(chain_identity(again.client)) is True
            assert market.listing_count() == 0
        finally:
            await again.aclose()
    finally:
        profile.close()

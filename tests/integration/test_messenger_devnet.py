"""The messenger on a real devnet: keys published with the Profile action, looked up through proven reads."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from fullnode.devnet import Devnet
from fullnode.services import ApiChainView, StaticPeers
from lightnode.client import GenesisRoot, LightClient
from lightnode.http_provider import HttpProvider
from lightnode.messenger import (
    ChainDirectory,
    ConnectionChanged,
    IdentityError,
    MailboxTransport,
    MemoryStore,
    MessageAdded,
    MessageState,
    MessageUpdated,
    Messenger,
    publish_messenger_key,
)
from lightnode.messenger.directory import checked_entry
from lightnode.queries import Queries
from lightnode.store import OutboxStatus
from lightnode.submitter import ActionSubmitter
from tests.unit.messenger.harness import MESSENGER_CONFIG, EventLog
from tests.unit.services.helpers import ServiceNode

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.asyncio]


@contextlib.asynccontextmanager
async def devnet_with_mailboxes(tmp_path: Path) -> AsyncIterator[tuple[Devnet, list[str], aiohttp.ClientSession]]:
    """A one-validator devnet and mailbox services: the node's own, or a standalone one reading its chain."""
    devnet = Devnet(1, tmp_path / "devnet", in_process=True, fresh=True, chain_id="exc-messenger")
    async with devnet, aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
        api = devnet.api_url(0)
        async with session.get(f"{api}/v1/blobs/usage/{'00' * 20}") as r:
            mounted = r.status == 200
        extra: ServiceNode | None = None
        urls = [api]
        if not mounted:
            extra = ServiceNode(tmp_path / "svc", ApiChainView(session, api), StaticPeers(), MESSENGER_CONFIG)  # type: ignore[arg-type]
            await extra.start()
            urls = [extra.url]
        try:
            yield devnet, urls, session
        finally:
            if extra is not None:
                await extra.stop()


async def test_keys_published_on_chain_are_found_through_proven_reads_and_carry_a_chat(tmp_path: Path) -> None:
    async with devnet_with_mailboxes(tmp_path) as (devnet, urls, session):
        assert devnet.genesis is not None
        clients: list[LightClient] = []
        messengers: list[Messenger] = []
        logs: list[EventLog] = []
        try:
            for name in ("alice", "bob"):
                key = devnet.demo_keys[name]
                client = LightClient(GenesisRoot(devnet.genesis.hash()), HttpProvider(devnet.api_url(0)))
                clients.append(client)
                await client.start()
                # Proven reads are asked at the latest verified height; wait for the first block.
                if (await client.sync()).height < 1:
                    async for block in client.headers():
                        if block.height >= 1:
                            break
                messenger = Messenger(
                    key,
                    MemoryStore(),
                    MailboxTransport(session, urls),
                    ChainDirectory(Queries(client)),
                    pickle_key=bytes(32),
                )
                log = EventLog()
                messenger.add_listener(log)
                messenger.load()
                submitter = ActionSubmitter(client)
                report = await publish_messenger_key(submitter, key, messenger.messenger_key)
                done = await submitter.wait(report.action_id, timeout_s=60)
                assert done.status is OutboxStatus.INCLUDED, done
                await messenger.start()
                await messenger.publish_prekeys()
                messengers.append(messenger)
                logs.append(log)
            alice, bob = messengers
            for log in logs:
                await log.wait_for(ConnectionChanged, lambda e: e.online, within=30)

            # Alice knows only Bob's actor id: his mailbox and keys come from his proven profile.
            entry = await alice.directory.lookup(bob.actor_id)
            assert entry is not None
            assert entry.messenger_key == bob.crypto.messenger_key
            conversation = (await alice.open_direct(bob.actor_id)).id
            sent = await alice.send_text(conversation, "Hello from the devnet")
            got = await logs[1].wait_for(MessageAdded, lambda e: not e.message.outgoing, within=30)
            assert got.message.text == "Hello from the devnet"
            await logs[0].wait_for(
                MessageUpdated, lambda u: u.uid == sent.uid and u.status is MessageState.DELIVERED, within=30
            )
            # Bob's published key does not pass as Carol's: the chain's key for an actor decides.
            with pytest.raises(IdentityError, match="does not belong"):
                checked_entry(devnet.demo_keys["carol"].actor_id, bob.actor.public_key.raw, bob.messenger_key)
        finally:
            for messenger in messengers:
                await messenger.close()
            for client in clients:
                await client.aclose()

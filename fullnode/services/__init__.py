"""The node services besides the chain: the mailbox, the blob store and the stream relay."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web

from ._peers import PeerLink
from .blobs import BlobService
from .chain_view import ApiChainView, ChainView, ChannelInfo, MemoryChainView, PeerSet, StaticPeers
from .config import RateLimit, ServicesConfig
from .mailbox import MailboxService
from .relay import RelayService

__all__ = [
    "SERVICES_KEY",
    "ApiChainView",
    "ChainView",
    "ChannelInfo",
    "MemoryChainView",
    "PeerSet",
    "RateLimit",
    "Services",
    "ServicesConfig",
    "StaticPeers",
    "setup_services",
]


@dataclass(frozen=True, slots=True)
class Services:
    mailbox: MailboxService
    blobs: BlobService
    relay: RelayService
    peers: PeerLink


#: Where `setup_services` keeps the running services in the application (for tests and the node's status).
SERVICES_KEY: web.AppKey[Services] = web.AppKey("exc_services")


async def setup_services(
    app: web.Application,
    *,
    data_dir: Path,
    chain: ChainView,
    peers: PeerSet,
    config: ServicesConfig,
) -> None:
    """Add the mailbox, blob store and stream relay under /v1/mailbox, /v1/blobs and /v1/streams.

    Call it before the application starts. Data lives in `data_dir` (created if needed): mailbox.sqlite,
    blobs.sqlite and chunks/. The services start and stop with `app`.
    """
    data_dir.mkdir(parents=True, exist_ok=True)  # noqa: ASYNC240 - once, before the node serves
    link = PeerLink(peers, config.peer_timeout_s)
    services = Services(
        MailboxService(data_dir, config, link),
        BlobService(data_dir, config, chain, link),
        RelayService(config, chain),
        link,
    )
    app[SERVICES_KEY] = services

    async def peer_link(_app: web.Application) -> AsyncIterator[None]:
        await link.start()
        yield
        await link.close()

    app.cleanup_ctx.append(peer_link)
    app.add_subapp("/v1/mailbox", services.mailbox.make_app())
    app.add_subapp("/v1/blobs", services.blobs.make_app())
    app.add_subapp("/v1/streams", services.relay.make_app())

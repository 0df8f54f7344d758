"""The messenger's side of the node services: mailbox deposits, push, acks, prekeys, and blobs."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterator, Sequence
from typing import Self

import aiohttp

from lightnode.mailbox_client import MailboxClient, audience_of, now_ms, raise_for
from lightnode.protocol.errors import ProtocolError, ServiceClientError
from lightnode.protocol.keys import PrivateKey
from lightnode.protocol.services import MAX_ENVELOPE_BATCH, Envelope, Manifest, PrekeyClaim, chunk_id
from lightnode.services_client import BlobClient, chunk_views

from .errors import TransportError

log = logging.getLogger(__name__)

#: Statuses worth trying again later (or at another node): timeouts, rate limits, full mailboxes, outages.
RETRIABLE_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


async def _refusal(response: aiohttp.ClientResponse, what: str) -> TransportError:
    try:
        await raise_for(response)
    except ServiceClientError as exc:
        return _refused(exc, what)
    return TransportError(f"The node refused to {what}.", retriable=True, status=response.status)


def _refused(exc: ServiceClientError, what: str, *, retriable: bool | None = None) -> TransportError:
    reason = exc.reason or exc.code or "no reason given"
    return TransportError(
        f"The node refused to {what}: {reason.rstrip('.')}.",
        retriable=exc.status in RETRIABLE_STATUSES if retriable is None else retriable,
        status=exc.status,
        code=exc.code,
    )


def transport_errors(node: str, what: str) -> contextlib.AbstractContextManager[None]:
    """Network failures and the node's refusals while doing `what`, as TransportErrors."""
    return _network(node, what, refusal=what)


@contextlib.contextmanager
def _network(node: str, what: str, *, refusal: str | None = None) -> Iterator[None]:
    """Network failures (and, with `refusal`, the node's refusals) as TransportErrors."""
    try:
        yield None
    except ServiceClientError as exc:
        if refusal is None:
            raise
        raise _refused(exc, refusal) from None
    except (aiohttp.ClientError, TimeoutError, OSError) as exc:
        detail = str(exc) or type(exc).__name__
        raise TransportError(
            f"The node {audience_of(node)} could not be reached to {what} ({detail}); trying again later.",
            retriable=True,
        ) from None


class MailboxTransport:
    """Talks to a list of nodes; the first is preferred, the others take over when it cannot be reached.

    Nodes replicate envelopes and acknowledgements among themselves, so a deposit at any node reaches the
    recipient wherever it listens. Prekeys are per node: the owner uploads a set to each.
    """

    def __init__(self, session: aiohttp.ClientSession | None, nodes: Sequence[str]) -> None:
        if not nodes:
            raise ValueError("The messenger needs at least one node.")
        self._session = session
        self._owns_session = session is None
        self.nodes = [n.rstrip("/") for n in nodes]

    @property
    def session(self) -> aiohttp.ClientSession:
        """The HTTP session (made on first use, inside the running loop, when none was given)."""
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        return self._session

    async def aclose(self) -> None:
        """Close the HTTP session if this transport made it."""
        if self._owns_session and self._session is not None:
            await self._session.close()
            self._session = None

    def _url(self, node: str, mailbox: bytes, tail: str) -> str:
        return f"{node}/v1/mailbox/{mailbox.hex()}/{tail}"

    def client(self, node: str) -> MailboxClient:
        return MailboxClient(self.session, node)

    async def deposit(self, envelope: Envelope) -> bytes:
        """Leave an envelope at the first node that takes it; returns its id."""
        last: TransportError | None = None
        for node in self.nodes:
            try:
                with _network(node, "deliver a message", refusal="take the message"):
                    return await self.client(node).deposit(envelope)
            except TransportError as exc:
                if not exc.retriable:
                    raise
                last = exc
        assert last is not None
        raise last

    async def claim(self, mailbox: bytes) -> PrekeyClaim:
        """The mailbox owner's signed identity and one of its one-time prekeys, from the first node that has
        them (the identity's signature is checked here; its content by the caller)."""
        last: TransportError | None = None
        for node in self.nodes:
            try:
                with _network(node, "fetch the contact's keys", refusal="hand out the contact's keys"):
                    return await self.client(node).claim_prekey(mailbox)
            except ProtocolError as exc:
                last = TransportError(f"The node returned bad keys for the contact ({exc}).", retriable=True)
            except TransportError as exc:
                last = exc
        assert last is not None
        if last.code == "no_identity":
            last = TransportError(
                "The contact has not published messenger keys on any node yet; try again when they are online.",
                retriable=True,
                status=404,
                code="no_identity",
            )
        raise last

    async def prekey_count(self, node: str, mailbox: bytes) -> int:
        with _network(node, "count prekeys", refusal="count prekeys"):
            return await self.client(node).prekey_count(mailbox)

    async def upload_prekeys(self, node: str, key: PrivateKey, identity: bytes, one_time: Sequence[bytes]) -> int:
        with _network(node, "publish prekeys", refusal="publish prekeys"):
            return await self.client(node).upload_prekeys(key, identity, one_time)

    async def ack(self, node: str, key: PrivateKey, ids: Sequence[bytes]) -> None:
        with _network(node, "acknowledge messages", refusal="acknowledge messages"):
            await self.client(node).ack(key, ids)

    def push(self, node: str, key: PrivateKey) -> PushConnection:
        return PushConnection(self.client(node), key)

    # -- blobs --------------------------------------------------------------------------------------------

    async def upload_blob(self, owner: PrivateKey, data: bytes, media_type: str) -> Manifest:
        """Store `data` as a blob owned by `owner` at the first node that takes it; returns its manifest (the
        same at every node: signed once)."""
        ids = await asyncio.to_thread(lambda: [chunk_id(p) for p in chunk_views(data)])
        manifest = Manifest.for_blob(owner, data, media_type, now_ms(), ids)
        last: TransportError | None = None
        for node in self.nodes:
            try:
                with _network(node, "store the attachment", refusal="store the attachment"):
                    return await BlobClient(self.session, node).upload(owner, data, media_type, manifest=manifest)
            except TransportError as exc:
                if not exc.retriable:
                    raise
                last = exc
        assert last is not None
        raise last

    async def download_blob(self, manifest_id: bytes) -> bytes:
        """A blob's bytes, every chunk checked against its id (from the first node that has it)."""
        last: TransportError | None = None
        for node in self.nodes:
            try:
                with _network(node, "fetch the attachment", refusal="hand out the attachment"):
                    _, data = await BlobClient(self.session, node).download(manifest_id)
                return data
            except ProtocolError as exc:  # a manifest whose signature does not hold
                last = TransportError(f"The node returned a damaged attachment ({exc}).", retriable=True)
            except TransportError as exc:
                last = exc
        assert last is not None
        raise last


class PushConnection:
    """`async with transport.push(node, key) as push: batch = await push.batch()`: the mailbox's stored
    envelopes and then each new one as it arrives, in batches of what is already waiting (a MailboxListener
    whose failures are TransportErrors, all worth retrying)."""

    def __init__(self, client: MailboxClient, key: PrivateKey) -> None:
        self.node = client.base
        self._listener = client.listen(key, heartbeat=20.0)

    @property
    def closed_reason(self) -> str:
        return self._listener.closed_reason

    async def __aenter__(self) -> Self:
        try:
            with _network(self.node, "receive messages"):
                await self._listener.__aenter__()
        except ServiceClientError as exc:
            raise _refused(exc, "keep a push connection", retriable=True) from None
        return self

    async def batch(self, limit: int = MAX_ENVELOPE_BATCH) -> list[Envelope]:
        """At least one envelope, plus all others already received (up to `limit`)."""
        try:
            return await self._listener.batch(limit)
        except ServiceClientError:
            raise TransportError("The push connection closed.", retriable=True) from None

    async def ack(self, ids: Sequence[bytes]) -> None:
        with _network(self.node, "acknowledge messages"):
            await self._listener.ack(ids)

    async def __aexit__(self, *exc: object) -> None:
        await self._listener.__aexit__(*exc)

"""Peer-to-peer transport: authenticated WebSocket connections between nodes, with bounded send queues.

Each connection starts with a handshake: both sides send `Hello` (chain id, genesis hash, node key and a
fresh 32-byte challenge) and answer the other's challenge with an `Auth` signature (PEER domain). A peer on
another chain, or one that cannot prove its key, is refused with an `ErrorMessage` and a close. After that,
every binary frame is one `[kind, body]` message; a malformed one is answered with an `ErrorMessage`
stating the reason, and a peer that keeps sending them is disconnected.

Right after the handshake each side also sends one text frame `{"type": "info", "api_port": P}`: the port of
its public API (chain and services). The other side reaches that API at the host it is connected to the peer
at, so a peer can name a port but never send this node's requests to another machine.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import random
from collections import OrderedDict
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn, Protocol, TypeVar
from urllib.parse import urlsplit

import aiohttp
from aiohttp import WSMsgType, web

from lightnode.protocol.consensus import (
    MAX_MESSAGE_SIZE,
    Auth,
    ErrorMessage,
    Hello,
    PeerMessage,
    decode_message,
    encode_message,
    peer_auth_bytes,
)
from lightnode.protocol.errors import ProtocolError, SignatureError
from lightnode.protocol.keys import Domain, PrivateKey

log = logging.getLogger(__name__)

P2P_PATH = "/v1/p2p"
HANDSHAKE_TIMEOUT_S = 5.0
#: How long a stopping node waits for its peers to answer the close handshake (together, not one by one).
PEER_CLOSE_TIMEOUT_S = 1.0
#: Malformed messages tolerated from one connection before it is closed.
MAX_STRIKES = 20
#: Outgoing messages queued per peer; a peer that falls this far behind is disconnected.
SEND_QUEUE = 2048
HEARTBEAT_S = 5.0
#: API addresses of peers are remembered for at most this many peers (the services replicate to each).
MAX_KNOWN_APIS = 64


class PeerHandler(Protocol):
    """What the node does with peers and their messages."""

    def peer_height(self) -> int: ...

    def on_peer_connected(self, peer: Peer) -> None: ...

    def on_peer_disconnected(self, peer: Peer) -> None: ...

    def on_peer_message(self, peer: Peer, message: PeerMessage, raw: bytes) -> None: ...

    def already_seen(self, raw: bytes) -> bool:
        """Whether these exact bytes were already handled (a relayed copy), so decoding can be skipped."""


WebSocket = web.WebSocketResponse | aiohttp.ClientWebSocketResponse
_H = TypeVar("_H", Hello, Auth)


@dataclass(eq=False)
class Peer:
    node_key: bytes
    remote: str
    outbound: bool
    ws: WebSocket
    height: int = 0
    strikes: int = 0
    queue: asyncio.Queue[bytes] = field(default_factory=lambda: asyncio.Queue(SEND_QUEUE))
    closed: bool = False
    #: The base URL of the peer's public API, once the peer has announced its port.
    api_url: str = ""

    def send(self, data: bytes) -> bool:
        """Queue a message; a peer whose queue is full is too slow and gets disconnected."""
        if self.closed:
            return False
        try:
            self.queue.put_nowait(data)
        except asyncio.QueueFull:
            log.warning("peer %s is not keeping up; disconnecting it", self.node_key.hex()[:12])
            self.close()
            return False
        return True

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            with contextlib.suppress(asyncio.QueueFull):
                self.queue.put_nowait(b"")

    def describe(self) -> dict[str, object]:
        return {
            "node_key": self.node_key.hex(),
            "remote": self.remote,
            "outbound": self.outbound,
            "height": self.height,
            "api": self.api_url,
        }


def api_url_at(remote: str, port: int) -> str:
    """The base URL of a peer's API: the host this node is connected to it at, and the port it announced.

    `remote` is the URL this node dialed (outbound) or the peer's address (inbound).
    """
    host = urlsplit(remote).hostname if "://" in remote else remote
    if not host or host == "?":
        return ""
    if ":" in host:  # an IPv6 address
        host = f"[{host}]"
    return f"http://{host}:{port}"


class HandshakeError(Exception):
    """The other side is not a node of this chain, or could not prove its key."""


def resolve_peer(spec: str) -> str | None:
    """The WebSocket URL of a peer spec, or None while a devnet node's address file does not exist yet."""
    if spec.startswith("file:"):
        path = Path(spec[5:])
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            address = doc["p2p"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return f"ws://{address}{P2P_PATH}"
    if spec.startswith(("ws://", "wss://")):
        return spec
    return f"ws://{spec}{P2P_PATH}"


class PeerNetwork:
    """Accepts and dials peer connections, and routes messages to the node."""

    def __init__(
        self,
        chain_id: str,
        genesis_hash: bytes,
        node_key: PrivateKey,
        handler: PeerHandler,
        peers: list[str],
    ) -> None:
        self.chain_id = chain_id
        self.genesis_hash = genesis_hash
        self.node_key = node_key
        self.handler = handler
        self.peer_specs = list(peers)
        self._peers: dict[bytes, list[Peer]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._session: aiohttp.ClientSession | None = None
        self._runner: web.AppRunner | None = None
        self._stopping = False
        self.port = 0
        #: The port of this node's API, announced to every peer after the handshake (0: not announced).
        self.api_port = 0
        #: Peers' API base URLs by node key. Those of peers this node dials are kept while the peer is down (so
        #: that replicas to it are retried); those of peers that only dialed in go when they disconnect.
        self._api_urls: OrderedDict[bytes, str] = OrderedDict()
        #: Set whenever a peer's API address becomes known (clear it, then wait, to follow).
        self.api_learned = asyncio.Event()

    # ---- lifecycle ------------------------------------------------------------------------------------

    async def start(self, host: str, port: int) -> int:
        app = web.Application()
        app.router.add_get(P2P_PATH, self._accept)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port, reuse_address=True)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        self._session = aiohttp.ClientSession()
        for spec in self.peer_specs:
            self._spawn(self._dial_forever(spec))
        return self.port

    async def stop(self) -> None:
        self._stopping = True
        closing = []
        for peers in list(self._peers.values()):
            for peer in peers:
                peer.close()
                closing.append(peer.ws.close())
        # A close handshake waits for the peer's reply, up to aiohttp's 10 s for a peer that is gone or stopping
        # too: say goodbye to all at once, briefly; the session and runner below drop what is left.
        if closing:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.gather(*closing, return_exceptions=True), PEER_CLOSE_TIMEOUT_S)
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self._session is not None:
            await self._session.close()
        if self._runner is not None:
            await self._runner.cleanup()

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # ---- sending --------------------------------------------------------------------------------------

    def peers(self) -> list[Peer]:
        """One live connection per connected node."""
        return [conns[0] for conns in self._peers.values() if conns]

    def api_urls(self) -> list[str]:
        """The API base URLs of the peers connected now, and of the peers this node dials even while down."""
        return list(self._api_urls.values())

    def broadcast(self, data: bytes, *, exclude: Callable[[Peer], bool] | None = None) -> int:
        sent = 0
        for peer in self.peers():
            if exclude is not None and exclude(peer):
                continue
            sent += peer.send(data)
        return sent

    # ---- connections ----------------------------------------------------------------------------------

    async def _dial_forever(self, spec: str) -> None:
        delay = 0.1
        while not self._stopping:
            url = resolve_peer(spec)
            if url is not None:
                try:
                    assert self._session is not None
                    async with self._session.ws_connect(
                        url,
                        max_msg_size=MAX_MESSAGE_SIZE,
                        heartbeat=HEARTBEAT_S,
                        timeout=aiohttp.ClientWSTimeout(ws_close=2.0),
                    ) as ws:
                        delay = 0.1
                        await self._run_connection(ws, url, outbound=True)
                except (TimeoutError, aiohttp.ClientError, OSError) as exc:
                    log.debug("cannot reach peer %s: %s", spec, exc)
                except HandshakeError as exc:
                    log.warning("peer %s refused: %s", spec, exc)
                    delay = max(delay, 2.0)
            if self._stopping:
                return
            await asyncio.sleep(delay * (0.75 + random.random() / 2))
            delay = min(delay * 2, 1.0)

    async def _accept(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=MAX_MESSAGE_SIZE, heartbeat=HEARTBEAT_S)
        try:
            await ws.prepare(request)
            await self._run_connection(ws, request.remote or "?", outbound=False)
        except HandshakeError as exc:
            log.info("refused a peer connection from %s: %s", request.remote, exc)
        except ConnectionError as exc:  # the peer went away mid-connection (crashed or restarted)
            log.info("peer connection from %s dropped: %s", request.remote, exc)
        return ws

    async def _handshake(self, ws: WebSocket) -> Hello:
        challenge = os.urandom(32)
        me = self.node_key.public_key.raw
        hello = Hello(self.chain_id, self.genesis_hash, me, self.handler.peer_height(), challenge)
        await ws.send_bytes(encode_message(hello))
        theirs = await self._receive(ws, Hello)
        if theirs.chain_id != self.chain_id or theirs.genesis_hash != self.genesis_hash:
            await self._refuse(ws, f"this node is on chain '{self.chain_id}' with another genesis")
        if theirs.node_key == me:
            await self._refuse(ws, "a node cannot connect to itself")
        answer = self.node_key.sign(Domain.PEER, peer_auth_bytes(self.chain_id, theirs.challenge, me))
        await ws.send_bytes(encode_message(Auth(answer)))
        auth = await self._receive(ws, Auth)
        try:
            auth.verify(self.chain_id, challenge, theirs.node_key)
        except SignatureError:
            await self._refuse(ws, "the handshake signature does not prove the announced node key")
        return theirs

    async def _receive(self, ws: WebSocket, expected: type[_H]) -> _H:
        try:
            msg = await asyncio.wait_for(ws.receive(), HANDSHAKE_TIMEOUT_S)
        except TimeoutError:
            await self._refuse(ws, "the handshake timed out")
        if msg.type != WSMsgType.BINARY:
            await self._refuse(ws, "expected a binary handshake message")
        try:
            message = decode_message(msg.data)
        except ProtocolError as exc:
            await self._refuse(ws, f"malformed handshake message: {exc}")
        if isinstance(message, ErrorMessage):
            raise HandshakeError(f"the peer refused us: {message.reason}")
        if not isinstance(message, expected):
            await self._refuse(ws, f"expected {expected.__name__} during the handshake")
        return message

    async def _refuse(self, ws: WebSocket, reason: str) -> NoReturn:
        with contextlib.suppress(Exception):
            await ws.send_bytes(encode_message(ErrorMessage(reason[:500])))
            await ws.close(code=aiohttp.WSCloseCode.POLICY_VIOLATION, message=reason[:120].encode())
        raise HandshakeError(reason)

    async def _run_connection(self, ws: WebSocket, remote: str, *, outbound: bool) -> None:
        hello = await self._handshake(ws)
        node_key = hello.node_key
        peer = Peer(node_key, remote, outbound, ws, height=hello.height)
        if self.api_port:
            await ws.send_str(json.dumps({"type": "info", "api_port": self.api_port}))
        self._peers.setdefault(node_key, []).append(peer)
        writer = asyncio.ensure_future(self._write_loop(peer))
        try:
            self.handler.on_peer_connected(peer)
            await self._read_loop(peer)
        finally:
            peer.close()
            writer.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await writer
            conns = self._peers.get(node_key, [])
            if peer in conns:
                conns.remove(peer)
            if not conns:
                self._peers.pop(node_key, None)
                if not peer.outbound:
                    self._api_urls.pop(node_key, None)
            self.handler.on_peer_disconnected(peer)
            with contextlib.suppress(Exception):
                await ws.close()

    async def _write_loop(self, peer: Peer) -> None:
        while True:
            data = await peer.queue.get()
            if not data or peer.closed:
                with contextlib.suppress(Exception):
                    await peer.ws.close()
                return
            try:
                await peer.ws.send_bytes(data)
            except (ConnectionError, RuntimeError, aiohttp.ClientError):
                peer.close()
                return

    async def _read_loop(self, peer: Peer) -> None:
        ws = peer.ws
        while not peer.closed:
            msg = await ws.receive()
            if msg.type in (WSMsgType.CLOSE, WSMsgType.CLOSING, WSMsgType.CLOSED, WSMsgType.ERROR):
                return
            if msg.type == WSMsgType.TEXT:
                self._on_text(peer, msg.data)
                continue
            if msg.type != WSMsgType.BINARY:
                self._strike(peer, "peer messages are binary frames")
                continue
            data: bytes = msg.data
            if self.handler.already_seen(data):
                continue
            try:
                message = decode_message(data)
            except ProtocolError as exc:
                self._strike(peer, f"malformed message: {exc}")
                continue
            if isinstance(message, Hello | Auth):
                self._strike(peer, "the handshake is over")
                continue
            if isinstance(message, ErrorMessage):
                log.info("peer %s reports: %s", peer.node_key.hex()[:12], message.reason)
                continue
            try:
                self.handler.on_peer_message(peer, message, data)
            except ProtocolError as exc:
                self._strike(peer, str(exc))

    def _on_text(self, peer: Peer, text: str) -> None:
        """The one text frame a peer sends: its API port."""
        try:
            doc = json.loads(text)
            port = doc["api_port"] if doc.get("type") == "info" else None
        except (ValueError, AttributeError, KeyError):
            port = None
        if type(port) is not int or not 0 < port < 65536 or peer.api_url:
            self._strike(
                peer, 'peer messages are binary frames (the one text frame is {"type": "info", "api_port": P})'
            )
            return
        peer.api_url = api_url_at(peer.remote, port)
        if not peer.api_url:
            return
        self._api_urls.pop(peer.node_key, None)
        self._api_urls[peer.node_key] = peer.api_url
        while len(self._api_urls) > MAX_KNOWN_APIS:
            self._api_urls.popitem(last=False)
        self.api_learned.set()

    def _strike(self, peer: Peer, reason: str) -> None:
        peer.strikes += 1
        log.info("peer %s sent a bad message: %s", peer.node_key.hex()[:12], reason)
        peer.send(encode_message(ErrorMessage(reason[:500])))
        if peer.strikes > MAX_STRIKES:
            log.warning("disconnecting peer %s after %d bad messages", peer.node_key.hex()[:12], peer.strikes)
            peer.close()

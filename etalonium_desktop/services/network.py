"""The network as the app sees it: the embedded devnet or configured nodes, and the verifying light client."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import aiohttp

from etalonium_desktop.store import Profile
from lightnode.client import (
    AttackDetected,
    ClientEvent,
    ConnectivityChanged,
    GenesisRoot,
    HeaderVerified,
    LightClient,
    PrimaryReplaced,
    ProviderDropped,
    forget_trust,
)
from lightnode.errors import (
    ClientHaltedError,
    LightClientError,
    NoProvidersError,
    ProviderError,
    TrustRootMismatchError,
)
from lightnode.http_provider import HttpProvider
from lightnode.protocol.evidence import LightClientAttackEvidence
from lightnode.protocol.genesis import Genesis, load_genesis
from lightnode.queries import Queries
from lightnode.store import LightStore, OutboxStatus
from lightnode.submitter import ActionSubmitter

log = logging.getLogger(__name__)

#: How long to wait between attempts to reach the network while offline.
RETRY_S = 2.0


@dataclass(frozen=True, slots=True)
class NetworkConfig:
    #: Full node API addresses; the first is the primary, the others witnesses.
    nodes: tuple[str, ...] = ()
    #: Start the embedded local devnet (and use it when no nodes are configured).
    devnet: bool = True
    devnet_dir: Path | None = None
    devnet_validators: int = 4
    #: Start the devnet's simulated community.
    demo: bool = True
    #: Its pace in the app: seconds between activities, and activities per simulated week. The Assistant's trends
    #: need 150 posts in each 3-week window and find the planted ones reliably at ~90 posts (300 activities) a
    #: week (docs/ASSISTANT.md §10); at 0.1 s a step (~7 activities a second, measured) a simulated week passes
    #: in ~40 s, so the trends show after six to seven minutes, with about two posts a second in the feed.
    demo_pace: float = 0.1
    demo_ticks_per_week: int = 300
    #: A genesis file to trust (for configured nodes); with the devnet, its own genesis is trusted.
    genesis_file: Path | None = None


@dataclass(frozen=True, slots=True)
class NetworkState:
    chain_id: str = ""
    verified_height: int = 0
    nodes: int = 0
    witnesses: int = 0
    syncing: bool = False
    sync_progress: float = 0.0
    offline: bool = True
    attack: str = ""
    primary: str = ""
    dropped: tuple[str, ...] = field(default_factory=tuple)


class NetworkService:
    """Owns the devnet (if embedded), the providers and the light client; reports `NetworkState` changes.

    Create inside the running loop; call `start()`, then `aclose()` when the app quits.
    """

    def __init__(self, profile: Profile, config: NetworkConfig) -> None:
        self.profile = profile
        self.config = config
        self.devnet: object | None = None
        self.client: LightClient | None = None
        self.queries: Queries | None = None
        self.submitter: ActionSubmitter | None = None
        self.state = NetworkState()
        self.attack_evidence: LightClientAttackEvidence | None = None
        self._listeners: list[Callable[[NetworkState], None]] = []
        self._header_listeners: list[Callable[[int], None]] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self._ready = asyncio.Event()
        self._closed = False
        self.node_urls: list[str] = []
        self.faucet_url: str | None = None
        self._faucet_search: asyncio.Future[None] | None = None
        #: What to tell the user when the embedded devnet was started anew under this profile ("" if not).
        self.devnet_reset = ""

    # -- listeners -------------------------------------------------------------------------------------------
    def on_state(self, listener: Callable[[NetworkState], None]) -> None:
        self._listeners.append(listener)

    def on_header(self, listener: Callable[[int], None]) -> None:
        self._header_listeners.append(listener)

    def _set(self, **changes: object) -> None:
        self.state = replace(self.state, **changes)  # type: ignore[arg-type]
        for listener in list(self._listeners):
            listener(self.state)

    # -- start and stop -------------------------------------------------------------------------------------
    async def start(self) -> None:
        """Bring up the devnet if asked, build the light client, and keep it following the chain."""
        genesis = await self._prepare_network()
        providers = [HttpProvider(url, name=url.removeprefix("http://")) for url in self.node_urls]
        store = self.profile.light_store(genesis.chain_id)
        self.client = LightClient(GenesisRoot(genesis.hash(), genesis), providers[0], providers[1:], store=store)
        if self.devnet is not None:
            await self._trust_new_devnet(self.client, store)
        self.client.add_listener(self._on_client_event)
        self.queries = Queries(self.client)
        self.submitter = ActionSubmitter(self.client)
        self._set(chain_id=genesis.chain_id, nodes=len(providers), witnesses=len(providers) - 1,
                  primary=providers[0].name)  # fmt: skip
        self._spawn(self._follow())
        if self.faucet_url is None:
            self._faucet_search = asyncio.ensure_future(self._find_faucet())

    async def _prepare_network(self) -> Genesis:
        if self.config.nodes and not self.config.devnet:
            self.node_urls = [u if "://" in u else f"http://{u}" for u in self.config.nodes]
            if self.config.genesis_file is not None:
                return load_genesis(self.config.genesis_file)
            # No trust root given: trust what the first reachable node says, once, and keep its hash.
            return await self._genesis_from_nodes()
        from fullnode.devnet import Devnet  # the full node is only needed when the devnet is embedded

        devnet = Devnet(
            self.config.devnet_validators,
            self.config.devnet_dir,
            demo=self.config.demo,
            demo_pace=self.config.demo_pace,
            demo_ticks_per_week=self.config.demo_ticks_per_week,
            # A devnet left by a build of another data format cannot run: kept aside, a new one is started.
            reset_incompatible=True,
        )
        self.devnet = devnet
        await devnet.start()
        if devnet.retired is not None:
            self.devnet_reset = (
                "The local test network was made by another version of Etalonium and could not be used, so "
                "a new one was started: balances, posts and orders on it start over. The old one is kept in "
                f"{devnet.retired}."
            )
            log.warning("embedded devnet reset: %s", self.devnet_reset)
        self.node_urls = [f"http://{node.api}" for node in devnet.nodes]
        self.faucet_url = self.node_urls[0]
        assert devnet.genesis is not None
        return devnet.genesis

    async def _trust_new_devnet(self, client: LightClient, store: LightStore) -> None:
        """The embedded devnet is ours: when the profile verified another devnet under the same chain id (this
        one was recreated, by the reset above or by hand), forget what it verified there and trust this one.
        Actions still on their way to the old devnet are marked failed, never sent to the new chain."""
        try:
            await client.start()
            return
        except TrustRootMismatchError as exc:
            log.warning("the embedded devnet has a new genesis (%s): trusting it from now on", exc)
        except LightClientError:
            return  # an unreadable store: following the chain says so, as on any network
        await forget_trust(store)
        unsent = await store.outbox_list(OutboxStatus.PENDING, OutboxStatus.SUBMITTED)
        for entry in unsent:
            await store.outbox_update(
                entry.action_id,
                OutboxStatus.FAILED,
                error="The local test network was reset before this action reached it.",
            )
        await asyncio.to_thread(self.profile.wallet_history.forget_chain, client.chain_id)
        await client.start()
        if not self.devnet_reset:
            self.devnet_reset = (
                "The local test network was started anew since this profile last used it: balances, posts "
                "and orders on it start over."
            )
            log.warning("embedded devnet reset: %s", self.devnet_reset)

    async def _genesis_from_nodes(self) -> Genesis:
        last: Exception | None = None
        for url in self.node_urls:
            provider = HttpProvider(url)
            try:
                return await provider.genesis()
            except ProviderError as exc:
                last = exc
            finally:
                await provider.aclose()
        raise NoProvidersError(f"No configured node answered: {last}")

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def aclose(self) -> None:
        self._closed = True
        if self._faucet_search is not None:
            self._faucet_search.cancel()
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self.client is not None:
            for provider in (self.client.primary, *self.client.witnesses):
                with contextlib.suppress(Exception):
                    await provider.aclose()
            await self.client.aclose()
        if self.devnet is not None:
            await self.devnet.stop()  # type: ignore[attr-defined]

    # -- following the chain --------------------------------------------------------------------------------
    async def _follow(self) -> None:
        assert self.client is not None
        while not self._closed:
            try:
                self._set(syncing=True, sync_progress=0.0)
                tip = await self.client.sync()
                self._verified(tip.height)
                self._ready.set()
                async with contextlib.aclosing(self.client.headers()) as blocks:
                    async for block in blocks:
                        self._verified(block.height)
            except ClientHaltedError as exc:
                self._set(attack=str(exc), syncing=False)
                return
            except (NoProvidersError, ProviderError, aiohttp.ClientError, OSError) as exc:
                log.info("network unreachable: %s", exc)
                self._set(offline=True, syncing=False)
                await asyncio.sleep(RETRY_S)
            except LightClientError as exc:
                # A node served something that does not verify: say so, keep the last verified state.
                log.warning("verification failed: %s", exc)
                self._set(offline=True, syncing=False)
                await asyncio.sleep(RETRY_S)

    def _verified(self, height: int) -> None:
        self._set(verified_height=height, offline=False, syncing=False, sync_progress=1.0)
        for listener in list(self._header_listeners):
            listener(height)

    def _on_client_event(self, event: ClientEvent) -> None:
        if isinstance(event, AttackDetected):
            self.attack_evidence = event.evidence
            self._set(attack=event.message)
        elif isinstance(event, ProviderDropped):
            self._set(
                dropped=(*self.state.dropped, f"{event.name}: {event.reason}"),
                witnesses=max(0, self.state.witnesses - 1),
            )
        elif isinstance(event, PrimaryReplaced):
            self._set(primary=event.new)
        elif isinstance(event, ConnectivityChanged):
            self._set(offline=not event.reachable)
        elif isinstance(event, HeaderVerified):
            pass  # followed through headers(); nothing more to show

    async def wait_ready(self, timeout_s: float = 60.0) -> None:
        await asyncio.wait_for(self._ready.wait(), timeout_s)

    # -- the devnet faucet ------------------------------------------------------------------------------------
    async def _find_faucet(self) -> None:
        """A devnet node announces a faucet in its status; real networks have none."""
        timeout = aiohttp.ClientTimeout(total=5)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            for url in self.node_urls:
                with contextlib.suppress(aiohttp.ClientError, OSError, ValueError, TimeoutError):
                    async with session.get(f"{url}/v1/status") as response:
                        if response.status == 200 and (await response.json()).get("faucet") is True:
                            self.faucet_url = url
                            return

    async def request_starter_funds(self, address: str) -> None:
        """Ask a devnet faucet for starter ExC; does nothing on a network without one."""
        if self._faucet_search is not None:
            await self._faucet_search
        if self.faucet_url is None:
            return
        timeout = aiohttp.ClientTimeout(total=10)
        async with (
            aiohttp.ClientSession(timeout=timeout) as session,
            session.post(f"{self.faucet_url}/v1/faucet", json={"address": address}) as response,
        ):
            if response.status >= 400:
                raise LightClientError(f"The devnet faucet refused: {await response.text()}")

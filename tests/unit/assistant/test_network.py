"""The assistant never opens a network connection, and its code imports no networking module."""

from __future__ import annotations

import ast
import socket
from pathlib import Path

import pytest

from assistant import Draft, ListingDraft, ListingKind, MediaType, PersonalAssistant, PostKind
from assistant.blobs import models_from_bytes
from assistant.records import DAY_MS, HOUR_MS
from assistant.synthetic import SyntheticConfig, generate

_NETWORK_MODULES = {"socket", "ssl", "asyncio", "aiohttp", "http", "urllib", "urllib3", "requests", "httpx"}


class NetworkUsedError(AssertionError):
    pass


def _refuse(*args: object, **kwargs: object) -> None:
    raise NetworkUsedError("the assistant tried to use the network")


def test_learning_and_advising_open_no_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "socket",
        "create_connection",
        "socketpair",
        "getaddrinfo",
        "gethostbyname",
        "create_server",
    ):
        monkeypatch.setattr(socket, name, _refuse)
    with pytest.raises(NetworkUsedError):
        socket.create_connection(("127.0.0.1", 9))  # the trap works

    community = generate(SyntheticConfig(seed=4, n_posts=3_000, n_actors=150, n_listings=100, n_orders=1_000))
    assistant = PersonalAssistant(community.user)
    for block in community.blocks():
        assistant.ingest(block)
    assistant.trends()
    assistant.segments()
    models = assistant.train()
    assistant.recalibrate()
    evaluation = assistant.evaluate()
    draft = Draft(
        ("linen",),
        "caption",
        PostKind.PHOTO,
        MediaType.IMAGE,
        (0xB9A3DC,),
        models.data_as_of_ms + DAY_MS + HOUR_MS,
    )
    advice = assistant.advice(draft=draft, listing=ListingDraft(ListingKind.GOOD, "garments", "Milan"))
    key = b"k" * 32
    models_from_bytes(assistant.models_to_bytes(key), key)
    PersonalAssistant.from_bytes(assistant.data_to_bytes(key), key, community.user)
    assert advice
    assert evaluation.n_test > 0


def test_no_assistant_module_imports_a_networking_module() -> None:
    root = Path(__file__).resolve().parents[3] / "assistant"
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            found.extend(f"{path.name}: {n}" for n in names if n.split(".")[0] in _NETWORK_MODULES)
    assert found == []

"""GET /v1/accounts/{address}/actions: an account's committed actions by height range, paged by whole heights,
kept across a restart (the index is rebuilt for a store written before it existed), bad input refused."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from fullnode.node import Node
from lightnode.protocol.actions import Transfer
from lightnode.protocol.address import encode_address
from lightnode.protocol.encoding import ONE_EXC

from .node_fixtures import ALICE, BOB, make_genesis, running_node, sign


def url(node: Node, path: str) -> str:
    return f"http://127.0.0.1:{node.api_port}{path}"


async def actions_of(session: aiohttp.ClientSession, node: Node, **params: Any) -> tuple[int, dict[str, Any]]:
    path = f"/v1/accounts/{encode_address(BOB.actor_id)}/actions"
    async with session.get(url(node, path), params={k: str(v) for k, v in params.items()}) as response:
        return response.status, await response.json()


async def send_three(session: aiohttp.ClientSession, node: Node) -> list[str]:
    ids = []
    for nonce in range(3):
        signed = sign(ALICE, nonce, Transfer(BOB.actor_id, (nonce + 1) * ONE_EXC, f"t{nonce}"))
        async with session.post(url(node, "/v1/actions"), data=signed.encode()) as response:
            assert response.status == 202
        ids.append(signed.id().hex())
    for _ in range(600):
        statuses = []
        for action_id in ids:
            async with session.get(url(node, f"/v1/actions/{action_id}")) as response:
                statuses.append((await response.json()).get("status"))
        if statuses == ["committed"] * 3:
            return ids
        await asyncio.sleep(0.05)
    raise AssertionError("the transfers were not committed")


@pytest.mark.asyncio
async def test_an_accounts_actions_are_listed_by_range_and_page(tmp_path: Path) -> None:
    genesis = make_genesis()
    async with running_node(tmp_path / "data", genesis) as node, aiohttp.ClientSession() as session:
        ids = await send_three(session, node)
        status, doc = await actions_of(session, node, kind="transfer")
        assert status == 200
        assert [a["id"] for a in doc["actions"]] == ids
        assert all(a["kinds"] == ["transfer"] for a in doc["actions"])
        assert doc["complete_to"] == doc["to"] == node.height
        heights = [a["height"] for a in doc["actions"]]

        # One entry a page: each page ends at a whole height and the next starts above it, nothing lost.
        seen: list[str] = []
        first = 1
        while first <= node.height:
            status, page = await actions_of(session, node, **{"from": first, "to": node.height, "limit": 1})
            assert status == 200
            assert page["complete_to"] >= first
            assert all(first <= a["height"] <= page["complete_to"] for a in page["actions"])
            seen += [a["id"] for a in page["actions"]]
            first = page["complete_to"] + 1
        assert seen == ids

        # A range after the transfers lists none; the upper end is the node's height at most.
        status, doc = await actions_of(session, node, **{"from": max(heights) + 1, "to": 10**9})
        assert status == 200
        assert doc["actions"] == []
        assert doc["complete_to"] == node.height

        for params, message in [
            ({"from": "x"}, "from"),
            ({"limit": 0}, "limit"),
            ({"limit": 5000}, "limit"),
            ({"from": 5, "to": 2}, "from"),
            ({"kind": "Transfer!"}, "kind"),
            ({"to": -1}, "to"),
        ]:
            status, doc = await actions_of(session, node, **params)
            assert status == 400, params
            assert message in doc["reason"], (params, doc)
        async with session.get(url(node, "/v1/accounts/exc1notanaddress/actions")) as response:
            assert response.status == 400
            assert (await response.json())["error"] == "bad_address"
        height = node.height

    # A store written before the index existed gets it built at start-up.
    conn = sqlite3.connect(tmp_path / "data" / "chain.sqlite")
    conn.execute("DELETE FROM actor_actions")
    conn.execute("DELETE FROM meta WHERE key = 'actor_index'")
    conn.commit()
    conn.close()
    async with running_node(tmp_path / "data", genesis) as node, aiohttp.ClientSession() as session:
        status, doc = await actions_of(session, node, kind="transfer", to=height)
        assert [a["id"] for a in doc["actions"]] == ids

"""A real 4-validator devnet on loopback: blocks, every action type, proofs, sync, and hostile input."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import os

import aiohttp
import msgpack
import pytest

from fullnode.devnet import Devnet
from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.actions import SignedAction, action_id_of_encoding
from lightnode.protocol.address import encode_address
from lightnode.protocol.chain import LightBlock, verify_commit
from lightnode.protocol.consensus import (
    Actions,
    Auth,
    CommittedBlock,
    ErrorMessage,
    Hello,
    SignedVote,
    decode_message,
    encode_message,
    peer_auth_bytes,
)
from lightnode.protocol.encoding import ONE_EXC, pack
from lightnode.protocol.keys import Domain, PrivateKey
from lightnode.protocol.merkle import MerkleProof, verify_merkle_proof
from lightnode.protocol.smt import SmtProof, verify_smt_proof

from .devnet_helpers import ApiFailure, Client, Signer, Watcher, wait_all_heights

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]


def clients(devnet: Devnet, session: aiohttp.ClientSession) -> list[Client]:
    return [Client(session, devnet.api_url(i)) for i in range(devnet.n)]


async def test_blocks_are_produced_and_committed_by_every_validator(
    shared_devnet: Devnet, session: aiohttp.ClientSession
) -> None:
    await wait_all_heights(shared_devnet, session, 4, list(range(4)))
    chains = [await c.light_blocks(1, 4) for c in clients(shared_devnet, session)]
    assert all([lb.header.hash() for lb in chain] == [lb.header.hash() for lb in chains[0]] for chain in chains)
    previous = None
    for light in chains[0]:
        assert verify_commit("exc-itest", light.validators, light.commit, light.header.hash()) * 3 > 40 * 2
        if previous is not None:
            assert light.header.prev_block_hash == previous.header.hash()
            assert light.header.time_ms > previous.header.time_ms
        previous = light
    proposers = {lb.header.proposer for lb in chains[0]}
    assert len(proposers) >= 2, "the proposer rotates between validators"
    for client in clients(shared_devnet, session):
        status = await client.status()
        assert status["validator"] is True
        assert len(status["peers"]) == 3
        assert status["chain_id"] == "exc-itest"


async def _run_stage(
    client: Client, watcher: Watcher, actions: dict[str, SignedAction]
) -> dict[str, tuple[int, bool, str]]:
    ids = {name: await client.submit(signed) for name, signed in actions.items()}
    results = await watcher.wait_actions(list(ids.values()))
    failed = {name: results[i][2] for name, i in ids.items() if not results[i][1]}
    assert failed == {}, f"actions failed: {failed}"
    return {name: results[i] for name, i in ids.items()}


async def test_every_action_type_applies(shared_devnet: Devnet, session: aiohttp.ClientSession) -> None:
    keys = shared_devnet.demo_keys
    alice, bob, carol, dave = keys["alice"], keys["bob"], keys["carol"], keys["dave"]
    client = Client(session, shared_devnet.api_url(0))
    watcher = await Watcher(session, shared_devnet.api_url(0)).start()
    signer = Signer("exc-itest")
    s = signer.sign
    used: set[A.ActionType] = set()
    channel_key = PrivateKey(b"\x42" * 32).public_key.raw
    try:
        stage1 = {
            "profile": s(alice, A.Profile("Alice", A.Role.MODEL, "runway", ("https://a.example",), "Milan", b"", b"")),
            "post": s(alice, A.Post(A.PostKind.PHOTO, "spring look", ("ss25",), (), (0xFFEEDD,), b"", 0, "")),
            "skill": s(alice, A.SkillClaim("Runway modelling", "ten years")),
            "listing": s(
                alice,
                A.Listing(
                    A.ListingKind.SERVICE,
                    "Photo shoot",
                    "Studio day",
                    "",
                    (),
                    10 * ONE_EXC,
                    A.PriceMode.FIXED,
                    3,
                    "Milan",
                    5,
                    (),
                    2,
                ),
            ),
            "channel": s(alice, A.Channel(channel_key, "Alice live", "backstage")),
            "fuel": s(alice, A.Fuel(ONE_EXC)),
            "transfer": s(bob, A.Transfer(carol.actor_id, 5 * ONE_EXC, "thanks")),
            "follow": s(bob, A.Follow(alice.actor_id, 1)),
            "arbiter": s(carol, A.Arbiter(("photo shoot",), 1)),
        }
        await _run_stage(client, watcher, stage1)
        post_id, listing_id = stage1["post"].id(), stage1["listing"].id()
        order = A.Order(listing_id, 1, 10 * ONE_EXC, "")
        stage2 = {
            "comment": s(bob, A.Comment(post_id, "lovely", b"")),
            "vote": s(bob, A.PostVote(post_id, 1)),
            "order1": s(bob, order),
            "order2": s(bob, A.Order(listing_id, 1, 10 * ONE_EXC, "second")),
            "order3": s(bob, A.Order(listing_id, 1, 10 * ONE_EXC, "third")),
            "stream": s(alice, A.Stream(channel_key, "Backstage", 1, (listing_id,))),
            "listing_update": s(alice, A.ListingUpdate(listing_id, A.ListingStatus.ACTIVE, 10 * ONE_EXC, 9)),
            "promotion": s(dave, A.Promotion(post_id, ONE_EXC, 10)),
            "report": s(dave, A.Report(post_id, "spam test")),
            "endorsement": s(carol, A.Endorsement(alice.actor_id, "runway modelling", b"", "great")),
        }
        await _run_stage(client, watcher, stage2)
        o1, o2, o3 = stage2["order1"].id(), stage2["order2"].id(), stage2["order3"].id()
        stage3 = {
            "accept1": s(alice, A.OrderResponse(o1, 1)),
            "accept2": s(alice, A.OrderResponse(o2, 1)),
            "cancel3": s(bob, A.OrderCancel(o3)),
            "listing_edit": s(
                alice, A.ListingEdit(listing_id, "Photo shoot", "Studio day, two looks", "", (), 3, "Milan", (), 2)
            ),
        }
        await _run_stage(client, watcher, stage3)
        stage4 = {
            "delivery": s(alice, A.Delivery(o1, b"", "shot and sent")),
            "dispute": s(bob, A.Dispute(o2, "the studio was closed")),
        }
        await _run_stage(client, watcher, stage4)
        stage5 = {
            "release": s(bob, A.Release(o1)),
            "resolution": s(carol, A.Resolution(o2, 5 * ONE_EXC, "half back")),
        }
        await _run_stage(client, watcher, stage5)
        stage6 = {"rating": s(bob, A.Rating(o1, 5, 5, 5, 5, "superb"))}
        await _run_stage(client, watcher, stage6)
        validators = await client.get_json("/v1/validators")
        target = validators["validators"][-1]
        stage7 = {
            "reply": s(alice, A.RatingReply(o1, "thank you")),
            "proposal": s(
                alice,
                A.Proposal(
                    A.ProposalKind.VALIDATOR,
                    "More power to node 3",
                    "",
                    "",
                    0,
                    bytes.fromhex(target["public_key"]),
                    20,
                    b"",
                    0,
                ),
            ),
        }
        r7 = await _run_stage(client, watcher, stage7)
        proposal_id = stage7["proposal"].id()
        stage8 = {"ballot": s(alice, A.ProposalVote(proposal_id, A.Choice.YES))}
        await _run_stage(client, watcher, stage8)
        for stage in (stage1, stage2, stage3, stage4, stage5, stage6, stage7, stage8):
            used.update(signed.action.type for signed in stage.values())
        assert used == set(A.ActionType), f"not exercised: {set(A.ActionType) - used}"

        # The proposal is tallied at the end of its voting period; the validator set changes from the next
        # height and the chain keeps committing under it.
        proposal_height = r7["proposal"][0]
        await watcher.wait_height(proposal_height + 6 + 3, within=90)
        after = await client.get_json("/v1/validators")
        powers = {v["public_key"]: v["power"] for v in after["validators"]}
        assert powers[target["public_key"]] == 20
        latest = await client.light_block(watcher.height)
        assert any(v.power == 20 for v in latest.validators.validators)
        assert verify_commit("exc-itest", latest.validators, latest.commit, latest.header.hash()) * 3 > 50 * 2

        # Every effect is provable: the order record, with a sparse Merkle proof against a header.
        height = watcher.height
        light = await client.light_block(height)
        raw = await client.get_bytes(f"/v1/state/{S.order_key(o2).hex()}?height={height}")
        _, proof_height, key, value, proof_wire, root = msgpack.unpackb(raw)
        assert proof_height == height
        assert root == light.header.state_root
        verify_smt_proof(light.header.state_root, key, value, SmtProof.from_wire(proof_wire))
        assert S.OrderRecord.decode(value).status == S.OrderStatus.RESOLVED
        rep = S.Reputation.decode(
            msgpack.unpackb(await client.get_bytes(f"/v1/state/{S.reputation_key(alice.actor_id).hex()}"))[3]
        )
        assert rep.work > 0
        assert rep.ratings > 0
    finally:
        await watcher.stop()


async def test_an_action_has_an_inclusion_proof_and_a_receipt(
    shared_devnet: Devnet, session: aiohttp.ClientSession
) -> None:
    heidi = shared_devnet.demo_keys["heidi"]
    client = Client(session, shared_devnet.api_url(1))
    watcher = await Watcher(session, shared_devnet.api_url(1)).start()
    try:
        signed = Signer("exc-itest").sign(heidi, A.Transfer(shared_devnet.demo_keys["grace"].actor_id, ONE_EXC, ""))
        action_id = await client.submit(signed)
        pending = await client.action(action_id)
        assert pending["status"] in ("pending", "committed")
        await watcher.wait_actions([action_id])
        status = await client.action(action_id)
        assert status["status"] == "committed"
        assert status["ok"] is True
        assert any(e["kind"] == "transfer" or e["actors"] for e in status["events"])
        light = await client.light_block(status["height"])
        body = msgpack.unpackb(await client.get_bytes(f"/v1/actions/{action_id}/proof"))
        _, height, index, raw, merkle_wire, receipt, receipt_proof = body
        assert (height, index) == (status["height"], status["index"])
        assert action_id_of_encoding(raw).hex() == action_id
        verify_merkle_proof(light.header.actions_root, bytes.fromhex(action_id), MerkleProof.from_wire(merkle_wire))
        key = S.receipt_key(bytes.fromhex(action_id))
        verify_smt_proof(light.header.state_root, key, receipt, SmtProof.from_wire(receipt_proof))
        assert S.Receipt.decode(receipt).status == S.ReceiptStatus.OK
        # The same action again is refused as already committed.
        again = await client.submit_raw(signed.encode())
        assert again[0] == 409
        assert (again[1]["error"], "already committed" in again[1]["reason"]) == ("already_committed", True)
    finally:
        await watcher.stop()


async def test_the_faucet_funds_a_new_address(shared_devnet: Devnet, session: aiohttp.ClientSession) -> None:
    newcomer = PrivateKey.generate()
    address = encode_address(newcomer.actor_id)
    client = Client(session, shared_devnet.api_url(2))
    watcher = await Watcher(session, shared_devnet.api_url(2)).start()
    try:
        async with session.post(f"{client.base}/v1/faucet", json={"address": address}) as response:
            assert response.status == 202
            doc = await response.json()
        await watcher.wait_actions([doc["id"]])
        account = await client.account(address)
        assert int(account["balance"]) == int(doc["amount"]) > 0
        async with session.post(f"{client.base}/v1/faucet", json={"address": address}) as response:
            assert response.status == 429
            doc = await response.json()
            assert (doc["error"], "moments ago" in doc["reason"]) == ("faucet_cooldown", True)
            assert int(response.headers["Retry-After"]) >= 1
        async with session.post(f"{client.base}/v1/faucet", json={"address": address[:-1] + "x"}) as response:
            assert response.status == 400
            doc = await response.json()
            assert doc["error"] == "bad_address"
            assert "typo" in doc["reason"] or "address" in doc["reason"]
        # The starter funds are spendable at once.
        spend = Signer("exc-itest").sign(newcomer, A.Transfer(shared_devnet.demo_keys["grace"].actor_id, ONE_EXC, ""))
        results = await watcher.wait_actions([await client.submit(spend)])
        assert all(ok for _, ok, _ in results.values())
    finally:
        await watcher.stop()


async def test_invalid_actions_never_enter_a_block(shared_devnet: Devnet, session: aiohttp.ClientSession) -> None:
    erin, frank = shared_devnet.demo_keys["erin"], shared_devnet.demo_keys["frank"]
    client = Client(session, shared_devnet.api_url(0))
    watcher = await Watcher(session, shared_devnet.api_url(0)).start()
    signer = Signer("exc-itest")
    refused: list[bytes] = []
    try:
        good = signer.sign(erin, A.Transfer(frank.actor_id, ONE_EXC, "ok"))
        forged = SignedAction(good.action, bytes(64))
        refused.append(forged.encode())
        status, doc = await client.submit_raw(forged.encode())
        assert (status, doc["error"], "signature" in doc["reason"]) == (400, "rejected", True)

        bad_nonce = signer.sign(erin, A.Transfer(frank.actor_id, ONE_EXC, ""), nonce=7)
        refused.append(bad_nonce.encode())
        status, doc = await client.submit_raw(bad_nonce.encode())
        assert status == 400
        assert "nonce" in doc["reason"]

        expired = signer.sign(erin, A.Transfer(frank.actor_id, ONE_EXC, ""), nonce=0, expiry=1)
        refused.append(expired.encode())
        status, doc = await client.submit_raw(expired.encode())
        assert status == 400
        assert "expired" in doc["reason"]

        low_fee = signer.sign(erin, A.Transfer(frank.actor_id, ONE_EXC, ""), nonce=0, fee=1)
        refused.append(low_fee.encode())
        status, doc = await client.submit_raw(low_fee.encode())
        assert status == 400
        assert "fee" in doc["reason"]

        # A double spend: two actions with the same nonce; the second one is refused.
        first = await client.submit(good)
        twin = signer.sign(erin, A.Transfer(shared_devnet.demo_keys["grace"].actor_id, ONE_EXC, "twin"), nonce=0)
        refused.append(twin.encode())
        status, doc = await client.submit_raw(twin.encode())
        assert status == 400
        assert "nonce" in doc["reason"]
        # The same twin sent to another validator directly is refused there too once the first is known, and
        # at the latest when blocks are built, since only one action can use the nonce.
        await watcher.wait_actions([first])

        # Overspending over two queued actions: each fits the balance alone, not both together.
        balance = int((await client.account(encode_address(erin.actor_id)))["balance"])
        big = balance * 3 // 5
        spend1 = signer.sign(erin, A.Transfer(frank.actor_id, big, "big 1"))
        spend2 = signer.sign(erin, A.Transfer(frank.actor_id, big, "big 2"))
        id1 = await client.submit(spend1)
        status, doc = await client.submit_raw(spend2.encode())
        if status == 202:
            refused.append(spend2.encode())
        else:
            assert "balance" in doc["reason"] or "nonce" in doc["reason"]
        await watcher.wait_actions([id1])
        # Give the overspend every chance to be (wrongly) included: two more blocks.
        await watcher.wait_height(watcher.height + 2)
        after = int((await client.account(encode_address(erin.actor_id)))["balance"])
        assert after >= 0
        assert after < balance - big

        refused_ids = {action_id_of_encoding(raw) for raw in refused}
        included: set[bytes] = set()
        for height in range(1, watcher.height + 1):
            block = CommittedBlock.decode(await client.get_bytes(f"/v1/blocks/{height}")).block
            included.update(action_id_of_encoding(raw) for raw in block.actions)
        assert refused_ids & included == set()
        assert action_id_of_encoding(good.encode()) in included
    finally:
        await watcher.stop()


async def test_malformed_and_hostile_http_requests_get_clear_errors(
    shared_devnet: Devnet, session: aiohttp.ClientSession
) -> None:
    base = shared_devnet.api_url(3)
    cases = [
        ("GET", "/v1/nowhere", None, 404),
        ("DELETE", "/v1/status", None, 405),
        ("GET", "/v1/light_blocks/abc", None, 400),
        ("GET", "/v1/light_blocks/99999999999999999999999", None, 400),
        ("GET", "/v1/light_blocks/999999", None, 404),
        ("GET", "/v1/light_blocks?from=1&to=1000", None, 400),
        ("GET", "/v1/light_blocks", None, 400),
        ("GET", "/v1/state/zz", None, 400),
        ("GET", "/v1/state/00?height=999999", None, 404),
        ("GET", "/v1/actions/1234", None, 400),
        ("GET", "/v1/actions/" + "00" * 32, None, 404),
        ("POST", "/v1/actions", b"", 400),
        ("POST", "/v1/actions", b"\xc1\xc1\xc1", 400),
        ("POST", "/v1/actions", pack([1, 2, 3]), 400),
        ("POST", "/v1/actions", b"\x00" * 20_000, 413),
        ("POST", "/v1/actions/batch", b"\x93\x01", 400),
        ("POST", "/v1/actions/batch", pack([1, 2]), 400),
        ("POST", "/v1/actions", os.urandom(5 * 1024 * 1024), 413),
        ("POST", "/v1/faucet", b"not json", 400),
        ("POST", "/v1/faucet", json.dumps(["x"]).encode(), 400),
        ("POST", "/v1/faucet", json.dumps({"address": "exc1notanaddress"}).encode(), 400),
        ("GET", "/v1/accounts/notanaddress", None, 400),
        ("GET", "/v1/ws?topics=nonsense", None, 400),
        ("GET", "/v1/ws", None, 400),
    ]
    for method, path, body, expected in cases:
        data = io.BytesIO(body) if body is not None else None
        async with session.request(method, base + path, data=data) as response:
            assert response.status == expected, (method, path, response.status)
            doc = await response.json()
            # One shape for every error, chain and services alike: a code, and a sentence for people.
            assert set(doc) == {"error", "reason"}, doc
            assert doc["error"].replace("_", "").isalpha(), doc
            assert len(doc["reason"]) > 10, doc
    # Garbage that is not HTTP at all.
    host, port = shared_devnet.nodes[3].api.rsplit(":", 1)
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(b"\x16\x03\x01\x02\x00garbage that is not http\r\n\r\n")
    await writer.drain()
    answer = await asyncio.wait_for(reader.read(200), 10)
    writer.close()
    assert answer.split(b"\r\n")[0].endswith(b"400 Bad Request")
    # The node keeps serving, and keeps committing.
    status = await Client(session, base).status()
    watcher = await Watcher(session, base).start()
    try:
        await watcher.wait_height(status["height"] + 1)
    finally:
        await watcher.stop()


async def _p2p_handshake(ws: aiohttp.ClientWebSocketResponse, chain_id: str, genesis_hash: bytes) -> PrivateKey:
    key = PrivateKey.generate()
    await ws.send_bytes(encode_message(Hello(chain_id, genesis_hash, key.public_key.raw, 0, b"\x01" * 32)))
    theirs = decode_message((await ws.receive(timeout=10)).data)
    assert isinstance(theirs, Hello)
    answer = key.sign(Domain.PEER, peer_auth_bytes(chain_id, theirs.challenge, key.public_key.raw))
    await ws.send_bytes(encode_message(Auth(answer)))
    auth = decode_message((await ws.receive(timeout=10)).data)
    assert isinstance(auth, Auth)
    # Then the node says where its API is, so that its services can be reached.
    info = await ws.receive(timeout=10)
    assert info.type == aiohttp.WSMsgType.TEXT
    assert json.loads(info.data)["type"] == "info"
    assert 0 < json.loads(info.data)["api_port"] < 65536
    return key


async def _next_error(ws: aiohttp.ClientWebSocketResponse) -> str:
    while True:
        msg = await ws.receive(timeout=10)
        assert msg.type == aiohttp.WSMsgType.BINARY, msg
        message = decode_message(msg.data)
        if isinstance(message, ErrorMessage):
            return message.reason


async def test_malformed_and_hostile_consensus_messages_get_clear_errors(
    shared_devnet: Devnet, session: aiohttp.ClientSession
) -> None:
    node = shared_devnet.nodes[2]
    url = f"ws://{node.p2p}/v1/p2p"
    assert shared_devnet.genesis is not None
    genesis_hash = shared_devnet.genesis.hash()

    # Garbage instead of a handshake: an error naming the problem, then the door closes.
    async with session.ws_connect(url) as ws:
        await ws.send_bytes(b"\xff\x00garbage")
        reasons = []
        async for msg in ws:
            if msg.type == aiohttp.WSMsgType.BINARY:
                message = decode_message(msg.data)
                if isinstance(message, ErrorMessage):
                    reasons.append(message.reason)
        assert any("malformed" in r or "handshake" in r for r in reasons), reasons

    # Another chain is refused.
    async with session.ws_connect(url) as ws:
        key = PrivateKey.generate()
        await ws.send_bytes(encode_message(Hello("other-chain", genesis_hash, key.public_key.raw, 0, b"\x02" * 32)))
        reasons = []
        async for msg in ws:
            if msg.type == aiohttp.WSMsgType.BINARY:
                message = decode_message(msg.data)
                if isinstance(message, ErrorMessage):
                    reasons.append(message.reason)
        assert any("chain" in r for r in reasons), reasons

    # A wrong handshake signature is refused.
    async with session.ws_connect(url) as ws:
        key = PrivateKey.generate()
        await ws.send_bytes(encode_message(Hello("exc-itest", genesis_hash, key.public_key.raw, 0, b"\x03" * 32)))
        await ws.receive(timeout=10)
        await ws.send_bytes(encode_message(Auth(bytes(64))))
        reasons = []
        async for msg in ws:
            if msg.type == aiohttp.WSMsgType.BINARY:
                message = decode_message(msg.data)
                if isinstance(message, ErrorMessage):
                    reasons.append(message.reason)
        assert any("signature" in r for r in reasons), reasons

    # After a proper handshake: malformed messages, forged votes and text frames each get an error.
    async with session.ws_connect(url, max_msg_size=16 * 1024 * 1024) as ws:
        await _p2p_handshake(ws, "exc-itest", genesis_hash)
        await ws.send_bytes(pack([4, [1, 2, 3]]))
        assert "malformed" in await _next_error(ws)
        await ws.send_bytes(pack([99, []]))
        assert "unknown peer message kind" in await _next_error(ws)
        status = await Client(session, node.api_url).status()
        from lightnode.protocol.chain import Vote

        vote = Vote(1, "exc-itest", status["consensus"]["height"], 0, b"")
        forged = SignedVote(vote, 0, PrivateKey.generate().sign_raw(vote.sign_bytes()))
        await ws.send_bytes(encode_message(forged))
        assert "signature" in await _next_error(ws)
        await ws.send_str("hello")
        assert "binary" in await _next_error(ws)
        # Actions gossiped straight to the validator pass the same checks as the API: forged or replayed
        # ones never reach its mempool. (Messages on one connection are handled in order, so once the
        # error for the garbage after them is back, the actions were judged.)
        dave = shared_devnet.demo_keys["dave"]
        good = Signer("exc-itest").sign(dave, A.Transfer(dave.actor_id, 1, ""), nonce=0)
        forged = SignedAction(good.action, bytes(64))
        await ws.send_bytes(encode_message(Actions((forged.encode(), b"\x93\x01\x02"))))
        await ws.send_bytes(b"\x00")
        assert "malformed" in await _next_error(ws)
        with pytest.raises(ApiFailure) as unknown:
            await Client(session, node.api_url).action(forged.id().hex())
        assert unknown.value.status == 404

    # A frame larger than any message is cut off by the transport.
    async with session.ws_connect(url, max_msg_size=16 * 1024 * 1024) as ws:
        await _p2p_handshake(ws, "exc-itest", genesis_hash)
        with contextlib.suppress(ConnectionError):
            await ws.send_bytes(b"\x00" * (9 * 1024 * 1024))
        closing = await ws.receive(timeout=10)
        while closing.type in (aiohttp.WSMsgType.BINARY, aiohttp.WSMsgType.TEXT):
            closing = await ws.receive(timeout=10)
        assert closing.type in (
            aiohttp.WSMsgType.CLOSE,
            aiohttp.WSMsgType.CLOSED,
            aiohttp.WSMsgType.CLOSING,
            aiohttp.WSMsgType.ERROR,
        )
        if closing.type == aiohttp.WSMsgType.CLOSE:
            assert closing.data == aiohttp.WSCloseCode.MESSAGE_TOO_BIG

    # The node is still a healthy validator.
    client = Client(session, node.api_url)
    before = (await client.status())["height"]
    watcher = await Watcher(session, node.api_url).start()
    try:
        await watcher.wait_height(before + 2)
    finally:
        await watcher.stop()
    assert (await client.status())["validator"] is True


async def test_headers_and_events_are_pushed_to_subscribers(
    shared_devnet: Devnet, session: aiohttp.ClientSession
) -> None:
    base = shared_devnet.api_url(1).replace("http", "ws")
    async with session.ws_connect(base + "/v1/ws?topics=headers,events") as ws:
        seen_header = seen_events = False
        while not (seen_header and seen_events):
            msg = await ws.receive(timeout=30)
            if msg.type == aiohttp.WSMsgType.BINARY:
                kind, height, wire = msgpack.unpackb(msg.data)
                assert kind == "header"
                light = LightBlock.from_wire(wire)
                assert light.header.height == height
                verify_commit("exc-itest", light.validators, light.commit, light.header.hash())
                seen_header = True
            elif msg.type == aiohttp.WSMsgType.TEXT:
                doc = json.loads(msg.data)
                assert doc["type"] == "events"
                assert isinstance(doc["events"], list)
                seen_events = True
        await ws.send_str('{"subscribe": ["bogus"]}')
        while True:
            msg = await ws.receive(timeout=30)
            if msg.type == aiohttp.WSMsgType.TEXT and json.loads(msg.data)["type"] == "error":
                assert "bogus" in json.loads(msg.data)["reason"]
                break


async def test_a_fresh_node_joins_and_syncs_every_block(shared_devnet: Devnet, session: aiohttp.ClientSession) -> None:
    validator = Client(session, shared_devnet.api_url(0))
    target = (await validator.status())["height"]
    joined = await shared_devnet.add_node()
    fresh = Client(session, joined.api_url)
    watcher = await Watcher(session, joined.api_url).start()
    try:
        status = await fresh.status()
        await watcher.wait_height(max(target, status["height"]) + 1, within=90)
        status = await fresh.status()
        assert status["validator"] is False
        height = status["height"]
        assert height >= target
        ours = await fresh.light_blocks(1, min(height, 100))
        theirs = await validator.light_blocks(1, min(height, 100))
        assert [lb.header.hash() for lb in ours] == [lb.header.hash() for lb in theirs]
        # It also answers proofs for the state it rebuilt.
        raw = await fresh.get_bytes(f"/v1/state/{S.account_key(shared_devnet.demo_keys['alice'].actor_id).hex()}")
        _, proof_height, key, value, proof_wire, _root = msgpack.unpackb(raw)
        light = await fresh.light_block(proof_height)
        verify_smt_proof(light.header.state_root, key, value, SmtProof.from_wire(proof_wire))
    finally:
        await watcher.stop()
    with pytest.raises(ApiFailure):
        await fresh.get_json("/v1/nowhere")

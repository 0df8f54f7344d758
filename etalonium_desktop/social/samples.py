"""Sample social activity for screenshots, demos and tests on a devnet: generated fashion-like photos, and
posts, votes, comments, follows, endorsements, a promotion and a proposal made by funded demo accounts
through the nodes' public API (the same actions anyone could send)."""

from __future__ import annotations

import asyncio
import random
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import cv2
import numpy as np

from lightnode.protocol import actions as A
from lightnode.protocol.actions import PostKind, Role
from lightnode.protocol.address import encode_address
from lightnode.protocol.encoding import ONE_EXC
from lightnode.protocol.keys import PrivateKey

FEE = ONE_EXC // 1000
PALETTES: Mapping[str, tuple[int, ...]] = {
    "linen": (0xE8DCC8, 0xC9B79C, 0x8C7A64, 0xF4EFE6),
    "noir": (0x1D1B22, 0x4A4453, 0x8A3FFC, 0xD9D4E2),
    "rose": (0xF2B5C4, 0xD9667F, 0x7A2E45, 0xFBE7EC),
    "olive": (0x8A8F5A, 0x5B6139, 0xD8D3A8, 0x2F331D),
    "azure": (0x6FA8DC, 0x2E5E8C, 0xCFE3F5, 0x16324F),
    "ochre": (0xD99A3D, 0x9C5F1C, 0xF3D9A8, 0x4A2C0C),
}


def sample_photo(seed: int, palette: Sequence[int], size: tuple[int, int] = (960, 1200)) -> bytes:
    """A JPEG that reads as a fashion photo from afar: a graded backdrop, a figure, fabric folds."""
    rng = random.Random(seed)
    width, height = size
    bgr = [((c & 0xFF), (c >> 8) & 0xFF, (c >> 16) & 0xFF) for c in palette]
    top, bottom = np.array(bgr[0], np.float32), np.array(bgr[-1], np.float32)
    t = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None, None]
    image = (top * (1 - t) + bottom * t).repeat(width, axis=1).astype(np.uint8)
    cx = width // 2 + rng.randint(-width // 8, width // 8)
    body = bgr[1 % len(bgr)]
    cv2.ellipse(image, (cx, height * 3 // 5), (width // 5, height // 3), 0, 0, 360, body, -1, cv2.LINE_AA)
    cv2.circle(image, (cx, height // 5), width // 11, bgr[2 % len(bgr)], -1, cv2.LINE_AA)
    for _ in range(7):
        x = cx + rng.randint(-width // 6, width // 6)
        y0 = height // 3 + rng.randint(0, height // 6)
        colour = tuple(min(255, v + 35) for v in body)
        cv2.line(image, (x, y0), (x + rng.randint(-40, 40), y0 + height // 3), colour, rng.randint(3, 9), cv2.LINE_AA)
    blurred = cv2.GaussianBlur(image, (0, 0), 2.2)
    ok, encoded = cv2.imencode(".jpg", blurred, [cv2.IMWRITE_JPEG_QUALITY, 86])
    if not ok:
        raise RuntimeError("the sample photo could not be encoded")
    return bytes(encoded.tobytes())


@dataclass(frozen=True, slots=True)
class SamplePerson:
    account: str
    name: str
    role: Role
    region: str
    skill: str
    bio: str


PEOPLE = (
    SamplePerson("alice", "Maya Laurent", Role.MODEL, "Paris", "Runway modelling", "Runway and editorial, Paris."),
    SamplePerson("bob", "Studio Noir", Role.PHOTOGRAPHER, "Milan", "Editorial photography", "Light, film, grain."),
    SamplePerson("carol", "Léo Martin", Role.DESIGNER, "Lyon", "Pattern cutting", "Menswear in linen and wool."),
    SamplePerson("dave", "Nadia Petrova", Role.STYLIST, "Berlin", "Styling", "Styling for shows and lookbooks."),
    SamplePerson("erin", "Kofi Mensah", Role.DESIGNER, "Accra", "Tailoring", "Tailoring, kente accents."),
)

#: (author in PEOPLE, kind, text, tags, palette)
POSTS = (
    (0, PostKind.PHOTO, "Backstage before the linen show. Hair by Nadia.", ("ss26", "linen", "backstage"), "linen"),
    (1, PostKind.PORTFOLIO, "Editorial for Noir magazine: shot on film, lit by one window.", ("editorial",), "noir"),
    (2, PostKind.LOOKBOOK, "Lookbook 03: unlined linen suits in four weights.", ("ss26", "linen", "menswear"), "olive"),
    (3, PostKind.PHOTO, "Rose on rose: styling for the Berlin pop-up.", ("styling", "rose"), "rose"),
    (4, PostKind.PHOTO, "Hand-finished lapels, kente lining. Fittings open next week.", ("tailoring",), "ochre"),
    (2, PostKind.CASTING, "Casting: two models for a menswear lookbook in Lyon, 14 May.", ("casting",), "azure"),
    (0, PostKind.PHOTO, "Azure cape, final walk. Thank you Milan!", ("runway", "fw25"), "azure"),
    (1, PostKind.PHOTO, "Test shoot with the new 85mm. Who wants to collaborate?", ("editorial", "collab"), "ochre"),
    (3, PostKind.TEXT, "Looking for a pattern cutter for a capsule of six pieces, Paris or remote.", ("jobs",), "rose"),
)


class ApiSeeder:
    """Signs and submits actions for known keys through one node's public API, keeping their nonces."""

    def __init__(self, http: aiohttp.ClientSession, base_url: str, chain_id: str) -> None:
        self.http = http
        self.base = base_url.rstrip("/")
        self.chain_id = chain_id
        self._nonces: dict[bytes, int] = {}
        self.height = 0

    async def _json(self, method: str, path: str, **kw: object) -> dict[str, object]:
        async with self.http.request(method, self.base + path, **kw) as response:  # type: ignore[arg-type]
            body = await response.json(content_type=None)
            if response.status >= 400:
                raise RuntimeError(f"{path}: {body}")
            assert isinstance(body, dict)
            return body

    async def refresh_height(self) -> int:
        self.height = int(str((await self._json("GET", "/v1/status"))["height"]))
        return self.height

    async def act(self, key: PrivateKey, payload: A.Payload) -> bytes:
        actor = key.actor_id
        nonce = self._nonces.get(actor)
        if nonce is None:
            account = await self._json("GET", f"/v1/accounts/{encode_address(actor)}")
            nonce = int(str(account["next_nonce"]))
        signed = A.Action(self.chain_id, key.public_key.raw, nonce, FEE, self.height + 300, payload).sign(key)
        body = await self._json("POST", "/v1/actions", data=signed.encode())
        self._nonces[actor] = nonce + 1
        return bytes.fromhex(str(body["id"]))

    async def settled(self, action_ids: Sequence[bytes], timeout_s: float = 90.0) -> list[bool]:
        """Whether each action was applied, once all are in blocks."""
        outcome: dict[bytes, bool] = {}
        async with asyncio.timeout(timeout_s):
            while len(outcome) < len(action_ids):
                for action_id in action_ids:
                    if action_id in outcome:
                        continue
                    async with self.http.get(f"{self.base}/v1/actions/{action_id.hex()}") as response:
                        body = await response.json(content_type=None) if response.status == 200 else {}
                    if isinstance(body, dict) and body.get("status") == "committed":
                        outcome[action_id] = bool(body.get("ok", True))
                if len(outcome) < len(action_ids):
                    await asyncio.sleep(0.3)
        return [outcome[a] for a in action_ids]


async def upload_photo(http: aiohttp.ClientSession, base_url: str, key: PrivateKey, data: bytes) -> bytes:
    """A raw JPEG blob on the node's blob store (the owner's quota must hold it); returns its manifest id."""
    from lightnode.services_client import BlobClient

    manifest = await BlobClient(http, base_url).upload(key, data, "image/jpeg")
    return manifest.id()


async def upload_sample_video(http: aiohttp.ClientSession, base_url: str, key: PrivateKey, work: Path) -> Any:
    """A generated three-second clip (FFmpeg's test pattern through PyAV), transcoded into two small HLS
    renditions and uploaded to the node's blob store; returns the media upload result."""
    from etalonium_desktop.media.samples import make_test_clip
    from etalonium_desktop.media.transcode import RenditionSpec, TranscodeSettings
    from etalonium_desktop.media.upload import MemoryStateStore, Uploader
    from lightnode.services_client import BlobClient

    clip = await asyncio.to_thread(make_test_clip, work / "walk.mp4", seconds=3.0, size=(480, 360), rate=24)
    settings = TranscodeSettings(
        ladder=(RenditionSpec("360p", 360, 700_000, 96_000), RenditionSpec("180p", 180, 250_000, 64_000)),
        preset="ultrafast",
    )
    uploader = Uploader([BlobClient(http, base_url)], key, MemoryStateStore(), work / "upload", settings=settings)
    return await uploader.upload_video(clip)


async def seed_sample_activity(
    base_url: str,
    chain_id: str,
    accounts: Mapping[str, PrivateKey],
    viewer: bytes,
    *,
    viewer_skill: str = "",
    video: bool = True,
    viewer_post: bytes = b"",
    viewer_comment: tuple[bytes, bytes] | None = None,
) -> dict[str, object]:
    """Profiles, skills, photo posts (and a video post), votes, comments with threaded replies, follows,
    endorsements (of the viewer's skill too), a promotion and a proposal by the demo `accounts` (funded
    genesis accounts named as in PEOPLE). Given the viewer's post and a comment of theirs (post id, comment
    id), one of them promotes the post and another replies to the comment (what the viewer's notifications
    then show)."""
    people = [(p, accounts[p.account]) for p in PEOPLE if p.account in accounts]
    if not people:
        return {}
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as http:
        seeder = ApiSeeder(http, base_url, chain_id)
        await seeder.refresh_height()
        first = [
            await seeder.act(key, A.Profile(p.name, int(p.role), p.bio, (), p.region, b"", b"")) for p, key in people
        ]
        first += [
            await seeder.act(key, A.SkillClaim(p.skill, f"{p.skill} for {p.region} clients")) for p, key in people
        ]
        first += [await seeder.act(key, A.Fuel(ONE_EXC // 20)) for _, key in people]
        await seeder.settled(first)
        posts: list[bytes] = []
        #: The index in `people` of each post's author.
        authors: list[int] = []
        for n, (who, kind, text, tags, palette_name) in enumerate(POSTS):
            if who >= len(people):
                continue
            authors.append(who)
            person, key = people[who]
            palette = PALETTES[palette_name]
            media: tuple[bytes, ...] = ()
            if kind is not PostKind.TEXT:
                count = 3 if kind is PostKind.LOOKBOOK else 1
                photos = [await asyncio.to_thread(sample_photo, 31 * n + i, palette) for i in range(count)]
                media = tuple([await upload_photo(http, base_url, key, photo) for photo in photos])
            posts.append(
                await seeder.act(key, A.Post(int(kind), text, tags, media, palette[:3], b"", 0, person.region))
            )
        if video and len(people) > 1:
            from etalonium_desktop.media.upload import post_payload

            with tempfile.TemporaryDirectory(prefix="etalonium-sample-video-") as work:
                uploaded = await upload_sample_video(http, base_url, people[1][1], Path(work))
            payload = post_payload(
                [uploaded], text="Final walk, 3 seconds of it. Sound on.", tags=("runway", "video"), place="Milan"
            )
            posts.append(await seeder.act(people[1][1], payload))
            authors.append(1)
        await seeder.settled(posts)
        rng = random.Random(7)
        reactions: list[bytes] = []
        for i, post_id in enumerate(posts):
            author = authors[i]
            for j, (_, key) in enumerate(people):
                if j != author and rng.random() < 0.7:
                    reactions.append(await seeder.act(key, A.PostVote(post_id, 1 if rng.random() < 0.9 else -1)))
        comments = ("Love the palette!", "The cut on this is perfect.", "Stunning light.", "Who did the styling?")
        first_comments: list[tuple[bytes, bytes]] = []
        # The newest post (the video, when there is one) first: its thread is the one replied to below.
        for i in [len(posts) - 1, *range(min(5, len(posts) - 1))]:
            _, key = people[(authors[i] + 1) % len(people)]
            comment = await seeder.act(key, A.Comment(posts[i], comments[i % len(comments)], b""))
            reactions.append(comment)
            first_comments.append((posts[i], comment))
        for j, (_, key) in enumerate(people):
            target = people[(j + 1) % len(people)]
            reactions.append(
                await seeder.act(key, A.Endorsement(accounts[target[0].account].actor_id, target[0].skill, b"", ""))
            )
            reactions.append(await seeder.act(key, A.Follow(accounts[target[0].account].actor_id, 1)))
            if viewer_skill:
                reactions.append(await seeder.act(key, A.Endorsement(viewer, viewer_skill, b"", "Great to work with.")))
        _, promoter = people[-1]
        reactions.append(await seeder.act(promoter, A.Promotion(posts[4], 2 * ONE_EXC, 600)))
        if viewer_post:
            reactions.append(await seeder.act(people[0][1], A.Promotion(viewer_post, ONE_EXC, 600)))
        _, proposer = people[0]
        await seeder.settled(reactions)
        # Replies (a thread two deep on the first post), once the comments they answer are on chain.
        replies: list[bytes] = []
        if first_comments and len(people) > 3:
            post_id, comment = first_comments[0]
            author = authors[-1]
            answer = await seeder.act(people[author][1], A.Comment(post_id, "Thank you! Shot in one take.", comment))
            replies.append(answer)
            others = [j for j in range(len(people)) if j != author]
            replies.append(
                await seeder.act(people[others[-1]][1], A.Comment(post_id, "The sound design too.", comment))
            )
            await seeder.settled(replies)
            replies.append(await seeder.act(people[others[1]][1], A.Comment(post_id, "One take? Impressive.", answer)))
        if viewer_comment is not None:
            on_post, comment = viewer_comment
            replies.append(await seeder.act(people[2][1], A.Comment(on_post, "Agreed — and the lining!", comment)))
        await seeder.settled(replies)
        proposal = await seeder.act(
            proposer,
            A.Proposal(
                int(A.ProposalKind.PARAMETER),
                "Three promoted posts per page",
                "Promotion pays the reward pool; one more slot per page doubles what curators earn.",
                "promotion_cap",
                3,
                b"",
                0,
                b"",
                0,
            ),
        )
        await seeder.settled([proposal])
        ballots = [
            await seeder.act(key, A.ProposalVote(proposal, 1 if j % 3 else 2)) for j, (_, key) in enumerate(people[1:4])
        ]
        await seeder.settled(ballots)
        return {"posts": posts, "proposal": proposal}

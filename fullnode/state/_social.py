"""Rules of the social modules: profiles, posts, comments, votes, follows, skills, endorsements, reports,
channels, streams and promotions."""

from __future__ import annotations

from lightnode.protocol import actions as A
from lightnode.protocol import state as S
from lightnode.protocol.encoding import U64_MAX
from lightnode.protocol.keys import ACTOR_ID_SIZE, is_valid_public_key
from lightnode.protocol.state import (
    ORDER_SETTLED,
    ChannelRecord,
    CommentRecord,
    EndorsementRecord,
    FollowRecord,
    ListingRecord,
    OrderRecord,
    PostRecord,
    ProfileRecord,
    PromotionRecord,
    ReportRecord,
    SkillRecord,
    VotePair,
    VoteRecord,
)

from ._context import ORDER_ENDORSEMENT_FACTOR, Context, RuleError, replace
from ._reputation import diminished, provisional_endorsement, seed_trust, vote_weight

_NO_POST = "there is no such post"


def profile(ctx: Context, p: A.Profile) -> None:
    record = ProfileRecord(p.display_name, p.role, p.bio, p.links, p.region, p.avatar, p.messenger_key, ctx.height)
    ctx.put(S.profile_key(ctx.sender), record)
    ctx.emit("profile", (ctx.sender,))


def post(ctx: Context, p: A.Post) -> None:
    actors = [ctx.sender]
    if p.repost_of:
        original = ctx.need(S.post_key(p.repost_of), PostRecord, "the reposted post does not exist")
        ctx.put(S.post_key(p.repost_of), replace(original, reposts=original.reposts + 1))
        actors.append(original.author)
    record = PostRecord(
        author=ctx.sender,
        kind=p.kind,
        text=p.text,
        tags=p.tags,
        media=p.media,
        palette=p.palette,
        repost_of=p.repost_of,
        event_time_ms=p.event_time_ms,
        place=p.place,
        created_height=ctx.height,
        created_time_ms=ctx.time_ms,
        up=0,
        down=0,
        score=0,
        comments=0,
        reposts=0,
        reports=0,
    )
    ctx.put(S.post_key(ctx.action_id), record)
    ctx.bump_social(ctx.sender, posts=1)
    ctx.emit("post", tuple(actors), post=ctx.action_id)


def comment(ctx: Context, p: A.Comment) -> None:
    target = ctx.need(S.post_key(p.post), PostRecord, _NO_POST)
    actors = [ctx.sender, target.author]
    if p.reply_to:
        parent = ctx.need(S.comment_key(p.reply_to), CommentRecord, "the comment replied to does not exist")
        if parent.post != p.post:
            raise RuleError("the comment replied to belongs to another post")
        actors.append(parent.author)
    ctx.put(S.comment_key(ctx.action_id), CommentRecord(p.post, ctx.sender, p.reply_to, p.text, ctx.height))
    ctx.put(S.post_key(p.post), replace(target, comments=target.comments + 1))
    ctx.bump_social(ctx.sender, comments=1)
    ctx.emit("comment", tuple(actors), post=p.post, comment=ctx.action_id)


def vote(ctx: Context, p: A.PostVote) -> None:
    """Up (+1), down (-1) or withdraw (0). Votes on one's own posts are refused.

    A vote's weight is the voter's vote weight (isqrt of its seed trust plus score: 0 for an account nobody
    trusts) diminished by the voter's other standing votes of the same direction on the same author's posts
    (the n-th counts √n − √(n−1) of a first vote). It is fixed when cast; changing or withdrawing the vote
    takes back exactly that much."""
    key = S.post_key(p.post)
    target = ctx.need(key, PostRecord, _NO_POST)
    if target.author == ctx.sender:
        raise RuleError("you cannot vote on your own post")
    vkey = S.vote_key(p.post, ctx.sender)
    previous = ctx.get(vkey, VoteRecord)
    if p.value == 0 and previous is None:
        raise RuleError("you have no vote on this post to withdraw")
    if previous is not None and previous.value == p.value:
        raise RuleError("you already voted this way on this post")
    pkey = S.vote_pair_key(ctx.sender, target.author)
    pair = ctx.get(pkey, VotePair) or S.EMPTY_VOTE_PAIR
    up, down, score = target.up, target.down, target.score
    author_delta = 0
    if previous is not None:
        if previous.value > 0:
            up -= 1
            pair = replace(pair, up=pair.up - 1)
        else:
            down -= 1
            pair = replace(pair, down=pair.down - 1)
        score -= previous.value * previous.weight
        author_delta -= previous.value * previous.weight
    if p.value == 0:
        ctx.put(vkey, None)
        weight = 0
    else:
        full = vote_weight(seed_trust(ctx, ctx.sender), ctx.reputation(ctx.sender))
        if p.value > 0:
            up += 1
            pair = replace(pair, up=pair.up + 1)
            weight = diminished(full, pair.up)
        else:
            down += 1
            pair = replace(pair, down=pair.down + 1)
            weight = diminished(full, pair.down)
        score += p.value * weight
        author_delta += p.value * weight
        ctx.put(vkey, VoteRecord(p.value, weight, ctx.height))
    ctx.put(pkey, None if pair == S.EMPTY_VOTE_PAIR else pair)
    ctx.put(key, replace(target, up=up, down=down, score=score))
    if author_delta:
        ctx.add_reputation(target.author, votes=author_delta)
    ctx.emit("vote", (ctx.sender, target.author), post=p.post, value=p.value, weight=weight)


def follow(ctx: Context, p: A.Follow) -> None:
    if p.target == ctx.sender:
        raise RuleError("you cannot follow yourself")
    key = S.follow_key(ctx.sender, p.target)
    exists = ctx.get(key, FollowRecord) is not None
    if p.follow:
        if exists:
            raise RuleError("you already follow this actor")
        ctx.put(key, FollowRecord(ctx.height))
        step = 1
    else:
        if not exists:
            raise RuleError("you do not follow this actor")
        ctx.put(key, None)
        step = -1
    ctx.bump_social(ctx.sender, following=step)
    ctx.bump_social(p.target, followers=step)
    ctx.emit("follow" if p.follow else "unfollow", (ctx.sender, p.target))


def skill_claim(ctx: Context, p: A.SkillClaim) -> None:
    """Claim a skill, or update the description of one already claimed (its endorsements stay)."""
    if not S.slug(p.skill):
        raise RuleError("a skill name needs more than spaces")
    sid = S.skill_id(p.skill)
    key = S.skill_key(ctx.sender, sid)
    existing = ctx.get(key, SkillRecord)
    if existing is not None:
        ctx.put(key, replace(existing, description=p.description))
    else:
        limit = ctx.param("max_skills_per_actor")
        if ctx.social(ctx.sender).skills >= limit:
            raise RuleError(f"an actor may claim at most {limit} skills")
        ctx.put(key, SkillRecord(p.skill, p.description, ctx.height, 0, 0))
        ctx.bump_social(ctx.sender, skills=1)
    ctx.emit("skill_claim", (ctx.sender,), skill=p.skill)


def endorsement(ctx: Context, p: A.Endorsement) -> None:
    """Endorse another actor's claimed skill, once. The endorsement passes on part of the endorser's trust
    in that skill (see `endorsement_flow`), twice as much when it refers to a settled order between the
    two. Its weight is provisional: the end of each epoch recomputes every skill's score over the whole
    endorsement graph."""
    if p.target == ctx.sender:
        raise RuleError("you cannot endorse yourself")
    sid = S.skill_id(p.skill)
    skey = S.skill_key(p.target, sid)
    claim = ctx.need(skey, SkillRecord, f"this actor has not claimed the skill '{p.skill}'")
    ekey = S.endorsement_key(p.target, sid, ctx.sender)
    if ctx.get(ekey, EndorsementRecord) is not None:
        raise RuleError("you already endorsed this skill of this actor")
    strength = 1
    if p.order:
        order = ctx.need(S.order_key(p.order), OrderRecord, "the order referred to does not exist")
        if {order.buyer, order.seller} != {ctx.sender, p.target}:
            raise RuleError("the order referred to is not between you and this actor")
        if order.status not in ORDER_SETTLED:
            raise RuleError("the order referred to is not settled yet")
        strength = ORDER_ENDORSEMENT_FACTOR
    weight, stats = provisional_endorsement(ctx, ctx.sender, sid, strength)
    ctx.put(S.endorser_key(ctx.sender, sid), stats)
    ctx.put(ekey, EndorsementRecord(weight, p.order, p.comment, ctx.height))
    ctx.put(skey, replace(claim, endorsements=claim.endorsements + 1, score=claim.score + weight))
    if weight:
        ctx.add_reputation(p.target, endorsements=weight)
    ctx.emit("endorsement", (ctx.sender, p.target), skill=claim.skill, weight=weight)


def report(ctx: Context, p: A.Report) -> None:
    """Report an actor (20-byte target) or a post (32-byte target), once per reporter."""
    reported_post: PostRecord | None = None
    if len(p.target) == ACTOR_ID_SIZE:
        if p.target == ctx.sender:
            raise RuleError("you cannot report yourself")
    else:
        reported_post = ctx.need(S.post_key(p.target), PostRecord, _NO_POST)
        if reported_post.author == ctx.sender:
            raise RuleError("you cannot report your own post")
    key = S.report_key(p.target, ctx.sender)
    if ctx.get(key, ReportRecord) is not None:
        raise RuleError("you already reported this")
    ctx.put(key, ReportRecord(p.reason, ctx.height))
    if reported_post is None:
        ctx.bump_social(p.target, reports=1)
    else:
        ctx.put(S.post_key(p.target), replace(reported_post, reports=reported_post.reports + 1))
    ctx.emit("report", (ctx.sender,), target=p.target)


def channel(ctx: Context, p: A.Channel) -> None:
    if not is_valid_public_key(p.channel_key):
        raise RuleError("the channel key is not a valid Ed25519 public key")
    key = S.channel_key(p.channel_key)
    existing = ctx.get(key, ChannelRecord)
    if existing is None:
        record = ChannelRecord(ctx.sender, p.title, p.description, ctx.height, 0, "", (), 0)
    elif existing.owner != ctx.sender:
        raise RuleError("this channel key belongs to another actor")
    else:
        record = replace(existing, title=p.title, description=p.description)
    ctx.put(key, record)
    ctx.emit("channel", (ctx.sender,), channel=p.channel_key)


def stream(ctx: Context, p: A.Stream) -> None:
    """Announce that a channel goes live (or off air), with the listings pinned to the stream."""
    key = S.channel_key(p.channel_key)
    record = ctx.need(key, ChannelRecord, "there is no such channel")
    if record.owner != ctx.sender:
        raise RuleError("only the channel's owner can announce its streams")
    if len(set(p.pinned_listings)) != len(p.pinned_listings):
        raise RuleError("a listing is pinned twice")
    for listing_id in p.pinned_listings:
        listing = ctx.get(S.listing_key(listing_id), ListingRecord)
        if listing is None or listing.seller != ctx.sender or listing.status != A.ListingStatus.ACTIVE:
            raise RuleError("only your own active listings can be pinned to your stream")
    since = ctx.height if p.live and not record.live else record.live_since_height
    ctx.put(
        key,
        replace(
            record,
            live=p.live,
            stream_title=p.title,
            pinned_listings=p.pinned_listings,
            live_since_height=since,
        ),
    )
    ctx.emit("stream", (ctx.sender,), channel=p.channel_key, live=p.live)


def promotion(ctx: Context, p: A.Promotion) -> None:
    """Pay to promote any post; the payment goes to the reward pool. Promotions stack: a new one extends
    the promoted period from where the current one ends."""
    target = ctx.need(S.post_key(p.post), PostRecord, _NO_POST)
    price = ctx.param("promotion_price_per_block") * p.duration_blocks
    if p.amount < price:
        raise RuleError(f"promoting for {p.duration_blocks} blocks costs at least {price}")
    key = S.promotion_key(p.post)
    current = ctx.get(key, PromotionRecord)
    start = ctx.height if current is None else max(current.until_height, ctx.height)
    until = start + p.duration_blocks
    if until > U64_MAX:
        raise RuleError("the promotion lasts too long")
    ctx.debit(ctx.sender, p.amount)
    ctx.add_to_pool(S.REWARDS_KEY, p.amount)
    paid = p.amount if current is None else current.total_paid + p.amount
    count = 1 if current is None else current.promotions + 1
    ctx.put(key, PromotionRecord(target.author, until, paid, count, ctx.sender))
    ctx.emit("promotion", (ctx.sender, target.author), post=p.post, amount=p.amount, until_height=until)

"""Proven reads of chain state: each value is checked against a verified header's state root, then decoded.

A missing key is proven missing (a non-inclusion proof) and reads as the protocol's empty value where one
exists (an absent account has zero balance and nonce 0) or as None.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from .client import LightClient
from .errors import BadResponseError
from .protocol import state as S
from .protocol.chain import ValidatorSet
from .protocol.encoding import Struct
from .protocol.errors import ProtocolError
from .store import VerifiedValue

V = TypeVar("V", bound=Struct)


@dataclass(frozen=True, slots=True)
class Proven(Generic[V]):
    """A decoded state value, proven at `height` (`value` None: proven absent)."""

    key: bytes
    value: V | None
    height: int
    state_root: bytes
    #: Whether the key is in the state; False for a proven absence (even where `value` shows the
    #: protocol's empty value, as for an account that never received anything).
    present: bool = True


def decode_proven(verified: VerifiedValue, cls: type[V]) -> Proven[V]:
    """Decode a proven value strictly (a value that does not decode is the chain's bug, not ours to hide)."""
    value: V | None = None
    if verified.value is not None:
        try:
            value = cls.decode(verified.value)
        except ProtocolError as exc:
            raise BadResponseError(
                f"the proven value of {verified.key!r} is not a valid {cls.__name__}: {exc}"
            ) from exc
    return Proven(verified.key, value, verified.height, verified.state_root, value is not None)


class Queries:
    """Typed, proven reads through a LightClient (every method proves at the node's latest height unless
    `height` is given)."""

    def __init__(self, client: LightClient) -> None:
        self.client = client

    async def get(self, key: bytes, cls: type[V], *, height: int | None = None) -> Proven[V]:
        return decode_proven(await self.client.get_state(key, height=height), cls)

    async def account(self, actor: bytes, *, height: int | None = None) -> Proven[S.Account]:
        """Balance, nonce and key of an actor; an absent account is proven absent and reads as empty."""
        proven = await self.get(S.account_key(actor), S.Account, height=height)
        if proven.value is None:
            return Proven(proven.key, S.EMPTY_ACCOUNT, proven.height, proven.state_root, False)
        return proven

    async def balance(self, actor: bytes, *, height: int | None = None) -> tuple[int, int]:
        """(balance in base units, height it was proven at)."""
        proven = await self.account(actor, height=height)
        assert proven.value is not None
        return proven.value.balance, proven.height

    async def nonce(self, actor: bytes, *, height: int | None = None) -> int:
        proven = await self.account(actor, height=height)
        assert proven.value is not None
        return proven.value.nonce

    async def profile(self, actor: bytes, *, height: int | None = None) -> Proven[S.ProfileRecord]:
        return await self.get(S.profile_key(actor), S.ProfileRecord, height=height)

    async def reputation(self, actor: bytes, *, height: int | None = None) -> Proven[S.Reputation]:
        proven = await self.get(S.reputation_key(actor), S.Reputation, height=height)
        if proven.value is None:
            return Proven(proven.key, S.EMPTY_REPUTATION, proven.height, proven.state_root, False)
        return proven

    async def social(self, actor: bytes, *, height: int | None = None) -> Proven[S.SocialStats]:
        return await self.get(S.social_key(actor), S.SocialStats, height=height)

    async def post(self, post_id: bytes, *, height: int | None = None) -> Proven[S.PostRecord]:
        return await self.get(S.post_key(post_id), S.PostRecord, height=height)

    async def listing(self, listing_id: bytes, *, height: int | None = None) -> Proven[S.ListingRecord]:
        return await self.get(S.listing_key(listing_id), S.ListingRecord, height=height)

    async def order(self, order_id: bytes, *, height: int | None = None) -> Proven[S.OrderRecord]:
        return await self.get(S.order_key(order_id), S.OrderRecord, height=height)

    async def skill(self, actor: bytes, skill_name: str, *, height: int | None = None) -> Proven[S.SkillRecord]:
        return await self.get(S.skill_key(actor, S.skill_id(skill_name)), S.SkillRecord, height=height)

    async def endorsement(
        self, target: bytes, skill_name: str, endorser: bytes, *, height: int | None = None
    ) -> Proven[S.EndorsementRecord]:
        key = S.endorsement_key(target, S.skill_id(skill_name), endorser)
        return await self.get(key, S.EndorsementRecord, height=height)

    async def proposal(self, proposal_id: bytes, *, height: int | None = None) -> Proven[S.ProposalRecord]:
        return await self.get(S.proposal_key(proposal_id), S.ProposalRecord, height=height)

    async def receipt(self, action_id: bytes, *, height: int | None = None) -> Proven[S.Receipt]:
        """Where and how an action was applied; proven absent if it was not (yet)."""
        return await self.get(S.receipt_key(action_id), S.Receipt, height=height)

    async def params(self, *, height: int | None = None) -> S.Params:
        proven = await self.get(S.PARAMS_KEY, S.Params, height=height)
        return proven.value if proven.value is not None else S.Params.of()

    async def next_validators(self, *, height: int | None = None) -> Proven[ValidatorSet]:
        """The validators of the height after `height`, as the state records them."""
        return await self.get(S.VALIDATORS_KEY, ValidatorSet, height=height)

    async def cached_account(self, actor: bytes) -> Proven[S.Account] | None:
        """The last proven account from the store (offline display), or None if never proven."""
        verified = await self.client.cached_state(S.account_key(actor))
        if verified is None:
            return None
        proven = decode_proven(verified, S.Account)
        if proven.value is None:
            return Proven(proven.key, S.EMPTY_ACCOUNT, proven.height, proven.state_root, False)
        return proven


__all__ = ["Proven", "Queries", "decode_proven"]

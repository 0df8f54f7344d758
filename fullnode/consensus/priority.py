"""Weighted round-robin proposer selection: CometBFT's proposer-priority algorithm."""

from __future__ import annotations

from collections.abc import Sequence

from lightnode.protocol.chain import ValidatorSet

#: Priorities are kept within this window (in units of total power), as CometBFT does.
PRIORITY_WINDOW_FACTOR = 2
_I64_MIN, _I64_MAX = -(2**63), 2**63 - 1


def _clip(value: int) -> int:
    return max(_I64_MIN, min(_I64_MAX, value))


class ProposerPriorities:
    """Proposer priorities of one validator set at one height (round 0), in the set's canonical order.

    Each increment adds every validator's power to its priority, picks the highest (ties: lower address)
    as proposer and subtracts the total power from it, so over time each validator proposes in
    proportion to its power. Before incrementing, priorities are rescaled into a window of twice the total
    power and centred on zero, exactly as CometBFT's `IncrementProposerPriority`.
    """

    __slots__ = ("_addresses", "_powers", "_total", "priorities", "validators")

    def __init__(self, validators: ValidatorSet, priorities: Sequence[int] | None = None) -> None:
        self.validators = validators
        self._powers = [v.power for v in validators.validators]
        self._addresses = [v.address for v in validators.validators]
        self._total = sum(self._powers)
        if priorities is None:
            priorities = [0] * len(self._powers)
        if len(priorities) != len(self._powers):
            raise ValueError("one priority per validator is needed")
        self.priorities = list(priorities)

    def copy(self) -> ProposerPriorities:
        return ProposerPriorities(self.validators, self.priorities)

    def _rescale_and_centre(self) -> None:
        prios = self.priorities
        window = PRIORITY_WINDOW_FACTOR * self._total
        diff = max(prios) - min(prios)
        if diff > window:
            ratio = (diff + window - 1) // window
            # Go's integer division truncates toward zero.
            prios[:] = [abs(p) // ratio if p >= 0 else -(abs(p) // ratio) for p in prios]
        avg = sum(prios) // len(prios)  # big.Int Div is Euclidean: floor for a positive divisor
        prios[:] = [_clip(p - avg) for p in prios]

    def _increment_once(self) -> int:
        prios = self.priorities
        for i, power in enumerate(self._powers):
            prios[i] = _clip(prios[i] + power)
        addresses = self._addresses
        best = 0
        for i in range(1, len(prios)):
            if prios[i] > prios[best] or (prios[i] == prios[best] and addresses[i] < addresses[best]):
                best = i
        prios[best] = _clip(prios[best] - self._total)
        return best

    def increment(self, times: int = 1) -> int:
        """Advance `times` selections in place; return the index of the last selected proposer."""
        if times < 1:
            raise ValueError("increment at least once")
        self._rescale_and_centre()
        proposer = 0
        for _ in range(times):
            proposer = self._increment_once()
        return proposer

    def proposer(self, round_: int) -> int:
        """The index of the proposer for `round_` at this height (this object is left unchanged)."""
        return self.copy().increment(round_ + 1)

    def next_height(self, next_validators: ValidatorSet) -> ProposerPriorities:
        """Priorities for the next height: one increment, then the validator set changes applied.

        Validators that stay keep their priority; new ones start at -1.125 × the new total power so that
        joining (or leaving and rejoining) never puts a validator first in line.
        """
        advanced = self.copy()
        advanced.increment(1)
        if next_validators == self.validators:
            return advanced
        old = {v.public_key: p for v, p in zip(self.validators.validators, advanced.priorities, strict=True)}
        total = next_validators.total_power()
        newcomer = -(total + (total >> 3))
        prios = [old.get(v.public_key, newcomer) for v in next_validators.validators]
        result = ProposerPriorities(next_validators, prios)
        result._rescale_and_centre()
        return result

"""The light client's exception hierarchy: one class per way a node, a header or a proof can fail us."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .protocol.evidence import LightClientAttackEvidence


class LightClientError(Exception):
    """Base of every error the light client raises. The message is a sentence a user can read."""


# --- Verification of light blocks --------------------------------------------------------------------------


class VerificationError(LightClientError):
    """A light block that does not verify against what the client already trusts."""

    def __init__(self, message: str, *, height: int | None = None) -> None:
        super().__init__(message)
        self.height = height


class ChainIdMismatchError(VerificationError):
    """The header belongs to another chain."""


class CommitMismatchError(VerificationError):
    """The commit is for another block or height than the header it came with."""


class ValidatorSetMismatchError(VerificationError):
    """A validator set that is not the one the chain committed to."""


class ValidatorsHashMismatchError(ValidatorSetMismatchError):
    """The validator set sent with a header does not hash to the header's `validators_hash`."""


class NextValidatorsMismatchError(ValidatorSetMismatchError):
    """An adjacent header's validators are not the `next_validators_hash` of the trusted header."""


class NonIncreasingHeightError(VerificationError):
    """The new header is not above the trusted one."""


class NonIncreasingTimeError(VerificationError):
    """The new header's time is not after the trusted header's time."""


class HeaderFromFutureError(VerificationError):
    """The header's time is further ahead of our clock than the allowed clock drift."""


class TrustExpiredError(VerificationError):
    """The trusted header is older than the trusting period: its validators may no longer be bonded."""


class BrokenHashChainError(VerificationError):
    """A header does not link to its neighbour through `prev_block_hash` (backwards or adjacent)."""


class InvalidCommitError(VerificationError):
    """The commit does not prove the header: bad signature, unknown or duplicate signer, too little power."""


class InvalidSignatureError(InvalidCommitError):
    """A commit signature does not verify (forged or corrupted)."""


class UnknownSignerError(InvalidCommitError):
    """A commit signature names a validator that is not in the set."""


class DuplicateSignerError(InvalidCommitError):
    """The same validator (public key) signed a commit twice."""


class InsufficientVotingPowerError(InvalidCommitError):
    """Not more than 2/3 of the header's own validator set signed it."""


class NotEnoughTrustError(InvalidCommitError):
    """Too little of the trusted set signed a non-adjacent header to skip to it (bisection follows)."""


class TrustRootMismatchError(LightClientError):
    """What a node serves does not match the trust root (genesis hash or checkpoint) given out of band."""


class StateProofError(LightClientError):
    """A state value's sparse-Merkle proof (or an inclusion proof) does not lead to the verified root."""


# --- Nodes -------------------------------------------------------------------------------------------------


class ProviderError(LightClientError):
    """A node that could not give us what we asked for."""

    def __init__(self, message: str, *, provider: str = "") -> None:
        super().__init__(message)
        self.provider = provider


class ProviderUnavailableError(ProviderError):
    """The node did not answer (refused, timed out, or failed on its side)."""


class LightBlockNotFoundError(ProviderError):
    """The node does not have a light block at the asked height (yet)."""


class BadResponseError(ProviderError):
    """The node answered with something malformed, or not what was asked for: it is faulty or lying."""


class RequestRejectedError(ProviderError):
    """The node refused a request and said why (`reason`)."""

    def __init__(self, reason: str, *, provider: str = "", code: str = "", status: int = 400) -> None:
        super().__init__(reason, provider=provider)
        self.reason = reason
        self.code = code
        self.status = status


class NoProvidersError(LightClientError):
    """No node is left to ask: the primary and every witness failed or were dropped."""


class NoWitnessesError(LightClientError):
    """Every witness was dropped, so new headers can no longer be cross-checked."""


# --- Attacks -----------------------------------------------------------------------------------------------


class ClientHaltedError(LightClientError):
    """The client stopped after detecting an attack; it serves nothing until the user resets its trust."""

    def __init__(self, message: str, evidence: LightClientAttackEvidence | None = None) -> None:
        super().__init__(message)
        self.evidence = evidence


class AttackDetectedError(ClientHaltedError):
    """Two nodes served conflicting headers that both verify: a light-client attack. Evidence attached."""


# --- Actions -----------------------------------------------------------------------------------------------


class ActionError(LightClientError):
    """A signed action that could not be queued or submitted."""


class DuplicateActionError(ActionError):
    """An action with this sender and nonce (or this id) is already queued."""


__all__ = [
    "ActionError",
    "AttackDetectedError",
    "BadResponseError",
    "BrokenHashChainError",
    "ChainIdMismatchError",
    "ClientHaltedError",
    "CommitMismatchError",
    "DuplicateActionError",
    "DuplicateSignerError",
    "HeaderFromFutureError",
    "InsufficientVotingPowerError",
    "InvalidCommitError",
    "InvalidSignatureError",
    "LightBlockNotFoundError",
    "LightClientError",
    "NextValidatorsMismatchError",
    "NoProvidersError",
    "NoWitnessesError",
    "NonIncreasingHeightError",
    "NonIncreasingTimeError",
    "NotEnoughTrustError",
    "ProviderError",
    "ProviderUnavailableError",
    "RequestRejectedError",
    "StateProofError",
    "TrustExpiredError",
    "TrustRootMismatchError",
    "UnknownSignerError",
    "ValidatorSetMismatchError",
    "ValidatorsHashMismatchError",
    "VerificationError",
]

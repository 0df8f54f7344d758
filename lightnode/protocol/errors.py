"""The protocol's exception hierarchy: every malformed or invalid input raises one of these."""


class ProtocolError(ValueError):
    """Base of every error raised by the protocol core."""


class DecodeError(ProtocolError):
    """Bytes that are not a canonical encoding of the expected structure (malformed, truncated, oversized)."""


class ValidationError(ProtocolError):
    """A well-formed structure whose content breaks a protocol rule."""


class SignatureError(ProtocolError):
    """A signature that does not verify, or a key that is not a valid Ed25519 point."""


class AddressError(ProtocolError):
    """A text address that is malformed, has the wrong prefix, or fails its checksum."""


class ProofError(ProtocolError):
    """A Merkle or sparse-Merkle proof that is malformed or does not lead to the expected root."""


class ServiceClientError(Exception):
    """A node service refused a request (status and code as the node sent them) or answered with something
    that breaks the service protocol. Shared by the service clients of lightnode and fullnode."""

    def __init__(self, status: int, code: str, reason: str) -> None:
        super().__init__(f"{reason} ({status} {code})")
        self.status = status
        self.code = code
        self.reason = reason

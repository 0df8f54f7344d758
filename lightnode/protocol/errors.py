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

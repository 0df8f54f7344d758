"""The ExC protocol core shared by the full node and the light client: encoding, hashing, keys, structures."""

from .actions import (
    PAYLOAD_TYPES,
    Action,
    ActionType,
    Payload,
    SignedAction,
    action_id_of_encoding,
    decode_signed_action,
)
from .address import decode_address, encode_address, is_valid_address
from .chain import (
    Commit,
    CommitError,
    CommitSig,
    Header,
    LightBlock,
    Validator,
    ValidatorSet,
    Vote,
    VoteType,
    header_hash_of_encoding,
    verify_commit,
)
from .encoding import ONE_EXC, Struct, pack, unpack
from .errors import (
    AddressError,
    DecodeError,
    ProofError,
    ProtocolError,
    SignatureError,
    ValidationError,
)
from .hashing import Tag, blake2b256
from .keys import Domain, PrivateKey, PublicKey, actor_id

__all__ = [
    "ONE_EXC",
    "PAYLOAD_TYPES",
    "Action",
    "ActionType",
    "AddressError",
    "Commit",
    "CommitError",
    "CommitSig",
    "DecodeError",
    "Domain",
    "Header",
    "LightBlock",
    "Payload",
    "PrivateKey",
    "ProofError",
    "ProtocolError",
    "PublicKey",
    "SignatureError",
    "SignedAction",
    "Struct",
    "Tag",
    "ValidationError",
    "Validator",
    "ValidatorSet",
    "Vote",
    "VoteType",
    "action_id_of_encoding",
    "actor_id",
    "blake2b256",
    "decode_address",
    "decode_signed_action",
    "encode_address",
    "header_hash_of_encoding",
    "is_valid_address",
    "pack",
    "unpack",
    "verify_commit",
]

"""The identity: a 24-word BIP-39 recovery phrase and the Ed25519 account keys SLIP-0010 derives from it."""

from __future__ import annotations

import difflib
import secrets
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

from mnemonic import Mnemonic
from nacl.signing import SigningKey
from slip10 import SLIP10

from .errors import InvalidPhraseError

PHRASE_WORDS = 24
PHRASE_ENTROPY_BITS = 256
# m / purpose' / coin type' / account' / change' / address_index', all hardened because SLIP-0010 Ed25519
# has no public derivation. 2233 is the ExtraChain port, kept as the coin type for continuity.
PURPOSE = 44
COIN_TYPE = 2233
HARDENED = 0x8000_0000
MAX_ACCOUNT = HARDENED - 1


@cache
def _mnemonic() -> Mnemonic:
    return Mnemonic("english")


@cache
def _wordset() -> frozenset[str]:
    return frozenset(_mnemonic().wordlist)


def generate_phrase() -> str:
    """A new random 24-word recovery phrase (256 bits of entropy from the OS)."""
    return str(_mnemonic().to_mnemonic(secrets.token_bytes(PHRASE_ENTROPY_BITS // 8)))


def normalize_phrase(phrase: str) -> str:
    """The phrase as BIP-39 hashes it: NFKD, lower case, words separated by single spaces."""
    return " ".join(unicodedata.normalize("NFKD", phrase).lower().split())


def validate_phrase(phrase: str) -> str:
    """The normalized phrase, or InvalidPhraseError saying which word is wrong or that the checksum fails."""
    words = normalize_phrase(phrase).split()
    if len(words) != PHRASE_WORDS:
        raise InvalidPhraseError(
            f"A recovery phrase has {PHRASE_WORDS} words, but this one has {len(words)}. "
            "Enter all the words of your written copy, in order."
        )
    for position, word in enumerate(words, start=1):
        if word not in _wordset():
            close = difflib.get_close_matches(word, _mnemonic().wordlist, n=3, cutoff=0.6)
            hint = f" Did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
            raise InvalidPhraseError(
                f"Word {position}, {word!r}, is not in the recovery word list.{hint} "
                "Check its spelling against your written copy.",
                position=position,
                word=word,
            )
    if not _mnemonic().check(" ".join(words)):
        raise InvalidPhraseError(
            "Every word is in the word list, but the phrase's checksum does not match: a word is probably "
            "wrong or two words are swapped. Compare each word, in order, with your written copy."
        )
    return " ".join(words)


def phrase_to_seed(phrase: str) -> bytes:
    """The 64-byte BIP-39 seed of a valid phrase (with the empty BIP-39 passphrase)."""
    return bytes(Mnemonic.to_seed(validate_phrase(phrase), passphrase=""))


def account_path(account: int) -> str:
    """The SLIP-0010 path of an account's signing key: m/44'/2233'/<account>'/0'/0'."""
    if not 0 <= account <= MAX_ACCOUNT:
        raise ValueError(f"An account number must be between 0 and {MAX_ACCOUNT}, not {account}.")
    return f"m/{PURPOSE}'/{COIN_TYPE}'/{account}'/0'/0'"


def slip10_ed25519(seed: bytes, path: str) -> tuple[bytes, bytes]:
    """(private key, chain code) of SLIP-0010 Ed25519 node `path` under the master seed `seed`."""
    node = SLIP10.from_seed(seed, curve_name="ed25519")
    chain_code, private_key = node.get_extended_privkey_from_path(path)
    if not (isinstance(private_key, bytes) and isinstance(chain_code, bytes)):
        raise TypeError("slip10 returned keys that are not bytes")
    return private_key, chain_code


@dataclass(frozen=True, slots=True)
class AccountKey:
    """An account's Ed25519 key pair: the 32-byte seed (the private key) and the public key."""

    account: int
    path: str
    seed: bytes = field(repr=False)
    public_key: bytes

    def signing_key(self) -> SigningKey:
        return SigningKey(self.seed)


def derive_account_key(bip39_seed: bytes, account: int) -> AccountKey:
    """The key pair of `account` under a BIP-39 seed."""
    path = account_path(account)
    private_key, _ = slip10_ed25519(bip39_seed, path)
    return AccountKey(
        account=account,
        path=path,
        seed=private_key,
        public_key=bytes(SigningKey(private_key).verify_key),
    )


@dataclass(frozen=True, slots=True)
class PhraseBackupCheck:
    """The confirmation step after showing a new phrase: the user retypes the words at a few positions."""

    positions: tuple[int, ...]

    @classmethod
    def random(cls, count: int = 4) -> PhraseBackupCheck:
        """Ask for `count` distinct positions (1-based), chosen unpredictably."""
        chosen = secrets.SystemRandom().sample(range(1, PHRASE_WORDS + 1), count)
        return cls(positions=tuple(sorted(chosen)))

    def mistakes(self, phrase: str, answers: Mapping[int, str]) -> list[int]:
        """The asked positions whose answer is missing or wrong (empty when the backup is confirmed)."""
        words = normalize_phrase(phrase).split()
        return [
            position
            for position in self.positions
            if normalize_phrase(answers.get(position, "")) != words[position - 1]
        ]

"""Recovery phrases and account keys: BIP-39 validation that names the wrong word, SLIP-0010 vectors."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mnemonic import Mnemonic
from nacl.signing import SigningKey

from etalonium_desktop.store import (
    InvalidPhraseError,
    PhraseBackupCheck,
    account_path,
    derive_account_key,
    generate_phrase,
    phrase_to_seed,
    validate_phrase,
)
from etalonium_desktop.store.identity import slip10_ed25519

from .helpers import KNOWN_PHRASE

WORDS = frozenset(Mnemonic("english").wordlist)

# SLIP-0010, "Test vector 1 for ed25519" and "Test vector 2 for ed25519":
# (seed, path, chain code, private key, public key with SLIP-0010's 0x00 prefix).
SLIP10_ED25519_VECTORS = [
    (
        "000102030405060708090a0b0c0d0e0f",
        "m",
        "90046a93de5380a72b5e45010748567d5ea02bbf6522f979e05c0d8d8ca9fffb",
        "2b4be7f19ee27bbf30c667b642d5f4aa69fd169872f8fc3059c08ebae2eb19e7",
        "00a4b2856bfec510abab89753fac1ac0e1112364e7d250545963f135f2a33188ed",
    ),
    (
        "000102030405060708090a0b0c0d0e0f",
        "m/0'",
        "8b59aa11380b624e81507a27fedda59fea6d0b779a778918a2fd3590e16e9c69",
        "68e0fe46dfb67e368c75379acec591dad19df3cde26e63b93a8e704f1dade7a3",
        "008c8a13df77a28f3445213a0f432fde644acaa215fc72dcdf300d5efaa85d350c",
    ),
    (
        "000102030405060708090a0b0c0d0e0f",
        "m/0'/1'",
        "a320425f77d1b5c2505a6b1b27382b37368ee640e3557c315416801243552f14",
        "b1d0bad404bf35da785a64ca1ac54b2617211d2777696fbffaf208f746ae84f2",
        "001932a5270f335bed617d5b935c80aedb1a35bd9fc1e31acafd5372c30f5c1187",
    ),
    (
        "000102030405060708090a0b0c0d0e0f",
        "m/0'/1'/2'",
        "2e69929e00b5ab250f49c3fb1c12f252de4fed2c1db88387094a0f8c4c9ccd6c",
        "92a5b23c0b8a99e37d07df3fb9966917f5d06e02ddbd909c7e184371463e9fc9",
        "00ae98736566d30ed0e9d2f4486a64bc95740d89c7db33f52121f8ea8f76ff0fc1",
    ),
    (
        "000102030405060708090a0b0c0d0e0f",
        "m/0'/1'/2'/2'",
        "8f6d87f93d750e0efccda017d662a1b31a266e4a6f5993b15f5c1f07f74dd5cc",
        "30d1dc7e5fc04c31219ab25a27ae00b50f6fd66622f6e9c913253d6511d1e662",
        "008abae2d66361c879b900d204ad2cc4984fa2aa344dd7ddc46007329ac76c429c",
    ),
    (
        "000102030405060708090a0b0c0d0e0f",
        "m/0'/1'/2'/2'/1000000000'",
        "68789923a0cac2cd5a29172a475fe9e0fb14cd6adb5ad98a3fa70333e7afa230",
        "8f94d394a8e8fd6b1bc2f3f49f5c47e385281d5c17e65324b0f62483e37e8793",
        "003c24da049451555d51a7014a37337aa4e12d41e485abccfa46b47dfb2af54b7a",
    ),
    (
        "fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a8784817e7b7875726f6c696663605d5a5754514e4b484542",
        "m",
        "ef70a74db9c3a5af931b5fe73ed8e1a53464133654fd55e7a66f8570b8e33c3b",
        "171cb88b1b3c1db25add599712e36245d75bc65a1a5c9e18d76f9f2b1eab4012",
        "008fe9693f8fa62a4305a140b9764c5ee01e455963744fe18204b4fb948249308a",
    ),
    (
        "fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a8784817e7b7875726f6c696663605d5a5754514e4b484542",
        "m/0'",
        "0b78a3226f915c082bf118f83618a618ab6dec793752624cbeb622acb562862d",
        "1559eb2bbec5790b0c65d8693e4d0875b1747f4970ae8b650486ed7470845635",
        "0086fab68dcb57aa196c77c5f264f215a112c22a912c10d123b0d03c3c28ef1037",
    ),
    (
        "fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a8784817e7b7875726f6c696663605d5a5754514e4b484542",
        "m/0'/2147483647'",
        "138f0b2551bcafeca6ff2aa88ba8ed0ed8de070841f0c4ef0165df8181eaad7f",
        "ea4f5bfe8694d8bb74b7b59404632fd5968b774ed545e810de9c32a4fb4192f4",
        "005ba3b9ac6e90e83effcd25ac4e58a1365a9e35a3d3ae5eb07b9e4d90bcf7506d",
    ),
    (
        "fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a8784817e7b7875726f6c696663605d5a5754514e4b484542",
        "m/0'/2147483647'/1'",
        "73bd9fff1cfbde33a1b846c27085f711c0fe2d66fd32e139d3ebc28e5a4a6b90",
        "3757c7577170179c7868353ada796c839135b3d30554bbb74a4b1e4a5a58505c",
        "002e66aa57069c86cc18249aecf5cb5a9cebbfd6fadeab056254763874a9352b45",
    ),
    (
        "fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a8784817e7b7875726f6c696663605d5a5754514e4b484542",
        "m/0'/2147483647'/1'/2147483646'",
        "0902fe8a29f9140480a00ef244bd183e8a13288e4412d8389d140aac1794825a",
        "5837736c89570de861ebc173b1086da4f505d4adb387c6a1b1342d5e4ac9ec72",
        "00e33c0f7d81d843c572275f287498e8d408654fdf0d1e065b84e2e6f157aab09b",
    ),
    (
        "fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a8784817e7b7875726f6c696663605d5a5754514e4b484542",
        "m/0'/2147483647'/1'/2147483646'/2'",
        "5d70af781f3a37b829f0d060924d5e960bdc02e85423494afc0b1a41bbe196d4",
        "551d333177df541ad876a60ea71f00447931c0a9da16f227c11ea080d7391b8d",
        "0047150c75db263559a70d5778bf36abbab30fb061ad69f69ece61a72b0cfa4fc0",
    ),
]


@pytest.mark.parametrize(("seed", "path", "chain_code", "private", "public"), SLIP10_ED25519_VECTORS)
def test_slip10_ed25519_published_vectors(seed: str, path: str, chain_code: str, private: str, public: str) -> None:
    key, code = slip10_ed25519(bytes.fromhex(seed), path)
    assert code.hex() == chain_code
    assert key.hex() == private
    # SLIP-0010 writes Ed25519 public keys with a 0x00 prefix; PyNaCl must agree on the 32 bytes after it.
    assert "00" + bytes(SigningKey(key).verify_key).hex() == public


def test_account_keys_follow_the_documented_path() -> None:
    seed = phrase_to_seed(KNOWN_PHRASE)
    key = derive_account_key(seed, 3)
    assert key.path == "m/44'/2233'/3'/0'/0'" == account_path(3)
    private, _ = slip10_ed25519(seed, "m/44'/2233'/3'/0'/0'")
    assert key.seed == private
    assert len(key.seed) == 32
    assert key.public_key == bytes(SigningKey(private).verify_key)
    signed = key.signing_key().sign(b"runway")
    assert SigningKey(key.seed).verify_key.verify(signed) == b"runway"


def test_several_accounts_from_one_phrase_are_distinct_and_repeatable() -> None:
    seed = phrase_to_seed(KNOWN_PHRASE)
    keys = [derive_account_key(seed, account).public_key for account in range(5)]
    assert len(set(keys)) == 5
    assert keys == [derive_account_key(phrase_to_seed(KNOWN_PHRASE), a).public_key for a in range(5)]


def test_account_numbers_outside_the_hardened_range_are_refused() -> None:
    with pytest.raises(ValueError, match="between 0 and"):
        account_path(-1)
    with pytest.raises(ValueError, match="between 0 and"):
        account_path(2**31)


def test_the_seed_is_never_in_the_key_repr() -> None:
    key = derive_account_key(phrase_to_seed(KNOWN_PHRASE), 0)
    assert key.seed.hex() not in repr(key)
    assert repr(key.seed) not in repr(key)


def test_generated_phrases_have_24_valid_words_and_differ() -> None:
    first, second = generate_phrase(), generate_phrase()
    assert len(first.split()) == 24
    assert validate_phrase(first) == first
    assert first != second


def test_a_mistyped_word_is_named_with_its_position_and_a_suggestion() -> None:
    words = KNOWN_PHRASE.split()
    original = words[6]
    words[6] = original[:-1] + ("x" if original[-1] != "x" else "y")
    assert words[6] not in WORDS
    with pytest.raises(InvalidPhraseError) as caught:
        validate_phrase(" ".join(words))
    assert caught.value.position == 7
    assert caught.value.word == words[6]
    message = str(caught.value)
    assert f"Word 7, {words[6]!r}, is not in the recovery word list" in message
    assert repr(original) in message


def test_a_wrong_but_listed_word_fails_the_checksum_clearly() -> None:
    words = KNOWN_PHRASE.split()
    # Swap two different words: each is valid, the phrase is not.
    words[0], words[1] = words[1], words[0]
    assert words[0] != words[1]
    with pytest.raises(InvalidPhraseError, match="checksum does not match") as caught:
        validate_phrase(" ".join(words))
    assert caught.value.position is None


def test_a_phrase_with_missing_words_says_how_many() -> None:
    with pytest.raises(InvalidPhraseError, match="has 24 words, but this one has 23"):
        validate_phrase(" ".join(KNOWN_PHRASE.split()[:23]))


def test_spacing_and_capitals_do_not_matter() -> None:
    messy = "  " + "\n".join(word.upper() for word in KNOWN_PHRASE.split()) + "\t"
    assert validate_phrase(messy) == KNOWN_PHRASE
    assert phrase_to_seed(messy) == phrase_to_seed(KNOWN_PHRASE)


@settings(deadline=None)
@given(
    position=st.integers(min_value=0, max_value=23),
    typo=st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=9).filter(lambda w: w not in WORDS),
)
def test_any_unknown_word_is_located(position: int, typo: str) -> None:
    words = KNOWN_PHRASE.split()
    words[position] = typo
    with pytest.raises(InvalidPhraseError) as caught:
        validate_phrase(" ".join(words))
    assert caught.value.position == position + 1
    assert caught.value.word == typo


def test_backup_confirmation_reports_the_wrong_positions() -> None:
    words = KNOWN_PHRASE.split()
    check = PhraseBackupCheck(positions=(2, 9, 17, 24))
    right = {p: words[p - 1] for p in check.positions}
    assert check.mistakes(KNOWN_PHRASE, right) == []
    assert check.mistakes(KNOWN_PHRASE, {**right, 9: " " + words[8].upper() + " "}) == []
    wrong = {**right, 17: "zebra" if words[16] != "zebra" else "zoo"}
    del wrong[24]
    assert check.mistakes(KNOWN_PHRASE, wrong) == [17, 24]


def test_backup_confirmation_asks_distinct_positions() -> None:
    check = PhraseBackupCheck.random(4)
    assert len(set(check.positions)) == 4
    assert all(1 <= p <= 24 for p in check.positions)
    assert list(check.positions) == sorted(check.positions)

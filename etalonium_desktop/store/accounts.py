"""The identity (recovery phrase and seed, only ever inside the encrypted database) and its accounts."""

from __future__ import annotations

from typing import Any

from .database import Database
from .errors import ConstraintError, StoreError
from .identity import MAX_ACCOUNT, AccountKey, derive_account_key
from .models import Account, now_ms


class IdentityRepository:
    """The profile's one identity row: the phrase, its BIP-39 seed, and whether its backup was confirmed."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _row(self) -> Any:
        with self._db.read() as conn:
            row = conn.execute("SELECT phrase, bip39_seed, backup_confirmed_at FROM identity").fetchone()
        if row is None:
            raise StoreError("The profile has no identity. Restore it from your recovery phrase into a new profile.")
        return row

    def initialize(self, phrase: str, bip39_seed: bytes) -> None:
        """Store the identity of a new profile (once; a profile never changes identity)."""
        with self._db.write() as conn:
            conn.execute(
                "INSERT INTO identity (id, phrase, bip39_seed, created_at) VALUES (1, ?, ?, ?)",
                (phrase, bip39_seed, now_ms()),
            )

    def phrase(self) -> str:
        """The recovery phrase. Show it only after the user proved they may see it (Profile.reveal_phrase)."""
        return str(self._row()[0])

    def bip39_seed(self) -> bytes:
        return bytes(self._row()[1])

    @property
    def backup_confirmed(self) -> bool:
        return self._row()[2] is not None

    def confirm_backup(self) -> None:
        """Record that the user wrote the phrase down and passed the confirmation step."""
        with self._db.write() as conn:
            conn.execute("UPDATE identity SET backup_confirmed_at = ? WHERE backup_confirmed_at IS NULL", (now_ms(),))


def _account(row: Any) -> Account:
    return Account(account=int(row[0]), label=str(row[1]), public_key=bytes(row[2]), created_at=int(row[3]))


class AccountRepository:
    """The actors of the profile, each an account number under the one recovery phrase."""

    def __init__(self, db: Database, identity: IdentityRepository) -> None:
        self._db = db
        self._identity = identity

    def all(self) -> list[Account]:
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT account, label, public_key, created_at FROM accounts ORDER BY account"
            ).fetchall()
        return [_account(row) for row in rows]

    def get(self, account: int) -> Account | None:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT account, label, public_key, created_at FROM accounts WHERE account = ?", (account,)
            ).fetchone()
        return None if row is None else _account(row)

    def add(self, label: str, account: int | None = None) -> Account:
        """Derive and store an account: the next unused number, or `account` when restoring a known one."""
        with self._db.write() as conn:
            if account is None:
                account = int(conn.execute("SELECT coalesce(max(account) + 1, 0) FROM accounts").fetchone()[0])
            if not 0 <= account <= MAX_ACCOUNT:
                raise ConstraintError(f"Account number {account} is outside 0…{MAX_ACCOUNT}; pick another.")
            if conn.execute("SELECT 1 FROM accounts WHERE account = ?", (account,)).fetchone():
                raise ConstraintError(f"Account number {account} already exists in this profile.")
            key = derive_account_key(self._identity.bip39_seed(), account)
            created = now_ms()
            conn.execute(
                "INSERT INTO accounts (account, label, public_key, created_at) VALUES (?, ?, ?, ?)",
                (account, label, key.public_key, created),
            )
            return Account(account=account, label=label, public_key=key.public_key, created_at=created)

    def rename(self, account: int, label: str) -> None:
        with self._db.write() as conn:
            if conn.execute("UPDATE accounts SET label = ? WHERE account = ?", (label, account)).rowcount != 1:
                raise StoreError(f"There is no account number {account} in this profile.")

    def key(self, account: int) -> AccountKey:
        """The signing key pair of a stored account, derived on demand so the private key is never stored."""
        stored = self.get(account)
        if stored is None:
            raise StoreError(f"There is no account number {account} in this profile.")
        key = derive_account_key(self._identity.bip39_seed(), account)
        if key.public_key != stored.public_key:
            raise StoreError(
                f"Account {account}'s stored public key does not match the recovery phrase; the profile may "
                "have been tampered with. Restore it from your recovery phrase."
            )
        return key

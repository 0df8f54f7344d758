"""The encrypted profile store: identity, SQLCipher database, repositories, backups (no Qt here)."""

# `Profile.light_store(chain_id)` hands the embedded light client its storage (lightnode's LightStore). That
# adapter, in light_store.py, is imported only when asked for: importing the store never loads the client.

from .accounts import AccountRepository, IdentityRepository
from .assistant import AssistantStore
from .backup import export_backup, import_backup
from .contacts import ContactRepository
from .errors import (
    BackupDamagedError,
    ConstraintError,
    DiskFullError,
    InvalidPassphraseError,
    InvalidPhraseError,
    ProfileDamagedError,
    ProfileExistsError,
    ProfileInUseError,
    ProfileLockedError,
    ProfileNotFoundError,
    ProfileTooNewError,
    SettingTypeError,
    StoreError,
    WrongPassphraseError,
)
from .identity import (
    AccountKey,
    PhraseBackupCheck,
    account_path,
    derive_account_key,
    generate_phrase,
    normalize_phrase,
    phrase_to_seed,
    validate_phrase,
)
from .idle_lock import LockTimer
from .kdf import DEFAULT_KDF_COST, MINIMAL_KDF_COST, KdfCost
from .light_client import (
    LightClientMeta,
    LightClientStorage,
    OutboxStore,
    TrustedHeaderStore,
    VerifiedStateStore,
)
from .media_cache import MediaCache
from .messages import ConversationSummary, MessageRepository
from .models import (
    Account,
    AssistantModel,
    Contact,
    MediaItem,
    Message,
    MessagePage,
    MessageStatus,
    NewMessage,
    OutboxAction,
    OutboxStatus,
    PageCursor,
    SearchHit,
    TrustedHeader,
    VerifiedValue,
)
from .profile import Profile
from .profiles import (
    DEFAULT_PROFILE,
    ProfileCatalog,
    ProfileEntry,
    default_profiles_root,
    resolve_profile_dir,
    temporary_profile,
)
from .settings import Settings
from .wallet_history import UNCONFIRMED_HEIGHT, HistoryKey, IncomingTransfer, WalletHistoryStore

__all__ = [
    "DEFAULT_KDF_COST",
    "DEFAULT_PROFILE",
    "MINIMAL_KDF_COST",
    "UNCONFIRMED_HEIGHT",
    "Account",
    "AccountKey",
    "AccountRepository",
    "AssistantModel",
    "AssistantStore",
    "BackupDamagedError",
    "ConstraintError",
    "Contact",
    "ContactRepository",
    "ConversationSummary",
    "DiskFullError",
    "HistoryKey",
    "IdentityRepository",
    "IncomingTransfer",
    "InvalidPassphraseError",
    "InvalidPhraseError",
    "KdfCost",
    "LightClientMeta",
    "LightClientStorage",
    "LockTimer",
    "MediaCache",
    "MediaItem",
    "Message",
    "MessagePage",
    "MessageRepository",
    "MessageStatus",
    "NewMessage",
    "OutboxAction",
    "OutboxStatus",
    "OutboxStore",
    "PageCursor",
    "PhraseBackupCheck",
    "Profile",
    "ProfileCatalog",
    "ProfileDamagedError",
    "ProfileEntry",
    "ProfileExistsError",
    "ProfileInUseError",
    "ProfileLockedError",
    "ProfileNotFoundError",
    "ProfileTooNewError",
    "SearchHit",
    "SettingTypeError",
    "Settings",
    "StoreError",
    "TrustedHeader",
    "TrustedHeaderStore",
    "VerifiedStateStore",
    "VerifiedValue",
    "WalletHistoryStore",
    "WrongPassphraseError",
    "account_path",
    "default_profiles_root",
    "derive_account_key",
    "export_backup",
    "generate_phrase",
    "import_backup",
    "normalize_phrase",
    "phrase_to_seed",
    "resolve_profile_dir",
    "temporary_profile",
    "validate_phrase",
]

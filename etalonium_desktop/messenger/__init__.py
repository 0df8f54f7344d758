"""The app's messenger: the service over the encrypted profile (no Qt) and the chat screens (Qt)."""

# The Qt widgets live in their own modules (chat_view, conversation_list, requests_view,
# verification_dialog, attachments, screens) so that importing the service never loads Qt.

from .markup import plain_preview, to_html
from .profile_store import ProfileMessengerStore, pickle_key
from .schema import MESSENGER_SCHEMA, ensure_schema
from .service import (
    ChatItem,
    ChatPage,
    ConversationItem,
    MessengerService,
    Notification,
    OutgoingFile,
    SearchResult,
    highlight_html,
    short_address,
)

__all__ = [
    "MESSENGER_SCHEMA",
    "ChatItem",
    "ChatPage",
    "ConversationItem",
    "MessengerService",
    "Notification",
    "OutgoingFile",
    "ProfileMessengerStore",
    "SearchResult",
    "ensure_schema",
    "highlight_html",
    "pickle_key",
    "plain_preview",
    "short_address",
    "to_html",
]

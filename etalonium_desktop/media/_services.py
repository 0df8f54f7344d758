"""The node-service clients the media layer uses, imported in one place while they move into lightnode."""

from __future__ import annotations

# The clients import only aiohttp and lightnode.protocol; they live in fullnode until the light client
# takes them over, and only this line changes then.
from fullnode.services.client import BlobClient, StreamPublisher, StreamViewer, audience_of
from lightnode.mailbox_client import MailboxClient
from lightnode.protocol.errors import ServiceClientError

__all__ = [
    "BlobClient",
    "MailboxClient",
    "ServiceClientError",
    "StreamPublisher",
    "StreamViewer",
    "audience_of",
]

"""Social notifications: a reward paid to the viewer for an epoch, a badge minted for them, a post of theirs
promoted by someone else, a reply to one of their comments. Each comes from a record the social service has
just proven against the chain, never from an unchecked block or a node's say-so.

What was seen last (the reward epoch, the badges, every post's promotion count, the height the list started
at) is kept in the profile with the list itself, so a restart neither repeats a notice nor misses what
happened while the app was closed; the first look at an account sets that baseline without a flood of old
news. Qt-free: the app's tray path is the session's `notify(title, text)`.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from etalonium_desktop.ui import i18n
from lightnode.protocol import state as S

from .ranking import exc_text
from .reputation import badge_title

log = logging.getLogger(__name__)

#: The newest notices kept; older ones are dropped.
MAX_NOTICES = 200
#: The keys of notices already raised, kept far longer than the list (and saved with it), so a reply that
#: fell off the list does not alert again when it is proven again. The oldest keys go first.
MAX_SEEN_KEYS = 5000


class NoticeKind:
    REWARD = "reward"
    BADGE = "badge"
    PROMOTED = "promoted"
    REPLY = "reply"


@dataclass(frozen=True, slots=True)
class Notice:
    #: Stable for one event (so seeing it twice keeps one notice).
    key: str
    kind: str
    title: str
    text: str
    #: The height of the proof it came from.
    height: int
    created_ms: int
    read: bool = False
    #: The post it is about (hex), or "".
    post: str = ""


class Notifications:
    """The list and what was seen last. `observe_*` take proven values; `alert(title, text)` raises the
    system notification for a new notice."""

    def __init__(
        self,
        alert: Callable[[str, str], None] | None = None,
        names: Callable[[bytes], str] | None = None,
    ) -> None:
        self.alert = alert
        self.names = names or (lambda actor: actor.hex()[:10])
        #: Called after every change (the service saves the document then, off the event loop).
        self.changed: list[Callable[[], None]] = []
        self.notices: list[Notice] = []
        #: The height the list started at: replies older than it are not news.
        self.since = 0
        self.reward_epoch: int | None = None
        self.badges: set[int] | None = None
        #: post id → the promotion count last seen (a post first seen sets its baseline).
        self.promotions: dict[bytes, int] = {}
        #: The keys of the notices raised so far, oldest first (a dict as an ordered set; bounded).
        self.seen: dict[str, None] = {}

    # -- persistence ----------------------------------------------------------------------------------------
    def load(self, doc: Any) -> None:
        """Take a saved document; a damaged entry is skipped (and the rest kept), never fatal."""
        if not isinstance(doc, dict):
            if doc:
                log.warning("the saved notifications are not a JSON object; starting a new list")
            return
        with contextlib.suppress(TypeError, ValueError):
            self.since = int(doc.get("since", 0))
        epoch = doc.get("reward_epoch")
        self.reward_epoch = epoch if isinstance(epoch, int) else None
        badges = doc.get("badges")
        self.badges = {b for b in badges if isinstance(b, int)} if isinstance(badges, list) else None
        promotions = doc.get("promotions", {})
        if isinstance(promotions, dict):
            for post, count in promotions.items():
                with contextlib.suppress(TypeError, ValueError):
                    self.promotions[bytes.fromhex(post)] = int(count)
        seen = doc.get("seen", [])
        for key in seen if isinstance(seen, list) else []:
            if isinstance(key, str):
                self._remember(key)
        notices = doc.get("notices", [])
        for entry in notices if isinstance(notices, list) else []:
            try:
                self.notices.append(Notice(**entry))
            except TypeError:
                log.warning("skipped a damaged saved notification")
        # A list saved before the seen keys were: its notices count as seen.
        for notice in reversed(self.notices):
            if notice.key not in self.seen:
                self._remember(notice.key)

    def document(self) -> dict[str, Any]:
        """Everything to save in the profile (JSON)."""
        return {
            "since": self.since,
            "reward_epoch": self.reward_epoch,
            "badges": None if self.badges is None else sorted(self.badges),
            "promotions": {p.hex(): n for p, n in self.promotions.items()},
            "notices": [asdict(n) for n in self.notices],
            "seen": list(self.seen),
        }

    # -- reading --------------------------------------------------------------------------------------------
    @property
    def unread(self) -> int:
        return sum(not n.read for n in self.notices)

    def mark_all_read(self) -> None:
        if not self.unread:
            return
        self.notices = [replace(n, read=True) for n in self.notices]
        self._changed()

    def start(self, height: int) -> None:
        """Begin at `height` when the list is new (events proven below it are history, not news)."""
        if not self.since:
            self.since = max(1, height)
            self._changed()

    # -- observing proven values ------------------------------------------------------------------------------
    def observe_rewards(self, totals: S.RewardTotals, height: int) -> None:
        """The viewer's proven reward totals: a notice when an epoch later than the last one seen paid."""
        if self.reward_epoch is None:
            self.reward_epoch = totals.last_epoch
            self._changed()
            return
        if totals.last_epoch <= self.reward_epoch:
            return
        self.reward_epoch = totals.last_epoch
        paid = totals.last_author + totals.last_curator
        if paid <= 0:
            self._changed()
            return
        parts = []
        if totals.last_author:
            parts.append(
                QCoreApplication.translate("Notifications", "{amount} as an author").format(
                    amount=exc_text(totals.last_author)
                )
            )
        if totals.last_curator:
            parts.append(
                QCoreApplication.translate("Notifications", "{amount} for curation").format(
                    amount=exc_text(totals.last_curator)
                )
            )
        self._add(
            Notice(
                f"reward:{totals.last_epoch}",
                NoticeKind.REWARD,
                QCoreApplication.translate("Notifications", "Rewards paid for epoch {epoch}").format(
                    epoch=i18n.number(totals.last_epoch)
                ),
                QCoreApplication.translate("Notifications", "You earned {amount}: {parts}.").format(
                    amount=exc_text(paid), parts=QCoreApplication.translate("Notifications", " and ").join(parts)
                ),
                height,
                _now_ms(),
            )
        )

    def observe_badges(self, badges: S.Badges, height: int) -> None:
        """The viewer's proven badges: a notice for each newly minted one."""
        held = {int(b.badge) for b in badges.badges}
        if self.badges is None:
            self.badges = held
            self._changed()
            return
        new = sorted(held - self.badges)
        self.badges = held
        if not new:
            return
        for badge in new:
            self._add(
                Notice(
                    f"badge:{badge}",
                    NoticeKind.BADGE,
                    QCoreApplication.translate("Notifications", "New badge"),
                    QCoreApplication.translate("Notifications", "You were awarded {badge}.").format(
                        badge=badge_title(badge)
                    ),
                    height,
                    _now_ms(),
                ),
                save=False,
            )
        self._changed()

    def observe_promotion(self, post_id: bytes, promotion: S.PromotionRecord | None, me: bytes, height: int) -> None:
        """A proven post of the viewer's with its proven promotion record (None: never promoted)."""
        count = promotion.promotions if promotion is not None else 0
        seen = self.promotions.get(post_id)
        self.promotions[post_id] = count
        if seen is None or count <= seen or promotion is None:
            if seen != count:
                self._changed()
            return
        if promotion.last_promoter == me:
            self._changed()
            return
        self._add(
            Notice(
                f"promoted:{post_id.hex()}:{count}",
                NoticeKind.PROMOTED,
                QCoreApplication.translate("Notifications", "Your post was promoted"),
                QCoreApplication.translate(
                    "Notifications",
                    "{name} paid to show your post in more feeds ({amount} so far, until height {height}).",
                ).format(
                    name=self.names(promotion.last_promoter),
                    amount=exc_text(promotion.total_paid),
                    height=i18n.number(promotion.until_height),
                ),
                height,
                _now_ms(),
                post=post_id.hex(),
            )
        )

    def observe_reply(
        self, comment_id: bytes, record: S.CommentRecord, parent: S.CommentRecord | None, me: bytes
    ) -> None:
        """A proven comment: a notice when it answers a proven comment of the viewer's and is news."""
        if parent is None or parent.author != me or record.author == me:
            return
        if not self.since or record.created_height < self.since:
            return
        excerpt = record.text if len(record.text) <= 80 else record.text[:79] + "…"
        self._add(
            Notice(
                f"reply:{comment_id.hex()}",
                NoticeKind.REPLY,
                QCoreApplication.translate("Notifications", "{name} replied to you").format(
                    name=self.names(record.author)
                ),
                f"“{excerpt}”",
                record.created_height,
                _now_ms(),
                post=record.post.hex(),
            )
        )

    # -- internals ------------------------------------------------------------------------------------------------
    def _add(self, notice: Notice, *, save: bool = True) -> None:
        if notice.key in self.seen:
            return
        self._remember(notice.key)
        self.notices.insert(0, notice)
        del self.notices[MAX_NOTICES:]
        if self.alert is not None:
            try:
                self.alert(notice.title, notice.text)
            except Exception:  # the tray failing must not lose the notice
                log.exception("the system notification failed")
        if save:
            self._changed()

    def _remember(self, key: str) -> None:
        self.seen[key] = None
        while len(self.seen) > MAX_SEEN_KEYS:
            del self.seen[next(iter(self.seen))]

    def _changed(self) -> None:
        for listener in list(self.changed):
            try:
                listener()
            except Exception:
                log.exception("a notifications listener failed")


def _now_ms() -> int:
    return int(time.time() * 1000)


__all__ = ["MAX_NOTICES", "MAX_SEEN_KEYS", "Notice", "NoticeKind", "Notifications"]

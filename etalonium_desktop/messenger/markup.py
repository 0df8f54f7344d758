"""Basic message formatting (*bold*, _italic_, ~strike~, `code`, links) turned into safe rich text."""

from __future__ import annotations

import html
import re

from lightnode.messenger import Format

_CODE = re.compile(r"`([^`\n]+)`")
_BOLD = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"(?<![\w~])~(?=\S)([^~\n]+?)(?<=\S)~(?![\w~])")
_URL = re.compile(r"\bhttps?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]]")
_PLACEHOLDER = "\x00{}\x00"


def to_html(text: str, fmt: Format = Format.PLAIN) -> str:
    """Rich text for a message: the user's text escaped (so no markup of theirs is interpreted), with links
    made clickable and, for MARKUP messages, the basic formatting applied."""
    codes: list[str] = []

    def keep_code(match: re.Match[str]) -> str:
        codes.append(f"<code>{html.escape(match.group(1))}</code>")
        return _PLACEHOLDER.format(len(codes) - 1)

    work = _CODE.sub(keep_code, text) if fmt is Format.MARKUP else text
    escaped = html.escape(work, quote=True)
    escaped = _URL.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', escaped)
    if fmt is Format.MARKUP:
        escaped = _BOLD.sub(r"<b>\1</b>", escaped)
        escaped = _ITALIC.sub(r"<i>\1</i>", escaped)
        escaped = _STRIKE.sub(r"<s>\1</s>", escaped)
        for i, code in enumerate(codes):
            escaped = escaped.replace(_PLACEHOLDER.format(i), code)
    return escaped.replace("\n", "<br>")


def plain_preview(text: str, fmt: Format = Format.PLAIN, limit: int = 80) -> str:
    """One line of the message for lists and notifications (formatting marks removed)."""
    line = " ".join(text.split())
    if fmt is Format.MARKUP:
        for pattern in (_CODE, _BOLD, _ITALIC, _STRIKE):
            line = pattern.sub(r"\1", line)
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def looks_formatted(text: str) -> bool:
    """Whether the text uses any of the basic formatting marks (the composer then sends it as MARKUP)."""
    return any(p.search(text) for p in (_CODE, _BOLD, _ITALIC, _STRIKE))

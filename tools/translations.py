"""Keeps the interface translations in step with the code: extract (lupdate), compile (lrelease), check.

    python -m tools.translations update   # refresh resources/i18n/*.ts from the sources, then compile
    python -m tools.translations release  # compile the .ts files into the .qm files the app loads
    python -m tools.translations check    # exit 1 listing what is missing, unfinished, obsolete or stale

The compiled .qm files are committed beside their .ts, so a checkout, the tests and the bundle all have them;
`check` (run by the tests) fails when a .qm does not match its .ts or a .ts misses a string of the code.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
#: The files whose strings are translated: the app shell and core screens, wallet, chat, feed, DAO,
#: market, Create/Live and the Assistant, with the assistant's advice.
SOURCES = (
    # The assistant says its advice as translatable phrases (QT_TRANSLATE_NOOP markers, context "Advice").
    "assistant/advice.py",
    "assistant/drafts.py",
    "assistant/phrases.py",
    "etalonium_desktop/assistant/assistant_page.py",
    "etalonium_desktop/assistant/charts.py",
    "etalonium_desktop/assistant/service.py",
    "etalonium_desktop/market/dialogs.py",
    "etalonium_desktop/market/live_panel.py",
    "etalonium_desktop/market/market_page.py",
    "etalonium_desktop/market/model.py",
    "etalonium_desktop/market/qt_common.py",
    "etalonium_desktop/market/service.py",
    "etalonium_desktop/market/viewmodels.py",
    "etalonium_desktop/market/views.py",
    "etalonium_desktop/media/capture.py",
    "etalonium_desktop/media/live_view.py",
    "etalonium_desktop/media/player_widget.py",
    "etalonium_desktop/media/sections.py",
    "etalonium_desktop/media/upload_view.py",
    "etalonium_desktop/messenger/attachments.py",
    "etalonium_desktop/messenger/chat_view.py",
    "etalonium_desktop/messenger/conversation_list.py",
    "etalonium_desktop/messenger/group_dialogs.py",
    "etalonium_desktop/messenger/messenger_page.py",
    "etalonium_desktop/messenger/requests_view.py",
    "etalonium_desktop/messenger/service.py",
    "etalonium_desktop/messenger/verification_dialog.py",
    "etalonium_desktop/onboarding.py",
    "etalonium_desktop/social/compose_dialog.py",
    "etalonium_desktop/social/dao_page.py",
    "etalonium_desktop/social/feed_page.py",
    "etalonium_desktop/social/feed_view.py",
    "etalonium_desktop/social/notifications.py",
    "etalonium_desktop/social/notifications_view.py",
    "etalonium_desktop/social/post_dialog.py",
    "etalonium_desktop/social/profile_view.py",
    "etalonium_desktop/social/ranking.py",
    "etalonium_desktop/social/reputation.py",
    "etalonium_desktop/ui/lock.py",
    "etalonium_desktop/ui/main_window.py",
    "etalonium_desktop/ui/network_view.py",
    "etalonium_desktop/ui/onboarding_view.py",
    "etalonium_desktop/ui/profile_view.py",
    "etalonium_desktop/ui/receive_dialog.py",
    "etalonium_desktop/ui/send_dialog.py",
    "etalonium_desktop/ui/settings_view.py",
    "etalonium_desktop/ui/unlock_view.py",
    "etalonium_desktop/ui/wallet_page.py",
    "etalonium_desktop/ui/wallet_view.py",
)
#: Translated languages; English holds only the plural forms of counted messages (the source is English).
LANGUAGES = {"en": "en_GB", "it": "it_IT", "fr": "fr_FR", "ru": "ru_RU"}


_PLACEHOLDER = re.compile(r"\{\w*\}")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        raise SystemExit(f"{name} was not found: it comes with PySide6 (pip install PySide6-Essentials).")
    return found


def ts_file(code: str, directory: Path = I18N) -> Path:
    return directory / f"etalonium_{code}.ts"


def qm_file(code: str, directory: Path = I18N) -> Path:
    return directory / f"etalonium_{code}.qm"


def lupdate(target: Path, code: str) -> None:
    """Merge the code's current strings into `target` (created when missing), dropping vanished ones."""
    args = [_tool("pyside6-lupdate"), *(str(ROOT / s) for s in SOURCES), "-ts", str(target)]
    args += ["-no-obsolete", "-locations", "none", "-target-language", LANGUAGES[code], "-silent"]
    if code == "en":
        args.append("-pluralonly")
    subprocess.run(args, check=True, capture_output=True, text=True)


def lrelease(source: Path, target: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(source), "-qm", str(target)],
        check=True,
        capture_output=True,
        text=True,
    )


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, disambiguation) → the message element of a .ts file."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            out[key] = message
    return out


def problems(directory: Path = I18N) -> list[str]:
    """Everything that keeps the catalogues in `directory` from matching the code, in sentences."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for code in LANGUAGES:
            ts = ts_file(code, directory)
            if not ts.exists():
                found.append(f"{ts.name} is missing")
                continue
            fresh = Path(tmp) / ts.name
            shutil.copy(ts, fresh)
            lupdate(fresh, code)
            committed, current = messages(ts), messages(fresh)
            for key in current.keys() - committed.keys():
                found.append(f"{ts.name}: no entry for {key[0]}: {key[1]!r}")
            for key in committed.keys() - current.keys():
                found.append(f"{ts.name}: {key[0]}: {key[1]!r} is no longer in the code")
            for key, message in committed.items():
                translation = message.find("translation")
                assert translation is not None
                # pyside6-lupdate reads a count only from self.tr(text, "", n): QCoreApplication.translate(...,
                # n) yields a message without plural forms, whatever the language needs.
                if "%n" in key[1] and message.get("numerus") != "yes":
                    found.append(f"{ts.name}: {key[0]}: {key[1]!r} is counted but has no plural forms (use self.tr)")
                forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
                if translation.get("type") in {"unfinished", "vanished", "obsolete"} or not all(forms):
                    found.append(f"{ts.name}: {key[0]}: {key[1]!r} is not translated")
                # A lost or renamed {placeholder} would make the screen's str.format() fail at run time.
                wanted = sorted(_PLACEHOLDER.findall(key[1]))
                for form in forms:
                    if sorted(_PLACEHOLDER.findall(form)) != wanted or ("%n" in key[1]) != ("%n" in form):
                        found.append(f"{ts.name}: {key[0]}: {form!r} does not keep the placeholders of {key[1]!r}")
            compiled = Path(tmp) / f"etalonium_{code}.qm"
            lrelease(ts, compiled)
            qm = qm_file(code, directory)
            if not qm.exists() or qm.read_bytes() != compiled.read_bytes():
                found.append(
                    f"{qm.name} is not compiled from the current {ts.name}: run python -m tools.translations release"
                )
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        for code in LANGUAGES:
            lupdate(ts_file(code), code)
    if command in {"update", "release"}:
        for code in LANGUAGES:
            lrelease(ts_file(code), qm_file(code))
        return 0
    if command == "check":
        listed = problems()
        for line in listed:
            print(line)
        return 1 if listed else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

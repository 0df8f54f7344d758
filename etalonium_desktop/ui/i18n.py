"""The interface language: the saved choice, installing Qt translators for it, and locale-aware formatting."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLibraryInfo, QLocale, QTranslator

from etalonium_desktop.resources import resource

#: Languages with a translation of the interface, each named in its own language (as language menus do).
LANGUAGES: dict[str, str] = {"en": "English", "it": "Italiano", "fr": "Français", "ru": "Русский"}
SOURCE_LANGUAGE = "en"
#: The choice is kept outside the encrypted profile: the unlock screen must already speak it.
LANGUAGE_FILE = "interface-language"

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resource("i18n")


def language_file(profile_dir: Path) -> Path:
    """Where the choice is kept: beside the profile, so every profile of this folder shares it."""
    return profile_dir.parent / LANGUAGE_FILE


def read_choice(path: Path) -> str:
    """The saved language code, or "" (follow the system) when none is saved or the file is unreadable."""
    try:
        code = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return code if code in LANGUAGES else ""


def save_choice(path: Path, code: str) -> None:
    """Save the choice ("" follows the system) atomically; raises OSError with the reason when it cannot."""
    if code and code not in LANGUAGES:
        raise ValueError(f"No translation for the language {code!r}.")
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".new")
    temporary.write_text(code + "\n", encoding="utf-8")
    os.replace(temporary, path)


def resolve(code: str) -> str:
    """The language to use for a choice: the system's when none was made and it is translated, else English."""
    if code in LANGUAGES:
        return code
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else SOURCE_LANGUAGE


def install(app: QCoreApplication, code: str) -> str:
    """Install the translators of the chosen language (removing earlier ones); returns the language in use.

    A language whose catalogue is missing falls back to the English source text, string by string as well:
    Qt shows the source text of any message a catalogue does not hold.
    """
    uninstall(app)
    language = resolve(code)
    locale = QLocale(language)
    QLocale.setDefault(locale)
    ours = QTranslator(app)
    # English has a catalogue too, holding only the plural forms of messages counted with %n.
    if not ours.load(locale, "etalonium", "_", str(translations_dir())):
        return SOURCE_LANGUAGE
    app.installTranslator(ours)
    _installed.append(ours)
    if language == SOURCE_LANGUAGE:
        return language
    # Qt's own strings (standard buttons, file dialogs) come from the catalogues shipped with Qt.
    qt_base = QTranslator(app)
    with contextlib.suppress(RuntimeError):
        if qt_base.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_base)
            _installed.append(qt_base)
    return language


def number(value: int) -> str:
    """An integer with the digit grouping of the interface language (1,234 / 1.234 / 1 234)."""
    return QLocale().toString(value)


def uninstall(app: QCoreApplication) -> None:
    """Back to the untranslated source texts and the system's formats (used by tests and before reinstalling)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale.system())


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark `text` for the catalogue of `context` and return it untranslated (PySide6's own returns `object`)."""
    return text


def date_time(time_ms: int, pattern: str = "d MMM HH:mm") -> str:
    """A moment in the interface language's month names and the local time zone."""
    return QLocale().toString(QDateTime.fromMSecsSinceEpoch(time_ms), pattern)

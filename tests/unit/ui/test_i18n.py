"""Interface languages: the catalogues match the code, Italian reaches the screens, gaps fall back to English."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from etalonium_desktop.onboarding import passphrase_strength
from etalonium_desktop.ui import i18n
from etalonium_desktop.ui.main_window import MainWindow, NetworkStatus, NetworkStatusBar
from etalonium_desktop.ui.onboarding_view import OnboardingView
from tools import translations


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    """Install a language for one test; the untranslated source comes back afterwards."""
    yield lambda code: i18n.install(qapp, code)
    i18n.uninstall(qapp)


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_italian_translates_the_navigation_menus_and_status_bar(qtbot: QtBot, language: Callable[[str], str]) -> None:
    assert language("it") == "it"
    window = MainWindow()
    qtbot.add_widget(window)
    for key, label in (("wallet", "Wallet"), ("settings", "Settings"), ("network", "Network")):
        window.add_section(key, label, key, QWidget())
    assert [window.sections[k][0].text() for k in ("wallet", "settings", "network")] == [
        "Portafoglio",
        "Impostazioni",
        "Rete",
    ]
    assert _menu_titles(window) == ["&File", "&Visualizza", "&Aiuto"]
    assert window.lock_action.text() == "&Blocca ora"
    window.status.show_status(NetworkStatus(verified_height=12345, peers=3, witnesses=1, offline=False))
    assert window.status.height_label.text() == "Altezza 12.345"  # Italian digit grouping
    assert window.status.peers_label.text() == "3 nodi · 1 testimone"


def test_italian_translates_the_wizard_as_a_person_walks_it(qtbot: QtBot, language: Callable[[str], str]) -> None:
    language("it")
    view = OnboardingView()
    qtbot.add_widget(view)
    view.resize(1280, 800)
    view.show()
    assert view.welcome.create_button.text() == "Crea una nuova identità"
    qtbot.mouseClick(view.welcome.restore_button, Qt.MouseButton.LeftButton)
    assert view.currentWidget() is view.restore
    assert view.restore.next_button.text() == "Ripristina"
    assert view.restore.back_button.text() == "Indietro"
    qtbot.mouseClick(view.restore.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.welcome.create_button, Qt.MouseButton.LeftButton)
    assert view.currentWidget() is view.phrase_page
    assert view.phrase_page.written.text() == "Ho scritto le 24 parole, in ordine"
    roles = [view.name.role.itemText(i) for i in range(view.name.role.count())]
    assert roles[:3] == ["Modello/a", "Stilista", "Fotografo/a"]
    # The strength meter's words, zxcvbn's advice included, are Italian too.
    weak = passphrase_strength("password")
    assert weak.label == "Molto debole"
    assert "È tra le 10 password più comuni." in weak.advice
    assert passphrase_strength("").advice.startswith("Scegli una passphrase")


def test_plural_forms_follow_each_language(qtbot: QtBot, language: Callable[[str], str]) -> None:
    def peers(count: int) -> str:
        bar = NetworkStatusBar()
        qtbot.add_widget(bar)
        bar.show_status(NetworkStatus(peers=count, witnesses=count, offline=False))
        return bar.peers_label.text()

    language("ru")
    assert [peers(n) for n in (1, 3, 5, 21)] == [
        "1 узел · 1 свидетель",
        "3 узла · 3 свидетеля",
        "5 узлов · 5 свидетелей",
        "21 узел · 21 свидетель",
    ]
    language("fr")
    assert [peers(n) for n in (0, 1, 2)] == ["0 nœud · 0 témoin", "1 nœud · 1 témoin", "2 nœuds · 2 témoins"]
    language("en")
    assert [peers(n) for n in (1, 4)] == ["1 node · 1 witness", "4 nodes · 4 witnesses"]


def test_a_missing_translation_falls_back_to_english(
    qtbot: QtBot, language: Callable[[str], str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    language("it")
    # A message the catalogue does not hold (a section added later, a new sentence) shows its English source.
    assert QCoreApplication.translate("MainWindow", "A sentence not translated yet") == "A sentence not translated yet"
    window = MainWindow()
    qtbot.add_widget(window)
    window.add_section("gallery", "Gallery", "feed", QWidget())
    assert window.sections["gallery"][0].text() == "Gallery"
    # A language without a catalogue (a damaged install, an unknown choice) is English throughout.
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert language("it") == "en"
    assert MainWindow().lock_action.text() == "&Lock now"
    assert i18n.resolve("xx") in i18n.LANGUAGES


def test_the_saved_choice_survives_and_bad_files_mean_the_system_language(tmp_path: Path) -> None:
    where = i18n.language_file(tmp_path / "profiles" / "default")
    assert i18n.read_choice(where) == ""
    i18n.save_choice(where, "fr")
    assert i18n.read_choice(where) == "fr"
    where.write_bytes(b"\xff\xfe garbage")
    assert i18n.read_choice(where) == ""
    where.write_text("klingon\n")
    assert i18n.read_choice(where) == ""
    with pytest.raises(ValueError, match="No translation"):
        i18n.save_choice(where, "klingon")


def test_every_catalogue_is_complete_and_compiled() -> None:
    assert translations.problems() == []


def test_the_check_notices_stale_incomplete_and_broken_catalogues(tmp_path: Path) -> None:
    shutil.copytree(translations.I18N, tmp_path, dirs_exist_ok=True)

    def edit(code: str, change: Callable[[ET.Element], None]) -> None:
        path = translations.ts_file(code, tmp_path)
        tree = ET.parse(path)
        change(tree.getroot())
        tree.write(path, encoding="utf-8", xml_declaration=True)

    def find(root: ET.Element, source: str) -> tuple[ET.Element, ET.Element]:
        for context in root.iter("context"):
            for message in context.iter("message"):
                if message.findtext("source") == source:
                    return context, message
        raise AssertionError(source)

    def retranslate(root: ET.Element) -> None:
        translation = find(root, "Unlock")[1].find("translation")
        assert translation is not None
        translation.text = "Déverrouiller maintenant"

    def drop(root: ET.Element) -> None:
        context, message = find(root, "Unlock")
        context.remove(message)

    def break_placeholder(root: ET.Element) -> None:
        translation = find(root, "Height {height}")[1].find("translation")
        assert translation is not None
        translation.text = "Высота {высота}"

    edit("fr", retranslate)
    edit("it", drop)
    edit("ru", break_placeholder)
    found = "\n".join(translations.problems(tmp_path))
    assert "etalonium_fr.qm is not compiled from the current etalonium_fr.ts" in found
    assert "etalonium_it.ts: no entry for UnlockView: 'Unlock'" in found
    assert "does not keep the placeholders of 'Height {height}'" in found
    assert "etalonium_en" not in found


def test_italian_reaches_the_wallet_and_its_dialogs(qtbot: QtBot, language: Callable[[str], str]) -> None:
    from etalonium_desktop.ui.send_dialog import SendDialog
    from etalonium_desktop.ui.wallet_view import WalletView
    from etalonium_desktop.wallet import Balance
    from lightnode.protocol.address import encode_address

    language("it")
    view = WalletView()
    qtbot.add_widget(view)
    assert (view.send_button.text(), view.receive_button.text()) == ("Invia", "Ricevi")
    assert view.history.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "Controparte"
    view.show_balance(Balance(10**18, 12345, False))
    assert view.proof.text() == "✔ Verificato tramite prova all'altezza 12.345"
    view.show_queued(2)
    assert view.queue_label.text().startswith("2 trasferimenti firmati in attesa di invio")
    # A reason given in English by lightnode (which has no Qt) reaches the user in Italian.
    dialog = SendDialog(10**21, 10**15, bytes(20))
    qtbot.add_widget(dialog)
    dialog.to.setText(encode_address(bytes(range(20)))[:-1] + "q")
    assert dialog.to_error.text().startswith("L'indirizzo contiene un errore di battitura")
    assert not dialog.review_button.isEnabled()


def test_russian_counts_transfers_ages_and_ratings_with_its_three_forms(
    qtbot: QtBot, language: Callable[[str], str]
) -> None:
    from etalonium_desktop.market.viewmodels import rating_text
    from etalonium_desktop.social.ranking import age_text
    from etalonium_desktop.ui.wallet_view import WalletView

    language("ru")
    view = WalletView()
    qtbot.add_widget(view)

    def queued(n: int) -> str:
        view.show_queued(n)
        return view.queue_label.text().split(";")[0]

    assert [queued(n) for n in (1, 3, 5, 21)] == [
        "1 подписанный перевод ждёт отправки",
        "3 подписанных перевода ждут отправки",
        "5 подписанных переводов ждут отправки",
        "21 подписанный перевод ждёт отправки",
    ]
    hour = 3_600_000
    assert [age_text(n * hour) for n in (1, 3, 5, 21)] == [
        "1 час назад",
        "3 часа назад",
        "5 часов назад",
        "21 час назад",
    ]
    assert rating_text(4.5, 12) == "★ 4,5 · 12 оценок"
    language("it")
    assert (age_text(hour), age_text(2 * hour), age_text(0)) == ("1 ora fa", "2 ore fa", "proprio ora")


def test_the_market_and_the_feed_speak_italian(qtbot: QtBot, language: Callable[[str], str]) -> None:
    from etalonium_desktop.market.views import BrowseView, OrdersModel
    from etalonium_desktop.social.notifications_view import unread_label

    language("it")
    browse = BrowseView()
    qtbot.add_widget(browse)
    assert [browse.sort.itemText(i) for i in range(2)] == ["Più pertinenti", "Prezzo: dal più basso"]
    assert browse.kind.itemText(0) == "Prodotti e servizi"
    assert OrdersModel(b"").headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "Stato"
    assert unread_label(12000) == "Notifiche (12.000)"
    assert unread_label(0) == "Notifiche"


def test_the_assistants_advice_speaks_each_language(language: Callable[[str], str]) -> None:
    """The assistant (no Qt) says its advice as phrases; the app renders them through the catalogue."""
    from assistant.advice import Advice
    from assistant.drafts import local_time
    from assistant.phrases import QT_TRANSLATE_NOOP, Number, phrase, role_plural, sure
    from assistant.records import Role, UserProfile
    from etalonium_desktop.assistant.assistant_page import said

    who = phrase(QT_TRANSLATE_NOOP("Advice", " among {roles}"), roles=role_plural(Role.AGENCY))
    text = QT_TRANSLATE_NOOP("Advice", "#{tag} is fading{who} ({ratio}); posts that lean on it may reach fewer people.")
    fading = Advice("trends", phrase(text, tag="neon", who=who, ratio="×0.40"), 1.0)
    user = UserProfile(actor=b"\x01" * 20, role=Role.MODEL, region="Milan", utc_offset_minutes=60)
    when = local_time(5 * 86_400_000 + 18 * 3_600_000, user)  # a Tuesday, 18:00 UTC
    rising = phrase(QT_TRANSLATE_NOOP("Advice", "{what} is rising: ×{ratio} in the last {days} days ({sure})"),
                    what="#linen", ratio=Number(2.0, 1), days="21", sure=sure(0.97))  # fmt: skip
    reputation = phrase("{value}", value=Number(12_984))
    assert said(fading.phrase) == fading.text
    assert said(when) == "Tuesday 19:00"
    assert said(rising) == "#linen is rising: ×2.0 in the last 21 days (97% sure)"
    assert said(reputation) == "12,984"
    language("it")
    assert said(fading.phrase) == (
        "#neon è in calo tra agenzie (×0.40); i post che puntano su questo tag potrebbero raggiungere meno persone."
    )
    assert said(when) == "martedì 19:00"
    assert said(reputation) == "12.984"  # numbers as the language writes them
    language("ru")
    assert said(rising) == "#linen набирает популярность: ×2,0 за последние 21 дн. (уверенность 97%)"
    language("fr")
    assert said(rising.capitalized()) == "#linen monte : ×2,0 ces 21 derniers jours (sûr à 97%)"

"""The first-run wizard, driven by clicks and typing as a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from etalonium_desktop.onboarding import OnboardingResult, PhraseQuiz, passphrase_strength
from etalonium_desktop.store import generate_phrase
from etalonium_desktop.ui.onboarding_view import OnboardingView
from lightnode.protocol.actions import Role

STRONG = "velvet tailor measures twice at dawn"


def test_weak_passphrases_are_refused_with_advice() -> None:
    weak = passphrase_strength("password1")
    assert not weak.acceptable
    assert weak.advice
    assert passphrase_strength(STRONG).acceptable
    assert not passphrase_strength("").acceptable


def test_the_quiz_offers_the_right_word_among_decoys() -> None:
    phrase = generate_phrase()
    words = phrase.split()
    quiz = PhraseQuiz(phrase)
    assert len(quiz.questions) == 4
    for q in quiz.questions:
        assert words[q.position - 1] in q.options
        assert len(set(q.options)) == 4
    right = {q.position: words[q.position - 1] for q in quiz.questions}
    assert quiz.mistakes(right) == []
    first = quiz.questions[0]
    wrong_word = next(o for o in first.options if o != words[first.position - 1])
    assert quiz.mistakes({**right, first.position: wrong_word}) == [first.position]
    assert phrase not in repr(quiz)


def _pick(view: OnboardingView, qtbot: QtBot, words: list[str], correct: bool) -> None:
    assert view.confirm.quiz is not None
    # Rows made while the page is visible are shown by Qt on the next pass of the event loop.
    qtbot.waitUntil(lambda: all(b.isVisible() for g in view.confirm.groups.values() for b in g.buttons()))
    for q in view.confirm.quiz.questions:
        group = view.confirm.groups[q.position]
        target = words[q.position - 1]
        for b in group.buttons():
            if (b.text() == target) == correct:
                qtbot.mouseClick(b, Qt.MouseButton.LeftButton)
                break


def test_create_an_identity_by_clicks_and_typing(qtbot: QtBot) -> None:
    view = OnboardingView()
    qtbot.add_widget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.mouseClick(view.welcome.create_button, Qt.MouseButton.LeftButton)
    assert view.currentWidget() is view.phrase_page
    words = [label.text().split("<b>")[1].split("</b>")[0] for label in view.phrase_page.word_labels]
    assert len(words) == 24
    assert not view.phrase_page.next_button.isEnabled()
    view.phrase_page.written.setChecked(True)
    qtbot.mouseClick(view.phrase_page.next_button, Qt.MouseButton.LeftButton)
    assert view.currentWidget() is view.confirm

    _pick(view, qtbot, words, correct=False)
    qtbot.mouseClick(view.confirm.confirm_button, Qt.MouseButton.LeftButton)
    # "Word #3 does not match" or "Words #1, #9 do not match": the English catalogue holds both forms.
    assert "not match" in view.confirm.error.text()
    assert view.currentWidget() is view.confirm

    _pick(view, qtbot, words, correct=True)
    qtbot.mouseClick(view.confirm.confirm_button, Qt.MouseButton.LeftButton)
    assert view.currentWidget() is view.passphrase

    qtbot.keyClicks(view.passphrase.first, "abc123")
    assert not view.passphrase.next_button.isEnabled()
    assert "too easy" in view.passphrase.error.text()
    view.passphrase.first.clear()
    qtbot.keyClicks(view.passphrase.first, STRONG)
    qtbot.keyClicks(view.passphrase.second, STRONG + "x")
    assert "differ" in view.passphrase.error.text()
    assert not view.passphrase.next_button.isEnabled()
    view.passphrase.second.clear()
    qtbot.keyClicks(view.passphrase.second, STRONG)
    assert view.passphrase.next_button.isEnabled()
    qtbot.mouseClick(view.passphrase.next_button, Qt.MouseButton.LeftButton)
    assert view.currentWidget() is view.name

    qtbot.keyClicks(view.name.name, "Ana Petrova")
    view.name.role.setCurrentIndex(view.name.role.findData(int(Role.PHOTOGRAPHER)))
    with qtbot.wait_signal(view.completed, timeout=5000) as blocker:
        qtbot.mouseClick(view.name.next_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert isinstance(result, OnboardingResult)
    assert result.phrase.split() == words
    assert result.passphrase == STRONG
    assert (result.display_name, result.role, result.restored) == ("Ana Petrova", Role.PHOTOGRAPHER, False)
    assert view.currentWidget() is view.working


def test_restore_names_the_mistyped_word(qtbot: QtBot) -> None:
    view = OnboardingView()
    qtbot.add_widget(view)
    qtbot.mouseClick(view.welcome.restore_button, Qt.MouseButton.LeftButton)
    phrase = generate_phrase()
    words = phrase.split()
    typo = words[5][:-1] + ("x" if words[5][-1] != "x" else "y")
    view.restore.editor.setPlainText(" ".join([*words[:5], typo, *words[6:]]))
    qtbot.mouseClick(view.restore.next_button, Qt.MouseButton.LeftButton)
    assert view.currentWidget() is view.restore
    assert typo in view.restore.error.text() or "6" in view.restore.error.text()
    view.restore.editor.setPlainText(phrase.upper())
    qtbot.mouseClick(view.restore.next_button, Qt.MouseButton.LeftButton)
    assert view.currentWidget() is view.passphrase


@pytest.mark.parametrize("theme_name", ["light", "dark"])
def test_both_themes_load(qtbot: QtBot, qapp: object, theme_name: str) -> None:
    from etalonium_desktop.ui import theme

    theme.apply(qapp, theme.Theme(theme_name))  # type: ignore[arg-type]
    assert theme.current().value == theme_name
    assert not theme.icon("wallet").isNull()
    theme.apply(qapp, theme.Theme.LIGHT)  # type: ignore[arg-type]

"""The first-run wizard: create or restore an identity, confirm the phrase, choose a passphrase and a name."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from etalonium_desktop.onboarding import ROLE_LABELS, OnboardingResult, PhraseQuiz, passphrase_strength, role_label
from etalonium_desktop.store import InvalidPhraseError, generate_phrase, validate_phrase
from etalonium_desktop.ui import widgets
from lightnode.protocol.actions import Role


class _Page(QWidget):
    def __init__(self, heading: str, intro: str) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.card = widgets.Card()
        self.card.setMaximumWidth(760)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card, 10)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.body = self.card.body
        self.body.addWidget(widgets.title(heading))
        self.body.addWidget(widgets.subtle(intro))
        self.body.addSpacing(8)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)

    def finish_layout(self) -> None:
        self.body.addSpacing(8)
        self.body.addLayout(self.buttons)


class WelcomePage(_Page):
    create_chosen = Signal()
    restore_chosen = Signal()

    def __init__(self) -> None:
        super().__init__(
            self.tr("Welcome to Etalonium"),
            self.tr(
                "Your identity on the ExtraChain network is a key that only you hold. Nobody can take your "
                "account or your data. Everything personal is kept encrypted on this computer."
            ),
        )
        self.create_button = widgets.primary_button(self.tr("Create a new identity"))
        self.restore_button = widgets.button(self.tr("Restore from a recovery phrase"))
        self.create_button.clicked.connect(self.create_chosen)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.buttons.addWidget(self.restore_button)
        self.buttons.addWidget(self.create_button)
        self.finish_layout()


class PhrasePage(_Page):
    """Shows the 24 words once, and asks the user to confirm they wrote them down."""

    accepted = Signal()
    back = Signal()

    def __init__(self) -> None:
        super().__init__(
            self.tr("Your recovery phrase"),
            self.tr(
                "Write these 24 words down on paper, in order, and keep them somewhere safe. They are the only "
                "way to restore your identity and your funds if this computer is lost. Never type them into a "
                "website."
            ),
        )
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(8)
        self.body.addLayout(self.grid)
        self.written = QCheckBox(self.tr("I have written the 24 words down, in order"))
        self.written.setAccessibleName(self.tr("I have written the words down"))
        self.body.addWidget(self.written)
        self.back_button = widgets.button(self.tr("Back"))
        self.next_button = widgets.primary_button(self.tr("Next"))
        self.next_button.setEnabled(False)
        self.written.toggled.connect(self.next_button.setEnabled)
        self.next_button.clicked.connect(self.accepted)
        self.back_button.clicked.connect(self.back)
        self.buttons.addWidget(self.back_button)
        self.buttons.addWidget(self.next_button)
        self.finish_layout()
        self.word_labels: list[QLabel] = []

    def show_phrase(self, phrase: str) -> None:
        for label in self.word_labels:
            label.deleteLater()
        self.word_labels = []
        self.written.setChecked(False)
        for i, word in enumerate(phrase.split()):
            number = QLocale().toString(i + 1)
            label = QLabel(f"<span style='color:#8a8494'>{number:>2}.</span> <b>{word}</b>")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.grid.addWidget(label, i % 6, i // 6)
            self.word_labels.append(label)


class ConfirmPage(_Page):
    """Pick the right word at a few positions: proves the phrase was written down correctly."""

    confirmed = Signal()
    back = Signal()

    def __init__(self) -> None:
        super().__init__(
            self.tr("Confirm your recovery phrase"),
            self.tr("Pick the right word for each position, from what you wrote down."),
        )
        self.rows = QVBoxLayout()
        self.body.addLayout(self.rows)
        self.error = widgets.status_label()
        self.body.addWidget(self.error)
        self.back_button = widgets.button(self.tr("Show the words again"))
        self.confirm_button = widgets.primary_button(self.tr("Confirm"))
        self.back_button.clicked.connect(self.back)
        self.confirm_button.clicked.connect(self._check)
        self.buttons.addWidget(self.back_button)
        self.buttons.addWidget(self.confirm_button)
        self.finish_layout()
        self.quiz: PhraseQuiz | None = None
        self.groups: dict[int, QButtonGroup] = {}
        self._row_widgets: list[QWidget] = []

    def start(self, quiz: PhraseQuiz) -> None:
        for w in self._row_widgets:
            w.deleteLater()
        self._row_widgets = []
        self.groups = {}
        self.quiz = quiz
        self.error.clear()
        for question in quiz.questions:
            row = QWidget()
            row.setObjectName("Row")
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(QLabel(self.tr("Word #{number}").format(number=question.position)), 0)
            group = QButtonGroup(row)
            group.setExclusive(True)
            for option in question.options:
                b = QPushButton(option)
                b.setCheckable(True)
                b.setAccessibleName(self.tr("word {number}: {word}").format(number=question.position, word=option))
                group.addButton(b)
                layout.addWidget(b)
            layout.addStretch(1)
            self.groups[question.position] = group
            self.rows.addWidget(row)
            self._row_widgets.append(row)

    def answers(self) -> dict[int, str]:
        out = {}
        for position, group in self.groups.items():
            checked = group.checkedButton()
            if checked is not None:
                out[position] = checked.text()
        return out

    def _check(self) -> None:
        assert self.quiz is not None
        wrong = self.quiz.mistakes(self.answers())
        if wrong:
            names = ", ".join(f"#{p}" for p in wrong)
            # Counted (%n) only to pick the grammatical number; {words} lists them, like "#3" or "#3, #7".
            self.error.setText(
                self.tr(
                    "Word {words} does not match. Check your paper, or show the words again.", "", len(wrong)
                ).format(words=names)
            )
            return
        self.error.clear()
        self.confirmed.emit()


class RestorePage(_Page):
    restored = Signal(str)
    back = Signal()

    def __init__(self) -> None:
        super().__init__(
            self.tr("Restore your identity"),
            self.tr("Type or paste your 24-word recovery phrase, with spaces between the words."),
        )
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Recovery phrase"))
        self.editor.setPlaceholderText(self.tr("word1 word2 word3 …"))
        self.editor.setFixedHeight(110)
        self.body.addWidget(self.editor)
        self.error = widgets.status_label()
        self.body.addWidget(self.error)
        self.back_button = widgets.button(self.tr("Back"))
        self.next_button = widgets.primary_button(self.tr("Restore"))
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self._check)
        self.buttons.addWidget(self.back_button)
        self.buttons.addWidget(self.next_button)
        self.finish_layout()

    def _check(self) -> None:
        try:
            phrase = validate_phrase(self.editor.toPlainText())
        except InvalidPhraseError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self.restored.emit(phrase)


class PassphrasePage(_Page):
    chosen = Signal(str)
    back = Signal()

    def __init__(self) -> None:
        super().__init__(
            self.tr("Choose a passphrase"),
            self.tr(
                "It unlocks this profile on this computer and encrypts everything in it. It cannot be recovered: "
                "if you forget it, restore your identity from the recovery phrase."
            ),
        )
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Repeat passphrase"))
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow(self.tr("Repeat it"), self.second)
        self.body.addLayout(form)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.strength = widgets.subtle("")
        self.body.addWidget(self.meter)
        self.body.addWidget(self.strength)
        self.error = widgets.status_label()
        self.body.addWidget(self.error)
        self.back_button = widgets.button(self.tr("Back"))
        self.next_button = widgets.primary_button(self.tr("Next"))
        self.next_button.setEnabled(False)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self._submit)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.second.returnPressed.connect(self._submit)
        self.buttons.addWidget(self.back_button)
        self.buttons.addWidget(self.next_button)
        self.finish_layout()
        self._update()

    def _update(self) -> None:
        strength = passphrase_strength(self.first.text())
        self.meter.setValue(strength.score)
        self.meter.setProperty("strength", str(strength.score))
        self.meter.style().unpolish(self.meter)
        self.meter.style().polish(self.meter)
        if self.first.text():
            self.strength.setText(
                self.tr("{strength}. {advice}").format(strength=strength.label, advice=strength.advice)
            )
        else:
            self.strength.setText(strength.advice)
        matches = self.first.text() == self.second.text()
        if self.second.text() and not matches:
            self.error.setText(self.tr("The two passphrases differ."))
        elif self.first.text() and not strength.acceptable:
            self.error.setText(self.tr("This passphrase is too easy to guess; make it longer or less common."))
        else:
            self.error.clear()
        self.next_button.setEnabled(strength.acceptable and matches)

    def _submit(self) -> None:
        if self.next_button.isEnabled():
            self.chosen.emit(self.first.text())


class NamePage(_Page):
    chosen = Signal(str, int)
    back = Signal()

    def __init__(self) -> None:
        super().__init__(
            self.tr("How should people know you?"),
            self.tr("Your name and role are public on the network; you can change them later in your profile."),
        )
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Display name"))
        self.name.setMaxLength(64)
        self.name.setPlaceholderText(self.tr("e.g. Ana Petrova"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for role in ROLE_LABELS:
            self.role.addItem(role_label(role), int(role))
        form.addRow(self.tr("Display name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        self.body.addLayout(form)
        self.back_button = widgets.button(self.tr("Back"))
        self.next_button = widgets.primary_button(self.tr("Create my profile"))
        self.next_button.setEnabled(False)
        self.name.textChanged.connect(lambda t: self.next_button.setEnabled(bool(t.strip())))
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self._submit)
        self.name.returnPressed.connect(self._submit)
        self.buttons.addWidget(self.back_button)
        self.buttons.addWidget(self.next_button)
        self.finish_layout()

    def _submit(self) -> None:
        if self.next_button.isEnabled():
            self.chosen.emit(self.name.text().strip(), int(self.role.currentData()))


class WorkingPage(_Page):
    def __init__(self) -> None:
        super().__init__(self.tr("Creating your profile"), self.tr("Deriving your keys and encrypting your profile…"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.body.addWidget(self.bar)
        self.error = widgets.status_label()
        self.body.addWidget(self.error)
        self.finish_layout()


class OnboardingView(QStackedWidget):
    """Runs the pages in order and emits `completed` with the user's choices."""

    completed = Signal(object)  # OnboardingResult

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(900, 600)
        self.welcome = WelcomePage()
        self.phrase_page = PhrasePage()
        self.confirm = ConfirmPage()
        self.restore = RestorePage()
        self.passphrase = PassphrasePage()
        self.name = NamePage()
        self.working = WorkingPage()
        for page in (self.welcome, self.phrase_page, self.confirm, self.restore, self.passphrase, self.name,
                     self.working):  # fmt: skip
            self.addWidget(page)
        self._phrase = ""
        self._restored = False
        self._passphrase = ""
        self.welcome.create_chosen.connect(self._create)
        self.welcome.restore_chosen.connect(lambda: self.setCurrentWidget(self.restore))
        self.phrase_page.back.connect(lambda: self.setCurrentWidget(self.welcome))
        self.phrase_page.accepted.connect(self._quiz)
        self.confirm.back.connect(lambda: self.setCurrentWidget(self.phrase_page))
        self.confirm.confirmed.connect(lambda: self.setCurrentWidget(self.passphrase))
        self.restore.back.connect(lambda: self.setCurrentWidget(self.welcome))
        self.restore.restored.connect(self._on_restored)
        self.passphrase.back.connect(self._passphrase_back)
        self.passphrase.chosen.connect(self._on_passphrase)
        self.name.back.connect(lambda: self.setCurrentWidget(self.passphrase))
        self.name.chosen.connect(self._on_name)

    def _create(self) -> None:
        self._phrase = generate_phrase()
        self._restored = False
        self.phrase_page.show_phrase(self._phrase)
        self.setCurrentWidget(self.phrase_page)

    def _quiz(self) -> None:
        self.confirm.start(PhraseQuiz(self._phrase))
        self.setCurrentWidget(self.confirm)

    def _on_restored(self, phrase: str) -> None:
        self._phrase = phrase
        self._restored = True
        self.setCurrentWidget(self.passphrase)

    def _passphrase_back(self) -> None:
        self.setCurrentWidget(self.restore if self._restored else self.confirm)

    def _on_passphrase(self, passphrase: str) -> None:
        self._passphrase = passphrase
        self.setCurrentWidget(self.name)
        self.name.name.setFocus()

    def _on_name(self, display_name: str, role: int) -> None:
        self.setCurrentWidget(self.working)
        self.completed.emit(
            OnboardingResult(self._phrase, self._passphrase, display_name, Role(role), restored=self._restored)
        )

    def show_failure(self, message: str) -> None:
        """Creating the profile failed: say why and let the user go back to the passphrase step."""
        self.working.error.setText(message)
        self.working.bar.setRange(0, 1)
        back = widgets.button(self.tr("Back"))
        back.clicked.connect(lambda: self.setCurrentWidget(self.passphrase))
        self.working.buttons.addWidget(back)

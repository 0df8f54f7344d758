"""The first-run flow without widgets: passphrase strength, the recovery-phrase quiz, and the choices made.

Texts go through Qt's translation catalogues (QtCore only; without an application they stay English)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from mnemonic import Mnemonic
from PySide6.QtCore import QCoreApplication
from zxcvbn import zxcvbn

from etalonium_desktop.store import PhraseBackupCheck, normalize_phrase
from lightnode.protocol.actions import Role

MIN_PASSPHRASE_SCORE = 2
# zxcvbn is slow on very long inputs; beyond this, only the prefix is scored (it is strong anyway).
_SCORED_PREFIX = 100

_CONTEXT = "onboarding"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark `text` for the catalogues of `context` and return it untranslated (PySide6's returns `object`)."""
    return text


# The roles' names in English; `role_label` gives them in the interface language.
ROLE_LABELS: dict[Role, str] = {
    Role.MODEL: QT_TRANSLATE_NOOP("onboarding", "Model"),
    Role.DESIGNER: QT_TRANSLATE_NOOP("onboarding", "Designer"),
    Role.PHOTOGRAPHER: QT_TRANSLATE_NOOP("onboarding", "Photographer"),
    Role.STYLIST: QT_TRANSLATE_NOOP("onboarding", "Stylist"),
    Role.AGENCY: QT_TRANSLATE_NOOP("onboarding", "Agency"),
    Role.PRODUCER: QT_TRANSLATE_NOOP("onboarding", "Producer"),
    Role.CUSTOMER: QT_TRANSLATE_NOOP("onboarding", "Customer"),
}


def role_label(role: Role) -> str:
    """A role's name in the interface language."""
    return QCoreApplication.translate(_CONTEXT, ROLE_LABELS[role])


# zxcvbn's feedback sentences (it offers only gettext): listed here so that lupdate puts them in the catalogues.
_ZXCVBN_FEEDBACK = (
    QT_TRANSLATE_NOOP("zxcvbn", "Use a few words, avoid common phrases."),
    QT_TRANSLATE_NOOP("zxcvbn", "No need for symbols, digits, or uppercase letters."),
    QT_TRANSLATE_NOOP("zxcvbn", "Add another word or two. Uncommon words are better."),
    QT_TRANSLATE_NOOP("zxcvbn", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Use a longer keyboard pattern with more turns."),
    QT_TRANSLATE_NOOP("zxcvbn", 'Repeats like "aaa" are easy to guess.'),
    QT_TRANSLATE_NOOP("zxcvbn", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'),
    QT_TRANSLATE_NOOP("zxcvbn", "Avoid repeated words and characters."),
    QT_TRANSLATE_NOOP("zxcvbn", 'Sequences like "abc" or "6543" are easy to guess.'),
    QT_TRANSLATE_NOOP("zxcvbn", "Avoid sequences."),
    QT_TRANSLATE_NOOP("zxcvbn", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Avoid recent years."),
    QT_TRANSLATE_NOOP("zxcvbn", "Avoid years that are associated with you."),
    QT_TRANSLATE_NOOP("zxcvbn", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Avoid dates and years that are associated with you."),
    QT_TRANSLATE_NOOP("zxcvbn", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("zxcvbn", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("zxcvbn", "This is a very common password."),
    QT_TRANSLATE_NOOP("zxcvbn", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("zxcvbn", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Common names and surnames are easy to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Capitalization doesn't help very much."),
    QT_TRANSLATE_NOOP("zxcvbn", "All-uppercase is almost as easy to guess as all-lowercase."),
    QT_TRANSLATE_NOOP("zxcvbn", "Reversed words aren't much harder to guess."),
    QT_TRANSLATE_NOOP("zxcvbn", "Predictable substitutions like '@' instead of 'a' don't help very much."),
)


def _feedback(sentence: str) -> str:
    return QCoreApplication.translate("zxcvbn", sentence)


@dataclass(frozen=True, slots=True)
class Strength:
    score: int  # 0 (guessable at once) … 4 (very strong)
    label: str
    advice: str
    crack_time: str

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_PASSPHRASE_SCORE


_LABELS = (
    QT_TRANSLATE_NOOP("onboarding", "Very weak"),
    QT_TRANSLATE_NOOP("onboarding", "Weak"),
    QT_TRANSLATE_NOOP("onboarding", "Fair"),
    QT_TRANSLATE_NOOP("onboarding", "Strong"),
    QT_TRANSLATE_NOOP("onboarding", "Very strong"),
)


def passphrase_strength(passphrase: str, user_inputs: tuple[str, ...] = ()) -> Strength:
    """How hard the passphrase is to guess (zxcvbn), with advice in a sentence (in the interface language)."""
    if not passphrase:
        return Strength(
            0,
            QCoreApplication.translate("onboarding", "Empty"),
            QCoreApplication.translate("onboarding", "Choose a passphrase: it protects everything in this profile."),
            "instantly",
        )
    result = zxcvbn(passphrase[:_SCORED_PREFIX], user_inputs=list(user_inputs))
    feedback = result["feedback"]
    sentences = [feedback.get("warning") or "", *feedback.get("suggestions", [])]
    advice = " ".join(_feedback(x) for x in sentences if x)
    if not advice:
        advice = QCoreApplication.translate("onboarding", "Good: this passphrase would take a long time to guess.")
    crack = str(result["crack_times_display"]["offline_slow_hashing_1e4_per_second"])
    label = QCoreApplication.translate(_CONTEXT, _LABELS[int(result["score"])])
    return Strength(int(result["score"]), label, advice, crack)


@dataclass(frozen=True, slots=True)
class QuizQuestion:
    position: int  # 1-based
    options: tuple[str, ...]


@dataclass(slots=True)
class PhraseQuiz:
    """Confirm a written-down phrase by picking the right word at a few positions among decoys."""

    phrase: str = field(repr=False)
    check: PhraseBackupCheck = field(default_factory=PhraseBackupCheck.random)
    questions: tuple[QuizQuestion, ...] = ()

    def __post_init__(self) -> None:
        words = normalize_phrase(self.phrase).split()
        wordlist = Mnemonic("english").wordlist
        rng = secrets.SystemRandom()
        questions = []
        for position in self.check.positions:
            right = words[position - 1]
            # Decoys come from the rest of the phrase first (those are the words a careless copy mixes up).
            pool = [w for w in dict.fromkeys(words) if w != right]
            decoys = rng.sample(pool, min(3, len(pool)))
            while len(decoys) < 3:
                candidate = rng.choice(wordlist)
                if candidate != right and candidate not in decoys:
                    decoys.append(candidate)
            options = [right, *decoys]
            rng.shuffle(options)
            questions.append(QuizQuestion(position, tuple(options)))
        self.questions = tuple(questions)

    def mistakes(self, answers: dict[int, str]) -> list[int]:
        return self.check.mistakes(self.phrase, answers)


@dataclass(frozen=True, slots=True)
class OnboardingResult:
    """What the user chose; the app creates the profile from it."""

    phrase: str = field(repr=False)
    passphrase: str = field(repr=False)
    display_name: str
    role: Role
    restored: bool

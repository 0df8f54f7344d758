"""The first-run flow without Qt: passphrase strength, the recovery-phrase quiz, and the choices made."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from mnemonic import Mnemonic
from zxcvbn import zxcvbn

from etalonium_desktop.store import PhraseBackupCheck, normalize_phrase
from lightnode.protocol.actions import Role

MIN_PASSPHRASE_SCORE = 2
#: zxcvbn is slow on very long inputs; beyond this, only the prefix is scored (it is strong anyway).
_SCORED_PREFIX = 100

ROLE_LABELS: dict[Role, str] = {
    Role.MODEL: "Model",
    Role.DESIGNER: "Designer",
    Role.PHOTOGRAPHER: "Photographer",
    Role.STYLIST: "Stylist",
    Role.AGENCY: "Agency",
    Role.PRODUCER: "Producer",
    Role.CUSTOMER: "Customer",
}


@dataclass(frozen=True, slots=True)
class Strength:
    score: int  # 0 (guessable at once) … 4 (very strong)
    label: str
    advice: str
    crack_time: str

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_PASSPHRASE_SCORE


_LABELS = ("Very weak", "Weak", "Fair", "Strong", "Very strong")


def passphrase_strength(passphrase: str, user_inputs: tuple[str, ...] = ()) -> Strength:
    """How hard the passphrase is to guess (zxcvbn), with advice in a sentence."""
    if not passphrase:
        return Strength(0, "Empty", "Choose a passphrase: it protects everything in this profile.", "instantly")
    result = zxcvbn(passphrase[:_SCORED_PREFIX], user_inputs=list(user_inputs))
    feedback = result["feedback"]
    advice = " ".join(x for x in [feedback.get("warning") or "", *feedback.get("suggestions", [])] if x)
    if not advice:
        advice = "Good: this passphrase would take a long time to guess."
    crack = str(result["crack_times_display"]["offline_slow_hashing_1e4_per_second"])
    return Strength(int(result["score"]), _LABELS[int(result["score"])], advice, crack)


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

"""Immutable answers returned by the query functions.

Every answer carries its ``reasons``: the links (each with its citations) that make it
true, so a program can always show where a claim comes from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar

import attrs

from painkb.model import Citation, Entity, Link, Region, Symptom, Treatment, Urgency, WarningSign, Zone

if TYPE_CHECKING:
    from painkb.understand import Interpretation, Mention

__all__ = [
    "DISCLAIMER",
    "Assessment",
    "Candidate",
    "Explanation",
    "Match",
    "Question",
    "RedFlag",
    "Referral",
]

E_co = TypeVar("E_co", bound=Entity, covariant=True)

#: Shown with every assessment, and by the CLI.
DISCLAIMER = (
    "painkb gives general information from the cited sources; it does not diagnose. "
    "If a warning sign is listed, follow its advice. See a doctor or physiotherapist if pain "
    "is severe, keeps getting worse, or has not improved after a few weeks."
)


def _cited_by(links: tuple[Link, ...]) -> tuple[Citation, ...]:
    return tuple(dict.fromkeys(c for link in links for c in link.citations))


@attrs.frozen
class Match(Generic[E_co]):
    """An entity that answers a question, with the links that explain why.

    ``reasons`` is ordered from the entity asked about outwards; for a muscle reached
    through its group, the ``part_of`` link comes with the link to the group.
    """

    entity: E_co
    reasons: tuple[Link, ...]

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every citation behind the reasons, without repeats."""
        return _cited_by(self.reasons)


@attrs.frozen
class Referral(Match[Entity]):
    """A muscle (or joint) whose trigger points refer pain to the region asked about.

    ``zone`` is the strongest zone found: primary when any matching link is primary.
    """

    zone: Zone


@attrs.frozen
class RedFlag:
    """A warning sign that applies, with what triggered it; read ``advice`` first.

    ``said`` holds the words of the person's text it was read from besides the findings
    ("bent down", "39.5C"), when it rests on something that happened.
    """

    warning_sign: WarningSign
    triggered_by: tuple[Entity, ...]
    reasons: tuple[Link, ...]
    said: tuple[str, ...] = ()

    @property
    def urgency(self) -> Urgency:
        """How soon to act."""
        return self.warning_sign.urgency

    @property
    def advice(self) -> str:
        """What to do."""
        return self.warning_sign.advice

    @property
    def citations(self) -> tuple[Citation, ...]:
        """The warning sign's own citations, then those of the links that raised it."""
        return tuple(dict.fromkeys((*self.warning_sign.citations, *_cited_by(self.reasons))))


#: The reason of a question nothing in the presentation prompted.
SCREENING = "screening"


@attrs.frozen
class Question:
    """A screening question for a warning sign the person has not answered yet.

    A program (a chatbot, an app) asks it and passes the answer back to
    `painkb.assess` as ``present=[id]`` or ``absent=[id]``.

    Attributes:
        warning_sign: the sign the question screens for.
        text: the question in plain words.
        reason: why it is asked: what in the text came close to the sign, or what the
            presentation makes worth ruling out; `SCREENING` ("screening") when nothing
            did and the sign is asked about as routine.
        mention: the words that came close, when the question comes from the text.
    """

    warning_sign: WarningSign
    text: str
    reason: str
    mention: Mention | None = None

    @property
    def prompted(self) -> bool:
        """True when something said prompted the question (its reason is not routine
        screening): the questions to ask first."""
        return self.reason != SCREENING

    @property
    def urgency(self) -> Urgency:
        """How soon to act if the answer is yes."""
        return self.warning_sign.urgency

    @property
    def citations(self) -> tuple[Citation, ...]:
        """The warning sign's own citations."""
        return self.warning_sign.citations


@attrs.frozen
class Candidate(Match[Entity]):
    """A muscle, joint or condition that fits a presentation, with a score (higher fits better)."""

    score: float


@attrs.frozen
class Assessment:
    """What a presentation (pain regions, symptoms) points to. Red flags come first.

    Attributes:
        regions: the regions given.
        symptoms: the symptoms and warning signs given.
        red_flags: warning signs that apply, most urgent first.
        candidates: what may be behind the pain, best fit first.
        self_care: self-care treatments for the top candidates; empty when a red flag
            is an emergency.
        disclaimer: what this answer is and is not.
        interpretation: what was understood of ``text``, when a text was given.
        absent: findings the person said they do not have; they lower candidates and
            answer questions, and never raise anything.
        questions: screening questions for warning signs not yet answered, most urgent
            first (those the text came close to first within an urgency).
        about_others: the warning signs what the text says of someone else would be if it
            were the writer's ("My dad has back pain and now can't pass urine"), most urgent
            first: a carer may be writing on their behalf, and the advice is for that
            person. Never the writer's: ``needs_clinician`` and ``most_urgent`` ignore them.
    """

    regions: tuple[Region, ...]
    symptoms: tuple[Symptom | WarningSign, ...]
    red_flags: tuple[RedFlag, ...]
    candidates: tuple[Candidate, ...]
    self_care: tuple[Match[Treatment], ...]
    disclaimer: str = DISCLAIMER
    interpretation: Interpretation | None = None
    absent: tuple[Entity, ...] = ()
    questions: tuple[Question, ...] = ()
    about_others: tuple[RedFlag, ...] = ()

    @property
    def needs_clinician(self) -> bool:
        """True when any red flag applies."""
        return bool(self.red_flags)

    @property
    def most_urgent(self) -> Urgency | None:
        """The urgency of the most urgent red flag, or None."""
        return self.red_flags[0].urgency if self.red_flags else None


@attrs.frozen
class Explanation:
    """One path of links between two entities; ``nodes`` lists the ids along it."""

    nodes: tuple[str, ...]
    links: tuple[Link, ...]

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every citation along the path."""
        return _cited_by(self.links)

    def __len__(self) -> int:
        return len(self.links)

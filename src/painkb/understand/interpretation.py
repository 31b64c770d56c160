"""What ``interpret`` returns: mentions of entities in a text, and what was not understood."""

from __future__ import annotations

from datetime import timedelta
from typing import Literal

import attrs

from painkb.model import Entity, Kind, WarningSign
from painkb.understand.context import Status

__all__ = ["CONFIDENT", "Interpretation", "Mention", "Side"]

Side = Literal["left", "right", "both"]

#: A mention scoring at least this is taken as meant; below it painkb asks instead.
CONFIDENT = 0.8
#: A match in part scores its share of words times this, so it is never confident.
PARTIAL_WEIGHT = 0.6


@attrs.frozen
class Mention:
    """One entity found in a text.

    Attributes:
        entity: what was found.
        start: where the words start in the text.
        end: where they end (exclusive): ``text[start:end]`` is ``orth``.
        orth: the words of the text that matched, as written.
        status: whether the person has it, as their words say.
        score: how closely the words match ``via``, 0-1 (1: every word as written); for a
            warning sign told in part and raised by the second reading (see
            `painkb.understand.second_reading`), the model's probability that the message
            tells it.
        via: the name or alias that matched; the sign's name for a second reading.
        side: "left", "right" or "both" when the person says so, else None.
        exact: every word of ``via`` was found, none of them through a typo correction.
        modifiers: how the person says it behaves, from ``[modifiers]`` in
            language.toml: "worsening", "persistent", "unexplained", "passing" (goes when
            they stand or move), "improving" (getting better), "complaint" (a place said
            with a complaint: "my back is bad"), "painless" (said not to hurt: "nothing
            hurts"), "unhindered" (the body said to work as before: "walked it off"),
            "unchanged", "long_standing" (said to have lasted years: "a weak stream for
            years").
    """

    entity: Entity
    start: int
    end: int
    orth: str
    status: Status
    score: float
    via: str
    side: Side | None = None
    exact: bool = True
    modifiers: tuple[str, ...] = ()

    @property
    def present(self) -> bool:
        """True when the person says they have it now."""
        return self.status is Status.PRESENT

    @property
    def confident(self) -> bool:
        """True when the words match well enough to act on (see `CONFIDENT`)."""
        return self.exact and self.score >= CONFIDENT

    @property
    def raises_warning(self) -> bool:
        """True when this mention raises a warning sign: the sign itself, every word of
        one of its phrases in one clause, said of the person, not negated or doubted."""
        return isinstance(self.entity, WarningSign) and self.present and self.confident


def with_status(mention: Mention, status: Status) -> Mention:
    """``mention`` with another status: ``attrs.evolve(mention, status=status)``, made
    directly (in half the time: the reader asks it of thousands of mentions).

    Every field is passed on (`_remade`); when `Mention` gains one, so must that:

    >>> [field.name for field in attrs.fields(Mention)]
    ['entity', 'start', 'end', 'orth', 'status', 'score', 'via', 'side', 'exact', 'modifiers']
    """
    return _remade(mention, status, mention.modifiers)


def with_modifiers_of(mention: Mention, modifiers: tuple[str, ...]) -> Mention:
    """``mention`` with other modifiers: ``attrs.evolve(mention, modifiers=modifiers)``, made
    directly (see `with_status`)."""
    return _remade(mention, mention.status, modifiers)


def _remade(mention: Mention, status: Status, modifiers: tuple[str, ...]) -> Mention:
    m = mention
    return Mention(m.entity, m.start, m.end, m.orth, status, m.score, m.via, m.side, m.exact, modifiers)


def in_text_order(mention: Mention) -> tuple[int, int, str]:
    """The key that sorts mentions in text order (of two starting together, the longer first)."""
    return (mention.start, -mention.end, mention.entity.id)


@attrs.frozen
class Interpretation:
    """What a text says, as painkb understood it.

    Attributes:
        text: the text.
        mentions: every entity found, in text order; of a finding said in the same words as a
            narrower one, the narrower only ("both my legs are weak" is weakness in both legs).
        partial: phrases that match a warning sign only in part, or through a typo,
            while the person seems to say they have it, and words that point to one
            ([cues] in language.toml), of the person or of someone else (status
            OTHER_PERSON: to be asked of them); never raised, always asked about.
        not_understood: words that carry meaning but matched nothing, in text order.
        out_of_scope: body parts the text names that painkb does not cover.
        figurative: figures of speech set aside ("pain in the butt" said of a person).
        age: the age the person states, if any.
        duration: how long it has lasted, if stated (the longest duration given).
        broader: the findings the narrower ones in ``mentions`` are too, in the same words
            (weakness of a leg, for weakness in both legs): what `painkb.assess` reads with
            ``mentions`` (see `with_broader`).
    """

    text: str
    mentions: tuple[Mention, ...]
    partial: tuple[Mention, ...] = ()
    not_understood: tuple[str, ...] = ()
    out_of_scope: tuple[str, ...] = ()
    figurative: tuple[str, ...] = ()
    age: int | None = None
    duration: timedelta | None = None
    broader: tuple[Mention, ...] = ()

    def with_broader(self) -> Interpretation:
        """This interpretation with the broader findings among ``mentions``, in text order.

        Examples:
            >>> import painkb
            >>> it = painkb.interpret(painkb.load(), "pain down both legs")
            >>> "leg-pain" in {m.entity.id for m in it.mentions}
            False
            >>> "leg-pain" in {m.entity.id for m in it.with_broader().mentions}
            True
        """
        if not self.broader:
            return self
        mentions = sorted((*self.mentions, *self.broader), key=in_text_order)
        return attrs.evolve(self, mentions=tuple(mentions), broader=())

    def entities(
        self, status: Status | None = Status.PRESENT, kind: Kind | None = None
    ) -> tuple[Entity, ...]:
        """The entities mentioned with ``status`` (all when None), optionally of one kind.

        Each entity once, in text order.
        """
        found = (
            m.entity
            for m in self.mentions
            if (status is None or m.status is status) and (kind is None or m.entity.kind is kind)
        )
        return tuple(dict.fromkeys(found))

    @property
    def present(self) -> tuple[Entity, ...]:
        """The entities the person says they have."""
        return self.entities(Status.PRESENT)

    @property
    def absent(self) -> tuple[Entity, ...]:
        """The entities the person says they do not have."""
        return self.entities(Status.ABSENT)

    @property
    def understood(self) -> bool:
        """True when anything in the text was found."""
        return bool(self.mentions or self.partial)

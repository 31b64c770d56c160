"""The typed domain model: entities, sources, citations and links.

Every class here is a frozen attrs class (immutable, slotted, hashable), so objects can be
shared freely between threads. Sequences are tuples.

>>> from painkb.model import Muscle, Citation
>>> m = Muscle(id="piriformis", name="Piriformis", aliases=["piriformis muscle"])
>>> m.kind
<Kind.MUSCLE: 'muscle'>
>>> m.aliases
('piriformis muscle',)
>>> Citation(source="travell-simons-1992", locator="vol. 2, ch. 10")
Citation(source='travell-simons-1992', quote='', locator='vol. 2, ch. 10', evidence=None, note='')
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, ClassVar

import attrs

__all__ = [
    "ENTITY_CLASSES",
    "Cause",
    "Citation",
    "Condition",
    "Entity",
    "Equipment",
    "EvidenceLevel",
    "ImprovementSign",
    "Joint",
    "Kind",
    "Link",
    "Muscle",
    "Nerve",
    "Region",
    "Setting",
    "Source",
    "SourceKind",
    "Symptom",
    "Treatment",
    "TreatmentCategory",
    "Urgency",
    "WarningSign",
    "Zone",
]

# \Z, not $: "$" also matches before a final newline, which let "piriformis\n" through.
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*\Z")
# The local part becomes part of an IRI in RDF, which cannot hold spaces or <>"{}|\^`.
CURIE_PATTERN = re.compile(r'^[A-Za-z][A-Za-z0-9_.]*:[^\s<>"{}|\\^`]+\Z')
#: Characters no text in the knowledge base may hold: the C0 controls XML 1.0 cannot
#: carry (all but tab, newline and carriage return), DEL and the C1 controls (which
#: terminals act on: U+009B starts an escape sequence), and the non-characters U+FFFE and
#: U+FFFF. With them out, every export and body map parses, and nothing printed from the
#: data can drive a terminal.
FORBIDDEN_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def forbidden_character(text: str) -> str | None:
    r"""The first character of ``text`` that no text in painkb may hold, or None.

    >>> forbidden_character("tab\tnewline\ncarriage return\r are fine")
    >>> forbidden_character("an escape \x1b[2J is not")
    '\x1b'
    """
    match = FORBIDDEN_CHARACTERS.search(text)
    return None if match is None else match.group()


class _Choice(str, enum.Enum):
    """An enum whose members are also their string values (``Zone.PRIMARY == "primary"``)."""

    def __str__(self) -> str:
        return str(self.value)


class Kind(_Choice):
    """The kinds of entity in the knowledge base."""

    MUSCLE = "muscle"
    REGION = "region"
    JOINT = "joint"
    NERVE = "nerve"
    CONDITION = "condition"
    SYMPTOM = "symptom"
    CAUSE = "cause"
    TREATMENT = "treatment"
    EQUIPMENT = "equipment"
    WARNING_SIGN = "warning_sign"
    IMPROVEMENT_SIGN = "improvement_sign"


class EvidenceLevel(_Choice):
    """How strongly a source (or one claim in it) is supported, strongest first.

    ``unattributed_claim`` marks a claim that leans on studies it does not name or that
    cannot be traced; ``marketing`` marks a vendor's claim about what it sells.
    """

    GUIDELINE = "guideline"
    SYSTEMATIC_REVIEW = "systematic_review"
    CLINICAL_STUDY = "clinical_study"
    REFERENCE_TEXT = "reference_text"
    EXPERT_OPINION = "expert_opinion"
    OPINION = "opinion"
    UNATTRIBUTED_CLAIM = "unattributed_claim"
    MARKETING = "marketing"

    @property
    def rank(self) -> int:
        """0 for the strongest level, growing as evidence weakens."""
        return _EVIDENCE_RANKS[self]


class SourceKind(_Choice):
    """What a source is."""

    GUIDELINE = "guideline"
    REVIEW = "review"
    STUDY = "study"
    TEXTBOOK = "textbook"
    REFERENCE = "reference"
    ONTOLOGY = "ontology"
    BLOG = "blog"
    VENDOR = "vendor"


class TreatmentCategory(_Choice):
    """What sort of treatment or prevention measure a treatment is."""

    STRETCH = "stretch"
    STRENGTHENING = "strengthening"
    SELF_MASSAGE = "self_massage"
    PROFESSIONAL_THERAPY = "professional_therapy"
    HEAT_COLD = "heat_cold"
    ERGONOMICS = "ergonomics"
    MOVEMENT = "movement"
    MIND_BODY = "mind_body"
    MEDICATION = "medication"
    TOPICAL = "topical"
    LIFESTYLE = "lifestyle"


class Setting(_Choice):
    """Who carries out a treatment."""

    SELF_CARE = "self_care"
    PROFESSIONAL = "professional"


class Urgency(_Choice):
    """How soon a warning sign needs a clinician, most urgent first."""

    EMERGENCY = "emergency"
    URGENT = "urgent"
    SOON = "soon"

    @property
    def rank(self) -> int:
        """0 for an emergency, 1 for urgent, 2 for soon."""
        return _URGENCY_RANKS[self]


# Each member's place in its enum: ``rank`` is asked for in sorts and loops.
_EVIDENCE_RANKS = {level: i for i, level in enumerate(EvidenceLevel)}
_URGENCY_RANKS = {urgency: i for i, urgency in enumerate(Urgency)}


class Zone(_Choice):
    """Where referred pain falls relative to a trigger point's usual pattern."""

    PRIMARY = "primary"
    SPILLOVER = "spillover"


@attrs.frozen
class Rule:
    """A rule a field's value must follow beyond its type (a non-blank name, a kebab-case id).

    A rule is the field's attrs validator, so making an object checks it; the parser
    (`painkb.parse`) checks the same rule on a file's value and reports the same
    message, and the test strategies draw values that keep it
    (`painkb.fieldtypes.strategy_for`). A rule lives here, and only here.

    Attributes:
        name: what the rule is called (``"id"``, ``"non_blank"``, ``"curies"``).
        problems: ``value`` -> ``(where, message)`` for each way it breaks the rule;
            ``where`` is ``""`` for the value itself or ``"[2]"`` for one of its items.

    >>> Region(id="hip", name=" ")
    Traceback (most recent call last):
    ...
    ValueError: name: must not be empty
    """

    name: str
    problems: Callable[[Any], Iterator[tuple[str, str]]]

    def __call__(self, instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        for where, message in self.problems(value):
            raise ValueError(f"{attribute.name}{where}: {message}")


def _id_problems(value: object) -> Iterator[tuple[str, str]]:
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        yield "", "must be kebab-case: lowercase letters and digits joined by single hyphens"


def _text_problems(value: object) -> Iterator[tuple[str, str]]:
    if not isinstance(value, str) or not value.strip():
        yield "", "must not be empty"


def _curie_problems(value: Iterable[str]) -> Iterator[tuple[str, str]]:
    for index, curie in enumerate(value):
        if not CURIE_PATTERN.match(curie):
            yield f"[{index}]", f"{curie!r} is not a CURIE like 'UBERON:0001382'"


#: An id: kebab-case.
ID = Rule("id", _id_problems)
#: Text that must say something (a name, a title, advice).
NON_BLANK = Rule("non_blank", _text_problems)
#: Cross-references, each a CURIE (``UBERON:0001382``).
CURIES = Rule("curies", _curie_problems)


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        raise TypeError("expected a list of strings, not a single string")
    return tuple(value)


def _to_citations(value: Iterable[Citation]) -> tuple[Citation, ...]:
    return tuple(value)


@attrs.frozen
class Citation:
    """Where a claim comes from: a source id plus a short verbatim quote or a locator.

    Attributes:
        source: id of a `Source`.
        quote: the sentence (or part of it) that supports the claim, verbatim.
        locator: where in the source, when a quote is not given (``"p. 12"``).
        evidence: overrides the source's evidence level for this one claim, e.g.
            ``unattributed_claim`` for "a study found ..." with no study named.
        note: anything a reader should know about this citation.
    """

    source: str = attrs.field(validator=ID)
    quote: str = ""
    locator: str = ""
    evidence: EvidenceLevel | None = attrs.field(
        default=None, converter=attrs.converters.optional(EvidenceLevel)
    )
    note: str = ""

    def __attrs_post_init__(self) -> None:
        if not self.quote.strip() and not self.locator.strip():
            raise ValueError("a citation needs a quote or a locator")


@attrs.frozen(kw_only=True)
class Source:
    """A document facts are taken from.

    >>> Source(id="nice-ng59", title="Low back pain and sciatica in over 16s",
    ...        kind="guideline", evidence="guideline").kind
    <SourceKind.GUIDELINE: 'guideline'>
    """

    id: str = attrs.field(validator=ID)
    title: str = attrs.field(validator=NON_BLANK)
    kind: SourceKind = attrs.field(converter=SourceKind)
    evidence: EvidenceLevel = attrs.field(converter=EvidenceLevel)
    author: str = ""
    date: str = ""
    publisher: str = ""
    url: str = ""
    file: str = ""
    note: str = ""


@attrs.frozen(kw_only=True)
class Entity:
    """Fields every entity has. Use the subclasses; ``kind`` says which one it is.

    ``citations`` support the entity's own fields (description, steps, dosage, ...);
    facts that join two entities live on `Link` objects instead.
    """

    kind: ClassVar[Kind]

    id: str = attrs.field(validator=ID)
    name: str = attrs.field(validator=NON_BLANK)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    description: str = ""
    xrefs: tuple[str, ...] = attrs.field(default=(), converter=_strings, validator=CURIES)
    citations: tuple[Citation, ...] = attrs.field(default=(), converter=_to_citations)
    note: str = ""

    @property
    def labels(self) -> tuple[str, ...]:
        """The name followed by the aliases."""
        return (self.name, *self.aliases)


@attrs.frozen(kw_only=True)
class Muscle(Entity):
    """A muscle, or a named group of muscles (``group=True``) such as the glutes."""

    kind: ClassVar[Kind] = Kind.MUSCLE
    function: str = ""
    group: bool = False


@attrs.frozen(kw_only=True)
class Region(Entity):
    """A body region where pain can be felt (lower back, lateral hip, ...)."""

    kind: ClassVar[Kind] = Kind.REGION


@attrs.frozen(kw_only=True)
class Joint(Entity):
    """A joint (sacroiliac joint, hip joint, ...)."""

    kind: ClassVar[Kind] = Kind.JOINT


@attrs.frozen(kw_only=True)
class Nerve(Entity):
    """A nerve (sciatic nerve, ...)."""

    kind: ClassVar[Kind] = Kind.NERVE


@attrs.frozen(kw_only=True)
class Condition(Entity):
    """A diagnosis or named syndrome; ``recovery`` is the usual course where a source gives one."""

    kind: ClassVar[Kind] = Kind.CONDITION
    recovery: str = ""


@attrs.frozen(kw_only=True)
class Symptom(Entity):
    """Something a person notices or reports (pain in a place, stiffness, numbness, ...)."""

    kind: ClassVar[Kind] = Kind.SYMPTOM


@attrs.frozen(kw_only=True)
class Cause(Entity):
    """A cause, trigger or risk factor (prolonged sitting, shovelling snow, ...)."""

    kind: ClassVar[Kind] = Kind.CAUSE


@attrs.frozen(kw_only=True)
class Treatment(Entity):
    """Something done to relieve or prevent pain, with how to do it.

    Attributes:
        category: what sort of treatment it is.
        setting: self-care or professional.
        steps: how to do it, one instruction per item, as the source gives it.
        dosage: how long and how often, as the source gives it.
        cautions: what to watch out for.
    """

    kind: ClassVar[Kind] = Kind.TREATMENT
    category: TreatmentCategory = attrs.field(converter=TreatmentCategory)
    setting: Setting = attrs.field(converter=Setting)
    steps: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    dosage: str = ""
    cautions: tuple[str, ...] = attrs.field(default=(), converter=_strings)


@attrs.frozen(kw_only=True)
class Equipment(Entity):
    """A generic piece of equipment (a foam roller, a trigger-point massager); never a brand."""

    kind: ClassVar[Kind] = Kind.EQUIPMENT


@attrs.frozen(kw_only=True)
class WarningSign(Entity):
    """A red flag: a finding that needs a clinician, with how urgently and what to do.

    Attributes:
        urgency: how soon to see a clinician.
        advice: what to do, in plain words.
        question: the plain-language screening question that asks a person about this
            sign ("Have you had any new trouble controlling your bladder?"), for programs
            that interview people (see `painkb.assess`'s ``questions``).
    """

    kind: ClassVar[Kind] = Kind.WARNING_SIGN
    urgency: Urgency = attrs.field(converter=Urgency)
    advice: str = attrs.field(validator=NON_BLANK)
    question: str = ""


@attrs.frozen(kw_only=True)
class ImprovementSign(Entity):
    """A sign that a condition is getting better."""

    kind: ClassVar[Kind] = Kind.IMPROVEMENT_SIGN


ENTITY_CLASSES: dict[Kind, type[Entity]] = {
    cls.kind: cls
    for cls in (
        Muscle,
        Region,
        Joint,
        Nerve,
        Condition,
        Symptom,
        Cause,
        Treatment,
        Equipment,
        WarningSign,
        ImprovementSign,
    )
}


def _to_qualifiers(value: Any) -> tuple[tuple[str, str], ...]:
    items = value.items() if hasattr(value, "items") else value
    return tuple(sorted((str(k), str(v)) for k, v in items))


@attrs.frozen(order=True)
class Link:
    """A cited, typed edge: ``subject --relation--> target``.

    >>> link = Link("piriformis", "refers_pain_to", "buttock",
    ...             citations=[Citation("seed-a", quote="...")], qualifiers={"zone": "primary"})
    >>> link.zone
    <Zone.PRIMARY: 'primary'>
    """

    subject: str
    relation: str
    target: str
    citations: tuple[Citation, ...] = attrs.field(converter=_to_citations, order=False)
    qualifiers: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_to_qualifiers)

    def qualifier(self, name: str) -> str | None:
        """The value of one qualifier, or None when the link has none by that name."""
        return dict(self.qualifiers).get(name)

    @property
    def zone(self) -> Zone | None:
        """The referral zone of a ``refers_pain_to`` link."""
        value = self.qualifier("zone")
        return None if value is None else Zone(value)

    @property
    def key(self) -> tuple[str, str, str]:
        """``(subject, target, relation)``: the link's identity in the graph."""
        return (self.subject, self.target, self.relation)

"""Quality checks for contributors, beyond what loading requires.

Loading already guarantees that ids are unique, references resolve, links are cited and
relations join allowed kinds. These checks ask more of the bundled data: every entry
useful (no orphans, a muscle with its location, referral zone and treatment), every
warning sign with a screening question, enough aliases on the entries people describe in
their own words (warning signs, symptoms, regions) for free text to find them, every
quote from a seed article found verbatim in it, xrefs with known prefixes, names unique
per kind, every source cited, files in canonical form. Each problem says how to fix it.

>>> import painkb
>>> from painkb.documents import bundled_documents
>>> check_documents(bundled_documents())
()
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from painkb.documents import Document
from painkb.dump import render
from painkb.errors import Origin, Problem
from painkb.kb import KnowledgeBase
from painkb.load import knowledge_base_of, parse_and_check
from painkb.model import Citation, Entity, Kind, Muscle, Source, Treatment, WarningSign
from painkb.parse import ParsedDocument
from painkb.partof import ancestors, descendants
from painkb.prefixes import PREFIXES, prefix_of

__all__ = [
    "KNOWN_PREFIXES",
    "MIN_ALIASES",
    "check_documents",
    "check_entity",
    "check_source",
    "citations_by_source",
    "subject_citations_by_source",
]

#: CURIE prefixes painkb accepts in ``xrefs`` (the names in `painkb.prefixes.PREFIXES`).
KNOWN_PREFIXES = frozenset(PREFIXES)

#: The fewest aliases an entry of these kinds may have: people describe warning signs,
#: symptoms and body regions in their own words, and free text finds entries by alias.
MIN_ALIASES: dict[Kind, int] = {Kind.WARNING_SIGN: 3, Kind.SYMPTOM: 3, Kind.REGION: 2}

_FIX = "then run `painkb validate` on the folder"
_SPACE = re.compile(r"\s+")


def _normalised(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _via_groups(kb: KnowledgeBase, muscle: Muscle, relation: str, incoming: bool = False) -> bool:
    reach = ancestors(kb, muscle.id) if not muscle.group else descendants(kb, muscle.id)
    follow = kb.links_to if incoming else kb.links_from
    return any(follow(node, relation) for node in reach)


def _treated(kb: KnowledgeBase, muscle: Muscle) -> bool:
    return _via_groups(kb, muscle, "targets", incoming=True)


def check_entity(kb: KnowledgeBase, entity: Entity, origin: Origin) -> Iterator[Problem]:
    """The quality problems of one entity, each with its fix."""
    if kb.graph.degree(entity.id) == 0:
        yield origin.problem(
            f"this {entity.kind} is linked to nothing; add a [[{entity.kind}.link]] or remove it"
        )
    for index, curie in enumerate(entity.xrefs):
        prefix, local = prefix_of(curie)
        if prefix not in PREFIXES:
            known = ", ".join(sorted(PREFIXES))
            yield origin.problem(f"unknown prefix {prefix!r}; use one of {known}", f"xrefs[{index}]")
        elif not PREFIXES[prefix].accepts(local):
            example = f"{prefix}:{PREFIXES[prefix].example}"
            message = f"{curie!r} is not a {prefix} id; they look like {example!r}"
            yield origin.problem(message, f"xrefs[{index}]")
    yield from _check_aliases(entity, origin)
    yield from _check_reads_back(kb, entity, origin)
    if isinstance(entity, Muscle):
        yield from _check_muscle(kb, entity, origin)
    if isinstance(entity, Treatment):
        if not entity.steps and not entity.description.strip():
            yield origin.problem("say how it is done: add `steps = [...]` or a description", "steps")
        if not any(kb.links_from(entity.id, r) for r in ("targets", "relieves", "prevents")):
            yield origin.problem("link it to what it targets, relieves or prevents", "link")
    if isinstance(entity, WarningSign):
        if not entity.citations:
            yield origin.problem("a warning sign needs citations for its urgency and advice", "citations")
        if not kb.links_from(entity.id, "warns_of"):
            yield origin.problem("add a warns_of link to the condition it warns of", "link")
        if not entity.question.strip():
            yield origin.problem(
                'add `question = "..."`: one plain-language yes/no question that asks a person '
                "about this sign, cited where a leaflet asks it that way",
                "question",
            )


# The kinds a person describes in their own words: each name and alias must be read back
# as the entry by painkb.interpret, or a person who types it is not understood.
_READ_BACK = (Kind.WARNING_SIGN, Kind.SYMPTOM, Kind.REGION)
_BACK_PAIN_SAID = ". My lower back hurts."


def read_back_text(entity: Entity, label: str) -> str:
    """The text a name or alias of ``entity`` is read back from: the label, and for a sign that
    rests on back pain the back pain too ("struggling to walk" alone is asked about, since a
    sprained ankle or a stroke may be why).

    >>> import painkb
    >>> read_back_text(painkb.load().get("difficulty-with-mobility"), "struggling to walk")
    'struggling to walk. My lower back hurts.'
    """
    from painkb.understand.words import language

    return label + _BACK_PAIN_SAID if entity.id in language().said_with_the_back else label


def _check_reads_back(kb: KnowledgeBase, entity: Entity, origin: Origin) -> Iterator[Problem]:
    if entity.kind not in _READ_BACK:
        return
    from painkb.understand import interpret

    for index, label in enumerate(entity.labels):
        found = interpret(kb, read_back_text(entity, label))
        if entity not in found.present:
            read = ", ".join(e.id for e in found.present) or "nothing"
            field = "name" if index == 0 else f"aliases[{index - 1}]"
            yield origin.problem(
                f"painkb.interpret reads {label!r} as {read}, not as this entry; reword it the way "
                "people say it, or add its words to painkb/understand/language.toml",
                field,
            )


def _check_aliases(entity: Entity, origin: Origin) -> Iterator[Problem]:
    minimum = MIN_ALIASES.get(entity.kind, 0)
    if len(entity.aliases) < minimum:
        yield origin.problem(
            f"a {entity.kind} needs at least {minimum} aliases (it has {len(entity.aliases)}); "
            "add the everyday words people use for it, cited to a patient leaflet with "
            'note = "Everyday wording used for the aliases."',
            "aliases",
        )


def _check_muscle(kb: KnowledgeBase, muscle: Muscle, origin: Origin) -> Iterator[Problem]:
    if muscle.group:
        if not kb.links_to(muscle.id, "part_of"):
            yield origin.problem("a group needs members: link them with part_of to this id", "group")
        return
    if not _via_groups(kb, muscle, "located_in"):
        yield origin.problem('add a link with relation = "located_in" to the region it lies in', "link")
    if not _via_groups(kb, muscle, "refers_pain_to"):
        yield origin.problem('add a refers_pain_to link (with zone = "primary" or "spillover")', "link")
    if not _treated(kb, muscle):
        yield origin.problem(
            "no treatment targets it (or its group); add a targets link from a treatment", "link"
        )


def citations_by_source(kb: KnowledgeBase) -> dict[str, list[Citation]]:
    """Every citation in ``kb`` (on entities and on links), grouped by source id."""
    return {
        source: [citation for _, citation in cited]
        for source, cited in subject_citations_by_source(kb).items()
    }


def subject_citations_by_source(kb: KnowledgeBase) -> dict[str, list[tuple[str, Citation]]]:
    """Like `citations_by_source`, each citation with the id of what it supports (the
    entity it is on, or its link's subject): entities' citations first, then links'."""
    grouped: dict[str, list[tuple[str, Citation]]] = {}
    for subject, citation in (
        *((e.id, c) for e in kb for c in e.citations),
        *((link.subject, c) for link in kb.links for c in link.citations),
    ):
        grouped.setdefault(citation.source, []).append((subject, citation))
    return grouped


def check_source(
    source: Source, origin: Origin, citations: Sequence[Citation], seeds: Path | None
) -> Iterator[Problem]:
    """The quality problems of one source: uncited, or a seed quote not found verbatim.

    Args:
        source: the source.
        origin: where it is written.
        citations: every citation of it (see `citations_by_source`).
        seeds: the folder of seed articles, or None to skip the verbatim check.
    """
    if not citations:
        yield origin.problem("no link or entry cites this source; cite it or remove it")
    if seeds is None or not source.file:
        return
    path = seeds / source.file
    if not path.resolve().is_relative_to(seeds.resolve()):
        yield origin.problem(
            f"{source.file!r} is outside the seeds folder; name a file inside it (a relative path)", "file"
        )
        return
    if not path.is_file():
        return
    try:
        text = _normalised(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as error:
        yield origin.problem(
            f"the seed {source.file} is not UTF-8 text ({error.reason} at byte {error.start}); "
            "save it as UTF-8",
            "file",
        )
        return
    except OSError as error:
        yield origin.problem(f"the seed {source.file} cannot be read ({error.strerror})", "file")
        return
    for citation in citations:
        if citation.quote and _normalised(citation.quote) not in text:
            yield origin.problem(
                f"quote not found verbatim in {source.file}: {citation.quote[:60]!r}; copy it exactly "
                "(apostrophes and dashes included)",
                "quote",
            )


def _names_unique(parsed: Sequence[ParsedDocument]) -> Iterator[Problem]:
    pairs = [(e, o) for doc in parsed for e, o in doc.entities]
    counts = Counter((e.kind, e.name.casefold()) for e, _ in pairs)
    for entity, origin in pairs:
        if counts[(entity.kind, entity.name.casefold())] > 1:
            yield origin.problem(
                f"another {entity.kind} is also named {entity.name!r}; names must differ", "name"
            )


def _canonical(parsed: Sequence[ParsedDocument]) -> Iterator[Problem]:
    for doc in parsed:
        entities = [e for e, _ in doc.entities]
        sources = [s for s, _ in doc.sources]
        links = [link for link, _ in doc.links]
        if render(entities, sources, links) != doc.document.text:
            yield Problem(
                doc.document.name, "", "", f"not in canonical form; run `painkb fmt {doc.document.name}`"
            )


def check_documents(
    documents: Iterable[Document],
    seeds: str | Path | None = None,
    *,
    canonical: bool = True,
    progress: Callable[[list[tuple[Entity, Origin]]], Iterable[tuple[Entity, Origin]]] | None = None,
) -> tuple[Problem, ...]:
    """Every problem in these files: the loader's, then (if it loads) the quality checks.

    Args:
        documents: the data files.
        seeds: a folder holding the seed articles that sources name in ``file``; quotes
            from those sources must appear in them verbatim. None skips this check.
        canonical: also require each file to be in the canonical form ``painkb fmt`` writes.
        progress: wraps the entries as they are checked (the CLI draws a progress bar).
    """
    parsed, problems = parse_and_check(documents)
    if problems:
        return problems
    kb = knowledge_base_of(parsed)
    seeds_path = None if seeds is None else Path(seeds)
    cited = citations_by_source(kb)
    found: list[Problem] = []
    entries = [pair for doc in parsed for pair in doc.entities]
    for entity, origin in entries if progress is None else progress(entries):
        found += check_entity(kb, entity, origin)
    for doc in parsed:
        for source, origin in doc.sources:
            found += check_source(source, origin, cited.get(source.id, ()), seeds_path)
    found += _names_unique(parsed)
    if canonical:
        found += _canonical(parsed)
    return tuple(sorted(set(found), key=Problem.sort_key))

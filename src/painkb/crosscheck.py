"""Checks across files: ids unique, references resolve, relations join allowed kinds.

>>> from painkb.documents import Document
>>> from painkb.parse import parse_document
>>> doc = Document("demo.toml", '''
... [[source]]
... id = "demo"
... title = "Demo"
... kind = "blog"
... evidence = "opinion"
... [[muscle]]
... id = "piriformis"
... name = "Piriformis"
... [[muscle.link]]
... relation = "located_in"
... target = "butock"
... citations = [{ source = "demo", quote = "deep within the gluteal region" }]
... [[region]]
... id = "buttock"
... name = "Buttock"
... ''')
>>> for problem in cross_check([parse_document(doc)]):
...     print(problem)
demo.toml:10: [piriformis] link[0].target: unknown id 'butock'; did you mean 'buttock'?
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from painkb.errors import Origin, Problem
from painkb.fuzzy import Suggester
from painkb.metagraph import RELATIONS
from painkb.model import Citation, Entity, Kind, Link, Source
from painkb.parse import ParsedDocument

__all__ = ["cross_check"]

E = TypeVar("E", Entity, Source)


def _where(origin: Origin) -> str:
    return origin.file + ("" if origin.line is None else f":{origin.line}")


def _check_citations(
    citations: Iterable[Citation], origin: Origin, field: str, sources: dict[str, Source], hints: Suggester
) -> list[Problem]:
    problems = []
    for index, citation in enumerate(citations):
        if citation.source not in sources:
            hint = hints(citation.source)
            problems.append(
                origin.problem(
                    f"unknown source {citation.source!r}"
                    + (f"; did you mean {hint[0]!r}?" if hint else "; add it as a [[source]] entry"),
                    f"{field}[{index}].source",
                )
            )
    return problems


def _first_of_each(pairs: Iterable[tuple[E, Origin]], what: str, problems: list[Problem]) -> dict[str, E]:
    """Objects by id, keeping the first of each; later duplicates become problems."""
    first: dict[str, tuple[E, Origin]] = {}
    for obj, origin in pairs:
        if obj.id in first:
            where = _where(first[obj.id][1])
            problems.append(origin.problem(f"duplicate {what}, first defined at {where}", "id"))
        else:
            first[obj.id] = (obj, origin)
    return {key: obj for key, (obj, _) in first.items()}


def cross_check(parsed: Sequence[ParsedDocument]) -> list[Problem]:
    """Every problem that only shows when the files are read together."""
    problems: list[Problem] = []
    sources = _first_of_each((pair for doc in parsed for pair in doc.sources), "source id", problems)
    entities = _first_of_each((pair for doc in parsed for pair in doc.entities), "id", problems)

    # "Did you mean" for the first 100 distinct unknown ids of each kind (sources, entities);
    # past that, listing every problem matters more than a hint for each.
    source_hints, entity_hints = Suggester(sources), Suggester(entities)
    for doc in parsed:
        for entity, origin in doc.entities:
            problems += _check_citations(entity.citations, origin, "citations", sources, source_hints)

    seen: dict[tuple[str, str, str], Origin] = {}
    for doc in parsed:
        for link, origin in doc.links:
            problems += _check_link(link, origin, entities, sources, seen, (source_hints, entity_hints))
    problems += _cycles([pair for doc in parsed for pair in doc.links])
    return problems


def _cycles(links: Sequence[tuple[Link, Origin]]) -> list[Problem]:
    """A problem for each self-link and each cycle of a transitive relation (``part_of``).

    A region cannot be part of itself, directly or through others; walks up ``part_of``
    would never end. One depth-first pass per relation, so linear in the links.
    """
    problems: list[Problem] = []
    by_relation: dict[str, dict[str, list[tuple[str, Origin]]]] = {}
    for link, origin in links:
        if not RELATIONS[link.relation].transitive:
            continue
        if link.subject == link.target:
            problems.append(
                origin.problem(
                    f"this {link.relation} link joins {link.subject!r} to itself; remove it",
                    f"{origin.field}.target",
                )
            )
            continue
        by_relation.setdefault(link.relation, {}).setdefault(link.subject, []).append((link.target, origin))
    for relation, graph in by_relation.items():
        done: set[str] = set()
        for start in sorted(graph):
            if start in done:
                continue
            path: list[str] = [start]
            on_path = {start}
            stack = [iter(graph.get(start, ()))]
            while stack:
                step = next(stack[-1], None)
                if step is None:
                    stack.pop()
                    finished = path.pop()
                    on_path.discard(finished)
                    done.add(finished)
                    continue
                target, origin = step
                if target in on_path:
                    loop = [*path[path.index(target) :], target]
                    problems.append(
                        origin.problem(
                            f"{relation} cycle: {' -> '.join(loop)}; nothing can be "
                            f"{RELATIONS[relation].description} itself; remove one of these links",
                            f"{origin.field}.target",
                        )
                    )
                elif target not in done:
                    path.append(target)
                    on_path.add(target)
                    stack.append(iter(graph.get(target, ())))
    return problems


def _check_link(
    link: Link,
    origin: Origin,
    entities: dict[str, Entity],
    sources: dict[str, Source],
    seen: dict[tuple[str, str, str], Origin],
    hints: tuple[Suggester, Suggester],
) -> list[Problem]:
    problems = _check_citations(link.citations, origin, f"{origin.field}.citations", sources, hints[0])
    if link.key in seen:
        problems.append(
            origin.problem(
                f"this {link.relation} link to {link.target!r} is already written at "
                f"{_where(seen[link.key])} ({seen[link.key].field}); merge their citations"
            )
        )
    else:
        seen[link.key] = origin
    target = entities.get(link.target)
    if target is None:
        hint = hints[1](link.target)
        problems.append(
            origin.problem(
                f"unknown id {link.target!r}" + (f"; did you mean {hint[0]!r}?" if hint else ""),
                f"{origin.field}.target",
            )
        )
    subject = entities.get(link.subject)
    if subject is not None and target is not None:
        relation = RELATIONS[link.relation]
        if not relation.allows(subject.kind, target.kind):
            problems.append(
                origin.problem(
                    f"{link.relation} cannot join a {subject.kind} to a {target.kind} "
                    f"({link.target!r}); it joins {_pairs(relation.pairs)}",
                    f"{origin.field}.relation",
                )
            )
    return problems


def _pairs(pairs: Iterable[tuple[Kind, Kind]]) -> str:
    targets_by_subject: dict[str, list[str]] = {}
    for subject, target in sorted(pairs):
        targets_by_subject.setdefault(str(subject), []).append(str(target))
    return "; ".join(f"{s} -> {' or '.join(t)}" for s, t in targets_by_subject.items())

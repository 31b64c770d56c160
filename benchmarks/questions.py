"""The questions the benchmark asks, of painkb and (as SPARQL) of a pyoxigraph store.

Each question has a painkb call, the same question in SPARQL over the N-Triples that
:func:`benchmarks.synth.write_nt` writes, and a way to reduce both answers to a
comparable value, so the run can check that they agree.

Where SPARQL cannot ask quite the same question it asks the nearest one, and the
comparison says what is compared:

- ``find`` is fuzzy in painkb (typos, word order); SPARQL gets a case-insensitive
  substring filter over names and aliases. Agreement: painkb's best hit is among the
  SPARQL hits.
- ``assess`` in SPARQL computes the ranked candidates with their scores (the weights
  of :func:`painkb.assess`); painkb also picks self-care for the top candidates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import attrs

import painkb
from benchmarks.synth import NS
from painkb.kb import KnowledgeBase
from painkb.model import Kind

__all__ = ["Question", "Subjects", "questions", "run_sparql", "subjects"]

_REL = f"{NS}rel:"
_ID = f"{NS}id:"
_FIELD = f"{NS}field:"
_LABELS = "<http://www.w3.org/2000/01/rdf-schema#label>|<http://www.w3.org/2004/02/skos/core#altLabel>"


@attrs.frozen
class Subjects:
    """What the questions are about: ids from the bundled data (replica 0 of every size)."""

    region: str
    text: str
    muscle: str
    pair: tuple[str, str]


def subjects(base: KnowledgeBase) -> Subjects:
    """Pick the questions' subjects from ``base`` (the bundled data), so any data works.

    The region is the lower back if there is one, else the region most muscles refer pain
    to; the muscle is the one with most treatments; the pair links it to a condition.
    """
    regions = [e.id for e in base.entities(Kind.REGION)]
    region = (
        "lower-back"
        if "lower-back" in regions
        else max(regions, key=lambda r: (len(painkb.referral_sources(base, r)), r))
    )
    muscles = [e.id for e in base.entities(Kind.MUSCLE)]
    muscle = max(muscles, key=lambda m: (len(painkb.treatments_for(base, m)), m))
    others = [e.id for e in base.entities(Kind.CONDITION)] + [e.id for e in base if e.id != muscle]
    other = next((o for o in others if painkb.explain(base, muscle, o)), others[0])
    return Subjects(region, base.get(region).name.lower(), muscle, (muscle, other))


@attrs.frozen
class Question:
    """One question: how painkb asks it, the SPARQL, and both answers made comparable."""

    name: str
    ask: Callable[[KnowledgeBase], Any]
    sparql: tuple[str, ...]
    painkb_answer: Callable[[Any], Any]
    sparql_answer: Callable[[list[list[Any]]], Any]
    agree: Callable[[Any, Any], bool] = attrs.field(default=lambda a, b: a == b)


def _v(term: Any) -> str:
    value = str(term.value)
    return value[len(_ID) :] if value.startswith(_ID) else value


def _explain_sparql(a: str, b: str, length: int) -> str:
    nodes = [f"<{_ID}{a}>"] + [f"?n{i}" for i in range(1, length)] + [f"<{_ID}{b}>"]
    hops = []
    for i in range(length):
        u, v = nodes[i], nodes[i + 1]
        hops.append(
            f"{{ {u} ?p{i} {v} . BIND(true AS ?f{i}) }} UNION {{ {v} ?p{i} {u} . BIND(false AS ?f{i}) }}"
            f' FILTER(STRSTARTS(STR(?p{i}), "{_REL}"))'
        )
    inner = [f"?n{i}" for i in range(1, length)]
    distinct = [f"{x} != {y}" for k, x in enumerate(nodes) for y in nodes[k + 1 :] if x.startswith("?")]
    distinct += [
        f"{y} != {x}"
        for k, x in enumerate(nodes)
        for y in nodes[k + 1 :]
        if not x.startswith("?") and y.startswith("?")
    ]
    where = "\n".join(hops) + (f"\nFILTER({' && '.join(distinct)})" if distinct else "")
    variables = " ".join(inner + [f"?p{i} ?f{i}" for i in range(length)])
    return f"SELECT {variables} WHERE {{\n{where}\n}}"


def _explain_rows(a: str, b: str, results: list[list[Any]]) -> set[tuple[Any, ...]]:
    paths = set()
    for rows in results:
        for row in rows:
            values = [_v(t) for t in row]
            length = (len(values) + 1) // 3
            nodes = (a, *values[: length - 1], b)
            hops = []
            for i in range(length):
                relation = values[length - 1 + 2 * i][len(_REL) :]
                forward = values[length + 2 * i] == "true"
                u, v = nodes[i], nodes[i + 1]
                hops.append((u, relation, v) if forward else (v, relation, u))
            paths.add((nodes, tuple(hops)))
    return paths


def questions(s: Subjects) -> list[Question]:
    """The benchmark's questions about ``s``, painkb and SPARQL side by side."""
    region, muscle, (a, b) = f"<{_ID}{s.region}>", f"<{_ID}{s.muscle}>", s.pair
    text = s.text.replace('"', "")
    rel = lambda name: f"<{_REL}{name}>"  # noqa: E731
    field = lambda name: f"<{_FIELD}{name}>"  # noqa: E731
    return [
        Question(
            "get",
            lambda kb: kb.get(s.region),
            (f"SELECT ?p ?o WHERE {{ {region} ?p ?o }}",),
            lambda entity: entity.name,
            lambda res: next(_v(o) for p, o in res[0] if str(p.value).endswith("rdf-schema#label")),
        ),
        Question(
            "find",
            lambda kb: kb.find(s.text),
            (f'SELECT DISTINCT ?e WHERE {{ ?e {_LABELS} ?l . FILTER(CONTAINS(LCASE(STR(?l)), "{text}")) }}',),
            lambda found: found[0].id if found else None,
            lambda res: {_v(row[0]) for row in res[0]},
            agree=lambda best, hits: best in hits,
        ),
        Question(
            "referral_sources",
            lambda kb: painkb.referral_sources(kb, s.region),
            (
                f"SELECT ?m (MIN(?z) AS ?zone) WHERE {{ ?r {rel('part_of')}* {region} . "
                f"?l {field('target')} ?r ; {field('relation')} {rel('refers_pain_to')} ; "
                f"{field('subject')} ?m ; {field('zone')} ?z }} GROUP BY ?m",
            ),
            lambda found: {r.entity.id: str(r.zone) for r in found},
            lambda res: {_v(m): _v(z) for m, z in res[0]},
        ),
        Question(
            "treatments_for",
            lambda kb: painkb.treatments_for(kb, s.muscle),
            (
                f"SELECT DISTINCT ?t WHERE {{ {{ ?n {rel('part_of')}* {muscle} }} UNION "
                f"{{ {muscle} {rel('part_of')}* ?n }} ?t {rel('targets')} ?n }}",
            ),
            lambda found: {m.entity.id for m in found},
            lambda res: {_v(row[0]) for row in res[0]},
        ),
        Question(
            "explain",
            lambda kb: painkb.explain(kb, a, b, limit=10**9),
            tuple(_explain_sparql(a, b, length) for length in (1, 2, 3)),
            lambda found: {
                (e.nodes, tuple((l.subject, l.relation, l.target) for l in e.links)) for e in found
            },
            lambda res: _explain_rows(a, b, res),
        ),
        Question(
            "assess",
            lambda kb: painkb.assess(kb, regions=[s.region]),
            (
                f"""SELECT ?c (SUM(?w * ?f) AS ?score) WHERE {{
  {{ ?r {rel("part_of")}* {region} . BIND(1.0 AS ?f) }}
  UNION {{ {region} {rel("part_of")}+ ?r . BIND(0.5 AS ?f) }}
  {{ ?l {field("target")} ?r ; {field("relation")} {rel("refers_pain_to")} ; {field("subject")} ?c ;
       {field("zone")} ?z . BIND(IF(?z = "primary", 3.0, 1.5) AS ?w) }}
  UNION {{ ?c {rel("located_in")} ?r . FILTER NOT EXISTS {{ ?c a <{NS}kind:nerve> }} BIND(1.0 AS ?w) }}
}} GROUP BY ?c""",
            ),
            lambda result: {c.entity.id: round(c.score, 3) for c in result.candidates},
            lambda res: {_v(c): round(float(_v(score)), 3) for c, score in res[0]},
        ),
    ]


def run_sparql(store: Any, queries: Iterable[str]) -> list[list[Any]]:
    """Run each query and read every row (answers are lazy until read)."""
    return [[list(row) for row in store.query(q)] for q in queries]

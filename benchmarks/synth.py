"""Synthetic painkb data at any size, shaped like the bundled knowledge.

``python -m benchmarks.synth --entities 100000 --out DIR [--obo FILE] [--nt FILE] [--seed S]``

How the data is made (see :func:`generate`):

1. The bundled knowledge base is *tiled*. Replica 0 is the bundled data itself, with its
   own ids, so the same questions ("what refers pain to the lower back?") can be asked at
   every size. Each further replica copies every entity with a new id and a made-up name
   (some words kept, some replaced by pronounceable nonsense, one appended), and copies
   every source and link. A last, partial replica is a sample stratified by kind, so the
   proportions of kinds hold for any N.
2. Half of the links (all relations but the transitive ``part_of``) then swap targets
   with other links of the same relation and the same pair of kinds, across replicas. A
   swap keeps every entity's in- and out-degree, so the proportions of kinds and
   relations and the degree distribution are exactly the bundled data's, while the graph
   becomes one connected whole instead of N/27 islands. ``part_of`` stays inside its
   replica, so hierarchies are as deep and as bushy as the bundled ones.

Every link keeps its citations and qualifiers; every kind pair is one the metagraph
allows (a swap never changes kinds). The output is the same for the same seed and the
same bundled data. The TOML is written by :func:`painkb.dump.render_documents`, so it is
canonical; ``--obo`` and ``--nt`` write the same entities and links (with citations) as
OBO and N-Triples, so obonet and pyoxigraph read exactly the same knowledge.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import attrs

import painkb
from painkb.dump import render_documents
from painkb.kb import KnowledgeBase
from painkb.metagraph import RELATIONS
from painkb.model import Citation, Entity, Kind, Link, Source

__all__ = [
    "NS",
    "Synthetic",
    "generate",
    "main",
    "shape",
    "write_nt",
    "write_obo",
    "write_toml",
]

#: IRI prefix of the N-Triples written by :func:`write_nt` (a URN: nothing to resolve).
NS = "urn:painkb:"
REWIRE = 0.5

_CONSONANTS = "bdfgklmnprstvz"
_VOWELS = "aeiou"
_WORD = re.compile(r"[A-Za-z]{3,}")
_SLUG = re.compile(r"[^a-z0-9]+")


@attrs.frozen
class Synthetic:
    """Entities, sources and links made by :func:`generate`, ready to write or build."""

    entities: tuple[Entity, ...]
    sources: tuple[Source, ...]
    links: tuple[Link, ...]


def shape(entities: Iterable[Entity], links: Iterable[Link]) -> dict[str, dict[str, float]]:
    """Share of each kind among entities, and links per entity for each relation.

    >>> s = shape(kb, kb.links)
    >>> round(sum(s["kinds"].values()), 6)
    1.0
    """
    kinds = Counter(str(e.kind) for e in entities)
    total = sum(kinds.values()) or 1
    relations = Counter(link.relation for link in links)
    return {
        "kinds": {kind: count / total for kind, count in sorted(kinds.items())},
        "relations": {rel: count / total for rel, count in sorted(relations.items())},
    }


def _pseudo_word(rng: random.Random, length: int) -> str:
    syllables = max(1, min(4, round(length / 2.5)))
    return "".join(rng.choice(_CONSONANTS) + rng.choice(_VOWELS) for _ in range(syllables))


def _rename(text: str, rng: random.Random) -> str:
    """Keep some words, replace others by made-up ones, and append one made-up word."""

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        if rng.random() < 0.4:
            return word
        new = _pseudo_word(rng, len(word))
        return new.capitalize() if word[0].isupper() else new

    return f"{_WORD.sub(swap, text)} {_pseudo_word(rng, 5)}"


def _slug(text: str) -> str:
    return _SLUG.sub("-", text.lower()).strip("-")[:32].strip("-") or "x"


def _stratified(entities: Sequence[Entity], count: int, rng: random.Random) -> list[Entity]:
    """``count`` of ``entities``, each kind represented in proportion (largest remainder)."""
    by_kind: dict[Kind, list[Entity]] = {}
    for entity in entities:
        by_kind.setdefault(entity.kind, []).append(entity)
    share = {kind: len(group) * count / len(entities) for kind, group in by_kind.items()}
    taken = {kind: math.floor(value) for kind, value in share.items()}
    for kind in sorted(share, key=lambda k: (taken[k] - share[k], str(k)))[: count - sum(taken.values())]:
        taken[kind] += 1
    chosen: list[Entity] = []
    for kind, group in by_kind.items():
        chosen += rng.sample(group, taken[kind])
    return chosen


def _recite(citations: Iterable[Citation], source_ids: Mapping[str, str]) -> tuple[Citation, ...]:
    return tuple(attrs.evolve(c, source=source_ids[c.source]) for c in citations)


def generate(
    entities: int, seed: int = 0, base: KnowledgeBase | None = None, rewire: float = REWIRE
) -> Synthetic:
    """A synthetic knowledge base of ``entities`` entities, shaped like ``base``.

    Args:
        entities: how many entities to make (at least 1).
        seed: the random seed; the same seed and base give the same output.
        base: the knowledge base to mimic; the bundled one by default.
        rewire: the share of links (other than transitive ones) whose targets are swapped.

    >>> small = generate(60, seed=1)
    >>> len(small.entities)
    60
    >>> painkb.build(small.entities, small.sources, small.links) is not None
    True
    """
    if entities < 1:
        raise ValueError("entities must be at least 1")
    base = painkb.load() if base is None else base
    rng = random.Random(seed)
    base_entities = list(base)  # sorted by id
    full, rest = divmod(entities, len(base_entities))
    members = [base_entities] * full + ([_stratified(base_entities, rest, rng)] if rest else [])
    made: list[Entity] = []
    sources: list[Source] = []
    links: list[Link] = []
    counter = 0
    for replica, group in enumerate(members):
        if replica == 0:
            ids = {e.id: e.id for e in group}
            source_ids = {s: s for s in base.sources}
        else:
            ids = {}
            source_ids = {s: f"{s}-{replica}" for s in base.sources}
        for source in base.sources.values():
            sources.append(attrs.evolve(source, id=source_ids[source.id]))
        for entity in group:
            if replica == 0:
                made.append(entity)
                continue
            counter += 1
            name = _rename(entity.name, rng)
            ids[entity.id] = f"{_slug(name)}-{counter}"
            made.append(
                attrs.evolve(
                    entity,
                    id=ids[entity.id],
                    name=name,
                    aliases=tuple(_rename(alias, rng) for alias in entity.aliases),
                    citations=_recite(entity.citations, source_ids),
                )
            )
        for link in base.links:
            if link.subject in ids and link.target in ids:
                links.append(
                    Link(
                        ids[link.subject],
                        link.relation,
                        ids[link.target],
                        _recite(link.citations, source_ids),
                        link.qualifiers,
                    )
                )
    kinds = {e.id: e.kind for e in made}
    return Synthetic(tuple(made), tuple(sources), _rewired(links, kinds, rng, rewire))


def _rewired(
    links: list[Link], kinds: Mapping[str, Kind], rng: random.Random, share: float
) -> tuple[Link, ...]:
    """Swap the targets of a ``share`` of links within groups of one relation and kind pair."""
    groups: dict[tuple[str, Kind, Kind], list[int]] = {}
    for index, link in enumerate(links):
        if not RELATIONS[link.relation].transitive:
            key = (link.relation, kinds[link.subject], kinds[link.target])
            groups.setdefault(key, []).append(index)
    targets = [link.target for link in links]
    for group in groups.values():
        chosen = [index for index in group if rng.random() < share]
        shuffled = [targets[index] for index in chosen]
        rng.shuffle(shuffled)
        for index, target in zip(chosen, shuffled, strict=True):
            targets[index] = target
    seen: set[tuple[str, str, str]] = set()
    result: list[Link] = []
    for link, target in zip(links, targets, strict=True):
        # A swap can make a self-loop or repeat a link; then keep the original target,
        # or drop the link if that is taken too (a handful per 100k).
        for candidate in (target, link.target):
            key = (link.subject, link.relation, candidate)
            if candidate != link.subject and key not in seen:
                seen.add(key)
                result.append(attrs.evolve(link, target=candidate))
                break
    return tuple(result)


# -- writers --------------------------------------------------------------------------


def write_toml(data: Synthetic, folder: Path) -> list[Path]:
    """Write canonical painkb data files into ``folder`` (created if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for document in render_documents(data.entities, data.sources, data.links):
        path = folder / document.name
        path.write_text(document.text, encoding="utf-8")
        written.append(path)
    return written


def _obo_quoted(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return '"' + escaped.replace("{", "(").replace("}", ")").replace("!", ".") + '"'


def _obo_citations(citations: Iterable[Citation]) -> str:
    parts = []
    for c in citations:
        parts.append(f"source={c.source}")
        if c.quote:
            parts.append(f"quote={_obo_quoted(c.quote)}")
        if c.locator:
            parts.append(f"locator={_obo_quoted(c.locator)}")
    return ", ".join(parts)


def write_obo(data: Synthetic, path: Path) -> None:
    """The same entities and links as an OBO 1.4 file, for obonet.

    Entities are ``[Term]`` stanzas (``namespace`` is the kind, ``def`` the description
    with the cited source ids, aliases ``synonym``), links are ``relationship`` lines whose
    trailing modifiers hold qualifiers and citations, sources are ``[Instance]`` stanzas.
    """
    by_subject: dict[str, list[Link]] = {}
    for link in data.links:
        by_subject.setdefault(link.subject, []).append(link)
    lines = ["format-version: 1.4", "ontology: painkb-synthetic", ""]
    for relation in RELATIONS.values():
        lines += ["[Typedef]", f"id: {relation.name}", f"name: {relation.description}", ""]
    for entity in data.entities:
        lines += ["[Term]", f"id: {entity.id}", f"name: {entity.name}", f"namespace: {entity.kind}"]
        cited = ", ".join(c.source for c in entity.citations)
        if entity.description:
            lines.append(f"def: {_obo_quoted(entity.description)} [{cited}]")
        lines += [f"synonym: {_obo_quoted(alias)} EXACT []" for alias in entity.aliases]
        lines += [f"xref: {xref}" for xref in entity.xrefs]
        for link in by_subject.get(entity.id, ()):
            modifiers = [f"{k}={v}" for k, v in link.qualifiers]
            modifiers.append(_obo_citations(link.citations))
            lines.append(f"relationship: {link.relation} {link.target} {{{', '.join(modifiers)}}}")
        lines.append("")
    for source in data.sources:
        lines += ["[Instance]", f"id: {source.id}", f"name: {source.title}", "instance_of: source"]
        lines += [
            f"property_value: {key} {_obo_quoted(str(getattr(source, key)))} xsd:string"
            for key in ("kind", "evidence")
        ]
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def _literal(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def _iri(*parts: str) -> str:
    return "<" + NS + ":".join(parts) + ">"


_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
_ALT_LABEL = "<http://www.w3.org/2004/02/skos/core#altLabel>"
_SKIP_FIELDS = ("id", "name", "aliases", "citations")


def _nt_citations(owner: str, citations: Sequence[Citation], out: list[str]) -> None:
    for index, citation in enumerate(citations):
        node = owner[:-1] + f"#c{index}>"
        out.append(f"{owner} {_iri('field', 'citation')} {node} .")
        out.append(f"{node} {_iri('field', 'source')} {_iri('source', citation.source)} .")
        for key in ("quote", "locator", "note"):
            value = getattr(citation, key)
            if value:
                out.append(f"{node} {_iri('field', key)} {_literal(value)} .")


def write_nt(data: Synthetic, path: Path) -> None:
    """The same entities and links as N-Triples, for pyoxigraph.

    Entity ``<urn:painkb:id:ID>`` has ``rdf:type <urn:painkb:kind:KIND>``, ``rdfs:label``
    (name), ``skos:altLabel`` (aliases) and ``<urn:painkb:field:F>`` for other fields. Each
    link is both a direct triple ``<s> <urn:painkb:rel:R> <t>`` (what SPARQL paths walk) and
    a node ``<urn:painkb:link:s/R/t>`` carrying its qualifiers and citations.
    """
    out: list[str] = []
    for source in data.sources:
        node = _iri("source", source.id)
        out.append(f"{node} {_RDF_TYPE} {_iri('class', 'source')} .")
        for a in attrs.fields(Source):
            value = getattr(source, a.name)
            if a.name != "id" and value:
                out.append(f"{node} {_iri('field', a.name)} {_literal(str(value))} .")
    for entity in data.entities:
        node = _iri("id", entity.id)
        out.append(f"{node} {_RDF_TYPE} {_iri('kind', str(entity.kind))} .")
        out.append(f"{node} {_LABEL} {_literal(entity.name)} .")
        out += [f"{node} {_ALT_LABEL} {_literal(alias)} ." for alias in entity.aliases]
        for a in attrs.fields(type(entity)):
            value = getattr(entity, a.name)
            if a.name in _SKIP_FIELDS or value in ("", (), None, a.default):
                continue
            for item in value if isinstance(value, tuple) else (value,):
                out.append(f"{node} {_iri('field', a.name)} {_literal(str(item))} .")
        _nt_citations(node, entity.citations, out)
    for link in data.links:
        subject, target = _iri("id", link.subject), _iri("id", link.target)
        relation = _iri("rel", link.relation)
        out.append(f"{subject} {relation} {target} .")
        node = _iri("link", f"{link.subject}/{link.relation}/{link.target}")
        out.append(f"{node} {_iri('field', 'subject')} {subject} .")
        out.append(f"{node} {_iri('field', 'relation')} {relation} .")
        out.append(f"{node} {_iri('field', 'target')} {target} .")
        out += [f"{node} {_iri('field', k)} {_literal(v)} ." for k, v in link.qualifiers]
        _nt_citations(node, link.citations, out)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: write a synthetic data folder (and optionally OBO and N-Triples)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.synth", description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, required=True, help="how many entities")
    parser.add_argument("--out", type=Path, required=True, help="folder for the TOML data files")
    parser.add_argument("--obo", type=Path, help="also write the same knowledge as OBO here")
    parser.add_argument("--nt", type=Path, help="also write the same knowledge as N-Triples here")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--base", type=Path, help="data folder to mimic (default: the bundled data)")
    args = parser.parse_args(argv)
    if args.entities < 1:
        parser.error("--entities must be at least 1")
    if args.out.exists() and any(args.out.glob("*.toml")):
        parser.error(f"{args.out} already holds *.toml files; give an empty or new folder")
    base = None if args.base is None else painkb.load(args.base)
    data = generate(args.entities, seed=args.seed, base=base)
    write_toml(data, args.out)
    if args.obo:
        write_obo(data, args.obo)
    if args.nt:
        write_nt(data, args.nt)
    print(
        f"wrote {len(data.entities)} entities, {len(data.links)} links, "
        f"{len(data.sources)} sources to {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Every entry of the bundled data, one test each: contributors see exactly what to fix.

Run `painkb validate src/painkb/data --seeds ../shared/seeds` for the same checks at once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import painkb
from painkb.documents import bundled_documents
from painkb.dump import format_document
from painkb.lint import check_entity, check_source, citations_by_source
from painkb.load import parse_and_check

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
DOCUMENTS = bundled_documents()
PARSED, LOAD_PROBLEMS = parse_and_check(DOCUMENTS)
ENTITIES = {e.id: (e, o) for doc in PARSED for e, o in doc.entities}
SOURCES = {s.id: (s, o) for doc in PARSED for s, o in doc.sources}


def _report(problems: list[painkb.Problem]) -> str:
    return "\n".join(str(p) for p in problems)


def test_the_bundled_data_loads_without_problems() -> None:
    assert not LOAD_PROBLEMS, _report(list(LOAD_PROBLEMS))


@pytest.mark.parametrize("entity_id", sorted(ENTITIES))
def test_entry(entity_id: str) -> None:
    kb = painkb.load()
    entity, origin = ENTITIES[entity_id]
    problems = list(check_entity(kb, entity, origin))
    assert not problems, _report(problems) + "\nFix the entry, then run `painkb validate src/painkb/data`."


@pytest.mark.parametrize("source_id", sorted(SOURCES))
def test_source(source_id: str) -> None:
    if not SEEDS.is_dir() and SOURCES[source_id][0].file:
        pytest.skip(f"seed folder {SEEDS} is absent; the verbatim-quote check needs it")
    kb = painkb.load()
    source, origin = SOURCES[source_id]
    cited = citations_by_source(kb).get(source_id, [])
    problems = list(check_source(source, origin, cited, SEEDS if SEEDS.is_dir() else None))
    assert not problems, _report(problems)


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: d.name)
def test_file_is_canonical(document: painkb.documents.Document) -> None:
    assert format_document(document) == document.text, f"run `painkb fmt src/painkb/data` ({document.name})"


def test_names_are_unique_per_kind() -> None:
    seen: dict[tuple[str, str], str] = {}
    for entity, _ in ENTITIES.values():
        key = (str(entity.kind), entity.name.casefold())
        assert key not in seen, f"{entity.id} and {seen[key]} are both {entity.kind}s named {entity.name!r}"
        seen[key] = entity.id


def test_every_kind_and_relation_is_exercised() -> None:
    kb = painkb.load()
    assert {e.kind for e in kb} == set(painkb.Kind)
    assert {link.relation for link in kb.links} == set(painkb.RELATIONS)


def test_origin_lines_point_at_the_entry() -> None:
    for entity, origin in ENTITIES.values():
        assert origin.entry == entity.id
        assert origin.line is not None, entity.id
        document = next(d for d in DOCUMENTS if d.name == origin.file)
        assert document.text.splitlines()[origin.line - 1] == f'id = "{entity.id}"'

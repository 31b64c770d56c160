"""painkb.parse: one file's entries, sources and links, each with where it was written."""

from __future__ import annotations

from painkb.documents import Document, bundled_documents
from painkb.parse import parse_document

DOCUMENTS = bundled_documents()
ENTITIES = {e.id: (e, o) for doc in DOCUMENTS for e, o in parse_document(doc).entities}


def test_a_file_with_problems_is_parsed_as_far_as_it_goes() -> None:
    text = '[[region]]\nid = "hip"\nname = "Hip"\n\n[[region]]\nid = "knee"\nname = 7\n'
    parsed = parse_document(Document("mine.toml", text))
    assert [e.id for e, _ in parsed.entities] == ["hip"]
    assert [(p.file, p.entry, p.field, p.line) for p in parsed.problems] == [("mine.toml", "knee", "name", 6)]


def test_text_that_is_not_toml_is_one_problem_for_the_file() -> None:
    parsed = parse_document(Document("mine.toml", "[[region]\n"))
    assert (parsed.entities, parsed.sources, parsed.links) == ((), (), ())
    (problem,) = parsed.problems
    assert (problem.file, problem.entry, problem.field) == ("mine.toml", "", "")
    assert "not valid TOML" in problem.message

"""painkb.parse: one file's entries, sources and links, each with where it was written."""

from __future__ import annotations

import json
import re

import pytest

from painkb.documents import Document, bundled_documents
from painkb.model import Region
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


@pytest.mark.parametrize(
    ("field", "value", "at"),
    [("id", "Hip_Joint", "id"), ("name", " ", "name"), ("xrefs", ["UBERON:1", "hip"], "xrefs[1]")],
)
def test_a_field_rule_says_the_same_in_a_file_as_in_python(field: str, value: object, at: str) -> None:
    """A model Rule is checked in one place: the parser reports the model's own message."""
    table = {"id": "hip", "name": "Hip", field: value}
    text = "[[region]]\n" + "".join(f"{key} = {json.dumps(raw)}\n" for key, raw in table.items())
    (problem,) = parse_document(Document("mine.toml", text)).problems
    with pytest.raises(ValueError, match=f"^{re.escape(at)}: ") as made:
        Region(**table)  # type: ignore[arg-type]
    assert f"{problem.field}: {problem.message}" == str(made.value)
    assert problem.field == at

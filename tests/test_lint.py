"""painkb.lint: the contributor checks name the entry, the field and the fix."""

from __future__ import annotations

import painkb
from painkb.documents import bundled_documents
from painkb.lint import check_documents

DOCUMENTS = bundled_documents()


def _problems(extra: painkb.documents.Document) -> dict[tuple[str, str], str]:
    """The lint problems of the bundled data plus ``extra``, by entry and field."""
    return {(p.entry, p.field): p.message for p in check_documents((*DOCUMENTS, extra), canonical=False)}


def test_the_checks_catch_a_broken_entry() -> None:
    """The every-entry checks fail, naming the entry, on a copy with one orphan added."""
    broken = painkb.documents.Document(
        "extra.toml",
        '[[symptom]]\nid = "lonely"\nname = "Lonely"\naliases = ["alone", "solitary", "on my own"]\n',
    )
    problems = check_documents((*DOCUMENTS, broken))
    assert [(p.file, p.entry) for p in problems] == [("extra.toml", "lonely")]
    assert "linked to nothing" in problems[0].message


def test_the_checks_ask_for_lay_aliases_and_a_screening_question() -> None:
    """A warning sign without a question, and entries with too few aliases, are named with the fix."""
    extra = painkb.documents.Document(
        "extra.toml",
        "[[region]]\n"
        'id = "nape"\nname = "Nape"\naliases = ["back of the neck"]\n\n'
        "[[region.link]]\n"
        'relation = "part_of"\ntarget = "lower-back"\n'
        'citations = [{ source = "uberon", locator = "test" }]\n\n'
        "[[symptom]]\n"
        'id = "itch"\nname = "Itch"\naliases = ["itchy", "itching"]\n\n'
        "[[warning_sign]]\n"
        'id = "red-flag-x"\nname = "Red flag X"\naliases = ["x", "ex", "the x"]\n'
        'urgency = "soon"\nadvice = "See a GP."\n'
        'citations = [{ source = "uberon", locator = "test" }]\n\n'
        "[[warning_sign.link]]\n"
        'relation = "warns_of"\ntarget = "sciatica"\n'
        'citations = [{ source = "uberon", locator = "test" }]\n\n'
        "[[warning_sign.link]]\n"
        'relation = "flagged_by"\ntarget = "itch"\nenough = "alone"\n'
        'citations = [{ source = "uberon", locator = "test" }]\n',
    )
    found = _problems(extra)
    assert set(found) == {("nape", "aliases"), ("itch", "aliases"), ("red-flag-x", "question")}, found
    assert "at least 2 aliases (it has 1)" in found[("nape", "aliases")]
    assert "at least 3 aliases (it has 2)" in found[("itch", "aliases")]
    assert "Everyday wording used for the aliases." in found[("itch", "aliases")]
    assert 'add `question = "..."`' in found[("red-flag-x", "question")]


def test_the_checks_ask_that_people_s_words_read_back() -> None:
    """A region alias that painkb.interpret cannot read back as the region is named with the fix."""
    extra = painkb.documents.Document(
        "extra.toml",
        "[[region]]\n"
        'id = "zork"\nname = "Zork area"\naliases = ["zork", "break a leg"]\n\n'
        "[[region.link]]\n"
        'relation = "part_of"\ntarget = "lower-back"\n'
        'citations = [{ source = "uberon", locator = "test" }]\n',
    )
    found = _problems(extra)
    assert set(found) == {("zork", "aliases[1]")}, found
    assert "reads 'break a leg' as nothing" in found[("zork", "aliases[1]")]

"""#13 items 12, 13 and 15: part_of cycles, seeds confined to their folder, API misuse."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from click.testing import CliRunner

import painkb
from painkb import Citation, Link
from painkb.cli import main
from painkb.documents import Document
from painkb.load import parse_and_check
from painkb.model import Region, Source

_CITE = [Citation("s", locator="p. 1")]
_SOURCES = [Source(id="s", title="S", kind="blog", evidence="opinion")]


def _regions(*ids: str) -> list[Region]:
    return [Region(id=i, name=i.upper()) for i in ids]


def test_a_part_of_self_loop_is_rejected() -> None:
    with pytest.raises(painkb.DataError) as caught:
        painkb.build(_regions("hip"), _SOURCES, [Link("hip", "part_of", "hip", _CITE)])
    (problem,) = caught.value.problems
    assert (problem.file, problem.entry, problem.field) == ("links[0]", "hip", "link.target")
    assert "joins 'hip' to itself" in problem.message


def test_a_part_of_cycle_is_rejected_with_the_cycle_named() -> None:
    links = [
        Link("a", "part_of", "b", _CITE),
        Link("b", "part_of", "c", _CITE),
        Link("c", "part_of", "a", _CITE),
        Link("d", "part_of", "a", _CITE),  # leads into the cycle; not itself a problem
    ]
    with pytest.raises(painkb.DataError) as caught:
        painkb.build(_regions("a", "b", "c", "d"), _SOURCES, links)
    (problem,) = caught.value.problems
    assert "part_of cycle: a -> b -> c -> a" in problem.message


def test_part_of_chains_and_diamonds_are_fine() -> None:
    links = [
        Link("a", "part_of", "b", _CITE),
        Link("a", "part_of", "c", _CITE),
        Link("b", "part_of", "d", _CITE),
        Link("c", "part_of", "d", _CITE),
    ]
    assert len(painkb.build(_regions("a", "b", "c", "d"), _SOURCES, links).links) == 4


def test_a_long_part_of_chain_is_checked_without_recursion() -> None:
    ids = [f"r{i}" for i in range(5000)]
    links = [Link(a, "part_of", b, _CITE) for a, b in itertools.pairwise(ids)]
    links.append(Link(ids[-1], "part_of", ids[0], _CITE))
    with pytest.raises(painkb.DataError, match="part_of cycle: r0 -> r1 -> "):
        painkb.build(_regions(*ids), _SOURCES, links)


# -- validate --seeds ---------------------------------------------------------------------

_SEEDED = """[[source]]
id = "s"
title = "S"
kind = "blog"
evidence = "opinion"
file = "{file}"

[[region]]
id = "hip"
name = "Hip"
citations = [{{ source = "s", quote = "hip pain" }}]
"""


def _validate_seeded(tmp_path: Path, file: str) -> tuple[int, str]:
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    (data / "data.toml").write_text(_SEEDED.format(file=file), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(data), "--seeds", str(tmp_path / "seeds")])
    return result.exit_code, result.stdout


def test_a_seed_that_is_not_utf8_is_a_problem_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_bytes(b"hip pain \xff\xfe")
    code, out = _validate_seeded(tmp_path, "a.txt")
    assert code == 1
    assert "[s] file: the seed a.txt is not UTF-8 text" in out


@pytest.mark.parametrize("file", ["/etc/hostname", "../outside.txt", "sub/../../outside.txt"])
def test_a_seed_file_outside_the_seeds_folder_is_refused(tmp_path: Path, file: str) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "outside.txt").write_text("hip pain", encoding="utf-8")
    code, out = _validate_seeded(tmp_path, file)
    assert code == 1
    assert "is outside the seeds folder" in out


def test_a_seed_inside_the_folder_is_checked(tmp_path: Path) -> None:
    (tmp_path / "seeds" / "sub").mkdir(parents=True)
    (tmp_path / "seeds" / "sub" / "a.txt").write_text("about hip\npain here", encoding="utf-8")
    _, out = _validate_seeded(tmp_path, "sub/a.txt")
    assert "outside" not in out
    assert "quote not found" not in out


# -- API misuse ---------------------------------------------------------------------------


@pytest.mark.parametrize("wrong", [None, 3, ["piriformis"], b"piriformis"])
def test_find_with_something_other_than_text_says_what_it_expected(wrong: object) -> None:
    with pytest.raises(TypeError, match=r"find\(\) takes the text to look for \(a string\)"):
        painkb.load().find(wrong)  # type: ignore[arg-type]


@pytest.mark.parametrize("wrong", [["piriformis", "glutes"], None, 7, ("piriformis",)])
def test_get_with_something_other_than_an_id_says_what_it_expected(wrong: object) -> None:
    with pytest.raises(TypeError, match=r"get\(\) takes one id \(a string\)"):
        painkb.load().get(wrong)  # type: ignore[arg-type]


# -- error messages with a line (#13 item 14) -------------------------------------------------


def _problem_lines(text: str) -> list[tuple[int | None, str]]:
    _, problems = parse_and_check([Document("d.toml", text)])
    return [(p.line, p.field) for p in problems]


def test_a_numeric_id_is_reported_at_its_table_line() -> None:
    text = '[[region]]\nid = "a"\nname = "A"\n\n[[region]]\nid = 5\nname = "B"\n'
    assert _problem_lines(text) == [(5, "id")]


def test_a_single_quoted_id_and_quoted_keys_are_found_by_line() -> None:
    assert _problem_lines("[[region]]\nid = 'Bad Id'\nname = 'B'\n") == [(2, "id")]
    assert _problem_lines('[[region]]\n"id" = "hip"\nnmae = "B"\nname = "x"\n') == [(2, "nmae")]
    assert _problem_lines("[[region]]\n'id' = 'hip'\nnmae = 'B'\nname = 'x'\n") == [(2, "nmae")]


def test_a_decoy_id_in_a_multi_line_string_does_not_move_the_line() -> None:
    text = (
        '[[region]]\nid = "a"\nname = "A"\ndescription = """\nid = "b"\n"""\n\n'
        '[[region]]\nid = "b"\nnmae = "B"\nname = "B"\n'
    )
    assert _problem_lines(text) == [(9, "nmae")]
    literal = text.replace('"""', "'''")
    assert _problem_lines(literal) == [(9, "nmae")]


def test_a_byte_order_mark_gets_a_clear_message() -> None:
    _, problems = parse_and_check([Document("d.toml", '\ufeff[[region]]\nid = "a"\nname = "A"\n')])
    (problem,) = problems
    assert problem.line == 1
    assert "byte order mark" in problem.message
    assert "without a BOM" in problem.message

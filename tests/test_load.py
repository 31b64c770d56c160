"""Loading: every problem named by file, line, entry and field; nothing half-loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

import painkb
from painkb import DataError
from painkb.documents import BUNDLED_PREFIX

SOURCE = """
[[source]]
id = "demo"
title = "Demo source"
kind = "blog"
evidence = "opinion"
"""

VALID = (
    SOURCE
    + """
[[region]]
id = "buttock"
name = "Buttock"

[[muscle]]
id = "piriformis"
name = "Piriformis"

[[muscle.link]]
relation = "refers_pain_to"
target = "buttock"
zone = "primary"
citations = [{ source = "demo", quote = "pain in the butt" }]
"""
)


def write(folder: Path, text: str, name: str = "data.toml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def problems_of(path: Path, **kwargs: bool) -> list[painkb.Problem]:
    with pytest.raises(DataError) as caught:
        painkb.load(path, **kwargs)
    return list(caught.value.problems)


def test_a_valid_folder_loads(tmp_path: Path) -> None:
    kb = painkb.load(write(tmp_path, VALID))
    assert kb.get("piriformis").name == "Piriformis"
    (link,) = kb.links
    assert (link.subject, link.relation, link.target, link.zone) == (
        "piriformis",
        "refers_pain_to",
        "buttock",
        "primary",
    )


def test_the_bundled_data_loads_once_and_is_shared() -> None:
    assert painkb.load() is painkb.load()
    assert len(painkb.load()) > 0


@pytest.mark.parametrize(
    ("change", "entry", "field", "message"),
    [
        (
            ('target = "buttock"', 'target = "butock"'),
            "piriformis",
            "link[0].target",
            "did you mean 'buttock'",
        ),
        (
            ('relation = "refers_pain_to"', 'relation = "refer_pain_to"'),
            "piriformis",
            "link[0].relation",
            "did you mean",
        ),
        (
            ('zone = "primary"', 'zone = "main"'),
            "piriformis",
            "link[0].zone",
            "not one of primary, spillover",
        ),
        (('zone = "primary"\n', ""), "piriformis", "link[0].zone", "is required"),
        (
            ('citations = [{ source = "demo", quote = "pain in the butt" }]', "citations = []"),
            "piriformis",
            "link[0].citations",
            "at least one citation",
        ),
        (
            ('source = "demo", quote', 'source = "demox", quote'),
            "piriformis",
            "link[0].citations[0].source",
            "did you mean 'demo'",
        ),
        (('name = "Piriformis"', "name = 7"), "piriformis", "name", "must be a string"),
        (
            ('name = "Piriformis"', 'name = "Piriformis"\ncolour = "red"'),
            "piriformis",
            "colour",
            "unknown field",
        ),
        (('id = "piriformis"', 'id = "Piriformis"'), "Piriformis", "id", "kebab-case"),
        (('kind = "blog"', 'kind = "blgo"'), "demo", "kind", "did you mean 'blog'"),
        (
            (
                '[[region]]\nid = "buttock"\nname = "Buttock"',
                '[[region]]\nid = "buttock"\nname = "Buttock"\n[[muscle.link]]',
            ),
            "",
            "",
            "is not valid TOML: Cannot overwrite a value",
        ),
    ],
)
def test_each_problem_names_file_entry_and_field(
    tmp_path: Path, change: tuple[str, str], entry: str, field: str, message: str
) -> None:
    assert change[0] in VALID
    folder = write(tmp_path, VALID.replace(change[0], change[1], 1))
    found = problems_of(folder)
    assert any(p.entry == entry and p.field == field and message in p.message for p in found), found
    for problem in found:
        assert problem.file.endswith("data.toml")


def test_a_forbidden_relation_pair_is_named(tmp_path: Path) -> None:
    text = (
        VALID
        + """
[[muscle.link]]
relation = "located_in"
target = "piriformis"
citations = [{ source = "demo", quote = "q" }]
"""
    )
    (problem,) = problems_of(write(tmp_path, text))
    assert problem.field == "link[1].relation"
    assert "located_in cannot join a muscle to a muscle" in problem.message
    link_lines = [n for n, line in enumerate(text.splitlines(), 1) if line == "[[muscle.link]]"]
    assert problem.line == link_lines[1], "the problem points at the link's own table"


def test_duplicate_ids_across_files_point_at_the_first(tmp_path: Path) -> None:
    write(tmp_path, VALID, "a.toml")
    write(tmp_path, '[[region]]\nid = "buttock"\nname = "Bottom"\n', "b.toml")
    (problem,) = problems_of(tmp_path)
    assert problem.file.endswith("b.toml")
    assert problem.entry == "buttock"
    assert "first defined at" in problem.message
    assert "a.toml" in problem.message


def test_every_problem_is_reported_at_once_with_lines(tmp_path: Path) -> None:
    text = VALID.replace('target = "buttock"', 'target = "nowhere"') + '\n[[region]]\nid = "hip"\nname = 1\n'
    found = problems_of(write(tmp_path, text))
    assert {p.entry for p in found} == {"piriformis", "hip"}
    assert all(p.line is not None for p in found)
    message = str(DataError(found))
    assert message.startswith("2 problems in the data:")


def test_malformed_toml_and_bad_bytes_are_data_errors(tmp_path: Path) -> None:
    write(tmp_path / "a", "[[muscle]\nid = 1")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x.toml").write_bytes(b"\xff\xfe\x00")
    for folder, words in ((tmp_path / "a", "not valid TOML"), (tmp_path / "b", "not UTF-8")):
        (problem,) = problems_of(folder)
        assert words in problem.message


def test_missing_and_empty_paths_are_data_errors(tmp_path: Path) -> None:
    assert "no such file" in problems_of(tmp_path / "nope")[0].message
    assert "no *.toml" in problems_of(tmp_path)[0].message


def test_own_data_can_link_to_bundled_data(tmp_path: Path) -> None:
    text = (
        SOURCE.replace('"demo"', '"my-notes"')
        + """
[[muscle]]
id = "my-muscle"
name = "My muscle"

[[muscle.link]]
relation = "refers_pain_to"
target = "lower-back"
zone = "spillover"
citations = [{ source = "my-notes", locator = "p. 1" }]
"""
    )
    folder = write(tmp_path, text)
    with pytest.raises(DataError, match="unknown id 'lower-back'"):
        painkb.load(folder)
    merged = painkb.load(folder, include_bundled=True)
    assert "my-muscle" in merged
    assert len(merged) == len(painkb.load()) + 1
    assert "my-muscle" in [r.entity.id for r in painkb.referral_sources(merged, "lower-back")]


def test_an_id_defined_in_own_data_and_bundled_data_is_an_error(tmp_path: Path) -> None:
    folder = write(tmp_path, '[[region]]\nid = "lower-back"\nname = "Mine"\n')
    (problem,) = problems_of(folder, include_bundled=True)
    assert problem.entry == "lower-back"
    assert BUNDLED_PREFIX in problem.message


def test_build_validates_python_objects_like_files() -> None:
    source = painkb.Source(id="s", title="S", kind="blog", evidence="opinion")
    muscle = painkb.Muscle(id="m", name="M")
    region = painkb.Region(id="r", name="R")
    good = painkb.Link("m", "refers_pain_to", "r", [painkb.Citation("s", quote="q")], {"zone": "primary"})
    kb = painkb.build([muscle, region], [source], [good])
    assert kb.links == (good,)
    bad = painkb.Link("r", "refers_pain_to", "m", [painkb.Citation("s", quote="q")], {"zone": "primary"})
    with pytest.raises(DataError, match="cannot join a region to a muscle"):
        painkb.build([muscle, region], [source], [bad])


def test_build_names_each_object_by_its_place_in_the_arguments() -> None:
    source = painkb.Source(id="s", title="S", kind="blog", evidence="opinion")
    cite = [painkb.Citation("s", quote="q")]
    regions = [painkb.Region(id="r", name="R"), painkb.Region(id="r", name="Again")]
    links = [painkb.Link("r", "part_of", "nowhere", cite), painkb.Link("x", "part_of", "r", cite)]
    with pytest.raises(DataError) as caught:
        painkb.build(regions, [source], links)
    assert [str(p) for p in caught.value.problems] == [
        "entities[1]: [r] id: duplicate id, first defined at entities[0]",
        "links[0]: [r] link.target: unknown id 'nowhere'",
        "links[1]: [x] link: a link's subject must be one of the entities given",
    ]


def test_a_duplicate_in_the_same_file_points_at_the_duplicate(tmp_path: Path) -> None:
    text = VALID + '\n[[region]]\nid = "buttock"\nname = "Bottom"\n'
    (problem,) = problems_of(write(tmp_path, text))
    id_lines = [n for n, line in enumerate(text.splitlines(), 1) if line == 'id = "buttock"']
    assert problem.line == id_lines[1]
    assert f":{id_lines[0]}" in problem.message


def test_a_malformed_id_is_reported_once(tmp_path: Path) -> None:
    found = problems_of(write(tmp_path, VALID.replace('id = "buttock"', 'id = "Butt_ock"')))
    assert [p.field for p in found if p.entry == "Butt_ock"] == ["id"]

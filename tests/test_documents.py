"""Locating entries by line in data files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import painkb
from painkb.documents import Document, bundled_documents


def _line_by_scan(text: str, entry: str) -> int | None:
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip().replace(" ", "") == f'id="{entry}"':
            return number
    return None


def test_id_lines_match_a_line_by_line_scan_of_the_bundled_files() -> None:
    for document in bundled_documents():
        lines = document.id_lines()
        assert lines, document.name
        for entry, line in lines.items():
            assert line == _line_by_scan(document.text, entry), (document.name, entry)


@given(st.lists(st.sampled_from(["a", "b", "c", "d"]), min_size=1, max_size=30), st.data())
def test_id_lines_give_the_first_line_of_each_id(ids: list[str], data: st.DataObject) -> None:
    lines = []
    for entry in ids:
        filler = st.sampled_from(["[[muscle]]", 'name = "x"', "[[muscle.link]]"])
        lines += data.draw(st.lists(filler, max_size=3))
        lines.append(f'id = "{entry}"')
    text = "\n".join(lines) + "\n"
    document = Document("t.toml", text)
    assert document.id_lines() == {entry: _line_by_scan(text, entry) for entry in ids}
    for entry in ids:
        assert document.line_of(entry) == _line_by_scan(text, entry)
    assert document.line_of("missing") is None


def test_id_lines_count_lines_deep_into_a_big_file() -> None:
    # parse_document takes every entry's line from one id_lines() pass; looking each entry
    # up by rescanning the text made loading 10k entities take a minute.
    text = "".join(f'[[region]]\nid = "r{i}"\nname = "R"\n\n' for i in range(20000))
    lines = Document("big.toml", text).id_lines()
    assert len(lines) == 20000
    assert lines["r19999"] == 4 * 19999 + 2


def test_an_id_line_after_a_blank_line_is_reported_on_its_own_line() -> None:
    text = '[[region]]\n\nid = "hip"\nname = "Hip"\n'
    assert Document("demo.toml", text).id_lines() == {"hip": 3}


def test_link_lines_are_grouped_under_their_entry() -> None:
    text = "\n".join(
        [
            "[[muscle]]",
            'id = "a"',
            "",
            "[[muscle.link]]",
            "[[muscle.link]]",
            "[[muscle]]",
            'id = "b"',
            "[[muscle.link]]",
        ]
    )
    assert Document("demo.toml", text).subtable_lines("muscle.link") == {2: [4, 5], 7: [8]}


def test_bundled_files_are_read_from_a_zip_too(tmp_path: Path) -> None:
    """Installed as files, the bundled data is read from the package's folder; from a zip,
    through importlib.resources: the same documents either way."""
    package = Path(painkb.__file__).parent
    archive = tmp_path / "painkb.zip"
    with zipfile.ZipFile(archive, "w") as out:
        for path in sorted(package.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                out.write(path, Path("painkb") / path.relative_to(package))
    code = (
        "import json, painkb.documents as d\n"
        "print(json.dumps([d.__file__, [[x.name, x.text, x.digest.hex()] for x in d.bundled_documents()]]))"
    )
    env = {**os.environ, "PYTHONPATH": str(archive)}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    where, found = json.loads(run.stdout)
    assert where.startswith(str(archive))
    assert found == [[d.name, d.text, d.digest.hex()] for d in bundled_documents() if d.digest is not None]

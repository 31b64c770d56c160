"""The command line: same answers as the library, for people and machines."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import painkb
from painkb.cli import main


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_assess_shows_what_it_resolved_and_the_sources() -> None:
    code, out, _ = run("assess", "--region", "lower back")
    assert code == 0
    assert "'lower back' -> Lower back (region, lower-back)" in out
    top = painkb.assess(painkb.load(), regions=["lower-back"]).candidates[0]
    assert f"1. {top.entity.name}" in out
    assert "source:" in out
    assert "does not diagnose" in out


def test_assess_prints_warning_signs_before_anything_else() -> None:
    kb = painkb.load()
    sign = painkb.warning_signs(kb)[0]
    code, out, _ = run("assess", "--region", "lower back", "--symptom", sign.name)
    assert code == 0
    assert out.startswith("WARNING SIGNS")
    assert out.index(sign.name) < out.index("You reported:")


def test_assess_json_matches_the_library() -> None:
    code, out, _ = run("assess", "--region", "lower back", "--json")
    assert code == 0
    data = json.loads(out)
    expected = painkb.as_data(painkb.assess(painkb.load(), regions=["lower-back"]))
    assert data["candidates"] == expected["candidates"]
    assert data["resolved"] == [{"text": "lower back", "id": "lower-back", "kind": "region"}]


def test_usage_errors_exit_2_and_nothing_found_exits_1() -> None:
    assert run("assess")[0] == 2
    assert run("no-such-command")[0] == 2
    code, _, err = run("assess", "--region", "zzzzqqqq")
    assert code == 1
    assert "no region matches" in err
    assert run("find", "zzzzqqqq")[0] == 1
    code, _, err = run("show", "piriformus")
    assert code == 1
    assert "did you mean 'piriformis'" in err


def test_find_and_show() -> None:
    code, out, _ = run("find", "QL", "--json")
    assert code == 0
    assert json.loads(out)[0]["id"] == "quadratus-lumborum"
    code, out, _ = run("show", "seated-piriformis-stretch")
    assert code == 0
    assert "1. Sit on a chair or bench." in out
    assert "dosage:" in out
    code, out, _ = run("show", "piriformis", "--json")
    assert json.loads(out)["entity"]["id"] == "piriformis"


def test_stats_counts_kinds_and_relations() -> None:
    code, out, _ = run("stats", "--json")
    assert code == 0
    assert json.loads(out)["entities"]["muscle"] == len(painkb.load().entities("muscle"))


def test_validate_passes_the_bundled_data_and_fails_a_broken_copy(tmp_path: Path) -> None:
    data = Path(painkb.__file__).parent / "data"
    assert run("validate", str(data))[0] == 0
    for file in data.glob("*.toml"):
        (tmp_path / file.name).write_text(file.read_text(encoding="utf-8"), encoding="utf-8")
    muscles = tmp_path / "muscles.toml"
    text = muscles.read_text(encoding="utf-8")
    muscles.write_text(text.replace('target = "buttock"', 'target = "butock"', 1), encoding="utf-8")
    code, out, _ = run("validate", str(tmp_path))
    assert code == 1
    assert "muscles.toml:" in out
    assert "unknown id 'butock'; did you mean 'buttock'?" in out


def test_fmt_check_and_rewrite(tmp_path: Path) -> None:
    messy = tmp_path / "mine.toml"
    messy.write_text('[[region]]\nname = "Hip"\nid = "hip"\n', encoding="utf-8")
    assert run("fmt", "--check", str(tmp_path))[0] == 1
    assert messy.read_text(encoding="utf-8") == '[[region]]\nname = "Hip"\nid = "hip"\n'
    assert run("fmt", str(tmp_path))[0] == 0
    assert messy.read_text(encoding="utf-8") == '[[region]]\nid = "hip"\nname = "Hip"\n'
    assert run("fmt", "--check", str(tmp_path))[0] == 0


@pytest.mark.parametrize("args", [["-m", "painkb", "--version"]])
def test_python_dash_m_runs_the_cli(args: list[str]) -> None:
    result = subprocess.run([sys.executable, *args], capture_output=True, text=True, check=True)
    assert painkb.__version__ in result.stdout

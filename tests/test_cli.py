"""The command line: same answers as the library, for people and machines."""

from __future__ import annotations

import io
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


def test_assess_shows_what_it_understood_and_the_sources() -> None:
    code, out, _ = run("assess", "--region", "lower back", "--sources", "--limit", "20")
    assert code == 0
    assert out.startswith("I understood: Lower back (region)")
    top = painkb.assess(painkb.load(), regions=["lower-back"]).candidates[0]
    assert f"1. {top.entity.name}" in out
    assert "source:" in out
    assert "does not diagnose" in out


def test_assess_free_text_puts_warning_signs_before_candidates() -> None:
    code, out, _ = run("assess", "I fell off a ladder yesterday and my lower back is killing me")
    assert code == 0
    assert out.index("[EMERGENCY] Back pain after major trauma") < out.index("What the sources connect")
    assert out.index("I understood:") < out.index("WARNING SIGNS")


_CARER = "My dad (72) has had back pain for 2 weeks and now can't pass urine properly, he won't see anyone."


def test_assess_gives_a_carer_the_advice_for_the_person_they_write_about() -> None:
    code, out, _ = run("assess", _CARER)
    assert code == 0
    assert "WARNING SIGNS" not in out  # none of the writer's own
    theirs = out.index("ABOUT SOMEONE ELSE")
    assert out.index("I understood:") < theirs < out.index("Questions to answer")
    section = out[theirs : out.index("Questions to answer")]
    assert "[EMERGENCY] New difficulty passing urine" in section
    assert "emergency department" in section


def test_assess_json_carries_the_signs_about_someone_else() -> None:
    code, out, _ = run("assess", _CARER, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["red_flags"] == []
    assert [flag["warning_sign"]["id"] for flag in data["about_others"]] == ["bladder-dysfunction"]


def test_assess_shows_the_stated_age_and_duration_and_the_words_a_sign_rests_on() -> None:
    code, out, _ = run("assess", "I'm 71, on prednisolone. I bent over and my back has hurt for 3 weeks")
    assert code == 0
    understood = " ".join(out.split("\n\n")[0].split())
    assert understood.startswith("I understood:")
    assert "; age 71; for 3 weeks" in understood
    assert "'bent over'" in out.split("WARNING SIGNS")[1]


def test_assess_says_what_it_did_not_understand_and_exits_1_on_nothing() -> None:
    code, out, err = run("assess", "qwertyuiop asdf")
    assert code == 1
    assert "I did not understand: 'qwertyuiop', 'asdf'" in out
    assert "painkb knows about" in err
    code, out, _ = run("assess", "--region", "elbow")
    assert code == 1
    assert "Outside what painkb covers: elbow" in out


def test_assess_answers_questions_with_yes_and_no() -> None:
    code, out, _ = run("assess", "my lower back aches", "--no", "bladder-dysfunction", "--json")
    assert code == 0
    data = json.loads(out)
    assert "bladder-dysfunction" in [e["id"] for e in data["absent"]]
    assert "bladder-dysfunction" not in [q["warning_sign"]["id"] for q in data["questions"]]
    code, out, _ = run("assess", "my lower back aches", "--yes", "bladder-dysfunction")
    assert code == 0
    assert "[EMERGENCY] New difficulty passing urine" in out
    code, _, err = run("assess", "my back aches", "--yes", "bladdr-dysfunction")
    assert code == 1
    assert "did you mean 'bladder-dysfunction'" in err


def test_assess_json_matches_the_library() -> None:
    code, out, _ = run("assess", "--region", "lower back", "--json")
    assert code == 0
    data = json.loads(out)
    expected = painkb.as_data(painkb.assess(painkb.load(), text="lower back"))
    assert data["candidates"] == expected["candidates"]
    mention = data["interpretation"]["mentions"][0]
    assert (mention["entity"]["id"], mention["start"], mention["end"], mention["score"]) == (
        "lower-back",
        0,
        10,
        1.0,
    )


def test_usage_errors_exit_2_and_nothing_found_exits_1() -> None:
    assert run("assess")[0] == 2
    assert run("no-such-command")[0] == 2
    assert run("find", "zzzzqqqq")[0] == 1
    code, _, err = run("show", "zzzzqqqq")
    assert code == 1
    assert "zzzzqqqq" in err


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


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "painkb", "--version"], capture_output=True, text=True, check=True
    )
    assert painkb.__version__ in result.stdout


README_EXAMPLE = "my lower back aches and the pain goes down my leg"


def test_assess_of_the_readme_example_fits_one_100x40_screen() -> None:
    result = CliRunner().invoke(main, ["assess", README_EXAMPLE], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) <= 38  # room for the command line and the next prompt
    assert max(map(len, lines)) <= 100
    for heading in ("I understood:", "What the sources connect", "Self-care", "Questions", "Next:"):
        assert heading in result.stdout
    assert result.stdout.count("does not diagnose") == 1  # one disclaimer, not two


def test_assess_wraps_to_the_terminal_without_splitting_words() -> None:
    def words(columns: int) -> list[str]:
        result = CliRunner().invoke(main, ["assess", README_EXAMPLE], env={"COLUMNS": str(columns)})
        assert all(len(line) <= columns or " " not in line.strip() for line in result.stdout.splitlines())
        return result.stdout.split()

    assert words(40) == words(100)


def test_assess_colours_warning_signs_on_a_terminal_only() -> None:
    text = "I fell off a ladder yesterday and my lower back is killing me"
    coloured = CliRunner().invoke(main, ["assess", text], color=True).stdout
    line = next(line for line in coloured.splitlines() if "[EMERGENCY] Back pain after major" in line)
    assert "\x1b[31m" in line  # red
    assert "\x1b[1m" in line  # bold
    assert "\x1b" not in CliRunner().invoke(main, ["assess", text]).stdout
    plain = CliRunner().invoke(main, ["assess", text], color=True, env={"NO_COLOR": "1"}).stdout
    assert "\x1b" not in plain
    assert "[EMERGENCY] Back pain after major trauma" in plain
    piped = subprocess.run(
        [sys.executable, "-m", "painkb", "assess", text], capture_output=True, text=True, check=True
    )
    assert "\x1b" not in piped.stdout


MY_KB = """
[[source]]
id = "my-notes"
kind = "blog"
title = "My notes"
evidence = "opinion"

[[muscle]]
id = "my-muscle"
name = "Mymuscle"

[[muscle.link]]
relation = "refers_pain_to"
target = "lower-back"
zone = "primary"
citations = [{ source = "my-notes", locator = "p. 1" }]
"""


def test_global_data_runs_every_reading_command_on_your_own_knowledge_base(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text(MY_KB, encoding="utf-8")
    data = ["--data", str(tmp_path)]
    code, out, _ = run(*data, "show", "my-muscle")
    assert code == 0
    assert "Mymuscle refers pain to Lower back [primary]" in out
    code, out, _ = run(*data, "find", "mymuscle", "--json")
    assert json.loads(out)[0]["id"] == "my-muscle"
    code, out, _ = run(*data, "assess", "my lower back aches", "--limit", "100")
    assert code == 0
    assert "Mymuscle" in out
    code, out, _ = run(*data, "stats", "--json")
    assert json.loads(out)["entities"]["muscle"] == len(painkb.load().entities("muscle")) + 1
    assert run(*data, "map", "my-muscle", "--out", str(tmp_path / "m.svg"))[0] == 0
    assert run(*data, "export", "--format", "json", "--out", str(tmp_path / "kb.json"))[0] == 0
    assert "my-muscle" in (tmp_path / "kb.json").read_text(encoding="utf-8")
    # Without the bundled data, the link to lower-back has nothing to point to.
    code, _, err = run(*data, "--no-bundled", "stats")
    assert code == 1
    assert "unknown id 'lower-back'" in err
    assert "1 problem(s) in" in err
    assert run("--no-bundled", "stats")[0] == 2


def test_global_data_alone_without_the_bundled_data(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text(MY_KB.replace('"lower-back"', '"my-back"'), encoding="utf-8")
    (tmp_path / "regions.toml").write_text('[[region]]\nid = "my-back"\nname = "My back"\n', encoding="utf-8")
    code, out, _ = run("--data", str(tmp_path), "--no-bundled", "stats", "--json")
    assert code == 0
    entities = json.loads(out)["entities"]
    assert (entities["muscle"], entities["region"], sum(entities.values())) == (1, 1, 2)


def test_show_takes_free_text_and_says_what_it_resolved_to() -> None:
    code, out, err = run("show", "piriformus")
    assert code == 0
    assert "'piriformus' -> Piriformis (muscle, piriformis)" in err
    assert out.startswith("Piriformis (muscle, id piriformis)")
    assert run("show", "piriformis")[2] == ""  # an exact id needs no resolving


def test_map_writes_id_svg_here_and_never_into_the_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("map", "glute min")
    assert code == 0
    assert out.strip() == "gluteus-minimus.svg"
    assert (tmp_path / "gluteus-minimus.svg").read_text(encoding="utf-8").startswith("<svg")
    code, _, err = run("map", "glute min")
    assert code == 1
    assert "gluteus-minimus.svg exists; add --force" in err
    assert run("map", "glute min", "--force")[0] == 0
    assert run("map", "--region", "lower back")[1].strip() == "assessment.svg"
    code, out, _ = run("map", "piriformis", "--out", "-")
    assert out.startswith("<svg")


def test_export_guesses_the_format_and_refuses_to_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "kb.jsonl"
    code, _, err = run("export", "--out", str(out))
    assert (code, err.strip()) == (0, f"wrote {out} (jsonl)")
    code, _, err = run("export", "--out", str(out))
    assert code == 1
    assert err.strip() == f"painkb: {out} exists; add --force to replace it"
    assert run("export", "--out", str(out), "--force")[0] == 0
    code, _, err = run("export", "--out", str(tmp_path / "kb.txt"))
    assert code == 2
    assert "give --format" in err


@pytest.mark.parametrize("command", [["export", "--format", "json"], ["map", "piriformis"]])
def test_missing_folders_and_os_errors_are_one_line_exit_1(tmp_path: Path, command: list[str]) -> None:
    def error(out: Path) -> str:
        code, _, err = run(*command, "--out", str(out))
        assert code == 1
        (line,) = [line for line in err.splitlines() if not line.startswith("'piriformis' ->")]
        assert line.startswith("painkb: ")
        return line

    assert "no folder" in error(tmp_path / "nope" / "x.json")
    assert not (tmp_path / "nope").exists()
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert "no folder" in error(tmp_path / "file" / "x.json")
    (tmp_path / "dir.json").mkdir()
    assert "exists" in error(tmp_path / "dir.json")
    assert "Is a directory" in run(*command, "--out", str(tmp_path / "dir.json"), "--force")[2]


def test_csv_export_onto_a_file_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "kb").write_text("x", encoding="utf-8")
    code, _, err = run("export", "--format", "csv", "--out", str(tmp_path / "kb"))
    assert (code, err.count("\n")) == (1, 1)
    assert "is a file" in err
    assert run("export", "--format", "csv", "--out", str(tmp_path / "tables"))[0] == 0
    assert run("export", "--format", "csv", "--out", str(tmp_path / "tables"))[0] == 1
    assert run("export", "--format", "csv", "--out", str(tmp_path / "tables"), "--force")[0] == 0


def _commands() -> list[str]:
    return sorted(main.commands)


@pytest.mark.parametrize("command", _commands())
def test_every_command_help_has_examples(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0
    examples = out.split("Examples:\n", 1)[1]
    assert examples.lstrip().startswith("painkb ")


def test_top_level_help_shows_each_short_help_whole() -> None:
    out = run("--help")[1]
    assert "Examples:" in out
    for name, command in main.commands.items():
        assert command.short_help
        assert f"{name} " in out
        assert command.short_help in out
    assert "..." not in out.split("Commands:")[1]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_long_work_shows_progress_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from painkb.cli import _progress

    items = list(range(50))
    quiet = io.StringIO()
    monkeypatch.setattr(sys, "stderr", quiet)
    assert list(_progress("checking entries")(items)) == items
    assert quiet.getvalue() == ""
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert list(_progress("checking entries")(items)) == items
    assert "checking entries" in terminal.getvalue()


def test_assess_asks_an_emergency_the_text_points_to_before_the_candidates() -> None:
    # not sure enough to raise it, so asked first: never behind the stretches
    code, out, _ = run("assess", "Sudden excruciating pain in my tummy and back about an hour ago, I'm 68")
    assert code == 0
    assert "WARNING SIGNS" not in out
    first = out.index("CHECK FIRST")
    assert out.index("I understood:") < first < out.index("What the sources connect")
    section = out[first : out.index("What the sources connect")]
    assert "burst-aneurysm-symptoms" in section
    assert "If yes: Call 999" in section
    assert out.count("(burst-aneurysm-symptoms)") == 1  # not asked again below


@pytest.mark.parametrize(
    "text",
    [
        "my back hurts after gardening",
        # one word that only points to a sign (a cue), in an idiom: asked in the list, not first
        "Work's been a nightmare, I nearly keeled over when I saw the rota, and my lower back is stiff",
    ],
)
def test_assess_without_an_emergency_close_to_its_words_has_no_check_first(text: str) -> None:
    code, out, _ = run("assess", text)
    assert code == 0
    assert "CHECK FIRST" not in out
    assert "Questions to answer" in out

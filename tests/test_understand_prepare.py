"""`painkb.prepare`: everything free text needs is built at once, and answers do not change."""

from __future__ import annotations

import json
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

import painkb
from painkb import _lazy_re
from signs_read import KB

_TEXTS = [
    "I'm 62 and my lower back has ached for 3 weeks, worse at night",
    "My husband has sciatica down his left leg.",
    "no numbness down below, I just slipped on the kitchen floor and my bum is bruised",
    "I've got a really sore back after digging the garden.",
    "My hip pain goes down to my knee.",
    "pins and needels in my foot, cant controll my bladder",
    "my boss is a pain in the butt",
    "Long story: went to a wedding in Krakow, danced all night, now my back's stuffed.",
]

# Run in a fresh interpreter: what earlier tests built must not hide what prepare misses.
_READ = """
import json, sys
import painkb
from painkb import _lazy_re
kb = painkb.load()
if sys.argv[1] == "prepare":
    painkb.prepare(kb)
made = len(_lazy_re._MADE)
answers = []
for text in json.loads(sys.argv[2]):
    it = painkb.interpret(kb, text)
    flags = [f.warning_sign.id for f in painkb.assess(kb, text=text).red_flags]
    read = [[m.entity.id, str(m.status), m.start, m.end, m.score, m.side] for m in it.mentions]
    answers.append(read + flags)
print(json.dumps({
    "answers": answers,
    "made_while_reading": len(_lazy_re._MADE) - made,
    "compiled_before": all(p._compiled is not None for p in _lazy_re._MADE[:made]),
}))
"""


def _read(mode: str) -> dict[str, object]:
    run = subprocess.run(
        [sys.executable, "-c", _READ, mode, json.dumps(_TEXTS)], capture_output=True, text=True, check=True
    )
    found: dict[str, object] = json.loads(run.stdout)
    return found


def test_after_prepare_reading_compiles_and_builds_nothing_more() -> None:
    prepared = _read("prepare")
    assert prepared["made_while_reading"] == 0
    assert prepared["compiled_before"] is True


def test_prepare_changes_no_answer() -> None:
    assert _read("prepare")["answers"] == _read("as-is")["answers"]


def test_without_prepare_patterns_wait_for_first_use() -> None:
    # (the point of it all: import and a one-off reading compile only what they use)
    assert _read("as-is")["compiled_before"] is False


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=200))
def test_prepared_reading_makes_no_new_pattern(text: str) -> None:
    painkb.prepare(KB)
    made = len(_lazy_re._MADE)
    painkb.interpret(KB, text)
    assert len(_lazy_re._MADE) == made


def test_compile_all_compiles_a_pattern_made_later() -> None:
    pattern = _lazy_re.LazyPattern(r"\bsciatica\b", 0)
    count = _lazy_re.compile_all()
    assert count >= 1
    assert pattern.compiled.pattern == r"\bsciatica\b"
    assert pattern in _lazy_re._MADE

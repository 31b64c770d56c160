"""Whose finding, and whether: run a set of ``KIND|id|text`` lines through painkb.

``HAS|id|text``: the writer has finding ``id`` (a "not" in the text belongs to something else);
it fails when ``id`` is read absent and never present. ``NOT|id|text``: the writer does not
have it; it fails when ``id`` is read present or raised. A ``HAS`` line read neither way is
counted as weak. The sets are in ``benchmarks/understanding/hunts/neg*.txt``::

    python -m benchmarks.statuscheck benchmarks/understanding/hunts/neg30a.txt
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence

import attrs

import painkb


@attrs.frozen
class Outcome:
    """One line's result: ``verdict`` is "ok", "weak" or "fail"."""

    kind: str
    finding: str
    text: str
    statuses: tuple[str, ...]
    raised: bool
    verdict: str


def check(kb: painkb.KnowledgeBase, lines: Iterable[str]) -> list[Outcome]:
    """The outcome of each ``KIND|id|text`` line (blank lines and ``#`` comments skipped)."""
    outcomes = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        kind, finding, text = line.rstrip("\n").split("|", 2)
        statuses = {m.status.value for m in painkb.interpret(kb, text).mentions if m.entity.id == finding}
        raised = finding in {flag.warning_sign.id for flag in painkb.assess(kb, text=text).red_flags}
        if raised:
            statuses.add("present")
        if kind == "HAS":
            verdict = "ok" if "present" in statuses else "fail" if "absent" in statuses else "weak"
        else:
            verdict = "fail" if "present" in statuses else "ok"
        outcomes.append(Outcome(kind, finding, text, tuple(sorted(statuses)), raised, verdict))
    return outcomes


def main(argv: Sequence[str]) -> int:
    kb = painkb.load()
    for path in argv:
        with open(path, encoding="utf-8") as handle:
            outcomes = check(kb, handle)
        for o in outcomes:
            if o.verdict != "ok":
                raised = " raised" if o.raised else ""
                print(f"{o.verdict} {o.kind} {o.finding} {list(o.statuses)}{raised} | {o.text}")
        failures = sum(o.verdict == "fail" for o in outcomes)
        weak = sum(o.verdict == "weak" for o in outcomes)
        print(f"{path}: lines {len(outcomes)} failures {failures} weak {weak}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

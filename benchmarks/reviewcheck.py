"""Must it be raised: run a review set of ``KIND|sign|text`` lines through ``painkb.assess``.

``R|sign|text``: the writer has the warning sign; it fails when the sign is not raised (and is
"asked" or "silent" by whether a prompted question asks about it). ``N|sign|text``: a look-alike;
it fails when the sign is raised. ``A|sign|text``: raised or asked are both right; it fails only
when the sign is neither. ``O|sign|text``: someone else has the sign (a carer writing); it fails
when the sign is neither told of them (``Assessment.about_others``) nor asked, and when it is
raised as the writer's. The review sets are in ``benchmarks/understanding/hunts/`` (``rev*.txt``,
``reviews29.txt``)::

    python -m benchmarks.reviewcheck benchmarks/understanding/hunts/rev33b.txt
    python -m benchmarks.reviewcheck --quiet benchmarks/understanding/hunts/rev33*.txt

>>> import painkb
>>> kb = painkb.load()
>>> lines = ["R|recent-injury|I fell off a ladder and my back hurts", "N|recent-injury|My back hurts"]
>>> [o.verdict for o in check(kb, lines)]
['ok', 'ok']
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs

import painkb

KINDS = ("R", "N", "A", "O")


@attrs.frozen
class Outcome:
    """One line's result: ``verdict`` is "ok", "asked" or "silent" (an ``R`` or ``A`` line not
    raised), or "raised" (an ``N`` line raised)."""

    kind: str
    sign: str
    text: str
    verdict: str


def check(kb: painkb.KnowledgeBase, lines: Iterable[str]) -> list[Outcome]:
    """The outcome of each ``KIND|sign|text`` line (blank lines and ``#`` comments skipped).

    Raises ValueError for a line that is not three fields with a kind of ``R``, ``N`` or ``A``.
    """
    outcomes = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.rstrip("\n").split("|", 2)
        if len(fields) != 3 or fields[0] not in KINDS:
            raise ValueError(f"line {number}: expected KIND|sign|text with KIND one of {KINDS}: {line!r}")
        kind, sign, text = fields
        assessment = painkb.assess(kb, text=text)
        raised = sign in {flag.warning_sign.id for flag in assessment.red_flags}
        asked = sign in {q.warning_sign.id for q in assessment.questions if q.prompted}
        if kind == "O":
            theirs = sign in {flag.warning_sign.id for flag in assessment.about_others}
            verdict = "raised" if raised else "ok" if theirs or asked else "silent"
        elif kind == "N":
            verdict = "raised" if raised else "ok"
        elif raised or (kind == "A" and asked):
            verdict = "ok"
        else:
            verdict = "asked" if asked else "silent"
        outcomes.append(Outcome(kind, sign, text, verdict))
    return outcomes


def summary(outcomes: Sequence[Outcome]) -> str:
    """Counts per kind and verdict: ``R 90 (missed 13: asked 12, silent 1), N 110 (raised 10), A 0``
    (and the ``O`` lines', when there are any)."""
    counts = Counter((o.kind, o.verdict) for o in outcomes)
    lines = Counter(o.kind for o in outcomes)
    missed = counts["R", "asked"] + counts["R", "silent"]
    told = (
        f"R {lines['R']} (missed {missed}: asked {counts['R', 'asked']}, silent {counts['R', 'silent']}), "
        f"N {lines['N']} (raised {counts['N', 'raised']}), "
        f"A {lines['A']} (neither raised nor asked {counts['A', 'silent']})"
    )
    if not lines["O"]:
        return told  # (the older sets have no O line: their counts read as they always did)
    return (
        f"{told}, O {lines['O']} (neither told of them nor asked {counts['O', 'silent']}, "
        f"raised as the writer's {counts['O', 'raised']})"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.reviewcheck", description=__doc__.split("\n")[0]
    )
    parser.add_argument("paths", nargs="+", help="review sets of KIND|sign|text lines")
    parser.add_argument("--quiet", action="store_true", help="print the counts only, not the failing lines")
    args = parser.parse_args(argv)
    kb = painkb.load()
    for path in args.paths:
        with open(path, encoding="utf-8") as handle:
            outcomes = check(kb, handle)
        if not args.quiet:
            for o in outcomes:
                if o.verdict != "ok":
                    print(f"{o.verdict} {o.kind} {o.sign} | {o.text}")
        print(f"{path}: {summary(outcomes)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

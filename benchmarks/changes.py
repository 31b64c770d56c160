"""What a change to the reader raised, asked and missed: dump every development text's outcome, then
compare two dumps line by line.

``python -m benchmarks changes dump OUT.json`` records, for every text of the understanding
benchmark except the frozen parts (``test.jsonl``, ``plain.jsonl``), the warning signs
``painkb.assess`` raises, asks about (prompted questions) and tells of someone else.
``python -m benchmarks changes compare A.json B.json`` judges both dumps against each line's labels
and prints the lines that got worse or better, then the counts. Held-out parts (a file name with
``holdout``) and the sets never read (`UNREAD`) are counted in aggregate only ("held"): no id,
no text. ``--per-sign`` prints, for one dump,
each sign's count of lines, raised, asked only, silent and false alarms (held-out and tunable
apart).

Labels, by source: a ``.jsonl`` item's expected present warning signs (every other sign raised is a
false alarm); a hunt line ``LABELS|text`` (``-`` or ids, ``id?`` raised or asked both right); a
review line ``R|N|A|O|sign|text`` (as :mod:`benchmarks.reviewcheck` reads it: only that sign is
judged); ``HAS|id|text`` and ``NOT|id|text`` (only that id, when it is a warning sign).

>>> judged = judge(Labels({"a"}, frozenset(), frozenset(), strict=True), Outcome(("a", "b"), (), ()))
>>> judged
{'a': 2, '+b': 0}
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import attrs

DATA = Path(__file__).resolve().parent / "understanding"
FROZEN = ("test.jsonl", "plain.jsonl")
#: Sets counted in aggregate only, never printed: the hunt sets never read (see hunts/README.md)
#: and the blind broad samples run only for counts at a session's start and end.
UNREAD = frozenset({"r72.txt", "s35end.txt", "rev102.txt", "rev105.txt", "rev112.txt"})


def aggregate_only(key: str) -> bool:
    """Whether the line ``key`` is counted in aggregate only: a held-out part's or an unread set's.

    >>> [aggregate_only(key) for key in ("holdout9.jsonl:h1", "hunts/r72.txt:3", "dev.jsonl:s002")]
    [True, True, False]
    """
    return "holdout" in key or key.partition(":")[0].removeprefix("hunts/") in UNREAD


@attrs.frozen
class Labels:
    """What a line says must happen: ``must`` be raised, ``either`` raised or asked, ``mustnot``
    be raised; ``strict``: any other sign raised is a false alarm; ``others``: the ``must`` signs are
    someone else's (told of them or asked is right, raised as the writer's is wrong)."""

    must: set[str] | frozenset[str]
    either: frozenset[str]
    mustnot: frozenset[str]
    strict: bool
    others: bool = False


@attrs.frozen
class Outcome:
    raised: tuple[str, ...]
    asked: tuple[str, ...]
    others: tuple[str, ...]


def texts(data: Path = DATA) -> Iterator[tuple[str, str, str]]:
    """(key, labels source line or JSON, text) for every development text, frozen parts excluded."""
    for path in sorted(data.glob("*.jsonl")):
        if path.name in FROZEN:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                yield f"{path.name}:{item['id']}", line, item["text"]
    for path in sorted((data / "hunts").glob("*.txt")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and not line.startswith("#"):
                yield f"hunts/{path.name}:{number}", line, line.split("|")[-1]


def labels(source: str, signs: frozenset[str]) -> Labels:
    """The labels a line carries (see the module docstring)."""
    if source.startswith("{"):
        item = json.loads(source)
        present = {e["entity"] for e in item["expected"] if e["status"] == "present"} & signs
        return Labels(present, frozenset(), frozenset(), strict=True)
    fields = source.split("|")
    if fields[0] in ("R", "N", "A", "O") and len(fields) >= 3:
        sign = fields[1]
        return {
            "R": Labels({sign}, frozenset(), frozenset(), strict=False),
            "N": Labels(set(), frozenset(), frozenset({sign}), strict=False),
            "A": Labels(set(), frozenset({sign}), frozenset(), strict=False),
            "O": Labels({sign}, frozenset(), frozenset(), strict=False, others=True),
        }[fields[0]]
    if fields[0] in ("HAS", "NOT") and len(fields) >= 3:
        sign = fields[1]
        if sign not in signs:
            return Labels(set(), frozenset(), frozenset(), strict=False)
        if fields[0] == "HAS":
            return Labels({sign}, frozenset(), frozenset(), strict=False)
        return Labels(set(), frozenset(), frozenset({sign}), strict=False)
    if len(fields) == 1:  # a bare line (neg127.txt): nothing should be raised
        return Labels(set(), frozenset(), frozenset(), strict=True)
    ids = [] if fields[0].strip() == "-" else [i.strip() for i in fields[0].split(",") if i.strip()]
    return Labels(
        {i for i in ids if not i.endswith("?")},
        frozenset(i[:-1] for i in ids if i.endswith("?")),
        frozenset(),
        strict=True,
    )


def judge(lab: Labels, out: Outcome) -> dict[str, int]:
    """Per judged sign a score: must 2 raised / 1 asked / 0 silent; either 1 raised or asked / 0;
    mustnot and false alarms (``+id``) 1 not raised / 0 raised."""
    raised, asked = set(out.raised), set(out.asked)
    scores: dict[str, int] = {}
    for sign in lab.must:
        if lab.others:
            scores[sign] = 0 if sign in raised else 2 if sign in out.others or sign in asked else 1
        else:
            scores[sign] = 2 if sign in raised else 1 if sign in asked else 0
    for sign in lab.either:
        scores[sign] = 1 if sign in raised or sign in asked else 0
    for sign in lab.mustnot:
        scores[sign] = 0 if sign in raised else 1
    if lab.strict:
        for sign in raised - set(lab.must) - lab.either:
            scores["+" + sign] = 0
    return scores


def dump(out: Path) -> int:
    import painkb

    kb = painkb.load()
    result: dict[str, dict[str, list[str]]] = {}
    for key, _, text in texts():
        answer = painkb.assess(kb, text=text)
        result[key] = {
            "raised": sorted(f.warning_sign.id for f in answer.red_flags),
            "asked": sorted({q.warning_sign.id for q in answer.questions if q.prompted}),
            "others": sorted(f.warning_sign.id for f in answer.about_others),
        }
    out.write_text(json.dumps(result, sort_keys=True), encoding="utf-8")
    print(f"{len(result)} texts dumped into {out}")
    return 0


def _signs() -> frozenset[str]:
    import painkb

    return frozenset(e.id for e in painkb.load().entities("warning_sign"))


def _outcome(entry: Mapping[str, Sequence[str]]) -> Outcome:
    return Outcome(tuple(entry["raised"]), tuple(entry["asked"]), tuple(entry["others"]))


def compare(a_path: Path, b_path: Path, quiet: bool) -> int:
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (a_path, b_path))
    signs = _signs()
    tally: Counter[str] = Counter()
    for key, source, text in texts():
        if key not in a or key not in b:
            continue
        lab = labels(source, signs)
        before, after = judge(lab, _outcome(a[key])), judge(lab, _outcome(b[key]))
        held = aggregate_only(key)
        part = "held" if held else "tune"
        for sign in before.keys() | after.keys():
            x, y = before.get(sign, 1), after.get(sign, 1)  # a false alarm absent on one side is 1
            if x == y:
                continue
            word = "WORSE" if y < x else "BETTER"
            tally[f"{part} {word}"] += 1
            if not held and not quiet:
                print(f"{word} {key} {sign} {x}->{y} | {text}")
        for name, scores in (("a", before), ("b", after)):
            for sign, score in scores.items():
                if sign.startswith("+"):
                    tally[f"{part} {name} false alarms"] += score == 0
                elif sign in lab.must:
                    tally[f"{part} {name} must"] += 1
                    tally[f"{part} {name} raised"] += score == 2
                    tally[f"{part} {name} silent"] += score == 0
    for key in sorted(tally):
        print(f"  {key}: {tally[key]}")
    return 0


def per_sign(path: Path) -> int:
    dumped = json.loads(path.read_text(encoding="utf-8"))
    signs = _signs()
    rows: Counter[tuple[str, str, str]] = Counter()
    for key, source, _ in texts():
        if key not in dumped:
            continue
        lab = labels(source, signs)
        part = "held" if aggregate_only(key) else "tune"
        for sign, score in judge(lab, _outcome(dumped[key])).items():
            if sign.startswith("+"):
                rows[part, sign[1:], "FA"] += 1
            elif sign in lab.must and not lab.others:
                rows[part, sign, "n"] += 1
                rows[part, sign, ("silent", "asked", "raised")[score]] += 1
    for part in ("held", "tune"):
        print(f"{part}: sign n raised asked silent FA")
        for sign in sorted({s for p, s, _ in rows if p == part}, key=lambda s: -rows[part, s, "n"]):
            r = [rows[part, sign, c] for c in ("n", "raised", "asked", "silent", "FA")]
            print(f"  {sign} {' '.join(map(str, r))}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks changes", description=__doc__.split("\n\n")[0]
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("dump").add_argument("out", type=Path)
    cmp = sub.add_parser("compare")
    cmp.add_argument("a", type=Path)
    cmp.add_argument("b", type=Path)
    cmp.add_argument("--quiet", "-q", action="store_true", help="counts only")
    sub.add_parser("per-sign").add_argument("dump", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        return dump(args.out)
    if args.command == "compare":
        return compare(args.a, args.b, args.quiet)
    return per_sign(args.dump)

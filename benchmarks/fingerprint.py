"""Fingerprints of painkb's answers, to show that a refactor or a speed-up changes no output.

``python -m benchmarks fingerprint OUT.json`` hashes the full ``repr`` of ``painkb.interpret`` and
``painkb.assess`` for every text the understanding benchmark holds (its labelled parts, the frozen
test part included, and the hunt sets); ``python -m benchmarks fingerprint --compare A.json
B.json`` names the texts whose answers differ. ``--outcomes`` hashes only what is raised, asked
about and found, so a change to the data's wording (a warning sign's aliases) flags only the
texts whose outcome it changes. Only hashes and names are written or printed, never a text, so
the frozen and held-out parts stay unread.

>>> prints = fingerprints({"a": "my back hurts", "b": "no numbness"})
>>> sorted(prints), len(prints["a"])
(['a', 'b'], 40)
>>> differing(prints, {**prints, "b": "0" * 40})
['b']
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

DATA = Path(__file__).resolve().parent / "understanding"


def texts_measured(data: Path = DATA) -> dict[str, str]:
    """Every text of the understanding benchmark, named ``file:line``: the labelled parts
    (``*.jsonl``) and the hunt sets (``hunts/*.txt``, the text after the last ``|``)."""
    texts: dict[str, str] = {}
    for path in sorted(data.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                texts[f"{path.name}:{number}"] = json.loads(line)["text"]
    for path in sorted((data / "hunts").glob("*.txt")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip() and not line.startswith("#"):
                texts[f"{path.name}:{number}"] = line.split("|")[-1]
    return texts


def fingerprints(texts: Mapping[str, str]) -> dict[str, str]:
    """Name -> SHA-1 of everything painkb answers for the text (interpretation and assessment)."""
    import painkb

    kb = painkb.load()
    return {
        name: hashlib.sha1(
            (repr(painkb.interpret(kb, text)) + repr(painkb.assess(kb, text=text))).encode("utf-8"),
            usedforsecurity=False,
        ).hexdigest()
        for name, text in texts.items()
    }


def outcomes(texts: Mapping[str, str]) -> dict[str, str]:
    """Name -> SHA-1 of what painkb raises, asks about and finds (entity and status) for the
    text: unlike `fingerprints`, blind to the wording of the entities themselves, so a change to
    a warning sign's aliases or quotes flags only the texts whose outcome it changes.

    >>> prints = outcomes({"a": "my back hurts"})
    >>> len(prints["a"])
    40
    """
    import painkb

    kb = painkb.load()
    result = {}
    for name, text in texts.items():
        answer = painkb.assess(kb, text=text)
        outcome = (
            sorted(flag.warning_sign.id for flag in answer.red_flags),
            sorted(q.warning_sign.id for q in answer.questions if q.prompted),
            sorted({(m.entity.id, str(m.status)) for m in answer.interpretation.mentions})
            if answer.interpretation is not None
            else [],
        )
        result[name] = hashlib.sha1(repr(outcome).encode("utf-8"), usedforsecurity=False).hexdigest()
    return result


def differing(before: Mapping[str, str], after: Mapping[str, str]) -> list[str]:
    """The names whose fingerprints differ, or that only one of the two holds."""
    return sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks fingerprint", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("out", nargs="?", help="where to write the fingerprints (JSON)")
    parser.add_argument("--compare", nargs=2, metavar=("A", "B"), help="name the texts whose answers differ")
    parser.add_argument(
        "--outcomes",
        action="store_true",
        help="hash only what is raised, asked and found (blind to the entities' own wording)",
    )
    args = parser.parse_args(argv)
    if args.compare:
        before, after = (json.loads(Path(p).read_text(encoding="utf-8")) for p in args.compare)
        changed = differing(before, after)
        print(f"{len(changed)} of {len(before.keys() | after.keys())} texts answered differently")
        for name in changed:
            print(f"  {name}")
        return 1 if changed else 0
    if not args.out:
        parser.error("give OUT.json, or --compare A.json B.json")
    prints = (outcomes if args.outcomes else fingerprints)(texts_measured())
    Path(args.out).write_text(json.dumps(prints, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(prints)} texts fingerprinted into {args.out}")
    return 0

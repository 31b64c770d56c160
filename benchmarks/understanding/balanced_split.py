"""The balanced split the later probe sets were divided by (split3.py ... split6.py use it).

Every item is described by its features: its tags and the warning signs labelled present in
it.  The items are shuffled with a fixed seed, then taken rarest feature first (an item's
rarity is the pool count of its rarest feature; ties keep the shuffled order), and each goes to
the half that so far holds the smaller share of its features (sum over its features of the
half's count divided by the pool count), the half with room if the other is full, and a seeded
coin toss on a tie.  So every warning sign and every tag is spread over both halves as evenly as
the pool allows, and each half gets exactly half of the items.  Ids are given after the split,
in pool order, with one prefix per half.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "src" / "painkb" / "data" / "warning_signs.toml"


def warning_signs() -> frozenset[str]:
    """The warning-sign ids of the bundled data (read from the TOML, not through painkb)."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]

    with DATA.open("rb") as fh:
        return frozenset(e["id"] for e in tomllib.load(fh)["warning_sign"])


def features(item: dict[str, Any], signs: frozenset[str]) -> list[str]:
    tags = [f"tag:{t}" for t in item["tags"]]
    present = sorted(
        {f["entity"] for f in item["expected"] if f["status"] == "present" and f["entity"] in signs}
    )
    return tags + [f"sign:{s}" for s in present] or ["untagged"]


def split(
    items: list[dict[str, Any]], signs: frozenset[str], seed: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Return (dev, holdout) for pool items, deterministically; each half gets half the items."""
    feats = {id(i): features(i, signs) for i in items}
    total = Counter(f for i in items for f in feats[id(i)])
    rng = random.Random(seed)
    order = list(items)
    rng.shuffle(order)
    order.sort(key=lambda i: min(total[f] for f in feats[id(i)]))  # stable: shuffled ties
    capacity = (len(items) + 1) // 2, len(items) // 2
    halves: tuple[list[dict[str, Any]], list[dict[str, Any]]] = ([], [])
    counts: tuple[Counter[str], Counter[str]] = (Counter(), Counter())
    for item in order:
        share = [sum(counts[h][f] / total[f] for f in feats[id(item)]) for h in (0, 1)]
        if len(halves[0]) >= capacity[0]:
            h = 1
        elif len(halves[1]) >= capacity[1]:
            h = 0
        elif share[0] != share[1]:
            h = 0 if share[0] < share[1] else 1
        else:
            h = rng.randrange(2)
        halves[h].append(item)
        counts[h].update(feats[id(item)])
    position = {id(i): n for n, i in enumerate(items)}
    dev, holdout = (sorted(half, key=lambda i: position[id(i)]) for half in halves)
    return dev, holdout


def _write(path: Path, items: list[dict[str, Any]], prefix: str) -> None:
    with path.open("w", encoding="utf-8") as out:
        for n, item in enumerate(items, 1):
            clean = {"id": f"{prefix}{n:03d}"}
            clean.update((k, v) for k, v in item.items() if k != "id" and not k.startswith("_"))
            out.write(json.dumps(clean, ensure_ascii=False) + "\n")


def run(argv: list[str], name: str, seed: int, prefixes: tuple[str, str], usage: str | None) -> int:
    """Split the pool at ``argv[0]`` into ``<name>_dev.jsonl`` and ``<name>_holdout.jsonl``;
    refuse to overwrite them (the holdout half is reported in aggregate only)."""
    if not argv:
        print(usage)
        return 2
    targets = (HERE / f"{name}_dev.jsonl", HERE / f"{name}_holdout.jsonl")
    if any(p.exists() for p in targets):
        print(
            f"refusing to overwrite the {name} split: {name}_holdout is reported in aggregate only",
            file=sys.stderr,
        )
        return 1
    pool = [
        json.loads(line) for line in Path(argv[0]).read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    dev, holdout = split(pool, warning_signs(), seed)
    for path, part, prefix in zip(targets, (dev, holdout), prefixes, strict=True):
        _write(path, part, prefix)
    print(f"{name}_dev {len(dev)}, {name}_holdout {len(holdout)}")
    return 0

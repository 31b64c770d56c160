"""One-off split of the labelled understanding set into dev (~40 %) and test (~60 %).

It was run once, on the authored pool, to write ``dev.jsonl``, ``test.jsonl`` and
``plain.jsonl``; the pool itself is not kept (those three files are the data).  Items
are stratified by their rarest tag (tag frequencies over the whole pool), shuffled
with a fixed seed inside each stratum, and the first 40 % of every stratum goes to
dev.  Items marked ``"_plain": true`` (one plain phrasing per warning sign) all go
to ``plain.jsonl``, which belongs to the frozen test part.

It refuses to overwrite existing files: **the test part is frozen**.  Re-running it
with new items would move existing ones between parts; add new dev items to
``dev.jsonl`` by hand instead.

Usage: ``python benchmarks/understanding/split.py POOL.jsonl [--force]``
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

SEED = 20261130
DEV_SHARE = 0.4
HERE = Path(__file__).resolve().parent


def split(
    items: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Return (dev, test, plain) for pool items, deterministically."""
    plain = [i for i in items if i.get("_plain")]
    rest = [i for i in items if not i.get("_plain")]
    freq = Counter(t for i in rest for t in i["tags"])
    strata: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in rest:
        tags = item["tags"] or ["untagged"]
        strata[min(tags, key=lambda t: (freq[t], t))].append(item)
    rng = random.Random(SEED)
    dev: list[dict[str, Any]] = []
    test: list[dict[str, Any]] = []
    for name in sorted(strata):
        group = strata[name]
        rng.shuffle(group)
        cut = round(len(group) * DEV_SHARE)
        dev.extend(group[:cut])
        test.extend(group[cut:])
    order = {i["id"]: n for n, i in enumerate(items)}
    return (
        sorted(dev, key=lambda i: order[i["id"]]),
        sorted(test, key=lambda i: order[i["id"]]),
        plain,
    )


def _write(path: Path, items: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for item in items:
            clean = {k: v for k, v in item.items() if not k.startswith("_")}
            out.write(json.dumps(clean, ensure_ascii=False) + "\n")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    targets = [HERE / "dev.jsonl", HERE / "test.jsonl", HERE / "plain.jsonl"]
    if any(p.exists() for p in targets) and "--force" not in argv:
        print("refusing to overwrite the split: the test part is frozen", file=sys.stderr)
        return 1
    pool = [
        json.loads(line) for line in Path(argv[0]).read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    dev, test, plain = split(pool)
    for path, part in zip(targets, (dev, test, plain), strict=True):
        _write(path, part)
    print(f"dev {len(dev)}, test {len(test)}, plain {len(plain)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""One-off split of the sixth probe pool into ``probe6_dev.jsonl`` and ``probe6_holdout.jsonl``.

It was run once, on the authored pool (200 items, kept outside the repository at
``/work/tmp/probe6_pool.jsonl`` by the helper that wrote it; the two files are the data). The
split is `balanced_split.split` (its docstring says how it balances the halves). Ids are given
after the split, in pool order: ``q001``... in the dev half and ``r001``... in the holdout half.

It refuses to overwrite existing files: ``probe6_holdout.jsonl`` is reported in aggregate only,
and re-running the split would move items between the halves.

Usage: ``python benchmarks/understanding/split6.py POOL.jsonl``
"""

from __future__ import annotations

import sys

from balanced_split import run

SEED = 20261204
PREFIXES = ("q", "r")

if __name__ == "__main__":
    sys.exit(run(sys.argv[1:], "probe6", SEED, PREFIXES, __doc__))

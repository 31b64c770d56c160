"""One-off split of the fourth probe pool into ``probe4_dev.jsonl`` and ``probe4_holdout.jsonl``.

It was run once, on the authored pool (240 items, kept outside the repository at
``/work/tmp/probe4_pool.jsonl`` by the helper that wrote it; the two files are the data). The
split is `balanced_split.split` (its docstring says how it balances the halves). Ids are given
after the split, in pool order: ``f001``... in the dev half and ``g001``... in the holdout half.

It refuses to overwrite existing files: ``probe4_holdout.jsonl`` is reported in aggregate only,
and re-running the split would move items between the halves.

Usage: ``python benchmarks/understanding/split4.py POOL.jsonl``
"""

from __future__ import annotations

import sys

from balanced_split import run

SEED = 20261202
PREFIXES = ("f", "g")

if __name__ == "__main__":
    sys.exit(run(sys.argv[1:], "probe4", SEED, PREFIXES, __doc__))

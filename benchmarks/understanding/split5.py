"""One-off split of the fifth probe pool into ``probe5_dev.jsonl`` and ``probe5_holdout.jsonl``.

It was run once, on the authored pool (240 items, kept outside the repository at
``/work/tmp/probe5_pool.jsonl`` by the helper that wrote it; the two files are the data). The
split is `balanced_split.split` (its docstring says how it balances the halves). Ids are given
after the split, in pool order: ``j001``... in the dev half and ``k001``... in the holdout half.

It refuses to overwrite existing files: ``probe5_holdout.jsonl`` is reported in aggregate only,
and re-running the split would move items between the halves.

Usage: ``python benchmarks/understanding/split5.py POOL.jsonl``
"""

from __future__ import annotations

import sys

from balanced_split import run

SEED = 20261203
PREFIXES = ("j", "k")

if __name__ == "__main__":
    sys.exit(run(sys.argv[1:], "probe5", SEED, PREFIXES, __doc__))

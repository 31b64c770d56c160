"""One-off split of the third probe pool into ``probe3_dev.jsonl`` and ``probe3_holdout.jsonl``.

It was run once, on the authored pool (260 items), to write the two files; the pool itself is
not kept (the two files are the data). The split is `balanced_split.split` (its docstring says
how it balances the halves). Ids are given after the split, in pool order: ``e001``... in the
dev half and ``h001``... in the holdout half.

It refuses to overwrite existing files: ``probe3_holdout.jsonl`` is reported in aggregate only,
and re-running the split would move items between the halves.

Usage: ``python benchmarks/understanding/split3.py POOL.jsonl``
"""

from __future__ import annotations

import sys

from balanced_split import run

SEED = 20261201
PREFIXES = ("e", "h")

if __name__ == "__main__":
    sys.exit(run(sys.argv[1:], "probe3", SEED, PREFIXES, __doc__))

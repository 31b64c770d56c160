"""Time reporting many problems: ``python -m benchmarks.problems [--counts N ...]``.

Builds a knowledge base of N conditions each linking to a misspelt id (``conditoin-i``),
so every link is a problem whose target is close to a real id, and times how long
:func:`painkb.build` takes to raise its :class:`painkb.DataError` (CPU time).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

import painkb
from painkb.model import Citation, Condition, Link, Source

__all__ = ["bad_links", "main"]


def bad_links(count: int) -> tuple[list[Condition], list[Source], list[Link]]:
    """``count`` conditions, one source, and ``count`` links to unknown (misspelt) ids."""
    cite = [Citation("s", quote="q")]
    conditions = [Condition(id=f"condition-{i}", name=f"Condition {i}") for i in range(count)]
    links = [Link(f"condition-{i}", "mimics", f"conditoin-{i}", cite) for i in range(count)]
    return conditions, [Source(id="s", title="S", kind="blog", evidence="opinion")], links


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.problems")
    parser.add_argument("--counts", type=int, nargs="+", default=[1_000, 5_000, 16_000])
    args = parser.parse_args(argv)
    for count in args.counts:
        parts = bad_links(count)
        started = time.process_time()
        try:
            painkb.build(*parts)
        except painkb.DataError as error:
            problems = len(error.problems)
        else:  # pragma: no cover
            raise AssertionError("the bad links were accepted")
        print(
            f"{count:,} bad links: {problems:,} problems in {time.process_time() - started:.2f} s", flush=True
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

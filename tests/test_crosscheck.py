"""painkb.crosscheck: the cross-file checks report every problem, fast even by the thousand (#13 item 5)."""

from __future__ import annotations

import time

import pytest

import painkb
from painkb.model import Citation, Condition, Link, Source


def _many_bad_links(count: int) -> tuple[list[Condition], list[Source], list[Link]]:
    cite = [Citation("s", quote="q")]
    conditions = [Condition(id=f"condition-{i}", name=f"Condition {i}") for i in range(count)]
    links = [Link(f"condition-{i}", "mimics", f"conditoin-{i}", cite) for i in range(count)]
    return conditions, [Source(id="s", title="S", kind="blog", evidence="opinion")], links


def test_five_thousand_unknown_ids_are_all_reported_promptly() -> None:
    started = time.process_time()
    with pytest.raises(painkb.DataError) as caught:
        painkb.build(*_many_bad_links(5_000))
    elapsed = time.process_time() - started
    unknown = [p for p in caught.value.problems if p.message.startswith("unknown id")]
    assert len(unknown) == 5_000, "every bad link is reported"
    hinted = [p for p in unknown if "did you mean" in p.message]
    assert 0 < len(hinted) <= 100
    assert elapsed < 60  # was quadratic (33 s for 16k); the benchmark times it

"""painkb.fuzzy: "did you mean" suggestions, bounded so thousands of problems stay fast."""

from __future__ import annotations

from painkb.fuzzy import Suggester, normalize, suggest


def test_suggest_finds_close_ids_best_first_and_nothing_for_nonsense() -> None:
    ids = ["piriformis", "psoas-major", "gluteus-medius", "gluteus-minimus"]
    assert suggest("piriformus", ids)[0] == "piriformis"
    assert suggest("zzzz", ids) == ()
    assert suggest("gluteus-medium", ids, limit=1) == ("gluteus-medius",)


def test_normalize_ignores_case_and_separators() -> None:
    assert normalize("Gluteus Medius") == normalize("gluteus-medius")


def test_the_suggester_answers_as_suggest_does() -> None:
    ids = [f"condition-{i}" for i in range(300)] + ["piriformis", "psoas-major", "gluteus-medius"]
    hint = Suggester(ids, budget=10_000)
    for word in ["piriformus", "condition-1x", "psoas", "zzz", "Gluteus Medius", "condition-299"]:
        assert hint(word) == suggest(word, ids, limit=1)
        assert hint(word, limit=3) == suggest(word, ids, limit=3)

"""painkb.errors: every error painkb raises on purpose is typed, and says what to do."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import painkb
from painkb import errors
from painkb.cli import _fail, main


@pytest.mark.parametrize("name", [n for n in errors.__all__ if n not in {"Origin", "Problem"}])
def test_every_error_is_a_painkb_error_and_a_builtin_one(name: str) -> None:
    error = getattr(errors, name)
    assert issubclass(error, errors.PainKBError)
    assert name == "PainKBError" or issubclass(error, (ValueError, KeyError))


def test_an_unknown_source_says_source_and_suggests_close_ids() -> None:
    with pytest.raises(painkb.UnknownSourceError) as caught:
        painkb.load().source("nice-ng5")
    error = caught.value
    assert isinstance(error, painkb.UnknownEntityError)  # and so a KeyError, as before
    assert error.entity_id == "nice-ng5"
    assert "nice-ng59" in error.suggestions
    assert str(error).startswith("no source with id 'nice-ng5'; did you mean 'nice-ng59'")


def test_explain_with_a_limit_below_one_is_a_bad_argument() -> None:
    kb = painkb.load()
    for max_length, limit in ((0, 20), (3, 0)):
        with pytest.raises(painkb.BadArgumentError, match="at least 1") as caught:
            painkb.explain(kb, "piriformis", "sciatica", max_length, limit)
        assert isinstance(caught.value, ValueError)


def test_a_cli_failure_is_a_click_exception_printed_as_one_painkb_line() -> None:
    with pytest.raises(click.ClickException) as caught:
        _fail("no such thing")
    assert caught.value.exit_code == 1
    assert caught.value.message == "no such thing"
    result = CliRunner().invoke(main, ["show", "zzzzqqqq"])
    assert result.exit_code == 1
    assert result.stderr == "painkb: no entity with id 'zzzzqqqq'\n"


_NO_DIGITS = st.text(st.characters(exclude_characters="0123456789"), max_size=8)


@given(_NO_DIGITS, st.integers(0, 10**12), st.integers(0, 10**12), st.text(max_size=8))
def test_numbers_in_where_a_problem_is_compare_as_numbers(prefix: str, m: int, n: int, rest: str) -> None:
    """``entities[2]`` before ``entities[10]``, in the file, the entry and the field alike."""
    for place in ("file", "entry", "field"):
        a, b = (
            errors.Problem(
                **{"file": "", "entry": "", "field": "", "message": "x", place: f"{prefix}[{k}]{rest}"}
            )
            for k in (m, n)
        )
        assert (a.sort_key() < b.sort_key()) == (m < n), place


@given(st.lists(st.tuples(_NO_DIGITS, _NO_DIGITS, _NO_DIGITS, st.text(max_size=4)), max_size=6))
def test_without_numbers_problems_sort_as_text_does(places: list[tuple[str, str, str, str]]) -> None:
    problems = [errors.Problem(*place) for place in places]
    assert sorted(problems, key=errors.Problem.sort_key) == sorted(
        problems, key=lambda p: (p.file, p.entry, p.field, p.message)
    )


_PLACES = st.text("ab01[]", max_size=5)


@given(
    st.builds(errors.Problem, _PLACES, _PLACES, _PLACES, _PLACES),
    st.builds(errors.Problem, _PLACES, _PLACES, _PLACES, _PLACES),
)
def test_different_problems_never_tie(a: errors.Problem, b: errors.Problem) -> None:
    """``x01`` and ``x1`` are equal as numbers but still sort one way, whatever order problems come in."""
    assert (a.sort_key() == b.sort_key()) == (a == b)


@given(
    st.lists(
        st.builds(
            errors.Problem,
            st.text(max_size=20),
            st.text(max_size=20),
            st.text(max_size=20),
            st.text(max_size=40),
            st.none() | st.integers(min_value=1, max_value=10_000),
        ),
        max_size=5,
    )
)
def test_a_data_error_survives_pickling_with_its_problems(problems: list[errors.Problem]) -> None:
    # (a process pool sends an error back pickled: it must arrive whole, not as a TypeError)
    import pickle

    error = errors.DataError(problems)
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is errors.DataError
    assert again.problems == error.problems
    assert str(again) == str(error)


@pytest.mark.parametrize(
    "error",
    [
        errors.UnknownEntityError("piriformiss", ("piriformis",)),
        errors.UnknownSourceError("nice-ng5", ("nice-ng59",)),
        errors.ExportError("piriformis", "xrefs", "not a valid IRI"),
    ],
)
def test_errors_with_fields_survive_pickling(error: errors.PainKBError) -> None:
    import pickle

    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert str(again) == str(error)
    assert vars(again) == vars(error)

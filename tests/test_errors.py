"""painkb.errors: every error painkb raises on purpose is typed, and says what to do."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

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

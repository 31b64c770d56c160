"""Shared pytest set-up: doctest namespace and hypothesis profiles."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

# Loads in the test suite never read or write the user's cache: a test that checks
# snapshots sets PAINKB_CACHE_DIR to a temporary folder and turns this off itself.
os.environ["PAINKB_NO_CACHE"] = "1"

import painkb

# "dev" is quick for local runs; "ci" tries more examples; "thorough" is the long run
# (HYPOTHESIS_PROFILE=thorough). The example database lives in .hypothesis/, ignored by git,
# and is off in CI so runs there do not depend on earlier runs.
settings.register_profile("dev", max_examples=30, deadline=None)
settings.register_profile(
    "ci", max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "thorough", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture(autouse=True)
def _doctest_names(doctest_namespace: dict[str, Any]) -> None:
    doctest_namespace["painkb"] = painkb
    doctest_namespace["kb"] = painkb.load()


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A scratch cache folder, with the cache turned on (snapshots, the stored lexicon)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("PAINKB_CACHE_DIR", str(folder))
    monkeypatch.delenv("PAINKB_NO_CACHE", raising=False)
    return folder

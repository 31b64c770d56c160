"""One public surface: the top-level package's sorted ``__all__``."""

from __future__ import annotations

import subprocess
import sys
import types

import painkb


def test_all_is_sorted_and_complete() -> None:
    assert painkb.__all__ == sorted(painkb.__all__)
    public = {
        name
        for name, value in vars(painkb).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert public == set(painkb.__all__) - {"__version__"}


def test_every_public_name_has_a_docstring() -> None:
    for name in painkb.__all__:
        obj = getattr(painkb, name)
        if callable(obj):
            assert obj.__doc__, name


def test_importing_painkb_does_not_import_the_cli_or_test_tools() -> None:
    code = "import sys, painkb; print([m for m in ('click', 'hypothesis', 'rapidfuzz') if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_package_is_typed() -> None:
    from importlib import resources

    assert resources.files("painkb").joinpath("py.typed").is_file()

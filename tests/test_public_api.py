"""The public surface: sorted, documented ``__all__`` lists, and what ``import painkb`` leaves out."""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import os
import subprocess
import sys
import types

import pytest

import painkb


def test_all_is_sorted_and_complete() -> None:
    assert painkb.__all__ == sorted(painkb.__all__)
    public = {
        name
        for name in dir(painkb)  # with the names imported on first use
        if not name.startswith("_") and not isinstance(getattr(painkb, name), types.ModuleType)
    }
    assert public == set(painkb.__all__) - {"__version__"}


@pytest.mark.parametrize("module", ["painkb", "painkb.export", "painkb.render", "painkb.strategies"])
def test_all_is_sorted_and_every_public_callable_is_documented(module: str) -> None:
    found = importlib.import_module(module)
    assert found.__all__ == sorted(found.__all__)
    for name in found.__all__:
        obj = getattr(found, name)
        if inspect.isfunction(obj) or inspect.isclass(obj):
            assert inspect.getdoc(obj), f"{module}.{name}"


# What a fresh ``import painkb`` must leave out, and what answering questions without the
# graph must still leave out: the CLI, the test tools, the exports and their extras, and
# the reading of free text (imported when there is text to read).
_LEFT_OUT = {
    "import painkb": (
        "click",
        "hypothesis",
        "rapidfuzz",
        "networkx",
        "painkb.cli",
        "painkb.strategies",
        "painkb.export",
        "painkb.render",
        "rdflib",
        "pyoxigraph",
        "painkb.understand",
    ),
    "answers without the graph": ("networkx", "painkb.export", "painkb.render", "painkb.understand"),
}


@functools.cache
def _imported() -> dict[str, list[str]]:
    """The modules of ``_LEFT_OUT`` loaded after each step, in a fresh interpreter."""
    code = f"""
import json, sys
def loaded(names):
    return [n for n in names if any(m == n or m.startswith(n + ".") for m in sys.modules)]
left_out = {_LEFT_OUT!r}
import painkb
found = {{"import painkb": loaded(left_out["import painkb"])}}
kb = painkb.load()
painkb.assess(kb, regions=["lower-back"])
kb.find("QL")
found["answers without the graph"] = loaded(left_out["answers without the graph"])
print(json.dumps(found))
"""
    env = {**os.environ, "HYPOTHESIS_NO_PLUGINS": "1"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    found: dict[str, list[str]] = json.loads(out.stdout)
    return found


@pytest.mark.parametrize(("step", "module"), [(step, m) for step, names in _LEFT_OUT.items() for m in names])
def test_painkb_leaves_out_what_it_does_not_need(step: str, module: str) -> None:
    assert module not in _imported()[step]


def test_the_package_is_typed() -> None:
    from importlib import resources

    assert resources.files("painkb").joinpath("py.typed").is_file()

"""painkb reads TOML 1.0 on every Python: each TOML 1.1-only construct is a DataError
naming the file and the line, whichever parser the Python in use has."""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

import pytest

import painkb
from painkb import parse
from painkb.documents import Document
from painkb.load import load_documents

# A valid entry with one TOML 1.1-only construct each, and the line it is on.
ENTRY = '[[region]]\nid = "buttock"\nname = "Buttock"\n'
CONSTRUCTS = {
    "newline in inline table": ('xref = { a = "x",\n  b = "y" }\n', 4),
    "trailing comma in inline table": ('xref = { a = "x", }\n', 4),
    "comment in inline table": ('xref = { a = "x" # why\n}\n', 4),
    "escape \\e": ('description = "bold \\e[1m"\n', 4),
    "escape \\x41": ('description = "\\x41 buttock"\n', 4),
    "time without seconds": ("checked = 07:32\n", 4),
    "date-time without seconds": ("checked = 1979-05-27T07:32Z\n", 4),
    "local date-time without seconds": ("checked = 1979-05-27 07:32\n", 4),
    "construct further down": ("\n\n# a comment\nchecked = 07:32\n", 7),
}


@pytest.mark.parametrize("name", list(CONSTRUCTS))
def test_toml_1_1_construct_is_a_data_error_with_file_and_line(name: str) -> None:
    text, line = CONSTRUCTS[name]
    with pytest.raises(painkb.DataError) as caught:
        load_documents([Document("regions.toml", ENTRY + text)])
    (problem,) = caught.value.problems
    assert problem.file == "regions.toml"
    assert problem.line == line
    assert problem.message.startswith("is not valid TOML: ")
    assert str(problem).startswith(f"regions.toml:{line}: is not valid TOML: ")


def _toml_1_0_parsers() -> list[Any]:
    """Every TOML parser painkb may use on some Python that is installed here."""
    parsers = [parse.tomllib]
    if (3, 11) <= sys.version_info < (3, 15):
        parsers.append(importlib.import_module("tomllib"))
    try:
        tomli = importlib.import_module("tomli")
    except ImportError:  # pragma: no cover - tomli is a test dependency
        pass
    else:
        parsers.append(tomli)
    return list({id(p): p for p in parsers}.values())


@pytest.mark.parametrize("parser", _toml_1_0_parsers(), ids=lambda p: p.__name__)
@pytest.mark.parametrize("construct", list(parse.TOML_1_1_ONLY))
def test_each_parser_painkb_uses_refuses_toml_1_1(parser: Any, construct: str) -> None:
    with pytest.raises(parser.TOMLDecodeError):
        parser.loads(parse.TOML_1_1_ONLY[construct])


def test_the_parser_in_use_is_the_pinned_one() -> None:
    if (3, 11) <= sys.version_info < (3, 15):
        assert parse.tomllib.__name__ == "tomllib"
    else:  # pragma: no cover - Python 3.10 and 3.15+
        assert parse.tomllib.__name__ == "tomli"
        version = tuple(int(part) for part in parse.tomllib.__version__.split(".")[:2])
        assert version < (2, 4)


def test_a_toml_1_1_parser_is_refused() -> None:
    class TOMLDecodeError(ValueError):
        pass

    lenient = types.SimpleNamespace(
        __name__="tomli", __version__="2.4.0", TOMLDecodeError=TOMLDecodeError, loads=lambda text: {}
    )
    with pytest.raises(ImportError, match=r"TOML 1\.0 only.*tomli 2\.4\.0.*install tomli<2\.4"):
        parse._require_toml_1_0(lenient)


def test_toml_1_0_forms_of_the_same_constructs_still_load() -> None:
    text = ENTRY + 'description = "bold \\u001b"\n'
    with pytest.raises(painkb.DataError, match="U\\+001B"):  # refused for the character, not the TOML
        load_documents([Document("regions.toml", text)])
    kb = load_documents([Document("regions.toml", ENTRY + 'description = "\\u0041 buttock"\n')])
    assert kb.get("buttock").description == "A buttock"

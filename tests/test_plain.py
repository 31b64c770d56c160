"""painkb.plain: as_data turns any painkb object into plain JSON-ready data."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

import painkb


def test_an_entity_becomes_a_dict_of_its_fields_with_its_kind() -> None:
    muscle = painkb.load().get("piriformis")
    data = painkb.as_data(muscle)
    assert data["kind"] == "muscle"
    assert data["id"] == "piriformis"
    assert isinstance(data["aliases"], list)
    assert json.loads(json.dumps(data)) == data


def test_enums_tuples_mappings_and_durations_become_plain_values() -> None:
    assert painkb.as_data(painkb.Kind.WARNING_SIGN) == "warning_sign"
    assert painkb.as_data((1, ("a", None))) == [1, ["a", None]]
    assert painkb.as_data({"zone": painkb.Zone.PRIMARY}) == {"zone": "primary"}
    assert painkb.as_data(timedelta(hours=36)) == 1.5


def test_an_answer_is_json_ready() -> None:
    data = painkb.as_data(painkb.assess(painkb.load(), text="lower back"))
    assert json.loads(json.dumps(data)) == data


def test_anything_else_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="cannot convert set"):
        painkb.as_data({1})

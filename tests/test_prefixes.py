"""painkb.prefixes: the one CURIE-prefix table that lint, the RDF export and the strategies read."""

from __future__ import annotations

import pytest
from hypothesis import given

import painkb
import painkb.strategies as strategies
from painkb import lint
from painkb.errors import Origin
from painkb.export import xref_iri
from painkb.export.rdf import OBO_PREFIXES
from painkb.prefixes import PREFIXES, Prefix, prefix_of


def _xref_problems(xref: str) -> list[str]:
    """What ``painkb validate`` says about a muscle with this one xref."""
    muscle = painkb.Muscle(id="m", name="M", xrefs=(xref,))
    kb = painkb.build([muscle], [])
    origin = Origin("muscles.toml", "m", "", 1)
    return [p.message for p in lint.check_entity(kb, muscle, origin) if p.field == "xrefs[0]"]


@pytest.mark.parametrize("prefix", list(PREFIXES.values()), ids=list(PREFIXES))
def test_lint_and_export_read_the_table(prefix: Prefix) -> None:
    curie = f"{prefix.name}:{prefix.example}"
    assert prefix.accepts(prefix.example)
    assert _xref_problems(curie) == []
    assert xref_iri(curie) == prefix.iri(prefix.example)
    assert xref_iri(curie.lower().replace(prefix.example.lower(), prefix.example)) == xref_iri(curie)
    assert (prefix.name in OBO_PREFIXES) == xref_iri(curie).startswith("http://purl.obolibrary.org/obo/")


def test_lint_knows_exactly_the_prefixes_of_the_table() -> None:
    assert frozenset(PREFIXES) == lint.KNOWN_PREFIXES
    assert _xref_problems("wikidata:Q42") == [
        f"unknown prefix 'wikidata'; use one of {', '.join(sorted(PREFIXES))}"
    ]


def test_lint_refuses_a_local_id_of_no_form_of_its_prefix() -> None:
    assert _xref_problems("UBERON:hip") == [
        "'UBERON:hip' is not a UBERON id; they look like 'UBERON:0001382'"
    ]
    assert _xref_problems("ICD11:back") == ["'ICD11:back' is not a ICD11 id; they look like 'ICD11:1234567'"]


def test_every_xref_of_the_bundled_data_is_in_the_table() -> None:
    xrefs = [prefix_of(x) for entity in painkb.load() for x in entity.xrefs]
    assert xrefs
    assert all(prefix in PREFIXES and PREFIXES[prefix].accepts(local) for prefix, local in xrefs)


@given(strategies.entities(sources=()))
def test_the_strategies_draw_xrefs_with_the_prefixes_of_the_table(entity: painkb.Entity) -> None:
    assert all(prefix_of(x)[0] in PREFIXES for x in entity.xrefs)

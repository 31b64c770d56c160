"""painkb.strategies: its public surface, its arguments, and what it generates."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import painkb

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10
    import tomli as tomllib
import painkb.strategies as strategies
from painkb import Kind, KnowledgeBase
from painkb.dump import FILE_NAMES
from painkb.metagraph import allows
from painkb.model import ENTITY_CLASSES


def test_all_lists_exactly_the_public_names() -> None:
    defined = {
        name
        for name, obj in vars(strategies).items()
        if not name.startswith("_") and getattr(obj, "__module__", None) == strategies.__name__
    }
    assert set(strategies.__all__) == defined | {"FAULTS", "FaultName"}


@pytest.mark.parametrize(
    "call",
    [
        lambda: strategies.knowledge_bases(min_entities=-1),
        lambda: strategies.knowledge_bases(min_entities=5, max_entities=2),
        lambda: strategies.knowledge_bases(max_entities=1.5),
        lambda: strategies.knowledge_bases(max_links=True),
        lambda: strategies.knowledge_bases(kinds=["bone"]),
        lambda: strategies.knowledge_bases(kinds="muscle"),
        lambda: strategies.knowledge_bases(kinds=[], min_entities=1),
        lambda: strategies.knowledge_bases(min_links=3, max_entities=4),
        lambda: strategies.knowledge_bases(min_links=1, max_sources=0),
        lambda: strategies.knowledge_bases(min_links=1, kinds=["symptom", "equipment"]),
        lambda: strategies.entities(kind="bone"),
        lambda: strategies.entities(ids="piriformis"),
        lambda: strategies.muscles(sources="seed-a"),
        lambda: strategies.muscles(sources=["Not An Id"]),
        lambda: strategies.sources(ids=3),
        lambda: strategies.citations(sources=[]),
        lambda: strategies.citations(sources=["seed\n"]),
        lambda: strategies.links(relations=["hugs"]),
        lambda: strategies.links(relations=[]),
        lambda: strategies.links(relations="part_of"),
        lambda: strategies.links([painkb.Symptom(id="a", name="A"), painkb.Symptom(id="b", name="B")]),
        lambda: strategies.links(["piriformis", "buttock"]),
        lambda: strategies.faulty_data("typo"),  # type: ignore[arg-type]
        lambda: strategies.faulty_data(max_entities=1),
    ],
)
def test_bad_arguments_raise_invalid_argument_when_the_strategy_is_made(call: Callable[[], Any]) -> None:
    with pytest.raises(InvalidArgument):
        call()


@pytest.mark.parametrize("kind", list(Kind))
def test_each_kind_strategy_makes_entities_of_that_kind(kind: Kind) -> None:
    @given(strategies.entities(kind), strategies.entities(str(kind), sources=["s"]))
    def check(entity: painkb.Entity, cited: painkb.Entity) -> None:
        assert type(entity) is ENTITY_CLASSES[kind]
        assert all(c.source == "s" for c in cited.citations)
        source = painkb.Source(id="s", title="S", kind="blog", evidence="opinion")
        assert painkb.build([cited], [source]).get(cited.id) == cited

    check()


@given(st.lists(strategies.sources(), min_size=1, max_size=3, unique_by=lambda s: s.id), st.data())
def test_links_between_given_entities_are_allowed_and_load(
    sources: list[painkb.Source], data: st.DataObject
) -> None:
    cited = [s.id for s in sources]
    muscle = data.draw(strategies.muscles(ids=st.just("m"), sources=cited))
    region = data.draw(strategies.regions(ids=st.just("r"), sources=cited))
    link = data.draw(strategies.links([muscle, region], sources=cited))
    assert {link.subject, link.target} == {"m", "r"}
    assert allows(link.relation, Kind.MUSCLE, Kind.REGION)
    assert painkb.build([muscle, region], sources, [link]).links == (link,)


@given(strategies.links(relations=["refers_pain_to"]))
def test_free_links_carry_the_qualifiers_their_relation_requires(link: painkb.Link) -> None:
    assert link.zone in (painkb.Zone.PRIMARY, painkb.Zone.SPILLOVER)
    assert link.subject != link.target


@given(
    strategies.knowledge_bases(
        min_entities=3,
        max_entities=6,
        min_sources=2,
        max_sources=2,
        min_links=2,
        max_links=4,
        kinds=["region", "muscle"],
    )
)
def test_knowledge_bases_respect_their_bounds(kb: KnowledgeBase) -> None:
    assert 3 <= len(kb) <= 6
    assert len(kb.sources) == 2
    assert 2 <= len(kb.links) <= 4
    assert {e.kind for e in kb} <= {Kind.REGION, Kind.MUSCLE}
    part_of = nx.DiGraph([(l.subject, l.target) for l in kb.links if l.relation == "part_of"])
    assert nx.is_directed_acyclic_graph(part_of)
    assert all(l.subject != l.target for l in kb.links)


@given(strategies.faulty_data())
def test_faulty_data_names_a_file_it_holds_and_writes_every_file(data: strategies.FaultyData) -> None:
    assert data.fault in strategies.FAULTS
    assert data.file in data.files
    assert len(data.files) == len(data.documents)  # no two documents share a name
    with tempfile.TemporaryDirectory() as folder:
        written = data.write(Path(folder) / "data")
        assert {path.name: path.read_text(encoding="utf-8") for path in written.iterdir()} == data.files


@pytest.mark.parametrize("kind", list(Kind))
def test_each_kind_has_a_strategy_named_after_its_data_file(kind: Kind) -> None:
    name = FILE_NAMES[str(kind)].removesuffix(".toml")
    strategy = getattr(strategies, name)
    assert strategy.__name__ == name
    assert name in strategies.__all__

    @given(strategy(sources=()))
    def check(entity: painkb.Entity) -> None:
        assert type(entity) is ENTITY_CLASSES[kind]
        assert entity.citations == ()

    check()


def _fresh_python(code: str, *path: Path) -> list[str]:
    """Run ``code`` in a new interpreter with ``path`` first on sys.path; its printed words."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([*map(str, path), *sys.path])}
    env.pop("HYPOTHESIS_NO_PLUGINS", None)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    return out.stdout.split()


def test_importing_the_strategies_first_in_a_process_works() -> None:
    # Through whichever hypothesis entry point is installed, old (painkb.strategies) or new.
    code = "import painkb.strategies as s, painkb; from hypothesis import strategies as st\n"
    code += "print(type(st.from_type(painkb.Muscle).example()).__name__, callable(s.faulty_data))"
    assert _fresh_python(code) == ["Muscle", "True"]


def test_the_hypothesis_entry_point_imports_no_painkb_until_a_type_is_resolved(
    tmp_path: Path,
) -> None:
    # A distribution on sys.path whose entry point is the one pyproject.toml declares.
    declared = tomllib.loads(Path(__file__).parents[1].joinpath("pyproject.toml").read_text())
    hook = declared["project"]["entry-points"]["hypothesis"]["_"]
    info = tmp_path / "painkb-0.0.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: painkb\nVersion: 0.0.0\n")
    (info / "entry_points.txt").write_text(f"[hypothesis]\n_ = {hook}\n")
    code = """
import sys
from hypothesis import strategies as st
print("painkb" in sys.modules)
import painkb
print("painkb.strategies" in sys.modules)
print(type(st.from_type(painkb.WarningSign).example()).__name__, "painkb.strategies" in sys.modules)
"""
    assert _fresh_python(code, tmp_path) == ["False", "False", "WarningSign", "True"]


@given(
    st.from_type(painkb.Muscle),
    st.from_type(painkb.WarningSign),
    st.from_type(painkb.Entity),
    st.from_type(KnowledgeBase),
    st.from_type(painkb.Link),
)
def test_from_type_uses_these_strategies(
    muscle: painkb.Muscle,
    sign: painkb.WarningSign,
    entity: painkb.Entity,
    kb: KnowledgeBase,
    link: painkb.Link,
) -> None:
    assert isinstance(muscle, painkb.Muscle)
    assert sign.advice.strip()
    assert isinstance(entity, painkb.Entity)
    assert all(l.citations for l in kb.links)
    assert link.citations

"""A small run of the benchmark's generator and loaders, so the benchmark cannot rot.

The timings themselves are never tested; this checks that the synthetic data is valid,
shaped like the bundled data, deterministic, and read the same by the peers.
"""

from __future__ import annotations

import doctest
from collections import Counter
from pathlib import Path

import pytest
from benchmarks import loaders, synth

import painkb

SIZE = 250  # must stay above the bundled entity count (215); the shape checks are tuned near it


@pytest.fixture(scope="module")
def data() -> synth.Synthetic:
    return synth.generate(SIZE, seed=7)


@pytest.fixture(scope="module")
def folder(data: synth.Synthetic, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synth")
    synth.write_toml(data, out / "toml")
    synth.write_obo(data, out / "data.obo")
    synth.write_nt(data, out / "data.nt")
    return out


def test_generated_data_loads_with_painkb(data: synth.Synthetic, folder: Path) -> None:
    kb = painkb.load(folder / "toml")
    assert len(kb) == SIZE
    assert kb == painkb.build(data.entities, data.sources, data.links)
    assert all(link.citations for link in kb.links)


def test_proportions_of_kinds_and_relations_are_the_bundled_ones(data: synth.Synthetic) -> None:
    base = painkb.load()
    want, got = synth.shape(base, base.links), synth.shape(data.entities, data.links)
    assert set(got["kinds"]) <= set(want["kinds"])
    for kind, share in want["kinds"].items():
        assert abs(got["kinds"].get(kind, 0) * SIZE - share * SIZE) <= 1, kind
    for relation, per_entity in want["relations"].items():
        assert got["relations"][relation] == pytest.approx(per_entity, rel=0.2, abs=0.02), relation


def test_degrees_stay_within_the_bundled_range(data: synth.Synthetic) -> None:
    base = painkb.load()
    for end in ("subject", "target"):
        base_max = max(Counter(getattr(link, end) for link in base.links).values())
        ours = Counter(getattr(link, end) for link in data.links)
        assert max(ours.values()) <= base_max


def test_replica_zero_keeps_the_bundled_ids_and_rewiring_connects_replicas(data: synth.Synthetic) -> None:
    ids = {e.id for e in data.entities}
    assert {e.id for e in painkb.load()} <= ids
    replica_of = {e.id: e.id.rsplit("-", 1)[-1] if e.id not in painkb.load() else "0" for e in data.entities}
    crossing = [link for link in data.links if replica_of[link.subject] != replica_of[link.target]]
    assert crossing


def test_same_seed_same_data_and_another_seed_other_data() -> None:
    assert synth.generate(80, seed=3) == synth.generate(80, seed=3)
    assert synth.generate(80, seed=3) != synth.generate(80, seed=4)


def test_command_line_writes_all_three_formats(tmp_path: Path) -> None:
    out = tmp_path / "toml"
    code = synth.main(
        [
            "--entities",
            "60",
            "--out",
            str(out),
            "--obo",
            str(tmp_path / "d.obo"),
            "--nt",
            str(tmp_path / "d.nt"),
        ]
    )
    assert code == 0
    assert len(painkb.load(out)) == 60
    assert (tmp_path / "d.obo").read_text().count("[Term]") == 60


def test_floor_and_painkb_loaders_read_the_same_graph(folder: Path) -> None:
    kb = painkb.load(folder / "toml")
    floor = loaders.floor(folder / "toml")
    assert set(floor.nodes) == {e.id for e in kb}
    assert floor.number_of_edges() == len(kb.links)
    assert loaders.measure("painkb", folder / "toml")["seconds"] > 0


def test_painkb_loaders_with_graph_and_snapshot(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAINKB_CACHE_DIR", str(tmp_path / "cache"))  # both restored after the test
    monkeypatch.setenv("PAINKB_NO_CACHE", "1")
    assert loaders.measure("painkb-graph", folder / "toml")["seconds"] > 0
    cache = loaders.snapshot_dir(folder / "toml")
    assert cache == folder / "painkb-cache"
    for _ in range(2):  # writes the snapshot, then reads it
        assert loaders.measure("painkb-snapshot", folder / "toml")["seconds"] > 0
    assert len(list(cache.glob("kb-*.json"))) == 1


def test_obonet_reads_the_same_entities_and_links(data: synth.Synthetic, folder: Path) -> None:
    obonet = pytest.importorskip("obonet")
    graph = obonet.read_obo(folder / "data.obo")
    assert set(graph.nodes) == {e.id for e in data.entities}
    assert sorted(graph.edges(keys=True)) == sorted(link.key for link in data.links)
    assert {graph.nodes[e.id]["namespace"] for e in data.entities} == {str(e.kind) for e in data.entities}


def test_sparql_answers_agree_with_painkb(folder: Path) -> None:
    pyoxigraph = pytest.importorskip("pyoxigraph")
    from benchmarks.questions import questions, run_sparql, subjects

    kb = painkb.load(folder / "toml")
    store = pyoxigraph.Store()
    store.bulk_load(path=str(folder / "data.nt"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    for question in questions(subjects(painkb.load())):
        ours = question.painkb_answer(question.ask(kb))
        theirs = question.sparql_answer(run_sparql(store, question.sparql))
        assert question.agree(ours, theirs), question.name


def test_synth_examples_run() -> None:
    result = doctest.testmod(synth, extraglobs={"kb": painkb.load()})
    assert result.attempted > 0
    assert result.failed == 0

"""The four ways of loading the same knowledge, each measured in a fresh process.

``python -m benchmarks.loaders LOADER PATH`` loads once and prints JSON: the seconds the
load took (imports excluded) and the peak resident memory it added, in KiB (the
process's high-water mark after the load minus the mark before it).

Loaders:
    painkb: ``painkb.load(folder, cache=False)``: parse, validate and index (the graph
        is built on first use, so not here).
    painkb-graph: the same, then the frozen networkx graph (``kb.graph``), which is
        what the floor and obonet make.
    painkb-snapshot: ``painkb.load(folder)`` when a snapshot of the files exists
        (:mod:`painkb.snapshot`; the benchmark writes it first, in a ``painkb-cache``
        folder next to the data).
    floor: the least any TOML-to-graph loader must do: ``tomllib`` each file, then
        ``add_nodes_from`` / ``add_edges_from`` into a bare ``networkx.MultiDiGraph``
        (nodes carry their TOML tables, edges their link tables; nothing is checked).
    obonet: ``obonet.read_obo`` on the equivalent OBO file.
    oxigraph: ``pyoxigraph.Store().bulk_load`` of the equivalent N-Triples (in memory).
"""

from __future__ import annotations

import gc
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["LOADERS", "floor", "measure"]


def _painkb(path: Path) -> Any:
    import painkb

    return painkb.load(path, cache=False)


def _painkb_graph(path: Path) -> Any:
    import painkb

    kb = painkb.load(path, cache=False)
    return kb, kb.graph


def snapshot_dir(path: Path) -> Path:
    """Where the painkb-snapshot loader keeps its snapshots for the data at ``path``."""
    return path.resolve().parent / "painkb-cache"


def _painkb_snapshot(path: Path) -> Any:
    import painkb

    os.environ["PAINKB_CACHE_DIR"] = str(snapshot_dir(path))
    os.environ.pop("PAINKB_NO_CACHE", None)
    return painkb.load(path)


def floor(path: Path) -> Any:
    """Parse every TOML file under ``path`` and put nodes and edges in a bare MultiDiGraph."""
    import networkx as nx

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib

    graph = nx.MultiDiGraph()
    for file in sorted(path.rglob("*.toml")):
        data = tomllib.loads(file.read_text(encoding="utf-8"))
        for section, entries in data.items():
            if section == "source":
                continue
            graph.add_nodes_from((entry["id"], entry) for entry in entries)
            graph.add_edges_from(
                (entry["id"], link["target"], link["relation"], link)
                for entry in entries
                for link in entry.get("link", ())
            )
    return graph


def _obonet(path: Path) -> Any:
    import obonet

    return obonet.read_obo(path)


def _oxigraph(path: Path) -> Any:
    import pyoxigraph

    store = pyoxigraph.Store()
    store.bulk_load(path=str(path), format=pyoxigraph.RdfFormat.N_TRIPLES)
    return store


def _import_painkb() -> None:
    import painkb  # noqa: F401


def _import_floor() -> None:
    import networkx  # noqa: F401
    import tomllib  # noqa: F401


def _import_obonet() -> None:
    import obonet  # noqa: F401


def _import_oxigraph() -> None:
    import pyoxigraph  # noqa: F401


#: name -> (import what it needs, load)
LOADERS: dict[str, tuple[Callable[[], None], Callable[[Path], Any]]] = {
    "painkb": (_import_painkb, _painkb),
    "painkb-graph": (_import_painkb, _painkb_graph),
    "painkb-snapshot": (_import_painkb, _painkb_snapshot),
    "floor": (_import_floor, floor),
    "obonet": (_import_obonet, _obonet),
    "oxigraph": (_import_oxigraph, _oxigraph),
}


def _max_rss_kib() -> int:
    # VmHWM belongs to this process's memory map, which exec made anew; ru_maxrss on
    # Linux carries over the parent's high-water mark from before the exec.
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS reports bytes


def measure(name: str, path: Path) -> dict[str, float]:
    """Import what loader ``name`` needs, then time one load and its peak extra memory."""
    prepare, load = LOADERS[name]
    prepare()
    gc.collect()
    before = _max_rss_kib()
    start = time.perf_counter()
    loaded = load(path)
    seconds = time.perf_counter() - start
    peak = _max_rss_kib() - before
    del loaded
    return {"seconds": seconds, "peak_kib": peak}


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1], Path(sys.argv[2]))))

"""The graph is built on first use, once, and importing painkb does not import networkx."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import painkb
from painkb.kb import KnowledgeBase


def test_answers_without_the_graph_do_not_import_networkx() -> None:
    code = (
        "import sys, painkb; kb = painkb.load(); painkb.assess(kb, regions=['lower-back']); "
        "kb.find('QL'); print('networkx' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_graph_is_built_once_even_when_threads_ask_together() -> None:
    base = painkb.load()
    kb = KnowledgeBase(base, base.sources.values(), base.links)
    with ThreadPoolExecutor(8) as pool:
        graphs = list(pool.map(lambda _: kb.graph, range(32)))
    assert all(g is graphs[0] for g in graphs)
    assert set(graphs[0].nodes) == {e.id for e in kb}
    assert graphs[0].number_of_edges() == len(kb.links)

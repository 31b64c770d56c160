"""Run the benchmark suite and print its tables: ``python -m benchmarks [--quick]``.

Three parts, all measured in the same run on the same machine:

1. Cold processes: ``painkb assess --region "lower back"``, ``painkb assess "my lower
   back aches"``, ``python -c "import painkb; painkb.assess(painkb.load(), regions=[...])"``
   and the same with ``text="my lower back aches"``, each as a ratio to
   ``python -c "import networkx"`` (medians of interleaved runs).
2. Loading synthetic data of each size (see :mod:`benchmarks.synth`) in fresh processes:
   painkb, the floor, obonet on the same OBO, pyoxigraph on the same N-Triples; the
   median time and the peak extra memory (see :mod:`benchmarks.loaders`).
3. Query latency at each size for painkb, the same question in SPARQL on pyoxigraph
   (answers checked to agree), and a plain dict lookup as the floor; then the log-log
   slope of time against size per operation.

Nothing here decides pass or fail; the tables say which targets are met.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

__all__ = ["main"]

FULL_SIZES = (1_000, 10_000, 100_000)
QUICK_SIZES = (1_000, 10_000)
LOADERS = ("painkb", "painkb-graph", "painkb-snapshot", "floor", "obonet", "oxigraph")
OPERATIONS = ("get", "find", "referral_sources", "treatments_for", "explain", "assess")
_ROOT = Path(__file__).resolve().parent.parent
#: The free text the cold-start rows tell ``assess``.
FREE_TEXT = "my lower back aches"


def _slope(sizes: Sequence[float], times: Sequence[float]) -> float:
    """Least-squares slope of log(time) against log(size): 0 is flat, 1 linear."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(t) for t in times]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den if den else float("nan")


def _fmt_time(seconds: float) -> str:
    if seconds < 1e-3:
        return f"{seconds * 1e6:.1f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds:.2f} s"


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    line = lambda cells: "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"  # noqa: E731
    return "\n".join([line(headers), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)])


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(_ROOT), env.get("PYTHONPATH", "")]))
    return env


# -- 1. cold processes ----------------------------------------------------------------


def cold(repeats: int, region: str, region_text: str) -> dict[str, Any]:
    """Median wall time of each cold command, interleaved so drift hits all alike."""
    painkb_cli = shutil.which("painkb", path=str(Path(sys.executable).parent)) or "painkb"
    commands = {
        "import networkx": [sys.executable, "-c", "import networkx"],
        "import painkb": [sys.executable, "-c", "import painkb"],
        "python -c assess": [
            sys.executable,
            "-c",
            f"import painkb; painkb.assess(painkb.load(), regions=[{region!r}])",
        ],
        "python -c assess text": [
            sys.executable,
            "-c",
            f"import painkb; painkb.assess(painkb.load(), text={FREE_TEXT!r})",
        ],
        f'painkb assess --region "{region_text}"': [painkb_cli, "assess", "--region", region_text],
        f'painkb assess "{FREE_TEXT}"': [painkb_cli, "assess", FREE_TEXT],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    # painkb reads a snapshot of the bundled data, as it does for any user after the
    # first run; kept in a scratch folder, not the user's cache.
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "PAINKB_CACHE_DIR": cache}
        env.pop("PAINKB_NO_CACHE", None)
        # Bytecode as an installed painkb has it (pip compiles it at install; networkx,
        # the floor, has its own): with PYTHONDONTWRITEBYTECODE set, painkb's sources
        # would be compiled in every run and networkx's not.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for argv in commands.values():  # warm the file cache and write the snapshot
            subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)
        for _ in range(repeats):
            for name, argv in commands.items():
                start = time.perf_counter()
                subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)
                times[name].append(time.perf_counter() - start)
    medians = {name: statistics.median(ts) for name, ts in times.items()}
    floor = medians["import networkx"]
    return {name: {"seconds": t, "ratio": t / floor} for name, t in medians.items()}


# -- 2. loading -----------------------------------------------------------------------


def _files(folder: Path, size: int) -> dict[str, Path]:
    root = folder / str(size)
    return {
        "painkb": root / "toml",
        "painkb-graph": root / "toml",
        "painkb-snapshot": root / "toml",
        "floor": root / "toml",
        "obonet": root / "data.obo",
        "oxigraph": root / "data.nt",
    }


def make_data(folder: Path, size: int, seed: int) -> dict[str, Path]:
    """Write (or reuse) the synthetic data of one size in all three formats."""
    from benchmarks import synth

    files = _files(folder, size)
    if not (files["oxigraph"].exists() and any(files["painkb"].glob("*.toml"))):
        data = synth.generate(size, seed=seed)
        shutil.rmtree(files["painkb"], ignore_errors=True)
        synth.write_toml(data, files["painkb"])
        files["obonet"].parent.mkdir(parents=True, exist_ok=True)
        synth.write_obo(data, files["obonet"])
        synth.write_nt(data, files["oxigraph"])
    return files


def load_times(files: dict[str, Path], repeats: int) -> dict[str, dict[str, float]]:
    """Median load time and peak extra memory per loader, each run a fresh process."""
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in LOADERS}
    # The first snapshot load parses and writes the snapshot; the measured ones read it.
    subprocess.run(
        [sys.executable, "-m", "benchmarks.loaders", "painkb-snapshot", str(files["painkb-snapshot"])],
        check=True,
        capture_output=True,
        env=_env(),
    )
    for _ in range(repeats):
        for name in LOADERS:
            out = subprocess.run(
                [sys.executable, "-m", "benchmarks.loaders", name, str(files[name])],
                check=True,
                capture_output=True,
                text=True,
                env=_env(),
            ).stdout
            runs[name].append(json.loads(out))
    return {
        name: {
            "seconds": statistics.median(r["seconds"] for r in rs),
            "peak_kib": statistics.median(r["peak_kib"] for r in rs),
        }
        for name, rs in runs.items()
    }


# -- 3. queries -----------------------------------------------------------------------


def latency(call: Callable[[], object], budget: float) -> float:
    """Median seconds per call over 7 batches, each batch long enough to time well."""
    call()  # warm up (lazy imports, caches)
    number = 1
    while True:
        start = time.perf_counter()
        for _ in range(number):
            call()
        if (elapsed := time.perf_counter() - start) >= budget / 10 or number >= 1 << 20:
            break
        number *= 2 if elapsed == 0 else max(2, min(10, int(budget / 10 / elapsed) + 1))
    batches = []
    for _ in range(7):
        start = time.perf_counter()
        for _ in range(number):
            call()
        batches.append((time.perf_counter() - start) / number)
    return statistics.median(batches)


def query_times(kb: Any, nt_file: Path, budget: float) -> dict[str, dict[str, Any]]:
    """painkb, SPARQL and dict-floor latency for every question, with agreement."""
    import pyoxigraph

    import painkb
    from benchmarks.questions import questions, run_sparql, subjects

    store = pyoxigraph.Store()
    store.bulk_load(path=str(nt_file), format=pyoxigraph.RdfFormat.N_TRIPLES)
    asked = subjects(painkb.load())
    table = {e.id: e for e in kb}
    results: dict[str, dict[str, Any]] = {}
    for q in questions(asked):
        ours = q.painkb_answer(q.ask(kb))
        theirs = q.sparql_answer(run_sparql(store, q.sparql))
        results[q.name] = {
            "painkb": latency(lambda q=q: q.ask(kb), budget),
            "sparql": latency(lambda q=q: run_sparql(store, q.sparql), budget),
            "agree": bool(q.agree(ours, theirs)),
        }
    results["dict lookup"] = {
        "painkb": latency(lambda: table[asked.region], budget),
        "sparql": None,
        "agree": None,
    }
    return results


# -- report ---------------------------------------------------------------------------


def report(results: dict[str, Any]) -> str:
    """The tables, as Markdown."""
    out = []
    c = results["cold"]
    out.append(f"Cold process (median of {results['cold_repeats']} runs; ratio to `import networkx`):\n")
    out.append(
        _table(
            ["command", "time", "ratio"],
            [[k, _fmt_time(v["seconds"]), f"{v['ratio']:.2f}x"] for k, v in c.items()],
        )
    )
    rows = []
    for size, loads in results["load"].items():
        floor, obo = loads["floor"], loads["obonet"]
        for name in LOADERS:
            r = loads[name]
            rows.append(
                [
                    size,
                    name,
                    _fmt_time(r["seconds"]),
                    f"{r['seconds'] / floor['seconds']:.2f}x",
                    f"{r['seconds'] / obo['seconds']:.2f}x",
                    f"{r['peak_kib'] / 1024:.1f} MiB",
                    f"{r['peak_kib'] / max(floor['peak_kib'], 1):.2f}x",
                ]
            )
    out.append(f"\nLoad (fresh process each; median of {results['load_repeats']}):\n")
    out.append(
        _table(["entities", "loader", "time", "vs floor", "vs obonet", "peak memory", "mem vs floor"], rows)
    )
    sizes = list(results["query"])
    rows = []
    for op in (*OPERATIONS, "dict lookup"):
        cells = [op]
        for size in sizes:
            r = results["query"][size][op]
            text = _fmt_time(r["painkb"])
            if r["sparql"] is not None:
                text += f" / {_fmt_time(r['sparql'])}" + ("" if r["agree"] else " (answers differ!)")
            cells.append(text)
        numeric = [s for s in sizes if s != "bundled"]
        cells.append(
            f"{_slope([int(s) for s in numeric], [results['query'][s][op]['painkb'] for s in numeric]):.2f}"
        )
        rows.append(cells)
    out.append("\nQuery latency, painkb / SPARQL on pyoxigraph (answers agree unless marked):\n")
    out.append(
        _table(
            [
                "operation",
                *[
                    f"{s} entities" if s != "bundled" else f"bundled ({results['bundled_entities']})"
                    for s in sizes
                ],
                "slope",
            ],
            rows,
        )
    )
    return "\n".join(out)


def plot(results: dict[str, Any], path: Path) -> None:
    """Time against size per operation, painkb solid and SPARQL dashed, log-log."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [s for s in results["query"] if s != "bundled"]
    xs = [int(s) for s in sizes]
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.5))
    for index, op in enumerate((*OPERATIONS, "dict lookup")):
        colour = f"C{index}"
        left.plot(xs, [results["query"][s][op]["painkb"] for s in sizes], "o-", color=colour, label=op)
        if op != "dict lookup":
            left.plot(xs, [results["query"][s][op]["sparql"] for s in sizes], "x--", color=colour, alpha=0.6)
    left.set(
        xscale="log",
        yscale="log",
        xlabel="entities",
        ylabel="seconds per query",
        title="Queries: painkb (solid) vs SPARQL on pyoxigraph (dashed)",
    )
    left.legend(fontsize=8)
    for index, name in enumerate(LOADERS):
        right.plot(
            xs, [results["load"][s][name]["seconds"] for s in sizes], "o-", color=f"C{index}", label=name
        )
    right.set(xscale="log", yscale="log", xlabel="entities", ylabel="seconds", title="Load time")
    right.legend(fontsize=8)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line for the suite."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes and few repeats (under 2 minutes)")
    parser.add_argument("--sizes", type=int, nargs="+", help="entity counts (default 1000 10000 100000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--data", type=Path, help="keep the synthetic data here and reuse it")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument("--plot", type=Path, help="also draw time against size here (SVG or PNG)")
    args = parser.parse_args(argv)
    for module in ("obonet", "pyoxigraph"):
        try:
            __import__(module)
        except ImportError:
            parser.error(f"{module} is missing: pip install -e '.[bench]'")
    import painkb
    from benchmarks.questions import subjects

    sizes = args.sizes or (QUICK_SIZES if args.quick else FULL_SIZES)
    cold_repeats, load_repeats, budget = (7, 1, 0.05) if args.quick else (21, 3, 0.3)
    base = painkb.load(
        cache=False
    )  # the bundled data, shared by every later load(); no snapshot left in the user cache
    asked = subjects(base)
    started = time.perf_counter()
    results: dict[str, Any] = {
        "machine": (
            f"{platform.machine()}, {os.cpu_count()} cores, "
            f"{platform.python_implementation()} {platform.python_version()}, {platform.system()}"
        ),
        "painkb": painkb.__version__,
        "sizes": list(sizes),
        "bundled_entities": len(base),
        "cold_repeats": cold_repeats,
        "load_repeats": load_repeats,
        "subjects": {
            "region": asked.region,
            "text": asked.text,
            "muscle": asked.muscle,
            "pair": list(asked.pair),
        },
    }
    print(f"painkb {painkb.__version__} on {results['machine']}", flush=True)
    results["cold"] = cold(cold_repeats, asked.region, asked.text)
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.data or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        results["load"] = {}
        results["query"] = {}
        bundled_nt = folder / "bundled.nt"
        from benchmarks import synth

        synth.write_nt(synth.Synthetic(tuple(base), tuple(base.sources.values()), base.links), bundled_nt)
        results["query"]["bundled"] = query_times(base, bundled_nt, budget)
        for size in sizes:
            print(f"{size} entities ...", flush=True)
            files = make_data(folder, size, args.seed)
            results["load"][str(size)] = load_times(files, load_repeats)
            from benchmarks.loaders import snapshot_dir

            saved = os.environ.get("PAINKB_CACHE_DIR")
            os.environ["PAINKB_CACHE_DIR"] = str(snapshot_dir(files["painkb"]))  # written above
            try:
                kb = painkb.load(files["painkb"])
            finally:
                if saved is None:
                    del os.environ["PAINKB_CACHE_DIR"]
                else:
                    os.environ["PAINKB_CACHE_DIR"] = saved
            results["query"][str(size)] = query_times(kb, files["oxigraph"], budget)
            del kb
    results["seconds"] = time.perf_counter() - started
    print(report(results))
    print(f"\n(finished in {results['seconds']:.0f} s)")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if args.plot:
        plot(results, args.plot)
    return 0


if __name__ == "__main__":
    sys.exit(main())

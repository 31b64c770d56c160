"""Benchmarks for painkb: synthetic data at scale, and timings next to obonet and pyoxigraph.

Run ``python -m benchmarks`` (or ``--quick``) for the full suite, and
``python -m benchmarks.synth --entities N --out DIR`` to write a synthetic data folder.
Nothing here is part of the pass/fail tests except a small smoke run of the generator
(tests/test_benchmarks_smoke.py). The peers (obonet, pyoxigraph) and matplotlib come with
the ``bench`` extra: ``pip install -e '.[bench]'``.
"""

"""The test suite on each Python painkb supports: ``nox`` (all), ``nox -s tests-3.12`` (one).

Nox makes a fresh virtual environment per interpreter, installs painkb with its test
extra and runs pytest. It uses interpreters already on the machine (``python3.X`` on
PATH) and never downloads one; ``.ci/run`` reports each that is missing.
"""

from __future__ import annotations

import nox

PYTHONS = ["3.10", "3.11", "3.12", "3.13"]

nox.options.sessions = ["tests"]
nox.options.reuse_existing_virtualenvs = True


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Run the test suite (the README's command) on one interpreter."""
    session.install("-e", ".[test]")
    session.run("python", "-m", "pytest", "-q", "-p", "no:cacheprovider", *session.posargs)

"""Load knowledge bases from data files, validating everything first.

>>> import painkb
>>> kb = painkb.load()
>>> kb is painkb.load()  # the bundled knowledge base is loaded once and shared
True
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from painkb._gc import gc_paused
from painkb.documents import Document, Encoded, PathLike, bundled_documents, read_files
from painkb.errors import DataError, Problem
from painkb.kb import KnowledgeBase
from painkb.model import Entity, Link, Source

# The parser and the checks are imported when something is parsed: a load that reads a
# snapshot (every load of unchanged files after the first) never needs them.
if TYPE_CHECKING:
    from painkb.parse import ParsedDocument

__all__ = ["build", "knowledge_base_of", "load", "load_documents", "parse_and_check"]

_bundled: KnowledgeBase | None = None
_bundled_lock = threading.Lock()


def parse_and_check(documents: Iterable[Document]) -> tuple[tuple[ParsedDocument, ...], tuple[Problem, ...]]:
    """Parse and cross-check documents: what they hold, and every problem found (none raised).

    This is what loading checks; `painkb.lint.check_documents` (``painkb validate``)
    runs it and then the data-quality checks, and returns the problems only.
    """
    from painkb.crosscheck import cross_check
    from painkb.parse import parse_document

    parsed = tuple(parse_document(doc) for doc in documents)
    problems = [p for doc in parsed for p in doc.problems]
    problems += cross_check(parsed)
    return parsed, tuple(sorted(set(problems), key=Problem.sort_key))


def load_documents(documents: Iterable[Document | Encoded]) -> KnowledgeBase:
    """A knowledge base from documents in memory (or files as `painkb.documents.read_files`
    reads them, whose text is decoded only if the careful loader needs it).

    Raises:
        DataError: listing every problem, if there is any; nothing is half-loaded.
    """
    from painkb.fastload import fast_load

    documents = tuple(documents)
    with gc_paused():
        kb = fast_load(documents)  # valid data in one pass; None hands over to the checks below
        if kb is not None:
            return kb
        parsed, problems = parse_and_check(d if isinstance(d, Document) else d.document() for d in documents)
        if problems:
            raise DataError(problems)
        return knowledge_base_of(parsed)


def knowledge_base_of(parsed: Iterable[ParsedDocument]) -> KnowledgeBase:
    """The knowledge base holding what parsed documents hold (check them first)."""
    docs = tuple(parsed)
    return KnowledgeBase(
        (e for doc in docs for e, _ in doc.entities),
        (s for doc in docs for s, _ in doc.sources),
        (link for doc in docs for link, _ in doc.links),
    )


def load(
    path: PathLike | Sequence[PathLike] | None = None, *, include_bundled: bool = False, cache: bool = True
) -> KnowledgeBase:
    """Load the bundled knowledge base, or your own data files, validated.

    Args:
        path: a data folder or file (or several); None for the bundled data.
        include_bundled: also load the bundled data, so your files can link to it. An id
            defined in both is an error.
        cache: read and write a snapshot of the validated knowledge base in the user's
            cache folder, so loading the same files again skips parsing (see
            `painkb.snapshot`; ``PAINKB_NO_CACHE=1`` turns it off too). A snapshot
            is used only when every file is byte for byte the same.

    Raises:
        DataError: listing every problem found, with file, entry and field.

    The bundled knowledge base is loaded once per process and shared.
    """
    global _bundled
    if path is None:
        with _bundled_lock:
            if _bundled is None:
                _bundled = _load_cached(bundled_documents(), cache)
            return _bundled
    paths = [path] if isinstance(path, (str, bytes)) or hasattr(path, "__fspath__") else list(path)
    documents: tuple[Document | Encoded, ...] = read_files(paths)
    if include_bundled:
        documents = bundled_documents() + documents
    return _load_cached(documents, cache)


def _load_cached(documents: Sequence[Document | Encoded], cache: bool) -> KnowledgeBase:
    """Load ``documents``, through a snapshot when ``cache`` is on and one is valid."""
    if not cache:  # without importing the snapshot module: a few ms of a small load
        return load_documents(documents)
    from painkb import snapshot

    if not snapshot.enabled():
        return load_documents(documents)
    kb = snapshot.read(documents)
    if kb is None:
        kb = load_documents(documents)  # raises DataError before anything is stored
        snapshot.write(documents, kb)
    return kb


def build(entities: Iterable[Entity], sources: Iterable[Source], links: Iterable[Link] = ()) -> KnowledgeBase:
    """A knowledge base from objects made in Python, validated exactly like data files.

    The objects are checked with the rules data files are checked with (nothing is
    rendered as text); problems name each object by its place in the arguments:
    ``entities[3]``, ``sources[0]``, ``links[7]``.

    Raises:
        DataError: listing every problem found.
    """
    from painkb.crosscheck import cross_check
    from painkb.parse import parse_objects

    with gc_paused():
        parsed = parse_objects(entities, sources, links)
        problems = sorted(set(parsed.problems) | set(cross_check([parsed])), key=Problem.sort_key)
        if problems:
            raise DataError(problems)
        return knowledge_base_of([parsed])

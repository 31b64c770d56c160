"""MkDocs hooks (``hooks:`` in ``mkdocs.yml``): hand MkDocs the pages and tables that
`painkb.render.markdown` generates from painkb itself, so they cannot drift from it.

The markers hand-written pages may use (``<!-- painkb:warning-signs -->`` and the others)
are listed in that module.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import painkb
from painkb.render import markdown as generated

ROOT = Path(__file__).resolve().parents[2]  # the top of the repository, for includes


def on_config(config: Any) -> Any:
    """Add a nav entry per muscle under the muscles index."""
    if config.get("nav"):
        config["nav"] = generated.expand_nav(config["nav"], painkb.load())
    return config


def on_files(files: Any, config: Any) -> Any:
    """Add the generated pages (one per muscle, the muscles and sources indexes) and images."""
    from mkdocs.structure.files import File

    for path, content in generated.generated_files(painkb.load()).items():
        files.append(File.generated(config, path, content=content))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Replace the ``<!-- painkb:... -->`` markers in hand-written pages."""
    depth = page.file.src_uri.count("/")
    return generated.expand(markdown, painkb.load(), ROOT, prefix="../" * depth)

"""Screenshots of the built site in headless Chromium: the home page, a muscle page, Safety
and a body map render, are not blank and show no raw Mermaid source.

Skipped unless Chromium is installed (/usr/bin/chromium, or chromium or google-chrome on
PATH; Debian: apt-get install chromium) and the docs extra is. The PNGs land in
build/screenshots/ for a person to look at.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "screenshots"
BROWSERS = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")
PAGES = {
    "home": "index.html",
    "muscle": "muscles/piriformis/index.html",
    "safety": "safety/index.html",
    "body-map": "muscles/maps/piriformis.svg",
}


def _browser() -> str | None:
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


def _colours(png: bytes) -> int:
    """How many distinct byte values the image data holds: 1-2 for a blank page."""
    chunks, at = [], 8
    while at < len(png):
        length = int.from_bytes(png[at : at + 4], "big")
        if png[at + 4 : at + 8] == b"IDAT":
            chunks.append(png[at + 8 : at + 8 + length])
        at += length + 12
    return len(set(zlib.decompress(b"".join(chunks))))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    browser = _browser()
    if browser is None:
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    pytest.importorskip("mkdocs")
    site = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=600,
    )
    return site


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_renders_in_headless_chromium(built: Path, name: str) -> None:
    page = built / PAGES[name]
    text = page.read_text(encoding="utf-8")
    assert "```mermaid" not in text
    assert "flowchart LR" not in text
    OUT.mkdir(parents=True, exist_ok=True)
    png = OUT / f"{name}.png"
    subprocess.run(
        [
            str(_browser()),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--hide-scrollbars",
            "--window-size=1280,1000",
            f"--screenshot={png}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG")
    assert _colours(data) > 16, f"{png} looks blank"

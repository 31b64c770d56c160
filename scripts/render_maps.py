"""Render a few body maps to SVG and PNG so a person can look at them.

Usage: python scripts/render_maps.py [OUT_FOLDER]   (default: build/maps)

PNGs are screenshots taken by headless Chromium (Debian: `apt-get install chromium`);
without Chromium only the SVGs are written. The docs draw their maps at build time.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import painkb
import painkb.render

MAPS = {
    "gluteus-minimus": "gluteus-minimus",
    "piriformis": "piriformis",
    "quadratus-lumborum": "quadratus-lumborum",
    "hip": "hip",
}
ASSESSMENT = {"regions": ["lower-back", "buttock"], "symptoms": ["leg-pain"]}
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def screenshot(browser: str, svg: Path, png: Path, scale: float = 1.0) -> None:
    """A PNG of ``svg`` the size of its width and height attributes."""
    head = svg.read_text(encoding="utf-8")[:400]
    width, height = (int(re.search(rf'{name}="(\d+)"', head).group(1)) for name in ("width", "height"))  # type: ignore[union-attr]
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--hide-scrollbars",
            f"--force-device-scale-factor={scale}",
            f"--window-size={width},{height}",
            f"--screenshot={png.resolve()}",
            svg.resolve().as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "build/maps")
    out.mkdir(parents=True, exist_ok=True)
    kb = painkb.load()
    svgs = []
    for name, target in MAPS.items():
        if target in kb:
            svgs.append((out / f"{name}.svg", painkb.render.body_map(kb, target)))
    assessment = painkb.assess(
        kb,
        regions=[r for r in ASSESSMENT["regions"] if r in kb],
        symptoms=[s for s in ASSESSMENT["symptoms"] if s in kb],
    )
    svgs.append((out / "assessment.svg", painkb.render.body_map(kb, assessment)))
    for path, text in svgs:
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    browser = next((b for b in BROWSERS if shutil.which(b)), None)
    if browser is None:
        print("no Chromium found; install it (apt-get install chromium) for PNGs", file=sys.stderr)
        return 1
    for path, _ in svgs:
        png = path.with_suffix(".png")
        screenshot(browser, path, png)
        print(f"wrote {png}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

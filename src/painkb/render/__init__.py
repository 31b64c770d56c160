"""Pictures: SVG body maps of where pain is felt and where muscles refer it.

``import painkb`` does not import this package; import it yourself
(``import painkb.render``). Region shapes are data: ``painkb/render/shapes.toml``.
The documentation's generated pages are built by `painkb.render.markdown`, which this
package does not import either.
"""

from __future__ import annotations

from painkb.render.bodymap import body_map, highlights
from painkb.render.shapes import region_shapes

__all__ = ["body_map", "highlights", "region_shapes"]

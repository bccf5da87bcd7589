"""A finding shown on its page: a crop of the rendered page, the evidence boxes drawn on it.

pdfium renders the page as displayed (rotation applied), so a `Cell.bbox` (points from the
displayed top-left) times the render scale is the box in pixels. The crop keeps the full
page width, so a table row's label stays in view beside the highlighted number.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont

from lkjip.geometry import BBox, union_bbox

# A magenta outline no report prints, over a translucent yellow marker fill: the outline
# is what tests (and eyes) look for, the fill keeps the printed digits readable.
HIGHLIGHT_OUTLINE: tuple[int, int, int] = (230, 0, 126)
HIGHLIGHT_FILL: tuple[int, int, int, int] = (255, 221, 0, 90)
LABEL_FILL: tuple[int, int, int] = (20, 60, 170)
OUTLINE_PX = 3  # outline width, drawn just outside the box so the digits stay clear
PAD_PX = 2
# Palette size of a crop: text, rulings, the marker and a table header band stay distinct.
_COLOURS = 128


@dataclass
class PageCrop:
    """A PNG of part of a page with evidence boxes drawn; geometry kept to check it."""

    page: int
    png: bytes
    region: BBox  # the cropped part of the page, displayed points
    scale: float  # pixels per point
    boxes: list[BBox] = field(default_factory=list)  # evidence boxes, displayed points
    labels: list[str] = field(default_factory=list)  # the number drawn beside each box

    @property
    def size(self) -> tuple[int, int]:
        with Image.open(io.BytesIO(self.png)) as img:
            return img.size

    def data_uri(self) -> str:
        return "data:image/png;base64," + base64.b64encode(self.png).decode("ascii")

    def pixel_box(self, bbox: BBox) -> tuple[float, float, float, float]:
        """Where a box in page points lands in this image, in pixels."""
        x0, top = self.region[0], self.region[1]
        return ((bbox[0] - x0) * self.scale, (bbox[1] - top) * self.scale,
                (bbox[2] - x0) * self.scale, (bbox[3] - top) * self.scale)


class PageRenderer:
    """Renders pages of the PDFs of one report, each page once."""

    def __init__(self, scale: float = 1.5, margin_pt: float = 42.0) -> None:
        self.scale = scale
        self.margin_pt = margin_pt
        self._docs: dict[str, pdfium.PdfDocument | None] = {}
        self._pages: dict[tuple[str, int], Image.Image] = {}

    def _document(self, file: str) -> pdfium.PdfDocument | None:
        if file not in self._docs:
            path = Path(file)
            doc: pdfium.PdfDocument | None = None
            if path.suffix.lower() == ".pdf" and path.is_file():
                try:
                    doc = pdfium.PdfDocument(path)
                except pdfium.PdfiumError:
                    doc = None  # unreadable now: the report shows the finding without a picture
            self._docs[file] = doc
        return self._docs[file]

    def page_image(self, file: str, page: int) -> Image.Image | None:
        key = (file, page)
        if key not in self._pages:
            doc = self._document(file)
            if doc is None or not 1 <= page <= len(doc):
                return None
            pdf_page = doc[page - 1]
            try:
                self._pages[key] = pdf_page.render(scale=self.scale).to_pil().convert("RGB")
            finally:
                pdf_page.close()
        return self._pages[key]

    def crop(self, file: str, page: int, boxes: list[BBox],
             labels: list[str] | None = None, context: list[BBox] | None = None) -> PageCrop | None:
        """The page band around `boxes`, boxes highlighted and labelled (1, 2, … by default);
        the band also takes in `context` (a table's header row), shown but not marked."""
        image = self.page_image(file, page)
        if image is None or not boxes:
            return None
        width_pt, height_pt = image.width / self.scale, image.height / self.scale
        union = union_bbox(boxes + list(context or []))
        assert union is not None
        top = max(0.0, union[1] - self.margin_pt)
        bottom = min(height_pt, union[3] + self.margin_pt)
        region: BBox = (0.0, top, width_pt, bottom)
        px = [round(v * self.scale) for v in region]
        crop = image.crop((px[0], px[1], px[2], px[3])).convert("RGBA")
        result = PageCrop(page=page, png=b"", region=region, scale=self.scale, boxes=list(boxes),
                          labels=labels or [str(i + 1) for i in range(len(boxes))])
        overlay = Image.new("RGBA", crop.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(overlay)
        for box in boxes:
            x0, y0, x1, y1 = result.pixel_box(box)
            draw.rectangle((x0, y0, x1, y1), fill=HIGHLIGHT_FILL)
        crop = Image.alpha_composite(crop, overlay).convert("RGB")
        draw = ImageDraw.Draw(crop)
        font = ImageFont.load_default()
        for box, label in zip(boxes, result.labels, strict=True):
            x0, y0, x1, y1 = result.pixel_box(box)
            draw.rectangle((x0 - PAD_PX - OUTLINE_PX, y0 - PAD_PX - OUTLINE_PX,
                            x1 + PAD_PX + OUTLINE_PX, y1 + PAD_PX + OUTLINE_PX),
                           outline=HIGHLIGHT_OUTLINE, width=OUTLINE_PX)
            _draw_label(draw, font, label, x1 + PAD_PX + OUTLINE_PX + 2, y0 - PAD_PX - OUTLINE_PX)
        buf = io.BytesIO()
        # A palette keeps text, rulings and the marks crisp at a third of the size, which
        # matters in a report carrying dozens of crops inline. The outline gets a palette
        # entry of its own and is drawn again after quantizing: on a tall crop (a table
        # with its header) median cut would otherwise merge the thin magenta into a dark red.
        paletted = crop.quantize(colors=_COLOURS - 1, method=Image.Quantize.MEDIANCUT)
        palette = (paletted.getpalette() or [])[:(_COLOURS - 1) * 3]
        palette += [0] * ((_COLOURS - 1) * 3 - len(palette)) + list(HIGHLIGHT_OUTLINE)
        paletted.putpalette(palette)
        redraw = ImageDraw.Draw(paletted)
        for box in boxes:
            x0, y0, x1, y1 = result.pixel_box(box)
            redraw.rectangle((x0 - PAD_PX - OUTLINE_PX, y0 - PAD_PX - OUTLINE_PX,
                              x1 + PAD_PX + OUTLINE_PX, y1 + PAD_PX + OUTLINE_PX), outline=_COLOURS - 1,
                              width=OUTLINE_PX)
        paletted.save(buf, format="PNG")
        result.png = buf.getvalue()
        return result

    def close(self) -> None:
        for doc in self._docs.values():
            if doc is not None:
                doc.close()
        self._docs.clear()
        self._pages.clear()


def _draw_label(draw: ImageDraw.ImageDraw, font: ImageFont.ImageFont | ImageFont.FreeTypeFont,
                label: str, x: float, y: float) -> None:
    # The label sits right of the box in another colour, so it never reads as a highlight.
    left, top, right, bottom = draw.textbbox((x + 3, y + 1), label, font=font)
    draw.rectangle((left - 3, top - 2, right + 3, bottom + 2), fill=LABEL_FILL)
    draw.text((x + 3, y + 1), label, fill=(255, 255, 255), font=font)

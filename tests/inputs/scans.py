"""Scanned renditions made in the test: pages rendered to images, no text layer."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image


def render_pages(pdf_path: Path, dpi: int = 200, pages: list[int] | None = None) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        numbers = pages or list(range(1, len(pdf) + 1))
        images = []
        for n in numbers:
            bitmap = pdf[n - 1].render(scale=dpi / 72, grayscale=True)
            images.append(bitmap.to_pil().convert("L"))
        return images
    finally:
        pdf.close()


def image_pdf(images: list[Image.Image], path: Path, dpi: int = 200) -> Path:
    """An image-only PDF (Pillow): each page one image, page size = image at `dpi`."""
    images[0].save(path, save_all=True, append_images=images[1:], resolution=float(dpi))
    return path


def scanned_rendition(pdf_path: Path, out: Path, dpi: int = 200, pages: list[int] | None = None,
                      rotate: int = 0) -> Path:
    images = render_pages(pdf_path, dpi, pages)
    if rotate:
        images = [im.rotate(rotate, expand=True) for im in images]
    return image_pdf(images, out, dpi)


def bw_skewed_rendition(pdf_path: Path, out: Path, dpi: int = 150, angle: float = 1.0,
                        pages: list[int] | None = None) -> Path:
    """A black-and-white scan fed slightly askew: pages rendered at `dpi`, turned by
    `angle` degrees on white paper, thresholded to 1 bit per pixel (thin rules break up)."""
    images = [im.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
              .point(lambda v: 255 if v > 160 else 0).convert("1") for im in render_pages(pdf_path, dpi, pages)]
    return image_pdf(images, out, dpi)

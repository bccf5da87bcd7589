"""The input PDF, annotated: a highlight with the finding as its comment on every evidence cell.

What an auditor sends back to the agency: their own document, with each contradicting
number marked where it is printed, the rule and the message in the highlight's note (the
popup PDF viewers show on click or hover). Boxes are mapped to PDF user space by pdfium
(`lkjip.geometry.page_frame`), so rotated pages and shifted media boxes come out right.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pypdfium2 as pdfium
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText, Highlight, Popup, Text
from pypdf.generic import ArrayObject, FloatObject, NameObject, NumberObject, TextStringObject

from lkjip.bilingual import BilingualError
from lkjip.checks.finding import Finding
from lkjip.checks.roles import shown_role
from lkjip.geometry.page_frame import displayed_bbox_to_user
from lkjip.records import Cell
from lkjip.report.evidence_value import value_beside
from lkjip.report.labels import severity_word
from lkjip.results import DocumentResult

# The strongest colour for errors (red), a yellow marker for warnings, light blue for notes;
# a legend on the first page says so (LEGEND).
_COLOURS = {"error": "ff3b30", "warning": "ffd400", "info": "8cc8ff"}
_COLOUR_WORDS = {"en": {"error": "red", "warning": "yellow", "info": "blue"},
                 "id": {"error": "merah", "warning": "kuning", "info": "biru"}}
LEGEND = {"en": "lkjip: {parts}. Click a highlight for the rule and message.",
          "id": "lkjip: {parts}. Klik sorotan untuk aturan dan pesannya."}
_LEGEND_SIZE = (300.0, 30.0)
_AUTHOR = "lkjip"
_MARGIN_PT = 1.0  # the marker slightly overlaps the glyphs, as a hand-drawn one does
_POPUP_SIZE = (220.0, 110.0)
_NOTE_SIZE = 18.0  # a note icon's side, in points


class NotAnnotatable(BilingualError):
    """The document cannot be annotated (DOCX, unreadable, or gone since it was read)."""


_READ_AS = {"en": "read as", "id": "dibaca"}


def comment_text(finding: Finding, role: str | None, printed: str, lang: str, value: float | None = None) -> str:
    head = f"{finding.rule} [{severity_word(finding.severity, lang)}] {finding.title_text(lang)}"
    read = value_beside(printed, value, lang)  # only where the print does not show it already
    if read:
        printed = f"{printed} ({_READ_AS.get(lang, _READ_AS['en'])} {read})"
    where = f"{shown_role(role, lang)}: {printed}" if role else printed
    return f"{head}\n{finding.text(lang)}\n— {where}"


def annotate_pdf(doc: DocumentResult, lang: str, output: Path) -> int:
    """Write the annotated copy to `output`; return how many highlights were added."""
    source = Path(doc.file)
    if not doc.ok:
        raise NotAnnotatable(f"{doc.file}: could not be read, nothing to annotate",
                              f"{doc.file}: tidak dapat dibaca, tidak ada yang disorot")
    if source.suffix.lower() != ".pdf":
        raise NotAnnotatable(f"{doc.file}: only PDF files can be annotated",
                              f"{doc.file}: hanya berkas PDF yang dapat disorot")
    if not source.is_file():
        raise NotAnnotatable(f"{doc.file}: no longer there to copy", f"{doc.file}: sudah tidak ada untuk disalin")
    try:
        reader = PdfReader(source, strict=False)
        if reader.is_encrypted:
            raise NotAnnotatable(f"{doc.file}: encrypted; lkjip does not write copies of protected PDFs",
                                  f"{doc.file}: terenkripsi; lkjip tidak menulis salinan PDF yang dilindungi")
        writer = PdfWriter(clone_from=reader)
        geometry = pdfium.PdfDocument(source)
    except NotAnnotatable:
        raise
    except Exception as exc:  # pypdf and pdfium raise many types for a damaged file
        raise _not_rewritable(doc, exc) from exc
    stamp = datetime.now(UTC).strftime("D:%Y%m%d%H%M%SZ")
    added = 0
    texts: dict[int, pdfium.PdfTextPage | None] = {}
    notes: dict[int, int] = {}  # page → margin notes placed on it, so they stack
    try:
        for n, finding in enumerate(doc.active, start=1):
            for k, ev in enumerate(finding.evidence, start=1):
                cell = ev.cell
                if cell.page is None or not 1 <= cell.page <= len(writer.pages):
                    continue
                comment = comment_text(finding, ev.role, cell.text, lang, ev.value)
                box = _user_box(geometry, cell) if cell.bbox is not None else _found_in_text(texts, geometry, cell)
                if box is None:
                    if cell.table is None:  # a sentence's figure not found alone in the text layer
                        notes[cell.page] = notes.get(cell.page, 0) + 1
                        _add_margin_note(writer, cell.page - 1, comment, notes[cell.page], finding.rule, n, k, stamp)
                        added += 1
                    continue
                left, bottom, right, top = box
                left, bottom, right, top = left - _MARGIN_PT, bottom - _MARGIN_PT, right + _MARGIN_PT, top + _MARGIN_PT
                # QuadPoints run top-left, top-right, bottom-left, bottom-right (PDF 32000 12.5.6.10).
                quad = ArrayObject(FloatObject(round(v, 3)) for v in
                                   (left, top, right, top, left, bottom, right, bottom))
                highlight = Highlight(rect=(left, bottom, right, top), quad_points=quad,
                                      highlight_color=_COLOURS.get(finding.severity, "ffdd00"), printing=True)
                highlight[NameObject("/Contents")] = TextStringObject(comment)
                highlight[NameObject("/T")] = TextStringObject(_AUTHOR)
                highlight[NameObject("/Subj")] = TextStringObject(finding.rule)
                highlight[NameObject("/NM")] = TextStringObject(f"lkjip-{n}-{k}-{finding.rule}")
                highlight[NameObject("/M")] = TextStringObject(stamp)
                highlight[NameObject("/CA")] = FloatObject(0.5)
                added_annot = writer.add_annotation(cell.page - 1, highlight)
                popup = Popup(rect=_popup_rect(writer.pages[cell.page - 1].mediabox, right, top),
                              parent=added_annot, open=False)
                popup_ref = writer.add_annotation(cell.page - 1, popup)
                added_annot[NameObject("/Popup")] = popup_ref.indirect_reference
                added_annot[NameObject("/F")] = NumberObject(4)  # print
                added += 1
        if added and len(writer.pages):
            _add_legend(writer, doc, lang)
        output.parent.mkdir(parents=True, exist_ok=True)
        with output.open("wb") as fh:
            try:
                writer.write(fh)
            except (OSError, NotAnnotatable):
                raise
            except Exception as exc:  # a damaged object pypdf cannot serialize
                raise _not_rewritable(doc, exc) from exc
    finally:
        for textpage in texts.values():
            if textpage is not None:
                textpage.close()
        geometry.close()
    return added


def _user_box(geometry: pdfium.PdfDocument, cell: Cell) -> tuple[float, float, float, float]:
    pdf_page = geometry[cell.page - 1]  # type: ignore[operator]
    try:
        return displayed_bbox_to_user(pdf_page, cell.bbox)  # type: ignore[arg-type]
    finally:
        pdf_page.close()


def _found_in_text(texts: dict[int, pdfium.PdfTextPage | None], geometry: pdfium.PdfDocument,
                   cell: Cell) -> tuple[float, float, float, float] | None:
    """Where a figure a rule took from a sentence is printed, in PDF user space: the one
    place its page's text layer prints it as a whole word. Narrative checks read the text
    without its geometry; a figure printed twice on the page, or only in a scan's image,
    is not guessed at (None: the finding goes in the margin instead)."""
    printed = " ".join(cell.text.split())
    if cell.table is not None or not printed or not any(ch.isalnum() for ch in printed):
        return None
    page_no: int = cell.page  # type: ignore[assignment]
    if page_no not in texts:
        try:
            texts[page_no] = geometry[page_no - 1].get_textpage()
        except pdfium.PdfiumError:
            texts[page_no] = None
    textpage = texts[page_no]
    if textpage is None:
        return None
    searcher = textpage.search(printed, match_case=True, match_whole_word=True)
    found: list[tuple[int, int]] = []
    try:
        while len(found) < 2 and (hit := searcher.get_next()) is not None:
            if _stands_alone(textpage, *hit):
                found.append(hit)
    finally:
        searcher.close()
    if len(found) != 1:
        return None
    start, count = found[0]
    boxes = []
    for i in range(start, start + count):
        try:
            left, bottom, right, top = textpage.get_charbox(i)
        except pdfium.PdfiumError:
            continue
        if right > left and top > bottom:  # a space has an empty box
            boxes.append((left, bottom, right, top))
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _stands_alone(textpage: pdfium.PdfTextPage, start: int, count: int) -> bool:
    """Not a piece of a longer figure: pdfium's whole word ends at "." and ",", so
    "253.454" would be found inside "19.253.454.000"."""
    total = textpage.count_chars()
    before = textpage.get_text_range(max(0, start - 2), min(2, start)) if start else ""
    after = textpage.get_text_range(start + count, min(2, total - start - count)) if start + count < total else ""
    if before[-1:].isalnum() or after[:1].isalnum():
        return False
    return not ((before[-1:] in ".," and before[:1].isdigit()) or (after[:1] in ".," and after[1:2].isdigit()))


def _add_margin_note(writer: PdfWriter, page_index: int, comment: str, nth: int, rule: str,
                     n: int, k: int, stamp: str) -> None:
    """A note icon in the page's left margin, for a value the page cannot be marked at:
    the finding is still on the page the auditor turns to. Several stack downwards."""
    x_min, y_min, _, y_max = (float(v) for v in writer.pages[page_index].mediabox)
    top = max(y_min + _NOTE_SIZE, y_max - 40 - (nth - 1) * (_NOTE_SIZE + 4))
    note = Text(rect=(x_min + 4, top - _NOTE_SIZE, x_min + 4 + _NOTE_SIZE, top), text=comment, open=False)
    note[NameObject("/T")] = TextStringObject(_AUTHOR)
    note[NameObject("/Subj")] = TextStringObject(rule)
    note[NameObject("/NM")] = TextStringObject(f"lkjip-{n}-{k}-{rule}")
    note[NameObject("/M")] = TextStringObject(stamp)
    note[NameObject("/F")] = NumberObject(4)  # print
    writer.add_annotation(page_index, note)


def legend_text(doc: DocumentResult, lang: str) -> str:
    """"lkjip: merah = kesalahan (4), kuning = peringatan (9) …": what each colour means."""
    words = _COLOUR_WORDS.get(lang, _COLOUR_WORDS["en"])
    parts = ", ".join(f"{words[s]} = {severity_word(s, lang)} ({doc.count(s)})"
                      for s in ("error", "warning", "info") if doc.count(s))
    return LEGEND.get(lang, LEGEND["en"]).format(parts=parts)


def _not_rewritable(doc: DocumentResult, exc: Exception) -> NotAnnotatable:
    what = f"{type(exc).__name__}: {exc}"
    return NotAnnotatable(f"{doc.file}: cannot be rewritten ({what})", f"{doc.file}: tidak dapat ditulis ulang ({what})")


def _add_legend(writer: PdfWriter, doc: DocumentResult, lang: str) -> None:
    """A cover note on the first page, in its top-left margin, printed with the page."""
    x_min, _, _, y_max = (float(v) for v in writer.pages[0].mediabox)
    w, h = _LEGEND_SIZE
    note = FreeText(text=legend_text(doc, lang), rect=(x_min + 6, y_max - 6 - h, x_min + 6 + w, y_max - 6),
                    font_size="8pt", border_color="ff3b30", background_color="ffffff")
    note[NameObject("/NM")] = TextStringObject("lkjip-legend")
    note[NameObject("/T")] = TextStringObject(_AUTHOR)
    note[NameObject("/F")] = NumberObject(4)  # print
    writer.add_annotation(0, note)


def _popup_rect(mediabox: object, right: float, top: float) -> tuple[float, float, float, float]:
    """Beside the highlight, kept inside the page so every viewer can open it."""
    x_min, y_min, x_max, y_max = (float(v) for v in mediabox)  # type: ignore[attr-defined]
    w, h = _POPUP_SIZE
    x0 = min(max(right, x_min), max(x_min, x_max - w))
    y1 = min(max(top, y_min + h), y_max)
    return x0, y1 - h, x0 + w, y1

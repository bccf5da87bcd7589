"""Scanned reports: every contradiction found, no error resting on a misread character.

The seed rendered to image-only PDFs in the test (200 dpi grey, and 150 dpi black and
white fed 1 degree askew) must yield its five contradictions (as errors, or as warnings
that name the doubt) and no error-level finding that is not one of them. The unit tests
below each name the layout feature a mechanism handles.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from lkjip.checks.finding import Finding
from lkjip.checks.rule import CheckConfig
from lkjip.checks.runner import run_checks
from lkjip.extract.interpret.document import interpret
from lkjip.extract.readers import read_document
from lkjip.extract.source import RawCell, RawTable
from tests.conftest import SEED_PDF
from tests.inputs.scans import bw_skewed_rendition, scanned_rendition

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract missing: apt-get install tesseract-ocr tesseract-ocr-ind")


def _says(f: Finding, *numbers: str) -> bool:
    text = f.text("en")
    return all(n in text for n in numbers)


# The seed's five contradictions (truth.json), the budget one counted once.
CONTRADICTIONS = {
    "budget total": lambda f: f.rule == "LKJ-B002" and _says(f, "19.253.545.000", "19.253.454.000"),
    "media-sosial target": lambda f: f.rule == "LKJ-K001" and _says(f, "100", "16.6%"),
    "instagram like": lambda f: f.rule == "LKJ-K002" and _says(f, "20.511", "20.551"),
    "sampul kliping pers": lambda f: f.rule == "LKJ-K002" and _says(f, "12.930", "1.200"),
}


def _findings(path: Path) -> tuple[list[Finding], float]:
    started = time.monotonic()
    doc = read_document(path)
    seconds_per_page = (time.monotonic() - started) / doc.page_count
    return run_checks(interpret(doc), CheckConfig(lang="en")), seconds_per_page


@pytest.fixture(scope="module")
def grey_200(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Finding], float]:
    return _findings(scanned_rendition(SEED_PDF, tmp_path_factory.mktemp("scan") / "seed-200.pdf"))


@pytest.fixture(scope="module")
def bw_150_askew(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Finding], float]:
    return _findings(bw_skewed_rendition(SEED_PDF, tmp_path_factory.mktemp("scan") / "seed-bw150.pdf"))


def _judge(findings: list[Finding]) -> None:
    for name, matches in CONTRADICTIONS.items():
        found = [f for f in findings if matches(f)]
        assert found, f"{name}: not found among {[f.text('en')[:120] for f in findings]}"
        # A warning must say what to verify.
        assert any(f.severity == "error" or f.doubts for f in found), name
    false_errors = [f.text("en")[:200] for f in findings if f.severity == "error"
                    and not any(m(f) for m in CONTRADICTIONS.values())]
    assert false_errors == []


@needs_tesseract
@pytest.mark.slow
def test_seed_scanned_at_200_dpi_every_contradiction_no_false_error(grey_200: tuple[list[Finding], float]) -> None:
    findings, per_page = grey_200
    _judge(findings)
    print(f"OCR at 200 dpi grey: {per_page:.1f} s a page")


@needs_tesseract
@pytest.mark.slow
def test_seed_scanned_black_and_white_askew_every_contradiction_no_false_error(
        bw_150_askew: tuple[list[Finding], float]) -> None:
    findings, per_page = bw_150_askew
    _judge(findings)
    print(f"OCR at 150 dpi b/w askew: {per_page:.1f} s a page")


@needs_tesseract
@pytest.mark.slow
def test_a_misread_digit_is_a_warning_naming_the_second_reading(grey_200: tuple[list[Finding], float]) -> None:
    """The scan's 237.749.000 reads as 237.149.000 with a confident word; the sum it
    breaks is reported only as a warning that names the disagreeing reading."""
    findings, _ = grey_200
    for f in findings:
        if f.rule in ("LKJ-B001", "LKJ-B003") and "237.149.000" in f.text("en"):
            assert f.severity == "warning"
            assert any(d.reason == "ocr_rereads_differ" for d in f.doubts)


# --- mechanisms, each on a made-up layout --------------------------------------------------

@pytest.mark.parametrize("text,percent_column,doubtful", [
    ("55,5696", True, True),  # "%" read as "96" in a column of percentages
    ("9496", True, True),
    ("1996", False, False),  # a year in a column of counts
    ("237.7149.000,-", False, True),  # a thousands group of 4 digits
    ("1.2O0 eks", False, True),  # O for 0
    ("2.5l0", False, True),  # l for 1
    ("19.253.545.000,-", False, False),
    ("98,17 %", True, False),
    ("6.000 lbr", False, False),
    ("1.250,50", False, False),
])
def test_numbers_that_fit_only_after_a_glyph_swap_are_doubtful(text: str, percent_column: bool,
                                                               doubtful: bool) -> None:
    from lkjip.extract.ocr.cells import glyph_doubt

    assert glyph_doubt(text, percent_column) is doubtful


def test_glyph_doubt_is_marked_on_the_line_and_reaches_the_indicator_value() -> None:
    from lkjip.extract.ocr.cells import GLYPH, mark_glyph_doubts

    boxes = [("100 %", (300.0, 100.0, 340.0, 110.0)), ("9496", (300.0, 112.0, 340.0, 122.0))]
    values = RawCell("100 %\n9496", 1, 1, (290, 95, 360, 130), line_boxes=boxes, confidence=95.0,
                     line_confidence=[95.0, 93.0])
    other = RawCell("55,56%", 2, 1, (290, 130, 360, 150), line_boxes=[("55,56%", (300, 135, 340, 145))],
                    confidence=95.0)
    table = RawTable("p1-t1", 1, None, [[None, values], [None, other]])
    mark_glyph_doubts(table)
    assert values.line_doubts == [(), (GLYPH,)] and values.doubts == (GLYPH,)
    assert other.doubts == ()


def test_percent_read_as_digits_is_given_back() -> None:
    from lkjip.extract.ocr.cells import repair_percent

    assert repair_percent("16.696 (730 respon)") == "16.6% (730 respon)"
    assert repair_percent("16.694 (730 respon)") == "16.6% (730 respon)"  # "%" as "94"
    assert repair_percent("9496") == "94%" and repair_percent("1006") == "100%"
    assert repair_percent("98,25") == "98,25" and repair_percent("94") == "94"


def test_words_across_a_rule_mark_the_cells_they_touch() -> None:
    """Tesseract followed a line across a row rule: both rows' cells are misread."""
    from lkjip.extract.ocr.cells import words_across_rules

    upper = RawCell("", 1, 1, (100, 100, 200, 112))
    lower = RawCell("Loooeke .000 eks", 2, 1, (100, 112, 200, 124))
    apart = RawCell("1.200 eks", 3, 1, (100, 124, 200, 136))
    table = RawTable("p1-t1", 1, None, [[upper], [lower], [apart]])
    words = [((110.0, 104.0, 190.0, 121.0), 0.0),  # spans the rule at 112
             ((110.0, 126.0, 190.0, 134.0), 95.0)]  # inside its cell
    assert words_across_rules(table, words) == [upper, lower]


def test_empty_cell_over_print_is_found() -> None:
    from lkjip.extract.ocr.cells import has_ink

    image = Image.new("L", (400, 200), 255)
    ImageDraw.Draw(image).text((60, 60), "1.000 eks", fill=0)
    ImageDraw.Draw(image).rectangle((20, 20, 380, 180), outline=0, width=2)  # the cell's rules
    assert has_ink(image, (20, 20, 200, 100), 1.0)
    assert not has_ink(image, (210, 110, 380, 180), 1.0)  # rules trimmed, paper only


def test_lost_bullet_mark_restored_from_the_marks_left_edge() -> None:
    from lkjip.extract.interpret.indicators.bullet_pairing import bullet_items, restore_lost_marks

    lines = [("- Jumlah Tabloid", (100.0, 10.0, 200.0, 20.0)),
             ("- Jumlah Sampul Kliping Pers", (100.5, 22.0, 230.0, 32.0)),
             ("rmaaA umian Foster Intormasi", (99.0, 34.0, 230.0, 44.0)),  # mark misread
             ("- Jumlah kunjungan masyarakat", (100.0, 46.0, 230.0, 56.0)),
             ("di Media Centre", (112.0, 58.0, 200.0, 68.0))]  # continuation, indented
    assert len(bullet_items(lines)) == 3
    restored = restore_lost_marks(lines, 4)
    assert restored is not None
    assert [b.text for b in restored] == ["Jumlah Tabloid", "Jumlah Sampul Kliping Pers",
                                          "rmaaA umian Foster Intormasi",
                                          "Jumlah kunjungan masyarakat di Media Centre"]
    assert restore_lost_marks(lines, 5) is None  # only when the values count alike


def test_ocr_values_paired_by_position_carry_the_doubt() -> None:
    """Three values beside two bullets on an OCR'd page: the pairing is a guess, and the
    values say so; each value keeps its own line's confidence."""
    from lkjip.extract.interpret.indicators.header_columns import read_layout
    from lkjip.extract.interpret.indicators.rows import PAIRED_BY_POSITION, table_rows

    header = [RawCell("NO", 0, 0, (0, 0, 30, 20), confidence=95.0),
              RawCell("INDIKATOR KINERJA", 0, 1, (30, 0, 200, 20), confidence=95.0),
              RawCell("TARGET", 0, 2, (200, 0, 300, 20), confidence=95.0)]
    names = RawCell("- Jumlah Tabloid\n- Jumlah Leaflet", 1, 1, (30, 20, 200, 80), confidence=90.0,
                    line_boxes=[("- Jumlah Tabloid", (35, 25, 150, 35)), ("- Jumlah Leaflet", (35, 50, 150, 60))],
                    line_confidence=[90.0, 92.0])
    values = RawCell("12.000 eks\n500 eks\n6.000 lbr", 1, 2, (200, 20, 300, 80), confidence=60.0,
                     line_boxes=[("12.000 eks", (210, 25, 280, 35)), ("500 eks", (210, 38, 280, 48)),
                                 ("6.000 lbr", (210, 50, 280, 60))],
                     line_confidence=[94.0, 60.0, 91.0])
    table = RawTable("p3-t1", 3, None, [header, [None, names, values]], pages=[3], row_pages=[3, 3])
    layout = read_layout(table)
    assert layout is not None
    rows = list(table_rows(table, layout, "pengukuran_kinerja", 2018, None))
    assert [r.indikator for r in rows] == ["Jumlah Tabloid", "Jumlah Leaflet"]
    tabloid = rows[0].cells["target"]
    assert tabloid.confidence == 60.0  # "12.000 eks" joined with the doubtful "500 eks"
    assert PAIRED_BY_POSITION in tabloid.inferred
    assert PAIRED_BY_POSITION in rows[1].cells["target"].inferred


def test_askew_page_is_measured_and_levelled() -> None:
    from lkjip.extract.ocr.deskew import deskew, skew_angle

    page = Image.new("L", (1200, 1600), 255)
    draw = ImageDraw.Draw(page)
    for y in range(150, 1450, 60):
        draw.line((100, y, 1100, y), fill=0, width=2)  # table rules
        draw.text((120, y + 20), "Jumlah Kalender Dinding 5.000 eks", fill=0)
    assert skew_angle(page) == 0.0
    askew = page.rotate(1.2, expand=False, fillcolor=255)
    assert skew_angle(askew) == pytest.approx(-1.2, abs=0.15)
    level, angle = deskew(askew)
    assert angle == pytest.approx(-1.2, abs=0.15) and level.size == askew.size


@needs_tesseract
def test_a_second_reading_confirms_or_refutes_each_number() -> None:
    """Each number of a table is read again from its own crop; a line whose digits the
    second (and third) reading do not give is in doubt, one that reads alike is not."""
    from PIL import ImageFont

    from lkjip.extract.ocr.cells import REREADS_DIFFER, verify_numbers
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 36)
    except OSError:
        font = ImageFont.load_default(36)
    image = Image.new("L", (1000, 300), 255)
    draw = ImageDraw.Draw(image)
    draw.text((60, 40), "237.749.000", fill=0, font=font)
    draw.text((60, 170), "1.102.320.687", fill=0, font=font)
    scale = 2.0  # pixels per point
    right = RawCell("237.749.000", 1, 0, (20, 10, 400, 60), line_boxes=[("237.749.000", (30, 20, 200, 40))])
    wrong = RawCell("1.102.320.681", 2, 0, (20, 75, 400, 130), line_boxes=[("1.102.320.681", (30, 85, 220, 105))])
    table = RawTable("p1-t1", 1, None, [[right], [wrong]])
    assert verify_numbers(table, image, scale, "ind") == 1
    assert right.doubts == () and wrong.doubts == (REREADS_DIFFER,)


def test_header_percent_read_as_digits_is_restored() -> None:
    """"CAPAIAN (%)" read as "CAPAIAN (02)": no column number starts with 0 or exceeds
    the table's columns; "(3)" under a column stays a column number."""
    from lkjip.extract.ocr.cells import GLYPH, repair_header_percent

    header = [RawCell("NO", 0, 0, None), RawCell("INDIKATOR", 0, 1, None), RawCell("TARGET\n(3)", 0, 2, None),
              RawCell("CAPAIAN\n(02)", 0, 3, None, line_boxes=[("CAPAIAN", (0, 0, 1, 1)), ("(02)", (0, 1, 1, 2))])]
    table = RawTable("p1-t1", 1, None, [header, [None, RawCell("Nilai SAKIP", 1, 1, None), None, None]])
    repair_header_percent(table)
    assert [c.text for c in header] == ["NO", "INDIKATOR", "TARGET\n(3)", "CAPAIAN\n(%)"]
    assert header[3].line_boxes[1][0] == "(%)" and header[3].doubts == (GLYPH,)


def test_dashed_vertical_rule_is_a_rule_stacked_digits_are_not() -> None:
    """A black-and-white scan breaks a thin rule into dashes; the stems of "1"s stacked
    line above line are not a rule."""
    import numpy as np

    from lkjip.extract.ocr.image_ruling import dashed_rules

    ink = np.zeros((600, 300), dtype=np.uint8)
    for y in range(20, 580, 24):
        ink[y:y + 16, 50:52] = 255  # dashes of a rule, 8 px gaps
        for x in (200, 209):  # "11" in a column of values, line under line
            ink[y:y + 18, x:x + 3] = 255
            ink[y:y + 3, x - 3:x + 1] = 255  # the flag
    found = dashed_rules(ink, 60, horizontal=False)
    assert found[:, 45:57].any() and not found[:, 190:215].any()


def test_ocr_pool_shares_the_cores_among_batch_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """`ingest --workers N` gives each worker's OCR pool a share of the cores."""
    from lkjip.store import local_runner

    seen: list[object] = []

    class Stop(Exception):
        pass

    def fake_pool(*args: object, **kwargs: object) -> object:
        raise Stop

    monkeypatch.setattr(local_runner.os, "cpu_count", lambda: 8)
    monkeypatch.setattr(local_runner, "ProcessPoolExecutor", fake_pool)
    monkeypatch.setattr(local_runner.dataclasses, "replace",
                        lambda obj, **kw: seen.append(kw) or type(obj)(**{**obj.__dict__, **kw}))
    with pytest.raises(Stop):
        local_runner.run_local([object()], 4, None, lambda *a: None)  # type: ignore[list-item]
    assert seen == [{"ocr_workers": 2}]

"""Numbers as printed, and the value read beside them only where the two differ in more than
format: "2,35" read as 2.35 shows once; "103.52" read as 10352 shows the 10352 too."""

from __future__ import annotations

import json
import re
from pathlib import Path

from openpyxl import load_workbook
from rich.console import Console

from lkjip.checks.finding import Evidence, Finding
from lkjip.records import Cell, Extraction
from lkjip.report.evidence_value import differs_from_print, value_beside
from lkjip.report.html import render_html
from lkjip.report.json_report import check_payload
from lkjip.report.pdf_annotate import comment_text
from lkjip.report.terminal import render_terminal
from lkjip.report.xlsx import write_xlsx
from lkjip.results import DocumentResult, RunResult


def test_format_alone_is_not_a_difference() -> None:
    same = [("2,35", 2.35), ("Rp. 19.253.454.000,-", 19253454000), ("95,5 %", 95.5), ("1.250", 1250),
            ("1.250", 1.25), ("100 % (730\nrespon)", 100.0), ("(1.234)", -1234), ("399,380,000.00", 399380000)]
    for text, value in same:
        assert not differs_from_print(text, value), text
    differ = [("103.52", 10352), ("19.253.454", 19253454000), ("(Sembilan belas milyar rupiah)", 19e9),
              ("", 12.5), ("2,35", 235)]
    for text, value in differ:
        assert differs_from_print(text, value), text
    assert value_beside("103.52", 10352, "id") == "10.352" and value_beside("103.52", 10352, "en") == "10,352"
    assert value_beside("2,35", 2.35, "id") == "" and value_beside("x", None, "id") == ""


def _run(lang: str) -> RunResult:
    ex = Extraction(file="missing.pdf", sha256=None, kind="pdf", pages=3)
    same = Cell("2,35", 2, "p2-t1", 3, "capaian", (100.0, 100.0, 130.0, 110.0))
    scaled = Cell("103.52", 3, "p3-t1", 4, "realisasi", (100.0, 200.0, 140.0, 210.0))
    finding = Finding(rule="LKJ-K009", severity="warning", title={"en": "Capaian differs", "id": "Capaian berbeda"},
                      message={"en": "2,35 vs 103.52", "id": "2,35 vs 103.52"},
                      evidence=[Evidence(same, 2.35, "capaian"), Evidence(scaled, 10352.0, "capaian")],
                      file=ex.file)
    return RunResult([DocumentResult(ex, [finding])], lang=lang)


def test_every_format_shows_the_value_read_only_where_the_print_does_not(tmp_path: Path) -> None:
    run = _run("id")
    console = Console(record=True, width=300, force_terminal=False)
    render_terminal(run, console)
    lines = console.export_text().splitlines()
    assert any("103.52 (dibaca 10.352)" in line for line in lines)
    assert any("2,35" in line and "dibaca" not in line for line in lines)

    html = render_html(run)
    read = re.findall(r'<td class="printed">([^<]*)</td><td class="num read-as">([^<]*)</td>', html)
    assert read == [("2,35", ""), ("103.52", "10.352")]
    assert "<th>Dibaca sebagai</th>" in html

    out = tmp_path / "r.xlsx"
    write_xlsx(run, out)
    sheet = load_workbook(out).worksheets[0]
    evidence = str(sheet.cell(2, 8).value)  # the Evidence column
    assert "103.52 [dibaca sebagai 10.352]" in evidence and "2,35 [" not in evidence

    finding = run.documents[0].findings[0]
    assert "(dibaca 10.352)" in comment_text(finding, "capaian", "103.52", "id", 10352.0)
    assert "dibaca" not in comment_text(finding, "capaian", "2,35", "id", 2.35)

    # JSON keeps both fields, for every value: machines compare, people read.
    evs = json.loads(json.dumps(check_payload(run)))["documents"][0]["findings"][0]["evidence"]
    assert [(e["text"], e["value"]) for e in evs] == [("2,35", 2.35), ("103.52", 10352.0)]


def test_english_reports_write_the_value_the_english_way() -> None:
    console = Console(record=True, width=300, force_terminal=False)
    render_terminal(_run("en"), console)
    assert "103.52 (read as 10,352)" in console.export_text()

"""LKJ-B018 and the efficiency table ("Tingkat Efisiensi Anggaran Terhadap Capaian Sasaran")
on a generated text-layer PDF: the one-row table is read as a budget table (Target Belanja
the anggaran, Efisiensi no share of it), its own figures checked (LKJ-B003, LKJ-B004), and
the sentence under it that retells it checked against it (LKJ-B018)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from lkjip.checks.finding import Finding
from lkjip.checks.rule import CheckConfig
from lkjip.checks.runner import run_checks
from lkjip.extract.interpret.document import interpret
from lkjip.extract.readers import read_document

HEADER = ["Tahun", "Target Belanja\nSasaran (Rp)", "Realisasi Belanja\nSasaran (Rp)", "Persentase\n(%)",
          "Efisiensi\n(%)"]


def _pdf(path: Path, sasaran: list[tuple[list[str], str]]) -> Path:
    """One page per sasaran: caption, the one-row efficiency table, the sentence under it."""
    styles = getSampleStyleSheet()
    story: list = []
    for i, (row, sentence) in enumerate(sasaran, start=1):
        story.append(Paragraph(f"e. Analisis atas efisiensi penggunaan sumber daya sasaran {i}", styles["Normal"]))
        story.append(Paragraph(f"Tabel 3.{i}<br/>Tingkat Efisiensi Anggaran Terhadap Capaian Sasaran Tahun 2022",
                               styles["Normal"]))
        table = Table([HEADER, row], colWidths=[50, 110, 110, 70, 70])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("FONTSIZE", (0, 0), (-1, -1), 8)]))
        story += [table, Spacer(1, 8), Paragraph(sentence, styles["Normal"]), Spacer(1, 300)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def _sentence(target: str, realisasi: str, persen: str) -> str:
    return (f"Berdasarkan tabel diatas, diketahui bahwa target belanja subkegiatan yang mendukung pencapaian "
            f"sasaran pada Tahun 2022 sebesar Rp. {target} dengan realisasi belanja mencapai Rp. {realisasi} "
            f"atau sebesar {persen} persen. Dengan demikian terdapat efisiensi sebesar 13,34 persen.")


def _findings(path: Path) -> list[Finding]:
    return run_checks(interpret(read_document(path)), CheckConfig(lang="en"))


def test_the_sentence_retelling_a_one_row_table_with_other_amounts_is_a_warning(tmp_path: Path) -> None:
    row = ["2022", "2.397.613.150,00", "1.373.942.019,00", "57,30", "13,34"]
    findings = _findings(_pdf(tmp_path / "e.pdf", [
        (row, _sentence("2.462.581.150,00", "1.438.079.933,00", "57,30"))]))
    retold = [f for f in findings if f.rule == "LKJ-B018"]
    assert {f.severity for f in retold} == {"warning"}
    assert sorted(sorted(e.value for e in f.evidence) for f in retold) == [
        [1_373_942_019, 1_438_079_933], [2_397_613_150, 2_462_581_150]]
    assert not [f for f in findings if f.severity == "error"]


def test_a_sentence_agreeing_with_its_table_and_an_efficiency_share_raise_nothing(tmp_path: Path) -> None:
    # 1.373.942.019 / 2.397.613.150 = 57,30 %; the efficiency 13,34 % is no share of the budget.
    row = ["2022", "2.397.613.150,00", "1.373.942.019,00", "57,30", "13,34"]
    findings = _findings(_pdf(tmp_path / "e.pdf", [
        (row, _sentence("2.397.613.150,00", "1.373.942.019,00", "57,30"))]))
    assert not [f for f in findings if f.rule.startswith("LKJ-B")]


def test_the_efficiency_tables_own_figures_are_checked(tmp_path: Path) -> None:
    # Realisasi above the target belanja, and 0,59 % printed for 202,84 %.
    row = ["2022", "61.564.550,00", "124.876.014,00", "0,59", "0,72"]
    findings = _findings(_pdf(tmp_path / "e.pdf", [(row, _sentence("61.564.550,00", "124.876.014,00", "0,59"))]))
    rules = {f.rule for f in findings}
    assert {"LKJ-B003", "LKJ-B004"} <= rules
    assert "LKJ-B018" not in rules


def test_a_table_of_several_lines_is_not_retold_by_one_sentence(tmp_path: Path) -> None:
    # Two years in the table: which line the sentence retells is not said.
    path = tmp_path / "e.pdf"
    styles = getSampleStyleSheet()
    table = Table([HEADER, ["2021", "2.100.000.000,00", "1.900.000.000,00", "90,48", "9,52"],
                   ["2022", "2.397.613.150,00", "1.373.942.019,00", "57,30", "13,34"]], colWidths=[50, 110, 110, 70, 70])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("Tabel 3.3<br/>Tingkat Efisiensi Anggaran Terhadap Capaian Sasaran", styles["Normal"]), table,
        Spacer(1, 8), Paragraph(_sentence("2.462.581.150,00", "1.438.079.933,00", "57,30"), styles["Normal"])])
    assert not [f for f in _findings(path) if f.rule == "LKJ-B018"]

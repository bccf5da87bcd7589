"""A corrected version of a report keeps the judgements of the findings that persist and
says which are new and which are gone; an agency's years are shown side by side.
Generated reports (tests/generator): the same agency and year with other defects."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lkjip.cli import app as cli
from tests.generator.defects import DEFECTS, inject
from tests.generator.model import consistent_report
from tests.generator.render_pdf import render_pdf
from tests.serve.conftest import serving

D = {d.name: d for d in DEFECTS}


def _by_rule(html: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for section in re.findall(r'<section class="group[^"]*"><h3><span class="code">(LKJ-[A-Z]\d{3})</span>(.*?)</section>',
                              html, re.S):
        out[section[0]] = section[1]
    return out


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("versions")
    clean = consistent_report(1, "bulleted")
    v1 = inject(inject(clean, D["terbilang_mismatch"], 1), D["row_percent_changed"], 1)
    v2 = inject(inject(clean, D["terbilang_mismatch"], 1), D["capaian_changed"], 1)
    next_year = dataclasses.replace(clean, year=clean.year + 1, notes=[])
    return {"v1": render_pdf(v1, folder / "laporan-v1.pdf"), "v2": render_pdf(v2, folder / "laporan-v2.pdf"),
            "next": render_pdf(next_year, folder / "laporan-tahun-berikut.pdf")}


def test_reupload_keeps_judgements_and_shows_new_and_gone(tmp_path: Path, versions: dict[str, Path]) -> None:
    with serving(tmp_path / "s.duckdb", workers=2) as s:
        s.upload([("laporan-v1.pdf", versions["v1"].read_bytes())])
        assert s.workspace.wait_idle(300)
        sha1 = s.job("laporan-v1.pdf")["sha256"]
        page1 = s.client.get(f"/doc/{sha1}").text
        assert set(_by_rule(page1)) == {"LKJ-B003", "LKJ-N001"}
        n001 = re.search(r'<section class="group[^"]*"><h3><span class="code">LKJ-N001.*?/finding/(\d+)"', page1, re.S)
        assert n001
        r = s.client.post(f"/doc/{sha1}/finding/{n001.group(1)}/judge", follow_redirects=False,
                          data={"csrf": s.csrf(), "verdict": "false_alarm", "note": "ejaan", "auditor": "Budi"})
        assert r.status_code == 303

        s.upload([("laporan-v2.pdf", versions["v2"].read_bytes()),
                  ("laporan-tahun-berikut.pdf", versions["next"].read_bytes())])
        assert s.workspace.wait_idle(300)
        sha2 = s.job("laporan-v2.pdf")["sha256"]
        page2 = s.client.get(f"/doc/{sha2}").text
        rules = _by_rule(page2)
        # The changed capaian is a K004 (and, where the report prints it twice, a K009).
        assert {"LKJ-K004", "LKJ-N001"} <= set(rules) <= {"LKJ-K004", "LKJ-K009", "LKJ-N001"}
        assert "alarm palsu" in rules["LKJ-N001"] and "baru" not in rules["LKJ-N001"]  # kept, not new
        assert 'class="badge new"' in rules["LKJ-K004"]  # new in this version
        assert f'/doc/{sha1}"' in page2  # the previous version is named
        gone = page2.split('<ul class="gone">', 1)[1].split("</ul>", 1)[0]
        assert "LKJ-B003" in gone and "LKJ-N001" not in gone

        # The agency's years side by side: both years, each linked to its document.
        agency = s.workspace.document(sha2)["agency"]  # type: ignore[index]
        years = s.client.get("/archive/agency", params={"name": agency}).text
        table = years.split('class="list years"', 1)[1].split("</table>", 1)[0]
        found = re.findall(r"<tr><td>(\d{4})</td>", table)
        assert len(set(found)) == 2 and int(max(found)) == int(min(found)) + 1
        assert "Temuan lintas tahun" in years

    # `lkjip check --db` honours the judgement as a baseline: the false alarm is left out.
    result = CliRunner().invoke(cli, ["check", str(versions["v2"]), "--db", str(tmp_path / "s.duckdb"),
                                      "-f", "json", "--lang", "en"])
    assert result.exit_code in (0, 1), result.output
    findings = json.loads(result.stdout)["documents"][0]["findings"]
    marked = {f["rule"]: f.get("suppressed") for f in findings}
    assert marked["LKJ-N001"] == {"status": "false_alarm", "reason": "ejaan (Budi)"}
    assert marked["LKJ-K004"] is None  # not judged: still reported, still fails the run
    assert "1 finding(s) marked as judged" in result.stderr

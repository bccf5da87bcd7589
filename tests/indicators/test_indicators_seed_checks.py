"""The seed end to end: every contradiction between its tables, and nothing else at error level."""

from __future__ import annotations

import pytest

from lkjip.checks.runner import run_checks


@pytest.mark.parametrize("fixture", ["seed_extraction", "seed_rowwise_extraction"])
def test_seed_indicator_findings(fixture: str, request) -> None:
    ex = request.getfixturevalue(fixture)
    findings = run_checks(ex, select=["LKJ-K"])
    errors = [f for f in findings if f.severity == "error"]
    texts = [f.text("en") for f in errors]
    for f in findings:
        print(f.severity, f.rule, f.text("en")[:160])
    # Instagram likes: 20.511 in three tables, 20.551 in the Lampiran.
    assert any(f.rule == "LKJ-K002" and "20.511" in t and "20.551" in t and "Lampiran" in t
               for f, t in zip(errors, texts, strict=True))
    # Sampul Kliping Pers: 12.930 eks (Pengukuran) vs 1.200eks (2018 column of the comparison).
    assert any(f.rule == "LKJ-K002" and "Sampul Kliping Pers" in t and "12.930" in t
               for f, t in zip(errors, texts, strict=True))
    # The media-sosial target: 100 % everywhere but 16.6% in the Renstra comparison.
    assert any(f.rule == "LKJ-K001" and "16.6%" in t for f, t in zip(errors, texts, strict=True))
    # Where the tables agree there is no error: exactly these three.
    assert len(errors) == 3
    rules = {f.rule for f in findings}
    assert "LKJ-K007" not in rules  # 70 PNS + 18 PTT = 88; pendidikan 70: both add up
    assert "LKJ-K005" not in rules  # every PK indicator is measured
    assert any(f.rule == "LKJ-K003" and "Poster Informasi" in f.text("en") for f in findings)
    assert any(f.rule == "LKJ-K008" and "Ikhtisar" in f.text("en") for f in findings)

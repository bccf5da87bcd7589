"""A finding's fingerprint follows it to the next version of the report: pages may shift,
tables be renumbered and boxes move; the values as printed, the rule and the document's
identity decide."""

from __future__ import annotations

from lkjip.checks.finding import Evidence, Finding
from lkjip.checks.fingerprint import document_identity, finding_fingerprints, fingerprint
from lkjip.records import Cell

IDENTITY = document_identity("Biro Hubungan Masyarakat", "Provinsi Jambi", 2018)


def _b002(page: int, text: str = "Rp. 19.253.454.000,-") -> Finding:
    return Finding("LKJ-B002", "error", {"en": "t", "id": "t"}, {"en": f"m p{page}", "id": f"m hlm {page}"}, [
        Evidence(Cell(text, page=page, bbox=(233.0, 741.8 + page, 346.6, 752.7)), 19253454000.0, "stated in text"),
        Evidence(Cell("19.253.545.000", page=page + 1, table=f"p{page + 1}-t1", row=13, column="anggaran",
                      bbox=(400.0, 500.0, 460.0, 510.0)), 19253545000.0, "stated total"),
    ])


def test_same_finding_on_shifted_pages_keeps_its_fingerprint() -> None:
    assert finding_fingerprints([_b002(16)], IDENTITY) == finding_fingerprints([_b002(18)], IDENTITY)


def test_a_corrected_value_is_another_finding() -> None:
    fixed = _b002(16, "Rp. 19.253.545.000,-")
    assert finding_fingerprints([_b002(16)], IDENTITY) != finding_fingerprints([fixed], IDENTITY)


def test_rule_and_document_identity_count() -> None:
    ev = [e.to_dict() for e in _b002(16).evidence]
    assert fingerprint("LKJ-B002", IDENTITY, ev) != fingerprint("LKJ-B003", IDENTITY, ev)
    other_year = document_identity("Biro Hubungan Masyarakat", "Provinsi Jambi", 2019)
    assert fingerprint("LKJ-B002", IDENTITY, ev) != fingerprint("LKJ-B002", other_year, ev)


def test_identity_ignores_case_spacing_and_falls_back_to_the_file_name() -> None:
    assert document_identity("Biro  Hubungan masyarakat ", "provinsi jambi", 2018) == IDENTITY
    # Without agency and year: the file's name, never its folder.
    assert document_identity(None, None, 2018, "/a/b/LKjIP-2018.pdf") == document_identity(None, None, None,
                                                                                          "c:\\x\\lkjip-2018.pdf")


def test_repeated_findings_are_numbered_in_order() -> None:
    fps = finding_fingerprints([_b002(16), _b002(30)], IDENTITY)
    assert fps[1] == fps[0] + "#2"

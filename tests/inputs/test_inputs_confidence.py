"""The shared OCR-confidence threshold rules use to downgrade doubtful findings."""

from __future__ import annotations

from typing import ClassVar

from lkjip.checks.certainty import DOUBTFUL_BELOW, doubt_note, doubtful_cells, doubts, is_doubtful
from lkjip.records import Cell


def test_text_layer_values_are_never_doubtful() -> None:
    assert not is_doubtful([Cell("19.253.545.000", page=17), None])


def test_low_ocr_confidence_is_doubtful() -> None:
    sure = Cell("19.253.545.000", page=17, confidence=93.0)
    weak = Cell("19.253.454.000", page=16, confidence=DOUBTFUL_BELOW - 20)
    assert not is_doubtful([sure])
    assert is_doubtful([sure, weak])
    assert doubtful_cells([sure, weak]) == [weak]
    assert is_doubtful([sure], threshold=95)


def test_doubt_note_names_the_reading_in_both_languages() -> None:
    weak = Cell("19.253.454.000", page=16, confidence=54.0)
    en, id_ = doubt_note(doubts([weak]), "en"), doubt_note(doubts([weak]), "id")
    assert "'19.253.454.000' (p. 16) 54%" in en and "OCR" in en
    assert "'19.253.454.000' (hlm. 16) 54%" in id_ and "OCR" in id_
    assert doubt_note(doubts([Cell("1", page=1, confidence=99.0)]), "en") == ""


def test_finding_on_a_doubtful_digit_is_a_warning() -> None:
    from lkjip.checks.rule import Rule

    class Demo(Rule):
        """Demo."""

        code = "LKJ-Z999"
        title: ClassVar[dict[str, str]] = {"en": "Demo", "id": "Contoh"}
        severity = "error"

    cells = [Cell("19.253.454.000", page=16, confidence=41.0)]
    finding = Demo().finding("a", "b", [], doubtful=is_doubtful(cells))
    assert finding.severity == "warning" and finding.doubtful

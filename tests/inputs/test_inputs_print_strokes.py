"""Bold print that a blurred scan bleeds into short bars is not a rule (`ocr.text_strokes`)."""

from __future__ import annotations

from lkjip.extract.ocr.text_strokes import drop_print_strokes
from lkjip.geometry import h_edge, v_edge


def test_short_strokes_through_words_are_print_rules_between_lines_are_kept() -> None:
    words = [(150.0, 160.0, 200.0, 170.0), (205.0, 160.0, 240.0, 170.0),  # one line of bold names
             (150.0, 180.0, 230.0, 190.0)]
    through = h_edge(168.0, 205.0, 165.0)  # the bases of a bold line, mid-height of its words
    between = h_edge(150.0, 240.0, 175.0)  # a rule under the line: in the gap between lines
    long_rule = h_edge(100.0, 400.0, 165.0)  # a table-wide rule a merged word was read across
    beside = h_edge(300.0, 340.0, 165.0)  # a short rule where no word is
    column = v_edge(180.0, 150.0, 200.0)
    kept = drop_print_strokes([through, between, long_rule, beside, column], words)
    assert through not in kept
    assert between in kept and long_rule in kept and beside in kept and column in kept
    assert drop_print_strokes([through], []) == [through]

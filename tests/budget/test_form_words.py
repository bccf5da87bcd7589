"""Words of a form page: a dash's sliver box stays on its line; a name's closing
parenthesis glued to the amount beside it is cut off it."""

from __future__ import annotations

from lkjip.extract.interpret.budget.evaluation_form import _NAME_TAIL, _unglued
from lkjip.extract.interpret.budget.form_words import Word, word_lines


def test_sliver_dash_joins_the_line_it_sits_in() -> None:
    # Small print: the dash's box is 0.3 pt high and lower than the letters beside it.
    words = [Word("126", 88, 333.5, 95, 336.0), Word("Ruas", 136, 333.8, 143, 336.3),
             Word("650.000.000", 260, 333.5, 280, 336.0), Word("-", 164, 335.1, 165, 335.4),
             Word("Penanganan", 99, 333.8, 118, 336.9), Word("Karangrowo", 166, 333.8, 180, 336.9),
             Word("127", 88, 339.0, 95, 341.5)]
    lines = word_lines(words)
    assert [ln.text for ln in lines] == ["126 Penanganan Ruas - Karangrowo 650.000.000", "127"]


def test_name_tail_and_amount_printed_as_one_word() -> None:
    (name, amount) = _unglued([Word("2021)600.000.000", 200.0, 10.0, 260.0, 13.0)])
    assert (name.text, amount.text) == ("2021)", "600.000.000") and name.x1 == amount.x0 < 230
    assert _unglued([Word("1.000.000.000", 200.0, 10.0, 260.0, 13.0)])[0].text == "1.000.000.000"
    assert _NAME_TAIL.match("2021)") and not _NAME_TAIL.match("(1.250.000)")

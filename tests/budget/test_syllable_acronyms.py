"""Names printed with syllable acronyms ("Dinas Perindag Prov. Jabar") against the same
name spelled out (lkjip.match.syllable_acronyms), and the kegiatan the text retells under
the spelled-out name tied to the table's row (LKJ-B002, a warning)."""

from __future__ import annotations

from lkjip.checks.budget.b002_text_total_vs_table import TextTotalVsTable
from lkjip.checks.rule import CheckConfig
from lkjip.match.names import name_key
from lkjip.match.syllable_acronyms import same_but_acronyms
from lkjip.records import NarrativeAmount
from tests.budget.builders import doc, row, sentence


def test_syllable_acronyms_stand_for_their_runs_of_words() -> None:
    table = name_key("Penyelenggaraan Administrasi Perkantoran Dinas Perindag Prov. Jabar")
    text = name_key("Penyelenggaraan Administrasi Perkantoran Dinas Perindustrian dan Perdagangan "
                    "Provinsi Jawa Barat")
    assert same_but_acronyms(table, text) and same_but_acronyms(text, table)
    assert same_but_acronyms("koordinasi bappeda", "koordinasi badan perencanaan pembangunan daerah")


def test_other_words_or_a_word_cut_short_are_not_acronyms() -> None:
    assert not same_but_acronyms("administrasi balai kemetrologian bogor", "administrasi balai kemetrologian cirebon")
    assert not same_but_acronyms("ketahanan pangan", "ketahanan pangan nasional")
    assert not same_but_acronyms("forum opd", "forum organisasi perangkat daerah")  # initials: not this module's
    assert not same_but_acronyms("rapat dinas", "rapat dinas")  # the same name: no acronym to read


# A program whose kegiatan the table names with acronyms, the text spelled out.
KEGIATAN = [("Penyelenggaraan Administrasi Perkantoran Dinas Perindag Prov. Jabar",
             "Penyelenggaraan Administrasi Perkantoran Dinas Perindustrian dan Perdagangan Provinsi Jawa Barat",
             "2,810,000,000.00"),
            ("Penyelenggaraan Administrasi Perkantoran Balai Kemetrologian Bandung",
             "Penyelenggaraan Administrasi Perkantoran Balai Kemetrologian Bandung", "619,884,500.00"),
            ("Penyelenggaraan Administrasi Perkantoran Balai Kemetrologian Bogor",
             "Penyelenggaraan Administrasi Perkantoran Balai Kemetrologian Bogor", "1,060,000,000.00"),
            # Shares most words with the spelled-out name: no guess by similarity picks
            # between the two, only the acronyms read tie the text to its row.
            ("Penyelenggaraan Administrasi Perkantoran Balai Pengembangan Perindustrian",
             "Penyelenggaraan Administrasi Perkantoran Balai Pengembangan Perindustrian", "2,000,000,000.00")]


def _found(program_anggaran: str) -> list:
    rows = [row("p48-t2", 0, "program", "Program Pelayanan Administrasi Perkantoran",
                anggaran=program_anggaran, realisasi="4,000,000,000.00", page=48)]
    rows += [row("p48-t2", k, "kegiatan", short, parent=0, page=48) for k, (short, _, _) in enumerate(KEGIATAN, 1)]
    amounts: list[NarrativeAmount] = []
    for _, spelled, anggaran in KEGIATAN:
        item = (f"Kegiatan {spelled}, yang dilaksanakan oleh Dinas dengan alokasi anggaran sebesar "
                f"Rp. {anggaran} atau 92.94%.")
        for a in sentence(item, page=55):
            a.item_lead = item[:a.context_offset]
            amounts.append(a)
    return list(TextTotalVsTable().check(doc(rows, amounts), CheckConfig()))


def test_kegiatan_retold_spelled_out_add_up_to_the_program() -> None:
    assert _found("6,489,884,500.00") == []


def test_kegiatan_retold_spelled_out_adding_up_to_another_amount_are_a_warning() -> None:
    (f,) = _found("6,476,548,500.00")
    assert f.rule == "LKJ-B002" and f.severity == "warning" and "13.336.000" in f.message["en"]
    assert {e.value for e in f.evidence} >= {2810000000.0, 619884500.0, 1060000000.0, 2000000000.0}

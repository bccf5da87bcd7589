"""Whether a finding may be an error: every value it rests on read with certainty.

An error is a promise to the auditor that the report contradicts itself. lkjip makes it
only when each value the finding rests on was read without doubt; otherwise the finding
is a warning that says what to verify, and the JSON's `certainty` block lists each doubt.
A value is in doubt when

- OCR read it with a word confidence below `DOUBTFUL_BELOW` (Tesseract 0..100: on the
  OCR'd seed at 200 dpi amounts read right come at 88-96; a misread digit mostly drops the
  word into the 40-70s, but a generated report scanned at 150 dpi black and white read a
  bold "9.036.867.000" as "9.036.367.000" at 81, so below the range of right readings is
  doubt) or with a character scans confuse (`%`→`96`, `,`↔`.`, `l`→`1`): the
  reader flags it `ocr_glyph`;
- its separators leave its value open ("1.250" in a document of undetermined style);
- the reader inferred what it is rather than reading it: the column's role from its
  position instead of its header, the row's level from its sum, the table's kind or year
  without a caption or header saying so (`Cell.inferred`).

Rules never decide this themselves: `Rule.finding` asks `doubts(cells)` about the cells
the finding rests on (its evidence by default), so every rule of every family keeps the
same promise.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lkjip.checks.finding import Evidence, Finding
from lkjip.checks.wording import page_ref
from lkjip.records import Cell

if TYPE_CHECKING:
    from lkjip.checks.finding import Evidence, Finding
    from lkjip.checks.rule import Rule

DOUBTFUL_BELOW = 88.0

# Why a reading was inferred (Cell.inferred codes), for people, in both languages.
INFERRED: dict[str, tuple[str, str]] = {
    "column_role_position": ("its column's role was inferred from position, not read from a header",
                             "peran kolomnya disimpulkan dari posisinya, bukan dibaca dari judul kolom"),
    "column_role_values": ("its column's role was inferred from the figures in it, not read from a header",
                           "peran kolomnya disimpulkan dari angka-angka di dalamnya, bukan dibaca dari judul kolom"),
    "sub_heading_unread": ("a sub-heading beside its column under the same budget heading was not read (a scan), "
                           "so the column read as the budget may not be the one in force (DPA or DPPA)",
                           "sub-judul di samping kolomnya di bawah judul anggaran yang sama tidak terbaca (hasil pindai), "
                           "sehingga kolom yang dibaca sebagai anggaran mungkin bukan yang berlaku (DPA atau DPPA)"),
    "row_level_sum": ("its row's level was inferred from the sums, not from a code or label",
                      "tingkat barisnya disimpulkan dari penjumlahan, bukan dari kode atau label"),
    "row_level_position": ("its row's level was inferred from its position in the table",
                           "tingkat barisnya disimpulkan dari posisinya dalam tabel"),
    "table_kind_guessed": ("the table's kind was inferred without a caption or header saying it",
                           "jenis tabelnya disimpulkan tanpa judul atau kepala tabel yang menyebutkannya"),
    "table_year_guessed": ("the table's year was inferred, not printed",
                           "tahun tabelnya disimpulkan, tidak tercetak"),
    "indicator_by_reference": ("the sentence names no indicator (\"indikator ini\"); it was tied to the indicator "
                               "named last before it in the text",
                               "kalimatnya tidak menyebut nama indikator (\"indikator ini\"); kalimat itu dikaitkan "
                               "dengan indikator yang terakhir disebut sebelumnya di narasi"),
    "indicator_name_fuzzy": ("the indicator's name in the text matched the table's name only approximately",
                             "nama indikator di narasi hanya mirip, tidak sama persis, dengan nama di tabel"),
    "ocr_glyph": ("OCR read a character scans often confuse (% as 96, comma as dot, l as 1)",
                  "OCR membaca karakter yang sering tertukar pada hasil pindai (% sebagai 96, koma sebagai titik, l sebagai 1)"),
    "ocr_rereads_differ": ("a second OCR reading of its cell gave other digits",
                           "pembacaan OCR kedua atas selnya memberi angka lain"),
    "ocr_heading_mended": ("OCR misread letters of its column's heading (as 'Renlisnsi' for 'Realisasi'); the "
                           "column's role rests on the heading as mended",
                           "OCR salah membaca huruf judul kolomnya (seperti 'Renlisnsi' untuk 'Realisasi'); peran "
                           "kolomnya bergantung pada judul yang diperbaiki"),
    "ocr_low_resolution": ("it was read by OCR from a scan below 100 ppi, where digits are a few pixels high and "
                           "about one number in three is misread whatever the recogniser's score",
                           "angka ini dibaca dengan OCR dari hasil pindai di bawah 100 ppi, tempat angka hanya "
                           "setinggi beberapa piksel dan sekitar satu dari tiga angka salah baca berapa pun skor "
                           "pengenalnya"),
    "ocr_table_grid": ("its table's rows and columns were rebuilt from a scanned image, where a rule the scan "
                       "lost or a phantom one moves a value to another row or column; check the row on the page",
                       "baris dan kolom tabelnya disusun ulang dari gambar hasil pindai, tempat garis yang hilang "
                       "atau garis semu dapat memindahkan angka ke baris atau kolom lain; periksa barisnya pada "
                       "halaman"),
    "ocr_picture": ("it was read by OCR from a picture of the table (a screenshot pasted into the report), "
                    "so check it on the picture",
                    "angka ini dibaca dengan OCR dari gambar tabel (tangkapan layar yang ditempel di laporan), "
                    "sehingga periksa pada gambarnya"),
    "difference_from_rows": ("which columns the difference column subtracts was learned from the table's other "
                             "rows, not read from its heading",
                             "kolom mana yang dikurangkan oleh kolom selisih dipelajari dari baris-baris lain "
                             "tabel itu, bukan dibaca dari judulnya"),
    "ocr_paired_by_position": ("OCR read a different number of indicators and values in its row, so it was "
                               "paired with its indicator by position",
                               "OCR membaca jumlah indikator dan nilai yang berbeda pada barisnya, sehingga "
                               "dipasangkan dengan indikatornya menurut posisi"),
    "label_inferred": ("it is printed without the label (Alokasi:, Realisasi:, Keuangan:) its neighbours in the "
                       "column carry, so which of the two it is was inferred from the column's heading",
                       "nilainya dicetak tanpa label (Alokasi:, Realisasi:, Keuangan:) yang dimiliki sel lain di "
                       "kolomnya, sehingga jenisnya disimpulkan dari judul kolom"),
    "cell_spans_rows": ("it may be printed once for several rows (a merged cell): the row below prints none "
                        "and this one exceeds its own budget",
                        "nilainya mungkin dicetak sekali untuk beberapa baris (sel gabungan): baris di bawahnya "
                        "kosong dan nilai ini melebihi anggarannya sendiri"),
    "amount_rejoined": ("the amount was printed broken (over two lines, or with a stray space) and read joined",
                        "angkanya tercetak terpotong (dua baris, atau dengan spasi nyasar) dan dibaca tersambung"),
    "blank_as_zero": ("a blank cell was counted as zero, as the same blanks are in a column that adds up",
                      "sel kosong dihitung nol, karena sel kosong yang sama ada di kolom yang jumlahnya sesuai"),
    "group_from_lines": ("its group prints no amount of its own: the sum of the group's lines was taken for it",
                         "kelompoknya tidak mencantumkan angka sendiri: jumlah baris-baris di bawahnya yang dipakai"),
    "dash_zero": ("a dash was read as zero (the accounting format's 0); it may instead mean nothing was reported",
                  "tanda strip dibaca sebagai nol (format akuntansi); bisa juga berarti tidak ada yang dilaporkan"),
    "amount_regrouped": ("its digit groups were malformed ('37.664.381200') and the reading was chosen by its "
                         "row's arithmetic (anggaran - realisasi = sisa)",
                         "kelompok digitnya salah ketik ('37.664.381200') dan pembacaannya dipilih dari hitungan "
                         "barisnya (anggaran - realisasi = sisa)"),
    "leading_zero_group": ("its first digit group opens with a zero ('04.597.911.173'): a digit may be lost in "
                           "front, and it was read as printed",
                           "kelompok digit pertamanya diawali nol ('04.597.911.173'): mungkin satu digit hilang di "
                           "depannya, dan dibaca sebagaimana tercetak"),
    "amount_mark_slipped": ("its digit groups mix '.' and ',' ('1.579,307,000'); it was read as the digits joined",
                            "tanda pemisah digitnya bercampur '.' dan ',' ('1.579,307,000'); dibaca sebagai "
                            "digit yang digabung"),
    "amount_magnitude_by_share": ("OCR read its marks unlike its column's ('64.137,914', '403,001.00'); it was taken "
                                  "a thousand times larger or smaller, the magnitude its row's printed percentage "
                                  "confirms",
                                  "OCR membaca tanda pemisahnya berbeda dari kolomnya ('64.137,914', '403,001.00'); "
                                  "nilainya diambil seribu kali lebih besar atau lebih kecil, sesuai persentase yang "
                                  "tercetak di barisnya"),
    "multiplier_guessed": ("the amount's unit (rupiah, thousands, millions) was inferred",
                           "satuan nilainya (rupiah, ribuan, jutaan) disimpulkan"),
    "grade_value": ("its number was taken from a grade ('Level 3', 'Nilai A (83)'): the level or the score beside it",
                    "angkanya diambil dari predikat ('Level 3', 'Nilai A (83)'): levelnya atau nilai di sampingnya"),
    "year_target_from_quarters": ("the year's target was taken from the last quarter of a cumulative quarterly plan",
                                  "target tahunan diambil dari triwulan terakhir rencana triwulanan yang kumulatif"),
    "name_acronym": ("its indicator is named with an acronym in one table and spelled out in the other "
                     "('RSUD' / 'Rumah Sakit Umum Daerah'), so the two rows were paired as a reading",
                     "indikatornya ditulis dengan singkatan di satu tabel dan kepanjangannya di tabel lain "
                     "('RSUD' / 'Rumah Sakit Umum Daerah'), sehingga kedua baris dipasangkan sebagai dugaan"),
    "name_variant": ("its indicator is worded differently in the two tables under the same sasaran ('… bersertifikat' / "
                     "'… bersertifikat sesuai kompetensi'), so the two rows were paired as a reading",
                     "indikatornya ditulis dengan kata-kata berbeda di kedua tabel pada sasaran yang sama "
                     "('… bersertifikat' / '… bersertifikat sesuai kompetensi'), sehingga kedua baris dipasangkan "
                     "sebagai dugaan"),
    "malformed_numeral": ("its digit groups are malformed ('464.71,75') and it could not be read as a number; "
                          "it was set beside the well-formed figure its digits nearly match",
                          "kelompok digitnya salah format ('464.71,75') sehingga tidak dapat dibaca sebagai angka; "
                          "angka itu disandingkan dengan angka berformat benar yang digitnya hampir sama"),
    "row_named_loosely": ("the text names its table row in other words than the table does (the most similar name was taken)",
                          "narasi menyebut baris tabelnya dengan kata-kata yang berbeda dari tabel (nama yang paling mirip diambil)"),
    "polarity_from_wording": ("lower-is-better was inferred from the indicator's name; the report declares no "
                              "formula for it, and realisasi / target gives the printed capaian",
                              "semakin kecil semakin baik disimpulkan dari nama indikatornya; laporan tidak "
                              "menyatakan rumusnya, dan realisasi / target memberi capaian yang tercetak"),
    "polarity_from_absence": ("higher-is-better was inferred from the indicator's name (it counts the absence of "
                              "something bad: \"bebas banjir\"); the report declares no formula for it, and a "
                              "lower-is-better formula gives the printed capaian",
                              "semakin besar semakin baik disimpulkan dari nama indikatornya (yang dihitung adalah "
                              "ketiadaan hal buruk: \"bebas banjir\"); laporan tidak menyatakan rumusnya, dan rumus "
                              "semakin kecil semakin baik memberi capaian yang tercetak"),
    "bracket_negative": ("a number printed alone in brackets was read as negative (the accounting style)",
                         "angka yang tercetak sendiri dalam kurung dibaca negatif (gaya akuntansi)"),
    "unit_value_swapped": ("its number was printed in the unit column and its unit in the value column, and was "
                           "read swapped back",
                           "angkanya tercetak di kolom satuan dan satuannya di kolom nilai, lalu dibaca ditukar kembali"),
    "value_shared_by_list": ("one value printed beside a list of several indicators was taken for each of them",
                             "satu nilai yang tercetak di samping daftar beberapa indikator diambil untuk masing-masing"),
    "benchmark": ("its table prints no target: it compares the realisasi with a benchmark (last year's realisasi, "
                  "the national figure), read here as the target and the ratio as the capaian",
                  "tabelnya tidak memuat target: realisasi dibandingkan dengan pembanding (realisasi tahun lalu, "
                  "angka nasional), dibaca di sini sebagai target dan rasionya sebagai capaian"),
    "comparison_bound": ("its cell prints a bound ('> 100'): the number after the sign was read as the value",
                         "selnya memuat batas ('> 100'): angka setelah tanda dibaca sebagai nilainya"),
    "capaian_in_realisasi_cell": ("the capaian was taken from the bracketed figure under the realisasi in its "
                                  "cell; the capaian column gives none for this indicator",
                                  "capaian diambil dari angka dalam kurung di bawah realisasi pada selnya; "
                                  "kolom capaian tidak memuatnya untuk indikator ini"),
    "name_from_sasaran": ("its table has no indicator column: the indicator was named from the sasaran's wording",
                          "tabelnya tidak memiliki kolom indikator: indikatornya disebut dari rumusan sasaran"),
    "count_thousands": ("'3,000' beside a unit that counts things was read as three thousand, though the "
                        "table's other figures group thousands otherwise",
                        "'3,000' di samping satuan yang menghitung benda dibaca tiga ribu, walaupun angka lain "
                        "di tabel memakai pemisah ribuan yang lain"),
    "average_row": ("an average row ('Rata-rata capaian'): what it averages was read from its place in the table",
                    "baris rata-rata ('Rata-rata capaian'): yang dirata-ratakan dibaca dari letaknya di tabel"),
    "measure_uncertain": ("its table compares with a plan or another measure, or its kind was not recognised: "
                          "check that it prints this year's own value",
                          "tabelnya membandingkan dengan rencana atau ukuran lain, atau jenisnya tidak dikenali: "
                          "periksa apakah tabel itu memuat nilai tahun ini"),
}


@dataclass(frozen=True)
class Doubt:
    """One reason a value the finding rests on is not certain."""

    reason: str  # "ocr_confidence", "ambiguous_separators" or an INFERRED code
    cell: Cell

    def text(self, lang: str) -> str:
        where = f" ({page_ref(self.cell.page, lang)})" if self.cell.page is not None else ""
        value = f"'{self.cell.text}'{where}"
        en_id = lang != "en"
        if self.reason == "ocr_confidence":
            conf = f"{self.cell.confidence:.0f}%"
            return (f"{value} dibaca OCR dengan keyakinan {conf}" if en_id else
                    f"{value} read by OCR with {conf} confidence")
        if self.reason == "ambiguous_separators":
            return (f"{value} dapat dibaca dengan dua cara pemisah ribuan" if en_id else
                    f"{value} reads with either thousands separator")
        en, idn = INFERRED.get(self.reason, (self.reason, self.reason))
        return f"{value}: {idn if en_id else en}"

    def to_dict(self) -> dict[str, Any]:
        return {"reason": self.reason, "page": self.cell.page, "text": self.cell.text,
                "confidence": self.cell.confidence, "message": {"en": self.text("en"), "id": self.text("id")}}


def doubts(cells: Iterable[Cell | None], threshold: float = DOUBTFUL_BELOW) -> list[Doubt]:
    """Every doubt about the given cells, each cell's reasons in a stable order."""
    out: list[Doubt] = []
    seen: set[tuple[int, str]] = set()
    for cell in cells:
        if cell is None:
            continue
        reasons = []
        if cell.confidence is not None and cell.confidence < threshold:
            reasons.append("ocr_confidence")
        if cell.ambiguous:
            reasons.append("ambiguous_separators")
        reasons.extend(cell.inferred)
        for reason in reasons:
            if (id(cell), reason) not in seen:
                seen.add((id(cell), reason))
                out.append(Doubt(reason, cell))
    return out


def doubtful_cells(cells: Iterable[Cell | None], threshold: float = DOUBTFUL_BELOW) -> list[Cell]:
    """The cells read by OCR with a confidence under the threshold."""
    return [c for c in cells if c is not None and c.confidence is not None and c.confidence < threshold]


def is_doubtful(cells: Iterable[Cell | None], threshold: float = DOUBTFUL_BELOW) -> bool:
    """True when any value the finding rests on is in doubt (see the module's list)."""
    return bool(doubts(cells, threshold))


def doubtful(*cells: Cell | None) -> bool:
    return is_doubtful(cells)


def doubt_note(found: list[Doubt], lang: str) -> str:
    """The sentence appended to a finding's message that says why it is only a warning."""
    ocr = [d for d in found if d.reason == "ocr_confidence"]
    loose = [d for d in found if d.reason == "ambiguous_separators"]
    inferred = [d for d in found if d.reason not in ("ocr_confidence", "ambiguous_separators")]
    note = ""
    if ocr:
        parts = ", ".join(f"'{d.cell.text}'" + (f" ({page_ref(d.cell.page, lang)})" if d.cell.page is not None else "")
                          + f" {d.cell.confidence:.0f}%" for d in ocr)
        note += (f" Read by OCR with low confidence: {parts}; check the page image before relying on it."
                 if lang == "en" else
                 f" Dibaca dengan OCR berkeyakinan rendah: {parts}; periksa gambar halamannya sebelum mengandalkannya.")
    if loose:
        quoted = ", ".join(f"'{d.cell.text}'" for d in loose)
        note += (f" {quoted} can be read with either thousands separator; the document's style decided."
                 if lang == "en" else
                 f" {quoted} dapat dibaca dengan dua cara pemisah ribuan; gaya dokumen yang menentukan.")
    if inferred:
        parts = "; ".join(d.text(lang) for d in inferred)
        note += (f" Not read with certainty: {parts}. Verify on the page before relying on it."
                 if lang == "en" else
                 f" Tidak terbaca dengan pasti: {parts}. Periksa di halamannya sebelum mengandalkannya.")
    return note


def flag(rule: Rule, en: str, idn: str, ev: list[Evidence], cells: list[Cell | None] | None = None) -> Finding:
    """A finding of `rule` resting on `cells` (default: the evidence's cells)."""
    return rule.finding(en, idn, ev, basis=cells)

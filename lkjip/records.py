"""The typed records extraction produces and everything downstream consumes.

document → pages → raw tables (lkjip.extract.source) → these records (validated by
lkjip.schemas) → findings (lkjip.checks) → reports and the store. Every value keeps a
`Cell` saying where it was printed, so a finding can point at it.

The ground floor: this module imports only `lkjip.geometry` and `lkjip.numbers`, never a
stage above it (tests/test_architecture.py holds that).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from lkjip.geometry import BBox
from lkjip.numbers.quantity import Quantity

BudgetLevel = Literal["program", "kegiatan", "sub_kegiatan", "paket", "total", "other"]
TableKind = Literal["perjanjian_kinerja", "pengukuran_kinerja", "perbandingan_tahunan",
                    "renstra", "lampiran", "other"]
# What an indicator table is, finer than TableKind (which the contract fixes): the plan it
# restates or the measurement it reports. See lkjip.extract.interpret.indicators.table_kind.
TableDetail = Literal["perjanjian_kinerja", "pk_perubahan", "pengukuran_kinerja", "perbandingan_tahunan",
                      "perbandingan_renstra", "perbandingan_nasional", "renstra", "renja", "rencana_aksi",
                      "iku", "lampiran", "other"]
Version = Literal["original", "perubahan"]
AmountKind = Literal["rupiah", "percent", "count", "other"]


@dataclass(frozen=True)
class Cell:
    """Where a value was printed, and the text as printed there."""

    text: str
    page: int | None = None  # 1-based physical page; None for DOCX
    table: str | None = None  # RawTable.id, None for running text
    row: int | None = None  # row index in the table grid (header rows included)
    column: str | None = None  # column name as the schema knows it ("anggaran", "target" …)
    bbox: BBox | None = None
    confidence: float | None = None  # OCR confidence 0..100; None for a text layer
    # The separators alone did not decide the value ("1.250"): checks must not build an
    # error on it without saying so.
    ambiguous: bool = False
    # What the reader inferred instead of reading ("column_role_position", "row_level_sum",
    # "ocr_glyph" … see lkjip.checks.certainty.INFERRED): no error may rest on this value.
    inferred: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # A DOCX's single Page is number 0; evidence from it names no page (contract).
        if self.page == 0:
            object.__setattr__(self, "page", None)

    def in_row(self, table: str, row: int) -> Cell:
        """This cell placed in `table`'s `row`: `dataclasses.replace` without its `__init__`,
        as a ledger of hundreds of pages relocates tens of thousands of cells."""
        moved = object.__new__(Cell)
        fields = moved.__dict__
        fields.update(self.__dict__)
        fields["table"], fields["row"] = table, row
        return moved

    def to_evidence(self, value: float | None = None) -> dict[str, Any]:
        return {"page": self.page, "table": self.table, "row": self.row, "column": self.column,
                "text": self.text, "value": value,
                "bbox": [round(v, 2) for v in self.bbox] if self.bbox else None,
                "confidence": self.confidence}


@dataclass(frozen=True)
class Place:
    """Where a person finds a value in the printed report (beside the machine's `Cell`).

    `printed_page` is the page number printed on the page ("14", "iv", "II-3"); where the page
    prints none it is the PDF page and `page_source` says "pdf". `row_number` counts the
    table's data rows from 1 as a person does (header rows not counted); `column_header` is
    the column's header as printed ("REALISASI 2018").
    """

    printed_page: str | None = None
    page_source: Literal["printed", "pdf"] | None = None
    table_caption: str | None = None  # "Tabel 3.2 Pengukuran Kinerja …" when the report prints one
    table_ordinal: int | None = None  # the n-th table on its first page (or in a DOCX)
    table_page: int | None = None  # the PDF page the table starts on
    row_number: int | None = None
    column_header: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class TablePlace:
    """What a person sees of a raw table: its printed caption, header and data rows."""

    id: str
    page: int | None
    ordinal: int  # 1-based position among the tables of its first page
    caption: str | None = None  # printed caption line, if the report gives one
    header_rows: int = 0
    row_numbers: dict[int, int] = field(default_factory=dict)  # grid row → data row number (1-based)
    column_headers: list[str] = field(default_factory=list)  # grid column → header as printed
    column_spans: list[tuple[float, float] | None] = field(default_factory=list)  # grid column → x0, x1
    header_bbox: BBox | None = None  # the header rows' box, on `header_page` (shown with every crop)
    header_page: int | None = None

    def column_at(self, x: float) -> int | None:
        """The grid column whose span holds x (the centre of a value's box)."""
        for col, span in enumerate(self.column_spans):
            if span is not None and span[0] - 0.5 <= x <= span[1] + 0.5:
                return col
        return None


@dataclass
class BudgetRow:
    """One row of a budget table (Realisasi Anggaran, or the PK program list)."""

    table: str  # RawTable.id
    table_kind: Literal["realisasi_anggaran", "program_anggaran"]
    page: int | None
    row: int
    level: BudgetLevel
    name: str
    code: str | None = None  # printed number or kode rekening ("1", "1.02.01")
    anggaran: float | None = None
    realisasi: float | None = None
    persen: float | None = None
    sisa: float | None = None
    kontrak: float | None = None  # a paket's nilai kontrak, where the list prints one
    # A year comparison ("Realisasi 2021 | Realisasi 2020 | Naik/(Turun)"): the earlier
    # year's figure of the line, and the difference printed against it (later − earlier).
    prior: float | None = None
    change: float | None = None
    parent: int | None = None  # index (in the table's rows) of the row this one adds up into
    cells: dict[str, Cell] = field(default_factory=dict)  # column → where its value was printed
    # What the level was read from: "word" (Program/Kegiatan/Jumlah printed), "code" (kode
    # rekening depth), "outline" (I./1./a. numbering), "column" (the heading of the name
    # column), "position" (an unmarked line under a program) or "arithmetic". Only the
    # first four are printed facts; rules build errors on those alone.
    level_evidence: str | None = None
    columns: dict[str, str] = field(default_factory=dict)  # role → the column's heading as printed
    number_style: str | None = None  # "id" | "us" the amounts were read in, None when unsettled
    multiplier: int = 1  # rupiah per printed unit: 1000 under "(Rp 000)" / "dalam ribuan"
    # Columns that split a role, each a sum of its own: a form's other triwulan (triwulan I
    # gives `realisasi`), a Renja's pagu from other funding sources than APBD. Keyed
    # "<role>[<column>]" ("realisasi[8]", "anggaran[BANKEU Prop (11)]"); cells in `cells`.
    split_amounts: dict[str, float | None] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"page": self.page, "table": self.table, "table_kind": self.table_kind,
                "row": self.row, "level": self.level, "code": self.code, "name": self.name,
                "anggaran": self.anggaran, "realisasi": self.realisasi, "persen": self.persen,
                "sisa": self.sisa, "level_evidence": self.level_evidence, "parent": self.parent,
                "columns": self.columns or None, "number_style": self.number_style,
                "multiplier": self.multiplier,
                **({"kontrak": self.kontrak} if self.kontrak is not None else {}),
                **({"prior": self.prior} if self.prior is not None else {}),
                **({"change": self.change} if self.change is not None else {})}


@dataclass
class NarrativeAmount:
    """A figure stated in running text, with the words (terbilang) that spell it out."""

    page: int | None
    text: str  # as printed, e.g. "Rp. 19.253.454.000,-"
    value: float
    kind: AmountKind
    cell: Cell
    context: str = ""  # the sentence around it, for people and for matching
    words: str | None = None  # "(Sembilan belas milyar … rupiah)" as printed
    words_value: float | None = None
    words_cell: Cell | None = None
    ambiguous: bool = False  # separators alone could not decide the value
    context_offset: int | None = None  # where `text` starts in `context`
    # The list item holding the figure, from its marker ("(7)", "22.") up to the figure:
    # its opening words name the kegiatan that "kegiatan ini" refers to. None when no
    # item marker opens a line within reach.
    item_lead: str | None = None

    @property
    def at(self) -> int:
        """Where the figure starts in its context (-1 if the context does not hold it)."""
        return self.context_offset if self.context_offset is not None else self.context.find(self.text)

    def to_dict(self) -> dict[str, Any]:
        return {"page": self.page, "text": self.text, "value": self.value, "kind": self.kind,
                "words": self.words, "words_value": self.words_value, "context": self.context,
                "bbox": list(self.cell.bbox) if self.cell.bbox else None}


# The cell key (and column role) of the figure a comparison with another region prints
# beside the row's own realisasi: lkjip.extract.interpret.indicators.other_region_columns.
COMPARED_REALISASI = "realisasi_pembanding"
# The cell keys (and column roles) of a row's starting point ("Eksisting 2013":
# indicators/baseline_column) and of the share of its budget spent ("Penyerapan anggaran
# %": indicators/absorption_column). Here so that the reader and the checks share one name.
BASELINE = "baseline"
ABSORPTION = "serapan"


@dataclass
class IndicatorRow:
    """One indicator in one table (a cell of several bulleted indicators gives several)."""

    table: str
    table_kind: TableKind
    page: int | None
    row: int
    indikator: str
    sasaran: str | None = None
    year: int | None = None
    target: Quantity | None = None
    realisasi: Quantity | None = None
    capaian: float | None = None  # as printed, percent
    realisasi_by_year: dict[int, Quantity] = field(default_factory=dict)  # comparison tables
    cells: dict[str, Cell] = field(default_factory=dict)
    target_by_year: dict[int, Quantity] = field(default_factory=dict)  # plan tables (Renstra)
    capaian_text: str | None = None  # the capaian cell as printed (its decimals set the tolerance)
    formula: str | None = None  # a declared formula or polarity ("semakin kecil semakin baik")
    detail: TableDetail | None = None  # the table's finer kind (IndicatorTable.kind)
    version: Version | None = None  # a revised plan (PK Perubahan) or the original one
    # What sets this row apart from another row of the same name: its sasaran, program or
    # the heading of its row group ("Kegiatan Penyediaan …"), joined with " / ".
    context: str | None = None
    capaian_by_year: dict[int, float] = field(default_factory=dict)  # capaian columns of other years
    capaian_texts: dict[int, str] = field(default_factory=dict)  # … as printed
    # The capaian of the year's realisasi against a plan's end target, read under the plan's
    # last year (`end_year`, whose target is in `target_by_year`), as printed.
    capaian_end: float | None = None
    capaian_end_text: str | None = None
    end_year: int | None = None
    # The indicator's starting point ("Eksisting 2013", "Kondisi Awal") and the year its
    # header names (lkjip.extract.interpret.indicators.baseline_column): no target or
    # realisasi of any year, compared only with another table's baseline (LKJ-K016).
    baseline: Quantity | None = None
    baseline_year: int | None = None
    # The figure a comparison with another region prints beside the row's own realisasi
    # ("Realisasi Daerah": the province's), lkjip.extract.interpret.indicators.other_region_columns.
    compared_realisasi: Quantity | None = None

    def to_dict(self) -> dict[str, Any]:
        def q(v: Any) -> Any:
            return v.to_dict() if hasattr(v, "to_dict") else v
        return {"page": self.page, "table": self.table, "table_kind": self.table_kind,
                "row": self.row, "sasaran": self.sasaran, "indikator": self.indikator,
                "year": self.year, "target": q(self.target), "realisasi": q(self.realisasi),
                "capaian": self.capaian,
                "realisasi_by_year": {str(k): q(v) for k, v in self.realisasi_by_year.items()} or None,
                "target_by_year": {str(k): q(v) for k, v in self.target_by_year.items()} or None,
                "table_detail": self.detail, "version": self.version, "context": self.context,
                "capaian_by_year": {str(k): v for k, v in self.capaian_by_year.items()} or None,
                **({"capaian_end": self.capaian_end, "end_year": self.end_year}
                   if self.capaian_end is not None else {}),
                **({"baseline": q(self.baseline), "baseline_year": self.baseline_year}
                   if self.baseline is not None else {})}


@dataclass
class TableDecision:
    """One thing decided about an indicator table, and the words that decided it."""

    what: str  # "kind", "version", "year", "column"
    value: str  # "pk_perubahan", "perubahan", "2017", "capaian 2015"
    source: str  # "caption", "lead_in" (the sentence introducing it), "title" (the page's title block), "heading",
    #   "header", "columns", "report", "continued" (the part of the table on the page before)
    text: str  # the words as printed that decided it

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class IndicatorTable:
    """What one indicator table is: its kind, year(s) and version, each with its evidence,
    and what each column holds."""

    table: str
    page: int | None
    kind: TableDetail
    table_kind: TableKind  # the coarse kind its rows carry
    year: int | None
    years: list[int] = field(default_factory=list)
    version: Version | None = None
    caption: str = ""
    columns: list[dict[str, Any]] = field(default_factory=list)  # {index, header, role, year}
    evidence: list[TableDecision] = field(default_factory=list)
    # The lone figure of an unlabelled last row under the capaian column: the table's summary
    # capaian (lkjip.extract.interpret.indicators.average_row); not in to_dict, no indicator.
    closing_capaian: Cell | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"table": self.table, "page": self.page, "kind": self.kind, "table_kind": self.table_kind,
                "year": self.year, "years": self.years, "version": self.version, "caption": self.caption,
                "columns": self.columns, "evidence": [e.to_dict() for e in self.evidence]}


@dataclass
class Section:
    """A heading of the report (BAB I PENDAHULUAN …), for the mandatory-chapter check."""

    title: str
    page: int | None
    level: int = 1


@dataclass
class StatedCount:
    """A head-count stated in the text ("70 orang PNS")."""

    value: int
    group: str
    cell: Cell


@dataclass
class StaffList:
    """A stated staff total (one or more groups) and the list printed right under it."""

    page: int | None
    statement: str
    stated: list[StatedCount]
    items: list[tuple[str, int, Cell]] = field(default_factory=list)


@dataclass
class TallyRow:
    """One row of a count table: its label as printed and its counts by column index."""

    label: str
    role: Literal["part", "subtotal", "total"]
    counts: dict[int, tuple[int, Cell]] = field(default_factory=dict)  # column → (count, where printed)


@dataclass
class TallyTable:
    """A table of small counts closed by JUMLAH rows ("indicators by grade per Misi"):
    `parts[i]` lists the rows row i adds up (parts for a subtotal, subtotals for the total);
    `total_column` is the column holding each row's own sum, when one is headed so."""

    table: str
    page: int | None
    columns: dict[int, str]  # column index → header as printed
    rows: list[TallyRow]
    parts: dict[int, list[int]] = field(default_factory=dict)
    total_column: int | None = None


@dataclass
class DifferenceRow:
    """One row of a table with a difference column: its label and its figures by column."""

    label: str
    values: dict[int, tuple[float, Cell]] = field(default_factory=dict)  # column → (value, where printed)


@dataclass
class DifferenceTable:
    """A table whose column `result` prints `minuend` − `subtrahend` on most rows (learned
    from its rows, either sign), for a table no budget or indicator reading typed."""

    table: str
    page: int | None
    caption: str
    columns: dict[int, str]  # column index → header as printed
    result: int
    minuend: int
    subtrahend: int
    rows: list[DifferenceRow]
    holding: int  # rows on which the difference holds


@dataclass
class SchemaFailure:
    """One value that failed its pandera schema, and where it was printed (for LKJ-S001)."""

    schema: str
    check: str
    column: str | None = None
    failure_case: str | None = None
    kind: Literal["budget", "amount"] | None = None
    table: str | None = None
    row: int | None = None
    page: int | None = None
    name: str | None = None
    text: str | None = None
    bbox: list[float] | None = None


@dataclass
class TableRead:
    """A table lkjip read rows from."""

    table: str | None
    kind: Literal["budget", "indicator"]
    pages: list[int]
    rows: int
    caption: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class TableNotRead:
    """Something on a page that looks like a budget or indicator table but gave no rows:
    a grid whose headers name Anggaran/Pagu/Realisasi or Target/Capaian, or lines of
    amounts under such headings where no grid was found."""

    page: int | None
    table: str | None  # RawTable.id; None where no grid was found (an unruled table)
    looks_like: Literal["budget", "indicator"]
    because: str  # the header words or the lines that make it look so, as printed
    cell: Cell
    because_id: str = ""  # the same in Bahasa Indonesia (messages); `because` when empty
    printed_as: Literal["picture"] | None = None  # a table pasted as a picture: no text to read

    def to_dict(self) -> dict[str, Any]:
        out = {"page": self.page, "table": self.table, "looks_like": self.looks_like,
               "because": self.because,
               "bbox": [round(v, 2) for v in self.cell.bbox] if self.cell.bbox else None}
        if self.printed_as:  # optional in the contract: only pictured tables carry it
            out["printed_as"] = self.printed_as
        return out


@dataclass
class Coverage:
    """What was read and what was not, so "no findings" never hides "nothing read"."""

    read: list[TableRead] = field(default_factory=list)
    not_read: list[TableNotRead] = field(default_factory=list)
    amount_pages: list[int] = field(default_factory=list)  # pages with figures read in running text
    pages_without_text: list[int] = field(default_factory=list)  # nothing could be read there
    ocr_pages: list[int] = field(default_factory=list)  # pages read by OCR
    ocr_seconds_per_page: float | None = None  # mean seconds one of them took

    def to_dict(self) -> dict[str, Any]:
        out = {"read": [r.to_dict() for r in self.read],
               "not_read": [n.to_dict() for n in self.not_read],
               "amount_pages": self.amount_pages, "pages_without_text": self.pages_without_text}
        if self.ocr_pages:  # optional: only documents with OCR'd pages carry them
            out |= {"ocr_pages": self.ocr_pages, "ocr_seconds_per_page": self.ocr_seconds_per_page}
        return out


@dataclass
class DocumentMetadata:
    agency: str | None = None
    region: str | None = None
    year: int | None = None  # the performance year reported on, not the publication year

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Extraction:
    """Everything lkjip read from one document: the input of every check."""

    file: str
    sha256: str | None
    kind: Literal["pdf", "docx"] | None
    pages: int | None
    status: Literal["ok", "error"] = "ok"
    error: dict[str, Any] | None = None  # {"code", "message", "messages"} when status is error
    metadata: DocumentMetadata = field(default_factory=DocumentMetadata)
    budget: list[BudgetRow] = field(default_factory=list)
    indicators: list[IndicatorRow] = field(default_factory=list)
    indicator_tables: list[IndicatorTable] = field(default_factory=list)
    amounts: list[NarrativeAmount] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    page_texts: dict[int, str] = field(default_factory=dict)  # page → text, for narrative checks
    warnings: list[str] = field(default_factory=list)
    number_style: str | None = None  # "id" or "us": the document's dominant separators
    staff_counts: list[StaffList] = field(default_factory=list)
    tallies: list[TallyTable] = field(default_factory=list)  # count tables with JUMLAH rows
    differences: list[DifferenceTable] = field(default_factory=list)  # untyped tables with a difference column
    schema_failures: list[SchemaFailure] = field(default_factory=list)
    coverage: Coverage = field(default_factory=Coverage)
    # Rules the document's time limit stopped or never started (LKJ-S003), and that limit.
    rules_not_run: list[str] = field(default_factory=list)
    time_limit_s: float | None = None
    # Rules that raised on this document (an lkjip fault, LKJ-S004): code → the exception.
    rules_failed: dict[str, str] = field(default_factory=dict)
    page_labels: dict[int, str] = field(default_factory=dict)  # PDF page → printed page number
    tables: dict[str, TablePlace] = field(default_factory=dict)  # RawTable.id → how people see it

    def place_of(self, cell: Cell) -> Place:
        """Where a person finds `cell` in the printed report (see `Place`)."""
        printed, source = None, None
        if cell.page is not None:
            label = self.page_labels.get(cell.page)
            printed, source = (label, "printed") if label else (str(cell.page), "pdf")
        table = self.tables.get(cell.table) if cell.table else None
        if table is None:
            return Place(printed, source)
        header = None
        if cell.bbox is not None:
            col = table.column_at((cell.bbox[0] + cell.bbox[2]) / 2)
            if col is not None and col < len(table.column_headers):
                header = table.column_headers[col] or None
        return Place(printed, source, table.caption, table.ordinal, table.page,
                     table.row_numbers.get(cell.row) if cell.row is not None else None, header)

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "sha256": self.sha256, "pages": self.pages,
                "status": self.status, "error": self.error,
                "metadata": self.metadata.to_dict(),
                "budget": [b.to_dict() for b in self.budget],
                "indicators": [i.to_dict() for i in self.indicators],
                "indicator_tables": [t.to_dict() for t in self.indicator_tables],
                "amounts": [a.to_dict() for a in self.amounts],
                "coverage": self.coverage.to_dict(),
                "warnings": self.warnings}

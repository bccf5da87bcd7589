"""The auditors' judgements of findings, kept in the store beside the documents.

`lkjip serve` records one row per judgement (the latest per fingerprint is the one in
force): "accepted" (a real error), "false_alarm", or "explained" (the agency explained it),
with a note, the auditor's name and the time. The key is the finding's fingerprint
(`lkjip.checks.fingerprint`), so a judgement follows the finding into a corrected version.

`lkjip check REPORT --db STORE` honours them as a baseline: a finding judged a false alarm
or explained is settled and left out of the report (with a note saying how many); an
accepted one stays, it is an error the auditor confirmed.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import duckdb

from lkjip.checks.fingerprint import document_identity, finding_fingerprints
from lkjip.results import DocumentResult

VERDICTS = ("accepted", "false_alarm", "explained")
SETTLED = ("false_alarm", "explained")

DDL = ("CREATE TABLE IF NOT EXISTS judgements (fingerprint VARCHAR, identity VARCHAR, rule VARCHAR, "
       "verdict VARCHAR, note VARCHAR, auditor VARCHAR, sha256 VARCHAR, judged_at TIMESTAMP)")


def has_judgements(con: duckdb.DuckDBPyConnection) -> bool:
    return bool(con.execute("SELECT 1 FROM information_schema.tables WHERE table_name = 'judgements'").fetchone())


def latest_judgements(con: duckdb.DuckDBPyConnection, fingerprints: Iterable[str]) -> dict[str, dict[str, Any]]:
    """fingerprint → the judgement in force (verdict, note, auditor, at, sha256)."""
    fps = list(fingerprints)
    if not fps or not has_judgements(con):
        return {}
    rows = con.execute("SELECT fingerprint, verdict, note, auditor, judged_at, sha256 FROM judgements "
                       "WHERE fingerprint IN (SELECT UNNEST(?)) ORDER BY judged_at", [fps]).fetchall()
    out: dict[str, dict[str, Any]] = {}
    for fp, verdict, note, auditor, at, sha in rows:  # the latest wins
        out[fp] = {"verdict": verdict, "note": note, "auditor": auditor,
                   "at": at.strftime("%Y-%m-%d %H:%M") if at else "", "sha256": sha}
    return out


def settle_judged(db: Path, results: list[DocumentResult]) -> list[str]:
    """Mark the findings an auditor judged false alarm or explained by the agency as
    suppressed, with the verdict, note and auditor, as a baseline marks them: every report
    (terminal, JSON, SARIF `suppressions`, HTML and xlsx status) then shows the judgement,
    and a settled finding never fails the run. One note per document."""
    from lkjip.checks.finding import Suppression
    from lkjip.store.writer import connect

    con = connect(db, read_only=True)
    try:
        notes = []
        for result in results:
            ex = result.extraction
            meta = ex.metadata
            identity = document_identity(meta.agency, meta.region, meta.year, ex.file)
            fps = finding_fingerprints(result.findings, identity)
            judged = latest_judgements(con, fps)
            settled = 0
            for finding, fp in zip(result.findings, fps, strict=True):
                j = judged.get(fp)
                if j is None or j.get("verdict") not in SETTLED:
                    continue
                who = f" ({j['auditor']})" if j.get("auditor") else ""
                if j["verdict"] == "false_alarm":
                    finding.suppressed = Suppression("false_alarm", f"{j.get('note') or ''}{who}".strip())
                else:
                    note = f": {j['note']}" if j.get("note") else ""
                    finding.suppressed = Suppression("accepted", f"explained by the agency{note}{who}")
                settled += 1
            if settled:
                notes.append(f"{ex.file}: {settled} finding(s) marked as judged in the workspace "
                             f"(lkjip serve): false alarm or explained by the agency")
        return notes
    finally:
        con.close()

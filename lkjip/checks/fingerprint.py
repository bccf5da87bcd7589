"""A finding's stable fingerprint: the same contradiction in another version of a report.

An auditor's judgement, and a baseline of accepted findings, must follow a finding from
one version of a report to the next (the agency fixes a typo on page 3, every later page
shifts by one). So the fingerprint is built from what does not move:

- the rule code;
- the document's identity: agency, region and reporting year when they were read, else
  the file's name (never its content hash, which changes with every correction);
- each evidence value *as printed* with its column and role ("stated total",
  "anggaran"), in evidence order;

and never from page numbers, table ids ("p17-t1" names its page), row indexes or boxes.
Two findings of one document that still share a fingerprint are told apart by their
order (`#2`, `#3` …), so every finding of a document has its own.

Example: LKJ-B002 on "Biro Humas … 2018", evidence "Rp. 19.253.454.000,-" (stated in
text) and "19.253.545.000" (anggaran, stated total) gives the same 16-hex-digit
fingerprint whether the table sits on page 17 or, in the corrected version, page 18;
correct the narrative to 19.253.545.000 and the finding is gone: its fingerprint no
longer occurs.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import PurePath
from typing import Any

from lkjip.checks.finding import Finding

_SPACE = re.compile(r"\s+")


def _norm(text: object) -> str:
    """Case, spacing and Unicode form do not make another finding."""
    if text is None:
        return ""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", str(text))).strip().casefold()


def document_identity(agency: str | None, region: str | None, year: int | None,
                      file: str | None = None) -> str:
    """Who reported on which year; the file's name (not its path) when that was not read."""
    if agency and year:
        return f"{_norm(agency)}|{_norm(region)}|{year}"
    name = PurePath(file.replace("\\", "/")).name if file else ""
    return f"file:{_norm(name)}"


def evidence_key(evidence: Sequence[Mapping[str, Any]]) -> list[tuple[str, str, str]]:
    """(role, column, text as printed) of each side: nothing that moves with the page."""
    # role_key: the role's stable name where the evidence carries its translation in `role`.
    return [(_norm(e.get("role_key") or e.get("role")), _norm(e.get("column")), _norm(e.get("text")))
            for e in evidence]


def fingerprint(rule: str, identity: str, evidence: Sequence[Mapping[str, Any]]) -> str:
    raw = "\x1f".join([rule, identity, *("\x1e".join(k) for k in evidence_key(evidence))])
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def fingerprints(rows: Iterable[tuple[str, Sequence[Mapping[str, Any]]]], identity: str) -> list[str]:
    """One fingerprint per (rule, evidence dicts), in document order; repeats numbered."""
    seen: dict[str, int] = {}
    out = []
    for rule, evidence in rows:
        base = fingerprint(rule, identity, evidence)
        n = seen.get(base, 0) + 1
        seen[base] = n
        out.append(base if n == 1 else f"{base}#{n}")
    return out


def finding_fingerprints(findings: Sequence[Finding], identity: str) -> list[str]:
    return fingerprints(((f.rule, [e.to_dict() for e in f.evidence]) for f in findings), identity)

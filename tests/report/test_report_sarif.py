"""SARIF 2.1.0: the essentials code-scanning dashboards read, and fingerprints that stay put."""

from __future__ import annotations

import json
from dataclasses import replace

from lkjip.report.sarif import FINGERPRINT_KEY, SARIF_SCHEMA, sarif_payload
from lkjip.results import RunResult


def test_sarif_structure(handmade_run: RunResult) -> None:
    sarif = json.loads(json.dumps(sarif_payload(handmade_run)))
    assert sarif["version"] == "2.1.0" and sarif["$schema"] == SARIF_SCHEMA
    run = sarif["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "lkjip" and driver["version"]
    rules = driver["rules"]
    for rule in rules:
        assert rule["id"].startswith("LKJ-")
        for key in ("shortDescription", "fullDescription", "help"):
            assert rule[key]["text"].strip()
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
    assert len({r["id"] for r in rules}) == len(rules)
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["LKJ-B002", "LKJ-K001", "LKJ-N001"]
    assert [r["level"] for r in results] == ["error", "warning", "note"]
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        assert r["message"]["text"]
        loc = r["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"].endswith("lkjip-2018-biro-humas-jambi.pdf")
        assert r["partialFingerprints"][FINGERPRINT_KEY]
    # Page regions: startLine is the page, the snippet the value as printed, the box in properties.
    b002 = results[0]
    first = b002["locations"][0]
    assert first["physicalLocation"]["region"] == {"startLine": 17, "snippet": {"text": "19.253.545.000"}}
    assert first["properties"]["page"] == 17 and len(first["properties"]["bbox"]) == 4
    assert [rl["physicalLocation"]["region"]["startLine"] for rl in b002["relatedLocations"]] == [17, 16]
    # Evidence without a page (DOCX) gets no region rather than a made-up line.
    assert "region" not in results[2]["locations"][0]["physicalLocation"]
    assert run["artifacts"][0]["hashes"]["sha-256"] == handmade_run.documents[0].extraction.sha256


def test_fingerprints_are_stable_across_runs_and_languages(handmade_run: RunResult) -> None:
    def prints(run: RunResult) -> list[str]:
        return [r["partialFingerprints"][FINGERPRINT_KEY] for r in sarif_payload(run)["runs"][0]["results"]]

    first = prints(handmade_run)
    assert first == prints(handmade_run) == prints(replace(handmade_run, lang="id"))
    assert len(set(first)) == len(first)


def test_unreadable_document_is_a_tool_notification() -> None:
    from lkjip.records import Extraction
    from lkjip.results import DocumentResult

    bad = Extraction(file="broken.pdf", sha256=None, kind=None, pages=None, status="error",
                     error={"code": "corrupt", "message": "pdfium cannot parse the file"})
    sarif = sarif_payload(RunResult([DocumentResult(bad)], lang="en"))
    inv = sarif["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False
    assert "corrupt" in inv["toolExecutionNotifications"][0]["message"]["text"]

"""The isolated reader: a hang is killed at the deadline, a memory blow-up is bounded,
a crash is reported; none of them takes the caller down."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

import lkjip.extract.isolation as isolation
from lkjip.extract.errors import DocumentError
from lkjip.extract.limits import ReadLimits
from tests.conftest import SEED_PDF

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="isolation needs fork")


def test_isolated_read_gives_the_same_document() -> None:
    from lkjip.extract.readers import read_document

    a = isolation.read_isolated(SEED_PDF)
    b = read_document(SEED_PDF)
    assert [p.text for p in a.pages] == [p.text for p in b.pages]
    assert [t.id for t in a.tables] == [t.id for t in b.tables]


def test_a_hang_is_killed_at_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    def hang(path: Path, limits: ReadLimits) -> None:
        time.sleep(3600)  # like a loop inside pdfium: Python cannot interrupt it

    monkeypatch.setattr(isolation, "read_document", hang)
    monkeypatch.setattr(isolation, "_GRACE_S", 0.5)
    started = time.monotonic()
    with pytest.raises(DocumentError) as err:
        isolation.read_isolated(SEED_PDF, ReadLimits(timeout_s=1))
    assert err.value.code == "timeout"
    assert time.monotonic() - started < 30  # generous: the point is that it returns


def test_memory_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    def hog(path: Path, limits: ReadLimits) -> None:
        blocks = []
        while True:
            blocks.append(bytearray(64 * 1024 * 1024))

    monkeypatch.setattr(isolation, "read_document", hog)
    with pytest.raises(DocumentError) as err:
        isolation.read_isolated(SEED_PDF, ReadLimits(max_memory_mb=512))
    assert err.value.code == "too-large"
    assert "512" in err.value.message


def test_a_crash_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(path: Path, limits: ReadLimits) -> None:
        os.abort()  # like a segfault inside a C library

    monkeypatch.setattr(isolation, "read_document", crash)
    with pytest.raises(DocumentError) as err:
        isolation.read_isolated(SEED_PDF)
    assert err.value.code == "crashed"
    assert "signal" in err.value.message


def test_unexpected_exception_becomes_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def bug(path: Path, limits: ReadLimits) -> None:
        raise KeyError("xref\nsecond line")

    monkeypatch.setattr(isolation, "read_document", bug)
    with pytest.raises(DocumentError) as err:
        isolation.read_isolated(SEED_PDF)
    assert err.value.code == "corrupt"
    assert "\n" not in err.value.message and "KeyError" in err.value.message

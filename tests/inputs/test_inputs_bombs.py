"""Issue #18, rows 14 and 15: a DOCX part that lies about its size and a PDF of huge
drawing streams are refused as unsafe/too-large, without the memory peak or a crash."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import SEED_DOCX

ROOT = Path(__file__).resolve().parents[2]


def lying_docx(path: Path, real_mb: int = 300, declared: int = 60_000) -> Path:
    """The seed DOCX whose word/document.xml declares `declared` bytes but inflates to
    `real_mb` MB (its header and central directory patched after writing)."""
    with zipfile.ZipFile(SEED_DOCX) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                out.writestr(info, src.read(info))
        with out.open("word/document.xml", "w") as fh:
            fh.write(b'<?xml version="1.0"?><w:document xmlns:w="x">')
            block = b" " * (1 << 20)
            for _ in range(real_mb):
                fh.write(block)
            fh.write(b"</w:document>")
    data = bytearray(path.read_bytes())
    name = b"word/document.xml"
    local = next(i for i in range(len(data)) if data.startswith(b"PK\x03\x04", i)
                 and data[i + 30:i + 30 + len(name)] == name)
    struct.pack_into("<I", data, local + 22, declared)
    central = data.rfind(b"PK\x01\x02", 0, data.rfind(name))
    while data[central + 46:central + 46 + len(name)] != name:
        central = data.rfind(b"PK\x01\x02", 0, central)
    struct.pack_into("<I", data, central + 24, declared)
    path.write_bytes(bytes(data))
    return path


def _read_in_child(path: Path) -> tuple[str, int]:
    """(code or 'ok', peak RSS in MB) of reading `path` in-process in a fresh interpreter."""
    code = ("import sys\nfrom pathlib import Path\nfrom lkjip.extract.errors import DocumentError\n"
            "from lkjip.extract.readers import read_document\n"
            "try:\n    read_document(Path(sys.argv[1])); print('ok')\n"
            "except DocumentError as e:\n    print(e.code, e.message)\n"
            # VmHWM: this process's own peak (ru_maxrss keeps the forking parent's across exec).
            "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT), LKJIP_IN_PROCESS="1")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                         env=env, timeout=300, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    result, peak_kb = out.stdout.strip().rsplit("\n", 1)
    return result, int(peak_kb) // 1024


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="VmHWM is Linux's")
def test_a_docx_part_inflating_past_its_declared_size_is_refused_without_inflating_it(tmp_path: Path) -> None:
    path = lying_docx(tmp_path / "bomb.docx")
    assert path.stat().st_size < 2_000_000
    result, peak_mb = _read_in_child(path)
    assert result.startswith("unsafe") and "declares 60,000 bytes" in result, result
    assert peak_mb < 250, peak_mb  # 300 MB inflated at once before


def drawing_bomb_pdf(path: Path, megabytes: int = 200) -> Path:
    """One page whose content stream is `megabytes` MB of path operators, deflated to a
    few hundred kB."""
    import zlib

    co = zlib.compressobj(9)
    line = b"0 0 m 100 100 l 200 50 l h S\n" * 4096
    parts, n = [], 0
    while n < megabytes << 20:
        parts.append(co.compress(line))
        n += len(line)
    parts.append(co.flush())
    stream = b"".join(parts)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def test_huge_drawing_streams_are_too_large_not_a_crash(tmp_path: Path) -> None:


    from lkjip.extract.errors import DocumentError
    from lkjip.extract.isolation import read_isolated
    from lkjip.extract.limits import ReadLimits

    path = drawing_bomb_pdf(tmp_path / "garis.pdf")
    assert path.stat().st_size < 2_000_000
    with pytest.raises(DocumentError) as info:
        read_isolated(path, ReadLimits(max_memory_mb=512, timeout_s=120))
    assert info.value.code == "too-large", info.value.message


def test_the_memory_cap_is_room_to_read_beyond_what_the_parent_holds(tmp_path: Path) -> None:
    """A reader forked from a large process (a test worker, a server holding data) gets
    its --max-memory on top of what it inherits; before, the cap counted the parent's
    address space, so a normal page could fail and an abort under the cap read as a crash."""
    from lkjip.extract.isolation import read_isolated
    from lkjip.extract.limits import ReadLimits
    from tests.inputs.hostile_files import text_pdf

    ballast = bytearray(600 * 1024 * 1024)  # address space the child inherits
    source = read_isolated(text_pdf(tmp_path / "biasa.pdf"), ReadLimits(max_memory_mb=512, timeout_s=120))
    assert source.pages and "19.253.454.000" in source.pages[0].text + "".join(p.text for p in source.pages)
    del ballast

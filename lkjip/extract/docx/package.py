"""Open a DOCX (a ZIP of XML parts) only after proving it cannot blow up.

Checks run on the ZIP's central directory before anything is inflated: the number
of members, their declared total size and each member's compression ratio. Declared
sizes can lie: every member is then inflated once, in 1 MB chunks and stopped past its
declared size (`check_inflated_sizes`), so the declared sizes bound the real cost. Every XML part is then parsed with defusedxml, which refuses any DTD,
so entity bombs (billion laughs) and external entities are never expanded.
"""

from __future__ import annotations

import copy
import zipfile
import zlib
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

from lkjip.extract.errors import DocumentError
from lkjip.extract.limits import ReadLimits

# Members smaller than this may compress absurdly well (runs of spaces) without harm.
_RATIO_MIN_SIZE = 1024 * 1024
_CHUNK = 1024 * 1024


def check_zip(path: Path, limits: ReadLimits) -> zipfile.ZipFile:
    """The opened ZIP, or DocumentError("unsafe" / "corrupt")."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DocumentError("corrupt", f"a damaged ZIP container ({exc})",
                            f"wadah ZIP yang rusak ({exc})") from exc
    try:
        infos = zf.infolist()
        if len(infos) > limits.max_zip_members:
            raise DocumentError("unsafe", f"the DOCX holds {len(infos):,} ZIP members, over the limit of {limits.max_zip_members:,}",
                                f"DOCX memuat {len(infos):,} anggota ZIP, melebihi batas {limits.max_zip_members:,}")
        total = sum(i.file_size for i in infos)
        if total > limits.max_docx_uncompressed:
            raise DocumentError("unsafe", f"the DOCX would inflate to {total:,} bytes, over the limit of {limits.max_docx_uncompressed:,} (zip bomb?)",
                                f"DOCX akan mengembang menjadi {total:,} bita, melebihi batas {limits.max_docx_uncompressed:,} (bom zip?)")
        for info in infos:
            if info.file_size >= _RATIO_MIN_SIZE and info.file_size > limits.max_compression_ratio * max(info.compress_size, 1):
                ratio = info.file_size / max(info.compress_size, 1)
                raise DocumentError("unsafe", f"ZIP member {info.filename} compresses {ratio:,.0f}:1 (zip bomb?)",
                                    f"anggota ZIP {info.filename} terkompresi {ratio:,.0f}:1 (bom zip?)")
        return zf
    except BaseException:
        zf.close()
        raise


def check_inflated_sizes(zf: zipfile.ZipFile) -> None:
    """Every member inflates to no more than its declared size: streamed in 1 MB chunks and
    stopped 1 MB past the declared size, so a member that declares 60 KB and inflates
    to 1 GB costs 1 MB of memory, not 1 GB (zipfile's own read() inflates the whole
    stream at once before cutting it to the declared size)."""
    for info in zf.infolist():
        if info.compress_type == zipfile.ZIP_STORED or info.is_dir():
            continue
        probe = copy.copy(info)
        probe.file_size = info.file_size + _CHUNK + 1  # read past the declared end …
        probe.CRC = None  # … without the CRC check (the real read below checks it)
        total = 0
        try:
            with zf.open(probe) as fh:
                while chunk := fh.read(_CHUNK):
                    total += len(chunk)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as exc:
            raise DocumentError("corrupt", f"cannot inflate {info.filename} ({exc})",
                                f"{info.filename} tidak dapat dikembangkan ({exc})") from exc
        if total > info.file_size + _CHUNK:
            raise DocumentError("unsafe", f"ZIP member {info.filename} declares {info.file_size:,} bytes but "
                                "inflates to more (zip bomb?); refused",
                                f"anggota ZIP {info.filename} menyatakan {info.file_size:,} bita tetapi "
                                "mengembang lebih besar (bom zip?); ditolak")
        if total > info.file_size:  # a little more than declared: damage, not a bomb
            raise DocumentError("corrupt", f"ZIP member {info.filename} inflates to {total:,} bytes, "
                                f"not the {info.file_size:,} it declares",
                                f"anggota ZIP {info.filename} mengembang menjadi {total:,} bita, "
                                f"bukan {info.file_size:,} seperti yang dinyatakannya")


def check_xml_parts(zf: zipfile.ZipFile) -> None:
    """Parse every XML part without expanding entities; any DTD makes the file unsafe."""
    check_inflated_sizes(zf)
    for info in zf.infolist():
        if not info.filename.lower().endswith((".xml", ".rels")):
            continue
        try:
            data = zf.read(info)
            SafeET.fromstring(data, forbid_dtd=True)
        except DefusedXmlException as exc:
            raise DocumentError("unsafe", f"{info.filename} declares a DTD or entities (XML entity bomb?); refused",
                                f"{info.filename} menyatakan DTD atau entitas (bom entitas XML?); ditolak") from exc
        except SafeET.ParseError as exc:
            raise DocumentError("corrupt", f"{info.filename} is not well-formed XML ({exc})",
                                f"{info.filename} bukan XML yang tersusun baik ({exc})") from exc
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            # zlib errors, CRC mismatches and truncated members all land here.
            raise DocumentError("corrupt", f"cannot inflate {info.filename} ({exc})",
                                f"{info.filename} tidak dapat dikembangkan ({exc})") from exc
        except Exception as exc:  # zlib.error is not an OSError
            raise DocumentError("corrupt", f"cannot inflate {info.filename} ({exc})",
                                f"{info.filename} tidak dapat dikembangkan ({exc})") from exc


def open_docx_package(path: Path, limits: ReadLimits) -> None:
    """Raise DocumentError unless the DOCX at `path` is safe to hand to python-docx."""
    zf = check_zip(path, limits)
    try:
        if "word/document.xml" not in zf.namelist():
            raise DocumentError("not-a-docx", "a ZIP file without word/document.xml",
                                "berkas ZIP tanpa word/document.xml")
        check_xml_parts(zf)
    finally:
        zf.close()

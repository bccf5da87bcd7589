"""The workspace's words: Bahasa Indonesia by default, English by the switch in the header."""

from __future__ import annotations

LANGS = ("id", "en")

WORDS: dict[str, dict[str, str]] = {
    "id": {
        "app": "Ruang kerja LKjIP", "upload": "Unggah", "archive": "Arsip", "documents": "Dokumen",
        "drop": "Seret berkas PDF/DOCX ke sini, atau pilih berkas", "password": "Kata sandi (PDF terenkripsi, opsional)",
        "send": "Unggah dan periksa", "jobs": "Pekerjaan", "file": "Berkas", "status": "Status",
        "queued": "menunggu", "reading": "dibaca", "done": "selesai", "error": "galat",
        "errors": "galat", "warnings": "peringatan", "open": "buka", "agency": "Instansi", "year": "Tahun",
        "region": "Wilayah", "pages": "Halaman", "coverage": "Cakupan", "findings": "Temuan",
        "no_findings": "Tidak ada temuan.", "severity": "Tingkat", "rule": "Aturan", "all": "semua",
        "filter": "Saring", "downloads": "Unduhan", "tables": "Tabel yang diekstrak", "evidence": "Bukti",
        "page": "hlm.", "table": "tabel", "row": "baris", "column": "kolom", "printed": "tertulis",
        "judgement": "Penilaian auditor", "accepted": "diterima", "false_alarm": "alarm palsu",
        "explained": "dijelaskan instansi", "note": "Catatan", "auditor": "Nama auditor", "save": "Simpan",
        "unjudged": "belum dinilai", "new": "baru", "gone": "hilang pada versi ini",
        "previous": "Dibanding versi sebelumnya", "by_rule": "Temuan per aturan", "count": "Jumlah",
        "by_agency": "Dokumen per instansi dan tahun", "cross_year": "Temuan lintas tahun",
        "years_side": "Tahun berdampingan", "csv": "CSV", "unknown": "(tidak diketahui)",
        "not_kept": "Berkas asli tidak tersimpan di ruang kerja ini: gambar halaman dan unduhan tidak tersedia.",
        "back": "kembali", "doubtful": "perlu diverifikasi", "no_image": "Tidak ada gambar halaman untuk bukti ini.",
        "limits": "Batas: {files} berkas per unggahan, {mb} MB per berkas.", "refresh": "muat ulang",
        "errors_col": "Galat", "warnings_col": "Peringatan", "judged": "Dinilai",
    },
    "en": {
        "app": "LKjIP workspace", "upload": "Upload", "archive": "Archive", "documents": "Documents",
        "drop": "Drop PDF/DOCX files here, or choose files", "password": "Password (encrypted PDFs, optional)",
        "send": "Upload and check", "jobs": "Jobs", "file": "File", "status": "Status",
        "queued": "queued", "reading": "reading", "done": "done", "error": "error",
        "errors": "errors", "warnings": "warnings", "open": "open", "agency": "Agency", "year": "Year",
        "region": "Region", "pages": "Pages", "coverage": "Coverage", "findings": "Findings",
        "no_findings": "No findings.", "severity": "Severity", "rule": "Rule", "all": "all",
        "filter": "Filter", "downloads": "Downloads", "tables": "Extracted tables", "evidence": "Evidence",
        "page": "p.", "table": "table", "row": "row", "column": "column", "printed": "printed",
        "judgement": "Auditor's judgement", "accepted": "accepted", "false_alarm": "false alarm",
        "explained": "explained by the agency", "note": "Note", "auditor": "Auditor's name", "save": "Save",
        "unjudged": "not judged", "new": "new", "gone": "gone in this version",
        "previous": "Compared with the previous version", "by_rule": "Findings per rule", "count": "Count",
        "by_agency": "Documents by agency and year", "cross_year": "Cross-year findings",
        "years_side": "Years side by side", "csv": "CSV", "unknown": "(unknown)",
        "not_kept": "The original file is not kept in this workspace: no page images or downloads.",
        "back": "back", "doubtful": "to verify", "no_image": "No page image for this evidence.",
        "limits": "Limits: {files} files per upload, {mb} MB per file.", "refresh": "reload",
        "errors_col": "Errors", "warnings_col": "Warnings", "judged": "Judged",
    },
}


def words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["id"])

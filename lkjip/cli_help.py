"""`lkjip --help` in both languages: each command's and option's help gets its Indonesian
text beside the English one ("… / …"). tests/report/test_report_languages.py fails when a
command or option has no Indonesian help here."""

from __future__ import annotations

from typing import Any

from typer.core import TyperCommand

# (command, parameter) first, then the parameter alone (the same option in every command).
OPTION_HELP_ID: dict[tuple[str, str] | str, str] = {
    "paths": "Berkas PDF atau DOCX, atau folder yang ditelusuri.",
    ("check", "paths"): "Berkas PDF atau DOCX, atau folder yang ditelusuri (boleh kosong dengan --db).",
    ("check", "fmt"): "Format keluaran (bawaan table). xlsx dan pdf perlu --output; pdf menulis salinan "
                      "bertanda (sebuah folder bila beberapa PDF).",
    ("check", "output"): "Tulis laporan ke berkas ini, bukan ke layar.",
    ("extract", "fmt"): "Format keluaran.",
    ("extract", "output"): "Tulis ke sini, bukan ke layar (folder, atau nama berkas .xlsx/.csv/.parquet).",
    ("export", "fmt"): "Format keluaran.",
    ("export", "output"): "Folder untuk satu berkas per tabel.",
    ("rules", "fmt"): "Format keluaran.",
    "lang": "Bahasa pesan: id (Bahasa Indonesia, bawaan) atau en.",
    ("rules", "lang"): "Bahasa judul aturan.",
    "select": "Hanya kode atau awalan aturan ini (LKJ-B, B001 …).",
    "ignore": "Lewati kode atau awalan aturan ini.",
    "fail_on": "Tingkat terendah yang membuat kode keluar 1 (bawaan error).",
    "config_file": "Berkas pengaturan (lkjip.toml atau pyproject.toml); bawaan: ./lkjip.toml, "
                   "atau [tool.lkjip] di ./pyproject.toml.",
    "password": "Kata sandi PDF terenkripsi.",
    "retry_failed": "Ulangi juga dokumen yang tersimpan dengan galat permanen (rusak, terenkripsi, kosong …); "
                    "galat sementara (waktu habis, proses mati, terputus) selalu diulang.",
    "all_versions": "Setiap versi tersimpan dari tiap berkas, tidak hanya yang terbaru.",
    ("serve", "db"): "Berkas basis data (DuckDB), dibuat bila belum ada.",
    ("serve", "host"): "Alamat yang didengarkan; selain 127.0.0.1 wajib memakai --token.",
    ("serve", "port"): "Port yang didengarkan.",
    ("serve", "workers"): "Jumlah dokumen yang dibaca sekaligus.",
    ("serve", "token"): "Setiap permintaan wajib membawanya.",
    ("serve", "max_file_mb"): "Ukuran unggahan terbesar yang diterima, per berkas.",
    ("serve", "max_files"): "Jumlah berkas terbanyak dalam satu unggahan.",
    ("serve", "config_file"): "Berkas pengaturan, seperti untuk check dan ingest.",
    "max_pages": "Tolak dokumen dengan halaman lebih banyak dari ini.",
    "timeout": "Detik yang diizinkan untuk membaca satu dokumen; tiap halaman yang di-OCR menambah 20 detik.",
    "ocr": "OCR halaman yang tidak memiliki lapisan teks yang dapat dipakai.",
    "pictures": "Baca tabel yang ditempel di halaman teks sebagai gambar, dengan OCR (beberapa detik per gambar).",
    "tables": "Mesin tabel: vector (garis PDF saja), auto (juga gambar halaman bila garisnya membentuk "
              "kisi yang tidak utuh), thorough (gambar halaman dan camelot di setiap halaman; lambat).",
    ("check", "db"): "Basis data dari `lkjip ingest`: periksa laporan terhadapnya antar tahun; tanpa "
                     "laporan, periksa seluruh isi basis data.",
    ("ingest", "db"): "Berkas basis data (DuckDB), dibuat bila belum ada.",
    ("export", "db"): "Berkas basis data yang dibaca.",
    "force": "Proses ulang dokumen yang sudah ada di basis data.",
    "workers": "Jumlah proses pekerja lokal (bawaan: jumlah inti).",
    ("check", "workers"): "Jumlah proses pekerja lokal, termasuk OCR (bawaan: jumlah inti, paling banyak 4).",
    "scheduler": "Jalankan di klaster Dask: tcp://HOST:PORT.",
    "verbose": "Satu baris per dokumen tersimpan di stderr.",
    "version": "Tampilkan versi lalu keluar.",
}

COMMAND_HELP_ID: dict[str, str] = {
    "check": "Periksa ketidaksesuaian dalam LKjIP dan tampilkan temuannya. Kode keluar 0: tidak ada "
             "temuan pada atau di atas --fail-on; 1: ada; 2: kesalahan penggunaan; 3: dokumen tidak "
             "dapat dibaca; 4: laporan tidak dapat ditulis; 5: basis data rusak; 6: lkjip sendiri gagal "
             "pada sebuah dokumen (kesalahan lkjip, bukan berkasnya).",
    "extract": "Ekstrak baris anggaran, indikator dan angka narasi sebagai tabel bertipe. Kode keluar 0, "
               "atau 3 bila ada dokumen yang tidak dapat dibaca; 4 bila keluaran tidak dapat ditulis; 6 bila "
               "lkjip sendiri gagal pada sebuah dokumen.",
    "ingest": "Ekstrak dan periksa banyak laporan ke basis data DuckDB; dapat dilanjutkan, satu transaksi "
              "per dokumen.",
    "export": "Ekspor setiap tabel basis data (documents, budget, indicators, amounts, findings).",
    "rules": "Tampilkan katalog aturan, dibuat dari kode dan dokumentasi aturan itu sendiri.",
}


def option_help_id(command: str, name: str) -> str | None:
    return OPTION_HELP_ID.get((command, name)) or OPTION_HELP_ID.get(name)


class BilingualCommand(TyperCommand):
    """A command whose --help gives every text in English and in Bahasa Indonesia."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        name = self.name or ""
        for param in self.params:
            text = option_help_id(name, param.name or "")
            help_text = getattr(param, "help", None)
            if text and help_text and " / " not in help_text:
                param.help = f"{help_text} / {text}"  # type: ignore[attr-defined]
        if name in COMMAND_HELP_ID and self.help:
            self.help = f"{self.help}\n\n{COMMAND_HELP_ID[name]}"

"""Indicator identity: variants that must match and near misses that must not."""

from __future__ import annotations

import pytest

from lkjip.match.identity import group_indicators, indicator_key, same_indicator

SAME = [
    ("Jumlah Penyediaan Bahan Bacaan Aparatur", "- Jumlah Penyediaan bahan bacaan bagi aparatur"),
    ("Jumlah bahan informasi pembangunan Prov.Jambi dimedia elektronik (TV lokal)",
     "Jumlah bahan informasi pembangunan Prov.Jambi di media elektronik (TV lokal)"),
    ("Jumlah Tabloid Pemprov Jambi,", "Jumlah Tabloid Pemprov Jambi"),
    ("persentase informasi pembangunan Provinsi Jambi yang disiarkan di media elektronik",
     "Persentase informasi pembangunan Provinsi Jambi yang disiarkan di media elektronik"),
    ("Persentase terlayannya kunjungan tamu Kepala Negara dan tamu Pemerintah Provinsi",
     "Persentase terlayaninya kunjungan tamu Kepala Negara dan tamu Pemerintah Provinsi"),
    ("Prosentase temuan yang ditindaklanjuti", "Persentase temuan yang ditindaklanjuti"),
    ("Persentase partisipasi masyarakat dalam Pemilu atau Pemilukada",
     "Persentase partisipasi masyarakat dalam Pemilu dan Pemilukada"),
]

DIFFERENT = [
    ("Jumlah Kalender Meja", "Jumlah Kalender Dinding"),
    ("Jumlah informasi pembangunan provinsi jambi yang disiarkan di media elektronik Nasional",
     "Persentase informasi pembangunan Provinsi Jambi yang disiarkan di media elektronik"),
    ("Jumlah bahan informasi kepada masyarakat dalam bentuk tulisan di media cetak lokal",
     "Jumlah bahan informasi kepada masyarakat dalam bentuk tulisan di media online"),
    ("persentase informasi pembangunan Provinsi Jambi yang disiarkan di media elektronik",
     "persentase informasi pembangunan Provinsi Jambi yang dipublikasikan di media Cetak"),
    ("Jumlah Dokumen LKJ Biro", "Jumlah Dokumen LPPD Biro"),
    ("Jumlah RKA", "Jumlah DPA"),
    ("Jumlah Tabloid Pemprov Jambi", "Jumlah Tabloid Pemkab Jambi"),
    ("Persentase pelayanan tamu Kepala Daerah yang difasilitasi",
     "Persentase pelayanan tamu Pemerintah Provinsi yang berkunjung di Provinsi Jambi"),
    ("Capaian Misi 1", "Capaian Misi 2"),
    ("Jumlah kliping pers", "Jumlah Sampul Kliping Pers"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_variants_of_one_indicator_match(a: str, b: str) -> None:
    assert same_indicator(a, b)
    assert same_indicator(b, a)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_near_misses_do_not_match(a: str, b: str) -> None:
    assert not same_indicator(a, b)
    assert not same_indicator(b, a)


def test_key_drops_bullets_case_and_fillers() -> None:
    assert indicator_key("- Jumlah Penyediaan bahan bacaan BAGI aparatur,") == \
        "jumlah penyediaan bahan bacaan aparatur"


def test_groups_do_not_chain_through_different_words() -> None:
    names = ["Jumlah Kalender Meja", "Jumlah Kalender Dinding", "jumlah kalender meja"]
    g = group_indicators(names)
    assert g[0] == g[2] != g[1]

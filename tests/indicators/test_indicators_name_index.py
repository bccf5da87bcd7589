"""Issue #18, row 11: the name indexes give exactly the pairwise results, in about n."""

from __future__ import annotations

import random

from lkjip.match.identity import group_indicators, may_be_cut_form, same_indicator
from lkjip.match.name_index import CutFormIndex

WORDS = ["jumlah", "persentase", "indeks", "nilai", "kualitas", "layanan", "publik", "informasi", "media", "cetak", "elektronik", "laporan", "kegiatan", "dokumen", "masyarakat", "kinerja", "aparatur", "pegawai", "kantor", "daerah", "provinsi", "sistem", "data", "aplikasi", "pelatihan", "dan", "yang", "bagi", "masya", "rakat", "masyarakat", "dokumne", "pegawaii"]


def _names(rng: random.Random, n: int) -> list[str]:
    out: list[str] = []
    for _ in range(n):
        if out and rng.random() < 0.4:  # a variant of an earlier name
            base = rng.choice(out).split()
            change = rng.randrange(5)
            if change == 0 and len(base) > 3:
                base = base[: rng.randint(3, len(base))]
            elif change == 1:
                base.insert(rng.randrange(len(base) + 1), rng.choice(WORDS))
            elif change == 2:
                base.append(rng.choice(["(%)", "(dokumen)", "(unit usaha)"]))
            elif change == 3:
                base[rng.randrange(len(base))] = rng.choice(WORDS)
            else:
                base = [("- " if rng.random() < 0.5 else "1.1. ") + base[0].upper(), *base[1:]]
            out.append(" ".join(base))
        else:
            out.append(" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 16))))
    return out


def _groups_pairwise(names: list[str]) -> list[int]:
    from lkjip.match.identity import indicator_key

    groups, leaders, by_key = [], [], {}
    for name in names:
        key = indicator_key(name)
        if key in by_key:
            groups.append(by_key[key])
            continue
        found = next((g for g, leader in enumerate(leaders) if same_indicator(name, leader)), None)
        if found is None:
            found = len(leaders)
            leaders.append(name)
        by_key[key] = found
        groups.append(found)
    return groups


def test_grouping_with_the_index_equals_the_pairwise_grouping() -> None:
    rng = random.Random(18)
    for _ in range(10):
        names = _names(rng, 80)
        assert group_indicators(names) == _groups_pairwise(names)


def test_cut_form_index_equals_the_pairwise_search() -> None:
    rng = random.Random(11)
    for _ in range(5):
        others = _names(rng, 50)
        index = CutFormIndex(names=others)
        for name in [*_names(rng, 50), *others[:20]]:
            assert index.any_match(name) == any(may_be_cut_form(name, o) for o in others), name


def test_3000_distinct_names_group_and_search() -> None:
    rng = random.Random(3)
    names = [" ".join(rng.choice(WORDS) for _ in range(7)) + f" nomor{i}" for i in range(3000)]
    group_indicators(names)
    index = CutFormIndex(names=names[:1500])
    found = [index.any_match(name) for name in names[1500:]]  # timed by bench/bench_scaling.py
    assert len(found) == 1500 and not any(found)  # distinct numbered names: none a cut form of another

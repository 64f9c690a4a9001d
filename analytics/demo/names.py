"""Employer names and identity numbers, deterministic and vectorised.

Names are put together the way Indonesian business names are: a legal form (PT, CV, UD, Koperasi,
Toko...) and two or three words from a list of common words ("Sinar", "Jaya", "Abadi") or
invented brand words built from syllables ("Sarindo", "Mekarta"). A million names take a fraction
of a second because they are assembled with pyarrow, not in a Python loop.

NPP (BPJS employer number, 8 digits) and NIB (OSS, 13 digits) are distinct random numbers drawn
once per employer, so they never change between snapshots.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

WORDS = (
    "Sinar Jaya Abadi Makmur Sentosa Mandiri Sejahtera Karya Mitra Utama Bersama Cahaya Putra Indah "
    "Lestari Agung Nusantara Bumi Tunas Harapan Maju Berkah Mulia Prima Sukses Gemilang Anugerah Damai "
    "Baru Surya Samudra Mekar Sari Tirta Rejeki Citra Persada Perkasa Sakti Wijaya Bintang Permata Mas "
    "Intan Kencana Santosa Raya Timur Barat Selatan Utara Global Sumber Teknik Abadi Sumber Multi Dwi Tri "
    "Catur Eka Pratama Andalas Borneo Celebes Swarna Dirgantara Buana Langgeng Manunggal Rahayu Barokah"
).split()
SYLLABLES = "sa ri ma ka ta na ja ya la wa da ra pu tri me ko su ba ge lo di ni ha in do se te".split()
ENDINGS = ("indo", "tama", "jaya", "nusa", "karya", "mas", "ta", "ra", "co")
SECTOR_WORDS = {
    "A": ("Agro", "Perkebunan", "Tani", "Perikanan"), "B": ("Tambang", "Mineral", "Energi"),
    "C": ("Industri", "Tekstil", "Pangan", "Plastik", "Garmen", "Logam"), "D": ("Energi", "Listrik"),
    "E": ("Tirta", "Lingkungan"), "F": ("Konstruksi", "Bangun", "Kontraktor"),
    "G": ("Niaga", "Dagang", "Distribusi", "Grosir"), "H": ("Logistik", "Transport", "Ekspedisi"),
    "I": ("Rasa", "Kuliner", "Hotel", "Resto"), "J": ("Digital", "Media", "Data"),
    "K": ("Finance", "Dana", "Kredit"), "L": ("Properti", "Land", "Graha"), "M": ("Konsultan", "Solusi"),
    "N": ("Jasa", "Layanan", "Outsourcing"), "O": ("Layanan",), "P": ("Edukasi", "Pendidikan"),
    "Q": ("Medika", "Husada", "Farma"), "R": ("Kreasi", "Wisata"), "S": ("Jasa", "Servis"),
    "T": ("Rumah Tangga",), "U": ("Internasional",),
}  # fmt: skip
# Legal forms by scale (MIKRO, KECIL, MENENGAH, BESAR): (form, weight).
FORMS = (
    (("UD", 0.30), ("CV", 0.25), ("Toko", 0.15), ("PT", 0.15), ("Koperasi", 0.05), ("Bengkel", 0.05), ("Warung", 0.05)),
    (("CV", 0.45), ("PT", 0.45), ("UD", 0.07), ("Koperasi", 0.03)),
    (("PT", 0.92), ("CV", 0.05), ("Koperasi", 0.03)),
    (("PT", 1.0),),
)
ROMAN = ("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def coined_words(rng: np.random.Generator, k: int = 600) -> list[str]:
    """Invented brand words: two or three syllables and an ending, capitalised."""
    s = np.array(SYLLABLES)
    e = np.array(ENDINGS)
    a, b, c = (rng.integers(0, len(s), k) for _ in range(3))
    three = rng.random(k) < 0.3
    ends = e[rng.integers(0, len(e), k)]
    words = [
        (s[a[i]] + s[b[i]] + (s[c[i]] if three[i] else "") + ends[i]).capitalize() for i in range(k)
    ]
    return sorted(set(words))


def names(rng: np.random.Generator, skala: np.ndarray, sektor: np.ndarray) -> pa.Array:
    """One name per employer; `skala` 0..3, `sektor` KBLI letters."""
    n = len(skala)
    words = pa.array(WORDS + coined_words(rng))
    n_common = len(WORDS)
    form = np.empty(n, dtype=object)
    u = rng.random(n)
    for s, choices in enumerate(FORMS):
        mask = skala == s
        cum = np.cumsum([w for _, w in choices])
        form[mask] = np.array([f for f, _ in choices])[np.minimum(np.searchsorted(cum, u[mask], side="right"), len(cum) - 1)]
    # First word: half common, half coined; second word common or a sector word.
    w1 = np.where(rng.random(n) < 0.5, rng.integers(0, n_common, n), rng.integers(n_common, len(words), n))
    w2 = rng.integers(0, n_common, n)
    first = words.take(pa.array(w1))
    second = words.take(pa.array(w2))
    sector_word = np.empty(n, dtype=object)
    for letter, options in SECTOR_WORDS.items():
        mask = sektor == letter
        sector_word[mask] = np.array(options, dtype=object)[rng.integers(0, len(options), mask.sum())]
    use_sector = rng.random(n) < 0.35
    second = pc.if_else(pa.array(use_sector), pa.array(sector_word, pa.string()), second)
    third = pc.if_else(pa.array(rng.random(n) < 0.15), words.take(pa.array(rng.integers(0, n_common, n))), "")
    joined = pc.binary_join_element_wise(pa.array(form, pa.string()), first, second, third, " ")
    joined = pc.utf8_trim(joined, " ")
    tbk = (skala == 3) & (rng.random(n) < 0.04)
    return pc.if_else(pa.array(tbk), pc.binary_join_element_wise(joined, "Tbk", " "), joined)


def make_unique(name: pa.Array, region: np.ndarray) -> pa.Array:
    """Add II, III, ... to repeated names within a kabupaten/kota, so that an unregistered
    employer without NIB is still identified by (nama_perusahaan, kode_wilayah)."""
    idx = pc.dictionary_encode(name).indices.to_numpy()
    key = idx.astype(np.int64) * (int(region.max()) + 1) + region
    order = np.argsort(key, kind="stable")
    sorted_key = key[order]
    start = np.r_[True, sorted_key[1:] != sorted_key[:-1]]
    group_start = np.maximum.accumulate(np.where(start, np.arange(len(key)), 0))
    rank = np.empty(len(key), dtype=np.int64)
    rank[order] = np.arange(len(key)) - group_start
    if not (rank > 0).any():
        return name
    suffix = np.full(len(key), "", dtype=object)
    dup = rank > 0
    r = rank[dup] - 1
    suffix[dup] = np.where(r < len(ROMAN), np.array(ROMAN, dtype=object)[np.minimum(r, len(ROMAN) - 1)], (r + 2).astype(str))
    joined = pc.binary_join_element_wise(name, pa.array(suffix, pa.string()), " ")
    return pc.utf8_trim(joined, " ")


def unique_numbers(rng: np.random.Generator, n: int, digits: int, first: int) -> pa.Array:
    """n distinct numbers of `digits` digits starting with `first`, as text, in random order.

    Distinct by construction: sorted values with random gaps (mean: the range / n), shuffled.
    """
    lo = first * 10 ** (digits - 1)
    span = 10 ** (digits - 1)
    mean_gap = span // max(n, 1)
    if mean_gap < 2:
        raise ValueError(f"{n} numbers do not fit in {digits} digits")
    gaps = 1 + rng.integers(0, 2 * mean_gap - 2, n)
    value = lo + np.cumsum(gaps) - 1
    return pc.cast(pa.array(value[rng.permutation(n)]), pa.string())


def npp(rng: np.random.Generator, n: int) -> pa.Array:
    """8-digit BPJS employer numbers."""
    return unique_numbers(rng, n, 8, 1)


def nib(rng: np.random.Generator, n: int) -> pa.Array:
    """13-digit OSS business identification numbers (the 91... series)."""
    return unique_numbers(rng, n, 13, 9)

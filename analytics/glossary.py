"""The domain terms, with the one English name each has everywhere (pages, files, reports).

Most words may differ between places (an Indonesian noun is singular or plural as the sentence
needs), but a term an official looks for — a compliance category, a page, a figure's name — reads
the same on every page and in every file. tests/test_glossary.py checks every catalogue against
this list, so a new text cannot give a term a second English name.
"""

from __future__ import annotations

# Bahasa Indonesia -> English. "PMI" alone also names the migrant-worker segment, so the arrears
# category is always spelled out, and kept in Indonesian in English too (the name officials use).
TERMS: dict[str, str] = {
    "PMI – menunggak iuran": "PMI – menunggak iuran (arrears)",
    "Capaian Target": "Target Progress",
    "TK belum terlindungi": "Unprotected workers",
    "Selisih upah/bln": "Wage shortfall/mo",
    "Kepatuhan": "Compliance",
    "Tindak Lanjut": "Follow-up",
}


def en(term: str) -> str:
    return TERMS[term]


# The compliance categories (analytics.contract.KATEGORI), named once for every page and file:
# the full name where there is room (tables, files, the inspection list), the short one in legends
# and chips. "PMI" alone would read as the migrant-worker segment, so its short name is spelled out.
_PMI = {"id": "PMI – menunggak iuran", "en": TERMS["PMI – menunggak iuran"]}
KATEGORI_NAMA: dict[str, dict[str, str]] = {
    "PWBD": {"id": "PWBD – wajib belum daftar", "en": "PWBD – not registered"},
    "PDS_TK": {"id": "PDS-TK – sebagian tenaga kerja", "en": "PDS-TK – some workers unregistered"},
    "PDS_UPAH": {"id": "PDS-Upah – upah dilaporkan kurang", "en": "PDS-Upah – wages under-reported"},
    "PDS_PROGRAM": {"id": "PDS-Program – program kurang", "en": "PDS-Program – programs missing"},
    "PMI": _PMI,
}
KATEGORI_SINGKAT: dict[str, dict[str, str]] = {
    "PWBD": {"id": "PWBD", "en": "PWBD"},
    "PDS_TK": {"id": "PDS-TK", "en": "PDS-TK"},
    "PDS_UPAH": {"id": "PDS-Upah", "en": "PDS-Upah"},
    "PDS_PROGRAM": {"id": "PDS-Program", "en": "PDS-Program"},
    "PMI": _PMI,
}


def kategori(kode: str, lang: str = "id", *, short: bool = False) -> str:
    """A compliance category's name: `kategori("PDS_TK", "en")` -> "PDS-TK – some workers unregistered"."""
    names = KATEGORI_SINGKAT if short else KATEGORI_NAMA
    return names[kode]["en" if lang == "en" else "id"]


# The membership segments (analytics.contract.SEGMEN), named with their code on charts and tables.
# "PMI" is also the arrears category above, so wherever a segment is named it says which PMI it is:
# the migrant workers. A segment the contract does not know (none should reach a page) shows as given.
SEGMEN_NAMA: dict[str, dict[str, str]] = {
    "PU": {"id": "PU – penerima upah", "en": "PU – wage earners"},
    "BPU": {"id": "BPU – bukan penerima upah", "en": "BPU – non-wage earners"},
    "JAKON": {"id": "JAKON – jasa konstruksi", "en": "JAKON – construction"},
    "PMI": {"id": "PMI – pekerja migran", "en": "PMI – migrant workers"},
}


def _named(table: dict[str, dict[str, str]], kode, lang: str) -> str:
    """`kode`'s name in `table` in the user's language; a code the table does not know shows as
    given (a page never hides a value it cannot name), a missing one as ""."""
    if kode is None:
        return ""
    names = table.get(str(kode))
    return names["en" if lang == "en" else "id"] if names else str(kode)


def segmen(kode: str, lang: str = "id") -> str:
    """A membership segment's name: `segmen("PMI", "en")` -> "PMI – migrant workers"."""
    return _named(SEGMEN_NAMA, kode, lang)


# An employer's business scale (analytics.contract.SKALA) as pages and files write it.
SKALA_NAMA: dict[str, dict[str, str]] = {
    "MIKRO": {"id": "Mikro", "en": "Micro"},
    "KECIL": {"id": "Kecil", "en": "Small"},
    "MENENGAH": {"id": "Menengah", "en": "Medium"},
    "BESAR": {"id": "Besar", "en": "Large"},
}


def skala(kode, lang: str = "id") -> str:
    """An employer's scale in words: `skala("MENENGAH", "en")` -> "Medium"; unknown as given."""
    return _named(SKALA_NAMA, kode.upper() if isinstance(kode, str) else kode, lang)


# The special groups (analytics.contract.KELOMPOK) local governments protect.
KELOMPOK_NAMA: dict[str, dict[str, str]] = {
    "NON_ASN": {"id": "Pegawai non-ASN", "en": "Non-civil-servant staff"},
    "PERANGKAT_DESA": {"id": "Perangkat desa", "en": "Village officials"},
    "RT_RW": {"id": "Ketua RT/RW", "en": "RT/RW heads"},
    "PEKERJA_RENTAN": {"id": "Pekerja rentan", "en": "Vulnerable workers"},
    "PETUGAS_AD_HOC": {"id": "Petugas ad hoc (KPPS dll.)", "en": "Ad hoc workers (KPPS etc.)"},
}


def kelompok(kode: str, lang: str = "id") -> str:
    """A special group's name: `kelompok("PERANGKAT_DESA")` -> "Perangkat desa"; unknown as given."""
    return _named(KELOMPOK_NAMA, kode, lang)


# The enforcement ladder (analytics.contract.TAHAP) and the institutions that act on it (INSTANSI).
TAHAP_NAMA: dict[str, dict[str, str]] = {
    "HIMBAUAN": {"id": "Himbauan", "en": "Notice"},
    "TEGURAN_1": {"id": "Teguran 1", "en": "Warning 1"},
    "TEGURAN_2": {"id": "Teguran 2", "en": "Warning 2"},
    "NOTA_PEMERIKSAAN_1": {"id": "Nota pemeriksaan 1", "en": "Inspection note 1"},
    "NOTA_PEMERIKSAAN_2": {"id": "Nota pemeriksaan 2", "en": "Inspection note 2"},
    "REKOMENDASI_SANKSI": {"id": "Rekomendasi sanksi", "en": "Sanction recommendation"},
    "PROSES_HUKUM": {"id": "Proses hukum", "en": "Legal action"},
    "PATUH": {"id": "Patuh", "en": "Compliant"},
}
INSTANSI_NAMA: dict[str, dict[str, str]] = {
    "BPJS": {"id": "BPJS Ketenagakerjaan", "en": "BPJS Ketenagakerjaan"},
    "DISNAKER": {"id": "Disnaker", "en": "Disnaker"},
    "KEJAKSAAN": {"id": "Kejaksaan", "en": "Kejaksaan"},
    "PTSP": {"id": "DPMPTSP", "en": "DPMPTSP"},
}


def tahap(kode: str, lang: str = "id") -> str:
    """A ladder stage's name: `tahap("TEGURAN_1", "en")` -> "Warning 1"; unknown as given."""
    return _named(TAHAP_NAMA, kode, lang)


def instansi(kode: str, lang: str = "id") -> str:
    """An institution's name: `instansi("PTSP")` -> "DPMPTSP"; unknown as given."""
    return _named(INSTANSI_NAMA, kode, lang)

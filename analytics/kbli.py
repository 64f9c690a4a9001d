"""The KBLI 2020 sections (Klasifikasi Baku Lapangan Usaha Indonesia, BPS): a sector's name from its
letter, in both languages.

Employer files carry the section letter (`sektor`, A–U; analytics.contract.SEKTOR), and a bare "G"
means nothing to most officials. Pages show `G – Perdagangan besar dan eceran`; exports keep the
letter in its own column beside the name, so a sheet still filters and joins on the code.

Names: BPS, KBLI 2020 (Peraturan BPS No. 2 Tahun 2020), shortened where the official title runs to a
sentence (section N, T); the English follows ISIC Rev. 4, from which KBLI derives.
"""

from __future__ import annotations

from analytics.contract import SEKTOR

# letter -> (Bahasa Indonesia, English)
NAMA: dict[str, tuple[str, str]] = {
    "A": ("Pertanian, kehutanan dan perikanan", "Agriculture, forestry and fishing"),
    "B": ("Pertambangan dan penggalian", "Mining and quarrying"),
    "C": ("Industri pengolahan", "Manufacturing"),
    "D": ("Pengadaan listrik dan gas", "Electricity and gas supply"),
    "E": ("Pengadaan air, pengelolaan sampah dan limbah", "Water supply, sewerage and waste management"),
    "F": ("Konstruksi", "Construction"),
    "G": ("Perdagangan besar dan eceran", "Wholesale and retail trade"),
    "H": ("Pengangkutan dan pergudangan", "Transportation and storage"),
    "I": ("Penyediaan akomodasi dan makan minum", "Accommodation and food service"),
    "J": ("Informasi dan komunikasi", "Information and communication"),
    "K": ("Jasa keuangan dan asuransi", "Financial and insurance activities"),
    "L": ("Real estat", "Real estate"),
    "M": ("Jasa profesional, ilmiah dan teknis", "Professional, scientific and technical activities"),
    "N": ("Jasa persewaan, ketenagakerjaan dan penunjang usaha", "Administrative and support services"),
    "O": ("Administrasi pemerintahan dan jaminan sosial wajib", "Public administration and compulsory social security"),
    "P": ("Jasa pendidikan", "Education"),
    "Q": ("Jasa kesehatan dan kegiatan sosial", "Human health and social work"),
    "R": ("Kesenian, hiburan dan rekreasi", "Arts, entertainment and recreation"),
    "S": ("Jasa lainnya", "Other service activities"),
    "T": ("Rumah tangga sebagai pemberi kerja", "Households as employers"),
    "U": ("Badan internasional dan ekstra internasional", "Extraterritorial organisations"),
}

if tuple(NAMA) != SEKTOR:  # every section the contract accepts has a name, in order
    raise AssertionError("analytics.kbli.NAMA must name exactly the contract's SEKTOR letters")


def nama(kode, lang: str = "id") -> str:
    """The section's name alone ("Perdagangan besar dan eceran"); an unknown or missing code comes
    back as given (as text), so a page never hides a value it cannot name."""
    pair = NAMA.get(str(kode).strip().upper()) if isinstance(kode, str) else None
    if pair is None:
        return "" if kode is None else str(kode)
    return pair[1] if lang == "en" else pair[0]


def label(kode, lang: str = "id") -> str:
    """The letter and the name, as pages show a sector: "G – Perdagangan besar dan eceran"."""
    name = nama(kode, lang)
    if not isinstance(kode, str) or name == kode:
        return name
    return f"{kode.strip().upper()} – {name}"

"""The data contract (shared/DATA_CONTRACT.md) as data.

One declaration per dataset: its columns, their kinds and rules, its key and the column that
holds its period. The import, the templates, the schema and the README all read this module, so the
contract is written down once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SEGMEN = ("PU", "BPU", "JAKON", "PMI")
SEGMEN_TARGET = ("SEMUA", *SEGMEN)
SEKTOR = tuple("ABCDEFGHIJKLMNOPQRSTU")  # KBLI sections
SKALA = ("MIKRO", "KECIL", "MENENGAH", "BESAR")
STATUS_PERUSAHAAN = ("AKTIF", "NONAKTIF", "BELUM_DAFTAR")
PROGRAM = ("JKK", "JKM", "JHT", "JP", "JKP")
KATEGORI = ("PWBD", "PDS_TK", "PDS_UPAH", "PDS_PROGRAM", "PMI")
TAHAP = (
    "HIMBAUAN",
    "TEGURAN_1",
    "TEGURAN_2",
    "NOTA_PEMERIKSAAN_1",
    "NOTA_PEMERIKSAAN_2",
    "REKOMENDASI_SANKSI",
    "PROSES_HUKUM",
    "PATUH",
)
INSTANSI = ("BPJS", "DISNAKER", "KEJAKSAAN", "PTSP")
KELOMPOK = ("NON_ASN", "PERANGKAT_DESA", "RT_RW", "PEKERJA_RENTAN", "PETUGAS_AD_HOC")
SUMBER_DANA = ("APBD", "APBDES", "APBN", "CSR", "MANDIRI")

# Column kinds. Each maps to one parser in analytics.load and one SQL type in the store.
MONTH = "month"  # periode: YYYY-MM, MM/YYYY, YYYY-MM-DD, Excel date -> first day of the month
YEAR = "year"  # tahun: YYYY
DATE = "date"  # tanggal, batas_waktu: YYYY-MM-DD or Excel date
KODE_KABKOTA = "kode_kabkota"  # PP.KK, must exist in the reference
KODE_WILAYAH = "kode_wilayah"  # PP or PP.KK, must exist in the reference
ENUM = "enum"
COUNT = "count"  # integer >= 0
AMOUNT = "amount"  # rupiah >= 0
PERCENT = "percent"  # 0..100
TEXT = "text"
PROGRAM_LIST = "program_list"  # ;-separated subset of PROGRAM

SQL_TYPE = {
    MONTH: "DATE",
    YEAR: "INTEGER",
    DATE: "DATE",
    KODE_KABKOTA: "VARCHAR",
    KODE_WILAYAH: "VARCHAR",
    ENUM: "VARCHAR",
    COUNT: "BIGINT",
    AMOUNT: "DOUBLE",
    PERCENT: "DOUBLE",
    TEXT: "VARCHAR",
    PROGRAM_LIST: "VARCHAR",  # stored normalised: sorted in PROGRAM order, joined with ';'
}


@dataclass(frozen=True)
class Column:
    name: str
    kind: str
    required: bool = True
    choices: tuple[str, ...] = ()
    positive: bool = False  # count > 0 rather than >= 0
    description_id: str = ""
    description_en: str = ""


@dataclass(frozen=True)
class Dataset:
    """One dataset of the contract.

    `period` names the column that defines a period for replace-by-period (a month, a year, or
    the month of a date); None means the dataset has no period and is replaced by area alone.
    `key` is the key inside one file; duplicates are an error.
    """

    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    period: str | None
    title_id: str
    title_en: str
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def table(self) -> str:
        return self.name

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def required_columns(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.required)


def _c(name, kind, required=True, choices=(), positive=False, id_="", en=""):
    return Column(name, kind, required, tuple(choices), positive, id_, en)


KEPESERTAAN = Dataset(
    name="kepesertaan",
    title_id="Kepesertaan bulanan per kabupaten/kota dan segmen",
    title_en="Monthly membership by regency/city and segment",
    period="periode",
    key=("periode", "kode_wilayah", "segmen"),
    columns=(
        _c("periode", MONTH, id_="Bulan data, YYYY-MM", en="Month, YYYY-MM"),
        _c("kode_wilayah", KODE_KABKOTA, id_="Kode Kemendagri PP.KK", en="Kemendagri code PP.KK"),
        _c("segmen", ENUM, choices=SEGMEN, id_="PU, BPU, JAKON atau PMI (pekerja migran)", en="PU, BPU, JAKON or PMI (migrant workers)"),
        _c("peserta_aktif", COUNT, id_="Peserta aktif akhir bulan", en="Active participants"),
        _c("peserta_baru", COUNT, False, id_="Peserta baru bulan ini (opsional)", en="Joined this month (optional)"),
        _c(
            "peserta_nonaktif",
            COUNT,
            False,
            id_="Peserta keluar/nonaktif bulan ini (opsional)",
            en="Left or lapsed this month (optional)",
        ),
    ),
)

PENDUDUK_BEKERJA = Dataset(
    name="penduduk_bekerja",
    title_id="Penduduk bekerja (Sakernas BPS)",
    title_en="Employed population (BPS Sakernas)",
    period="tahun",
    key=("tahun", "kode_wilayah"),
    columns=(
        _c("tahun", YEAR, id_="Tahun, YYYY", en="Year, YYYY"),
        _c("kode_wilayah", KODE_KABKOTA, id_="Kode Kemendagri PP.KK", en="Kemendagri code PP.KK"),
        _c("penduduk_bekerja", COUNT, positive=True, id_="Penduduk bekerja (> 0)", en="Employed population (> 0)"),
        _c("pekerja_formal", COUNT, False, id_="Pekerja formal (opsional)", en="Formal workers (optional)"),
        _c("pekerja_informal", COUNT, False, id_="Pekerja informal (opsional)", en="Informal workers (optional)"),
    ),
)

TARGET = Dataset(
    name="target",
    title_id="Target kepesertaan",
    title_en="Coverage targets",
    period="tahun",
    key=("tahun", "kode_wilayah", "segmen"),
    columns=(
        _c("tahun", YEAR, id_="Tahun target, YYYY", en="Target year, YYYY"),
        _c("kode_wilayah", KODE_WILAYAH, id_="Kode provinsi PP atau kab/kota PP.KK", en="Province PP or regency PP.KK"),
        _c("segmen", ENUM, choices=SEGMEN_TARGET, id_="SEMUA, PU, BPU, JAKON atau PMI (pekerja migran)", en="SEMUA, PU, BPU, JAKON or PMI (migrant workers)"),
        _c("target_peserta", COUNT, False, id_="Target jumlah peserta", en="Target participants"),
        _c("target_cakupan_persen", PERCENT, False, id_="Target cakupan, 0-100", en="Target coverage, 0-100"),
        _c("batas_waktu", DATE, False, id_="Batas waktu YYYY-MM-DD (default 31 Desember)", en="Deadline YYYY-MM-DD"),
    ),
    notes=("target_peserta atau target_cakupan_persen wajib diisi salah satu",),
)

PERUSAHAAN = Dataset(
    name="perusahaan",
    title_id="Perusahaan (terdaftar maupun belum)",
    title_en="Employers, registered or not",
    period="periode",
    # The effective key depends on registration; analytics.load derives it (see README).
    key=("periode", "npp"),
    columns=(
        _c("periode", MONTH, id_="Posisi data, YYYY-MM (biasanya akhir triwulan)", en="As of month, YYYY-MM"),
        _c("npp", TEXT, False, id_="Nomor Pendaftaran Perusahaan; kosong bila belum daftar", en="BPJS employer number"),
        _c("nib", TEXT, False, id_="Nomor Induk Berusaha OSS (opsional)", en="OSS business number (optional)"),
        _c("nama_perusahaan", TEXT, id_="Nama perusahaan", en="Employer name"),
        _c("kode_wilayah", KODE_KABKOTA, id_="Kode Kemendagri PP.KK", en="Kemendagri code PP.KK"),
        _c("sektor", ENUM, choices=SEKTOR, id_="Kategori KBLI A-U", en="KBLI section A-U"),
        _c("skala", ENUM, choices=SKALA, id_="MIKRO, KECIL, MENENGAH, BESAR", en="MIKRO, KECIL, MENENGAH, BESAR"),
        _c("status", ENUM, choices=STATUS_PERUSAHAAN, id_="AKTIF, NONAKTIF, BELUM_DAFTAR", en="AKTIF, NONAKTIF, BELUM_DAFTAR"),
        _c("tk_wajib", COUNT, id_="Tenaga kerja yang dipekerjakan (WLKP/pemeriksaan)", en="Workers employed"),
        _c("tk_terdaftar", COUNT, id_="Tenaga kerja terdaftar di BPJS", en="Workers registered"),
        _c("upah_wajib_rp", AMOUNT, False, id_="Total upah sebulan menurut WLKP (opsional)", en="Monthly payroll (WLKP)"),
        _c("upah_terdaftar_rp", AMOUNT, False, id_="Total upah dilaporkan ke BPJS (opsional)", en="Payroll reported to BPJS"),
        _c("program", PROGRAM_LIST, False, id_="Program diikuti, dipisah ';' (JKK;JKM;JHT;JP;JKP)", en="Programs, ';'-separated"),
        _c("tunggakan_rp", AMOUNT, id_="Tunggakan iuran, 0 bila tidak ada", en="Contribution arrears, 0 if none"),
        _c("bulan_tunggakan", COUNT, id_="Lama tunggakan (bulan), 0 bila tidak ada", en="Months in arrears, 0 if none"),
    ),
)

TINDAK_LANJUT = Dataset(
    name="tindak_lanjut",
    title_id="Tindak lanjut dan penegakan kepatuhan",
    title_en="Enforcement and follow-up actions",
    period="tanggal",
    key=("tanggal", "npp", "nib", "nama_perusahaan", "kode_wilayah", "kategori", "tahap", "instansi"),
    columns=(
        _c("tanggal", DATE, id_="Tanggal tindakan YYYY-MM-DD", en="Action date YYYY-MM-DD"),
        _c("npp", TEXT, False, id_="NPP (isi NPP, NIB atau nama perusahaan)", en="NPP (or NIB or name)"),
        _c("nib", TEXT, False, id_="NIB (opsional)", en="NIB (optional)"),
        _c("nama_perusahaan", TEXT, False, id_="Nama perusahaan (opsional)", en="Employer name (optional)"),
        _c("kode_wilayah", KODE_KABKOTA, id_="Kode Kemendagri PP.KK", en="Kemendagri code PP.KK"),
        _c("kategori", ENUM, choices=KATEGORI, id_="PWBD, PDS_TK, PDS_UPAH, PDS_PROGRAM atau PMI (menunggak iuran)",
           en="PWBD, PDS_TK, PDS_UPAH, PDS_PROGRAM or PMI (contribution arrears)"),
        _c("tahap", ENUM, choices=TAHAP, id_="Tahap sanksi (HIMBAUAN ... PROSES_HUKUM, PATUH)", en="Ladder stage"),
        _c("instansi", ENUM, choices=INSTANSI, id_="BPJS, DISNAKER, KEJAKSAAN, PTSP", en="Institution"),
        _c("nomor_dokumen", TEXT, False, id_="Nomor surat/dokumen (opsional)", en="Document number (optional)"),
        _c("catatan", TEXT, False, id_="Catatan (opsional)", en="Notes (optional)"),
    ),
)

KECELAKAAN = Dataset(
    name="kecelakaan",
    title_id="Kasus kecelakaan kerja",
    title_en="Work-accident cases",
    period="periode",
    key=("periode", "kode_wilayah", "segmen", "sektor"),
    columns=(
        _c("periode", MONTH, id_="Bulan, YYYY-MM", en="Month, YYYY-MM"),
        _c("kode_wilayah", KODE_KABKOTA, id_="Kode Kemendagri PP.KK", en="Kemendagri code PP.KK"),
        _c("segmen", ENUM, choices=SEGMEN, id_="PU, BPU, JAKON atau PMI (pekerja migran)", en="PU, BPU, JAKON or PMI (migrant workers)"),
        _c("sektor", ENUM, False, choices=SEKTOR, id_="Kategori KBLI A-U (opsional)", en="KBLI section (optional)"),
        _c("kasus", COUNT, id_="Jumlah kasus", en="Cases"),
        _c("meninggal", COUNT, id_="Meninggal dunia (<= kasus)", en="Deaths (<= cases)"),
        _c("cacat", COUNT, False, id_="Cacat (opsional)", en="Disabilities (optional)"),
        _c("klaim_rp", AMOUNT, False, id_="Nilai klaim (opsional)", en="Claims paid (optional)"),
    ),
)

KELOMPOK_KHUSUS = Dataset(
    name="kelompok_khusus",
    title_id="Kelompok khusus yang dilindungi pemerintah daerah",
    title_en="Groups protected by local governments",
    period="periode",
    key=("periode", "kode_wilayah", "kelompok", "sumber_dana"),
    columns=(
        _c("periode", MONTH, id_="Bulan, YYYY-MM", en="Month, YYYY-MM"),
        _c("kode_wilayah", KODE_KABKOTA, id_="Kode Kemendagri PP.KK", en="Kemendagri code PP.KK"),
        _c("kelompok", ENUM, choices=KELOMPOK, id_="NON_ASN, PERANGKAT_DESA, RT_RW, PEKERJA_RENTAN, PETUGAS_AD_HOC", en="Group"),
        _c("sasaran", COUNT, id_="Jumlah orang dalam kelompok", en="People in the group"),
        _c("terdaftar", COUNT, id_="Terdaftar (<= sasaran)", en="Registered (<= sasaran)"),
        _c("sumber_dana", ENUM, False, choices=SUMBER_DANA, id_="APBD, APBDES, APBN, CSR, MANDIRI (opsional)", en="Funding"),
    ),
)

KANTOR = Dataset(
    name="kantor",
    title_id="Wilayah layanan kantor BPJS Ketenagakerjaan",
    title_en="BPJS office service areas",
    period=None,
    key=("kode_wilayah",),
    columns=(
        _c("kode_kantor", TEXT, id_="Kode kantor", en="Office code"),
        _c("nama_kantor", TEXT, id_="Nama kantor, mis. KC Palembang", en="Office name"),
        _c("kanwil", TEXT, id_="Kantor wilayah, mis. Sumbagsel", en="Regional office"),
        _c("kode_wilayah", KODE_KABKOTA, id_="Kab/kota yang dilayani, satu baris per kab/kota", en="Regency served"),
    ),
)

DATASETS: dict[str, Dataset] = {
    d.name: d
    for d in (
        KEPESERTAAN,
        PENDUDUK_BEKERJA,
        TARGET,
        PERUSAHAAN,
        TINDAK_LANJUT,
        KECELAKAAN,
        KELOMPOK_KHUSUS,
        KANTOR,
    )
}

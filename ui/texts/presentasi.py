"""Interface text of the Presentasi page (the meeting mode), Bahasa Indonesia first and English second."""

from __future__ import annotations

from analytics.i18n import Catalog
from analytics.i18n import message as _m

PR = Catalog(
    {
        "nav": _m("Presentasi", "Presentation"),
        "prev": _m("Sebelumnya", "Previous"),
        "next": _m("Berikutnya", "Next"),
        "of": _m("Slide {n} dari {total}", "Slide {n} of {total}"),
        "link": _m("Tautan slide ini", "Link to this slide"),
        "link_help": _m("Membuka slide ini lagi untuk wilayah dan periode yang sama.",
                        "Opens this slide again for the same area and period."),
        "keys": _m("Panah kiri/kanan atau PageUp/PageDown untuk berpindah slide.",
                   "Left/right arrows or PageUp/PageDown move between slides."),
        "exit": _m("Keluar dari presentasi", "Leave the presentation"),
        "back": _m("Kembali ke {nama}", "Back to {nama}"),
        "open_hint": _m("Klik wilayah untuk membukanya.", "Click an area to open it."),
        "empty": _m("Belum ada data kepesertaan untuk {scope}, {periode}: presentasi dibuat setelah data dimuat.",
                    "No membership data for {scope}, {periode} yet: the presentation is made once it is loaded."),
        "go_kelola": _m("Ke Kelola Data", "Go to Manage Data"),
        "notes": _m("Catatan pembicara", "Speaker notes"),
        "bad_slide": _m("Slide {given} tidak ada; menampilkan slide {n}.", "There is no slide {given}; showing slide {n}."),
    }
)

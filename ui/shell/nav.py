"""The app's pages: file, title, URL path and icon, in navigation order.

One list for app.py (st.navigation) and ui.shell.serve (which sends a browser asking for any other
address to the home page), so a page added here is both shown and reachable.
"""

from __future__ import annotations

from ui.texts.capaian import T as TC
from ui.texts.kecelakaan import KC
from ui.texts.kelompok import KK
from ui.texts.kepatuhan import K as TK
from ui.texts.laporan import LP
from ui.texts.pengguna import KP
from ui.texts.peta import P as TP
from ui.texts.presentasi import PR
from ui.texts.ringkasan import R
from ui.texts.tindak_lanjut import T as TL
from ui.texts.tren import TT

# (file, title, url path, icon). The title is a key of ui.texts.shell, or (catalog, key) for a page that
# keeps its own labels. The first entry is the default page (what the bare address opens).
PAGES = [
    ("pages/ringkasan.py", (R, "nav"), "ringkasan", ":material/dashboard:"),
    ("pages/peta.py", (TP, "nav"), "peta", ":material/map:"),
    ("pages/capaian_target.py", (TC, "nav"), "capaian-target", ":material/leaderboard:"),
    ("pages/tren.py", (TT, "tr_nav"), "tren", ":material/trending_up:"),
    ("pages/kepatuhan.py", (TK, "nav"), "kepatuhan", ":material/fact_check:"),
    ("pages/tindak_lanjut.py", (TL, "nav"), "tindak-lanjut", ":material/gavel:"),
    ("pages/kecelakaan.py", (KC, "nav"), "kecelakaan", ":material/personal_injury:"),
    ("pages/kelompok.py", (KK, "nav"), "kelompok-khusus", ":material/diversity_3:"),
    ("pages/laporan.py", (LP, "nav"), "laporan", ":material/description:"),
    ("pages/presentasi.py", (PR, "nav"), "presentasi", ":material/co_present:"),
    ("pages/kelola_data.py", "nav_kelola", "kelola-data", ":material/database:"),
    ("pages/kelola_pengguna.py", (KP, "nav"), "kelola-pengguna", ":material/manage_accounts:"),
]
ADMIN_ONLY = frozenset({"pages/kelola_pengguna.py"})  # offered in the navigation to admins only

URL_PATHS = frozenset(url for _, _, url, _ in PAGES)
DEFAULT_URL = PAGES[0][2]  # served at "/": a link to /ringkasan is sent there (ui.shell.serve)
UNKNOWN_PARAM = "alamat"  # ?alamat=/a/b/c: the address a browser asked for that the app does not have

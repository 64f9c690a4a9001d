"""The employer list's filters in the URL, so a filtered list (the joint inspection list) can be shared.

`?kategori=PWBD,PMI&sektor=G&skala=MIKRO,KECIL&kab=16.01&cari=jaya`, empty filters left out. Like the
map's controls (ui.peta.controls) this page owns its keys: `read()` puts the URL into the widgets'
state whenever it says something this page did not write itself (a shared link just opened, the
back button) and returns what it ignored; after that the widgets lead and `write()` mirrors them.

Every value is checked against its closed list (categories, KBLI sections, scales, the scope's
kab/kota); anything else is ignored and named in the shell's notice, never shown as given. The
search text is bounded (MAX_CARI characters) like the search box itself.
"""

from __future__ import annotations

from collections.abc import Collection

import streamlit as st

from analytics.compliance.employers import KATEGORI, SEKTOR, SKALA
from ui.shell import urlstate

# URL key -> the widget's session key
KEYS = {"kategori": "kp_kategori", "sektor": "kp_sektor", "skala": "kp_skala", "kab": "kp_wilayah", "cari": "kp_cari"}
MAX_CARI = 100
_WRITTEN = "_kp_url_written"


def _given() -> dict[str, str]:
    return {k: st.query_params[k].strip() for k in KEYS if k in st.query_params}


def read(areas: Collection[str]) -> list[str]:
    """Apply the URL's filters to the widgets when the URL holds something this page did not write;
    `areas`: the kab/kota codes the scope offers. Returns the parts ignored (`sektor=Z`)."""
    given = _given()
    if given == st.session_state.get(_WRITTEN, {}):
        return []
    ignored: list[str] = []
    allowed = {"kategori": KATEGORI, "sektor": SEKTOR, "skala": SKALA, "kab": tuple(areas)}
    for key, choices in allowed.items():
        picked = []
        for value in filter(None, (v.strip() for v in given.get(key, "").split(","))):
            match = value.upper() if key != "kab" else value
            if match in choices and match not in picked:
                picked.append(match)
            else:
                ignored.append(f"{key}={value[:40]}")
        st.session_state[KEYS[key]] = picked
    cari = given.get("cari", "")
    if len(cari) > MAX_CARI:
        ignored.append("cari=…")
        cari = ""
    st.session_state["kp_cari"] = cari
    return ignored


def params_for(kategori, sektor, skala, kab, cari: str) -> dict[str, str]:
    """The URL's filter part, empty filters left out."""
    params = {
        "kategori": ",".join(kategori),
        "sektor": ",".join(sektor),
        "skala": ",".join(skala),
        "kab": ",".join(kab),
        "cari": cari.strip(),
    }
    return {k: v for k, v in params.items() if v}


def write(kategori, sektor, skala, kab, cari: str) -> None:
    """Make the URL's filter part say what the widgets say (touching only keys that change)."""
    wanted = params_for(kategori, sektor, skala, kab, cari)
    urlstate.sync(tuple(KEYS), wanted)
    st.session_state[_WRITTEN] = wanted

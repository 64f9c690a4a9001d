"""Geography: the shapes of the kabupaten/kota and provinces, and how the map classifies figures.

Modules (one job each):
* `builtin` — the approximate geometry shipped in data/geometri_kabkota.geojson (derived by
  scripts/build_geometry.py from open data; see data/README.md). `builtin.kabkota()` returns a
  GeoDataFrame with `kode_wilayah` ("PP.KK", all 514 of data/wilayah.csv) and `geometry`
  (EPSG:4326, Polygon/MultiPolygon).
* `importer` — official boundaries (GeoJSON, GeoPackage, zipped Shapefile) read with geopandas,
  reprojected to WGS84, repaired, simplified, codes matched to the reference; all or nothing.
* `shapes` — what the map draws: the official shapes once imported (table `geometri_kabkota`),
  else the built-in ones; provinces are dissolved from their kabupaten/kota. `subarea_shapes(con,
  scope)` gives the shapes of a scope's sub-areas (provinces under national; kabupaten/kota under a
  province, Kanwil or Kantor Cabang; the area itself for a kabupaten/kota) as a `Shapes` value:
  `frame` (GeoDataFrame: kode_wilayah, nama, geometry), `resmi` (True when official boundaries
  are in use), `tanpa_bentuk` (codes of sub-areas that have no shape).
* `classify` — quantiles, equal intervals or fixed thresholds, a legend with counts per class and
  a separate "tidak ada data" class.
* `indicators` — the indicators a map can show (cakupan, capaian, gap, status, pwbd,
  tk_belum_terlindungi, tunggakan) and their values per sub-area, from the coverage and compliance
  queries (which apply the scope).

The map itself (a plotly figure, also written to PNG/HTML by `python -m analytics peta`) is in
analytics.reports.peta, so the page and the file show the same map.
"""

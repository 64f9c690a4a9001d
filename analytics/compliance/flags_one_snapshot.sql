-- One employer snapshot per kab/kota in scope: `months` gives (kode_wilayah, periode) for every
-- kab/kota; the scope's kab/kota are the parameter $kabkota. `table`: perusahaan, or a table with
-- rows per (kode_wilayah, periode) of its own (analytics.derived's kepatuhan_kubus).

snapshot_kabkota AS MATERIALIZED (
    {months}
),
snapshot_dipakai AS (
    SELECT kode_wilayah, periode
    FROM snapshot_kabkota
    WHERE kode_wilayah IN (SELECT unnest(CAST($kabkota AS VARCHAR[])))
),
employers AS (
    SELECT e.*
    FROM {table} AS e
    JOIN snapshot_dipakai AS s USING (kode_wilayah, periode)
),

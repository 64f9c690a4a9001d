-- The actions that bear on one employer key `$id` (perusahaan_id), so the timeline keys a few dozen
-- actions instead of every action of the scope. An action's key needs only its own NPP, NIB and
-- name, and the links of its NIB and its name to an NPP (actions.sql), each worked out over every
-- action with that NIB or name. So:
--   seeds:     the actions whose own NPP, NIB or name key is the key's ('NPP x', 'NIB n', 'NAMA k');
--   candidate: the seeds and every action sharing a NIB or a name key with one (any action keyed
--              `$id` is one: with NPP x it is a seed; without, its NIB or name links it to x, so it
--              shares that NIB or name with an action carrying x);
--   bearing:   (timeline.py's condition on actions.sql) the candidates and every action sharing a
--              NIB or a name key with one, so each candidate's links are worked out over all the
--              actions they always are. No other action can come out keyed `$id`: a link to x, or
--              the key's own NIB or name, would have made it a candidate.
-- `cond`/`kat`: as actions.sql. Parameters: $id ×3, the scope's, the period's last day, the category.

tl_scoped AS (
    SELECT npp, nib, kunci_nama,
           'NPP ' || npp = ? OR 'NIB ' || nib = ? OR 'NAMA ' || kunci_nama = ? AS seed
    FROM tindak_lanjut_kunci
    WHERE {cond} AND tanggal <= ? {kat}
),
tl_seed AS (SELECT nib, kunci_nama FROM tl_scoped WHERE seed),
tl_candidate AS MATERIALIZED (
    SELECT nib, kunci_nama FROM tl_scoped
    WHERE seed OR nib IN (SELECT nib FROM tl_seed) OR kunci_nama IN (SELECT kunci_nama FROM tl_seed)
)

-- Whether each case of `cases_days` (cases.sql, or the same rows computed before: sql.case_table)
-- is overdue under the setting, and by how many days. Parameters: the final stages, the days allowed
-- (twice), the final stages again, the days allowed.

cases_now AS (
    SELECT d.*,
        (NOT list_contains(?::VARCHAR[], tahap) AND hari_di_tahap > ?) AS terlambat,
        CASE WHEN NOT list_contains(?::VARCHAR[], tahap) AND hari_di_tahap > ?
             THEN hari_di_tahap - ? ELSE 0 END AS hari_terlambat
    FROM cases_days d
)

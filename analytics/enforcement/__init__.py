"""Follow-up and enforcement (tindak_lanjut): the sanction ladder, current stages, overdue cases,
outcomes and one employer's timeline. No Streamlit here; every query takes a Scope.

Decisions (issue 4 leaves them open; this is what the code does, and why):

* **Which actions**: those in the scope (the action's kode_wilayah) dated up to the last day of the
  period's month. Nothing before is cut off: a case opened two years ago and still open counts.
* **Employer identity**: NPP; else the NPP that another action of the same NIB carries (a PWBD
  employer gets its NPP when it registers, so its PATUH row has one and its warnings do not); else
  the NPP of the actions with the same lower-cased name in the same kabupaten/kota (only when that
  name maps to exactly one NPP); else NIB; else (lower(trimmed name), kode_wilayah). Written as the
  text key `perusahaan_id` ('NPP …', 'NIB …', 'NAMA … @PP.KK'): the store's macros perusahaan_id and
  perusahaan_kunci (analytics.migrations), which compliance changes and outcomes use too.
* **Case**: (perusahaan_id, kategori). Its **current stage** is the tahap of its latest action
  (by date; on the same date the later rung of the ladder wins, PATUH last). A case whose latest
  action is PATUH has ended in PATUH; a new warning after a PATUH reopens it.
* **Funnel**: a case counts at every rung up to the highest non-PATUH rung it reached; PATUH is
  counted from current stages. A case with only a PATUH action counts in PATUH only.
* **Days in stage**: reference day − date of the current stage's action, where the reference day is
  the last day of the period's month, or today when the period is the current month (the month is
  not over yet; counting to its end would invent days).
* **Overdue**: current stage neither PATUH nor PROSES_HUKUM (court cases follow the court's
  timetable, not the 14-day warning rhythm) and days in stage > `batas_hari` (default 14): held 14
  days is on time, 15 days is one day overdue. Listed first, most days overdue first.
* **Outcomes from the employer snapshots** (perusahaan): a snapshot row belongs to the case when it
  has the case's NPP or the case's NIB (either: a PWBD employer's early snapshots carry only its
  NIB); a case with neither is matched by (nama_perusahaan as written, kode_wilayah). On one month,
  an NPP match wins over NIB, NIB over name. "Before" is the latest snapshot whose month ended on or
  before the case's first action; "after" the latest snapshot at or before the period. Workers
  registered = tk_terdaftar(after) − tk_terdaftar(before), counted for PWBD and PDS_TK cases;
  arrears recovered = tunggakan_rp(before) − tunggakan_rp(after), counted for PMI cases; each never
  below 0 per case (an employer that shrank is not "negative enforcement"). Cases without both
  snapshots are not measured (and counted as such). An employer with two cases of those categories
  (PWBD, then PDS_TK) is counted in each.
* **Institution of a case**: the instansi of its latest non-PATUH action (who held the case when it
  ended or holds it now); a case with only a PATUH action takes that action's instansi.
"""

from analytics.enforcement.cases import case_list, employer_label, find_cases, ladder_summary
from analytics.enforcement.outcomes import outcomes_by_institution
from analytics.enforcement.settings import EnforcementSettings, reference_day
from analytics.enforcement.sql import CaseTable, case_table
from analytics.enforcement.timeline import timeline

__all__ = [
    "CaseTable",
    "EnforcementSettings",
    "case_table",
    "case_list",
    "employer_label",
    "find_cases",
    "ladder_summary",
    "outcomes_by_institution",
    "reference_day",
    "timeline",
]

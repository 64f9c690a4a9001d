"""Accounts, sign-in sessions and the audit trail (issue 14), apart from the analytics store.

Decisions, where the issue leaves them open:

* **Where**: one SQLite file in WAL mode, `CAKUPAN_AKUN_DB`, else `akun.sqlite` beside the analytics
  store (`CAKUPAN_DB`'s folder). Managing accounts never waits for a data load (DuckDB allows one
  writer; SQLite here has its own) and never blocks one. Each operation opens its own short
  connection: cheap, safe across Streamlit's threads, and a crash leaves nothing open.
* **Roles and areas** (analytics.akun.roles): admin and pusat see the whole country; kanwil its
  offices' kab/kota; kantor its Kantor Cabang's kab/kota; provinsi its province and its kab/kota;
  kabkota its kab/kota. The area is stored as written for the role (a Kemendagri code, a Kanwil
  name, a kode_kantor) and turned into an analytics.scope.Scope, which every query already takes.
  Uploading is a separate flag, for any role.
* **Passwords**: argon2id (argon2-cffi's defaults, RFC 9106's second recommended option), never
  stored or logged in clear; at least 10 characters and not the account's name. A hash made with
  older parameters is upgraded at the next sign-in. An account created (or given a new password by
  an admin) must change it at its first sign-in.
* **Failures**: the third and fourth failed attempt in a row wait 1 and 2 seconds before answering
  (guessing slows down); the fifth locks the account for `CAKUPAN_KUNCI_MENIT` minutes (default
  15), and the message says until when. A success resets the count. An unknown name costs the same
  hash time as a known one, so response times do not say which names exist.
* **Sessions**: a random token (256 bits) kept by the browser; only its SHA-256 is stored. A session
  ends at sign-out, after `CAKUPAN_SESI_JAM` hours idle (default 8), or when its account is
  deactivated.
* **Audit**: sign-in, sign-out, failed attempts, uploads (with their warnings), every export,
  report and deck (with scope and period), account and boundary changes; kept
  `CAKUPAN_AUDIT_HARI` days (default 365), older rows removed as new ones are written.
"""

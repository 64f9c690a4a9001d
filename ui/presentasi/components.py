"""The two pieces of the meeting mode Streamlit has no widget for, as st.components.v2 components
(inline JavaScript in the page itself: no iframe, nothing fetched, works offline):

* `keys()`: the slide-changing keys. Arrow right / PageDown (what a presentation clicker sends for
  "next") and arrow left / PageUp ("previous"), Home and End; ignored while typing in a field.
* `table(...)`: a league table in type large enough for the back of the room, each row a button
  that opens its area. Every cell is set with textContent, so a name from the data is shown as
  written and never read as HTML.
"""

from __future__ import annotations

import streamlit as st

_KEYS_JS = """
export default function(component) {
  const { setTriggerValue } = component;
  const moves = { ArrowRight: 'next', PageDown: 'next', ArrowLeft: 'prev', PageUp: 'prev', Home: 'first', End: 'last' };
  const handler = (event) => {
    const target = event.target;
    if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    setTriggerValue('move', move);
  };
  document.addEventListener('keydown', handler);
  return () => document.removeEventListener('keydown', handler);
}
"""

# Colours through the theme's custom properties (ui.shell.theme), which reach into the component.
_TABLE_CSS = """
table.ck-slide-table { width: 100%; border-collapse: collapse; font-size: 1.3rem; line-height: 1.25; }
table.ck-slide-table th { text-align: left; font-weight: 700; color: var(--st-text-color); padding: 0.2rem 0.6rem;
  border-bottom: 3px solid var(--st-text-color); }
table.ck-slide-table td { padding: 0.16rem 0.6rem; border-bottom: 1px solid var(--ck-rule); }
table.ck-slide-table td.num, table.ck-slide-table th.num { text-align: right; white-space: nowrap; }
table.ck-slide-table tr.pick { cursor: pointer; }
table.ck-slide-table tr.pick:hover td, table.ck-slide-table tr.pick:focus td { background: var(--ck-tint); outline: none; }
table.ck-slide-table tr.own td { font-weight: 800; background: var(--ck-tint); }
table.ck-slide-table td.badge { color: #FFFFFF; font-weight: 700; white-space: nowrap; }
"""

_TABLE_JS = """
export default function(component) {
  const { data, setTriggerValue, parentElement } = component;
  const old = parentElement.querySelector('table');
  if (old) old.remove();
  const table = document.createElement('table');
  table.className = 'ck-slide-table';
  table.setAttribute('data-slide-table', '1');
  const head = table.createTHead().insertRow();
  data.headers.forEach((text, j) => {
    const th = document.createElement('th');
    th.textContent = text;
    if (data.numeric[j]) th.className = 'num';
    head.appendChild(th);
  });
  const body = table.createTBody();
  data.rows.forEach((cells, i) => {
    const row = body.insertRow();
    const code = data.codes[i];
    row.setAttribute('data-kode', code || '');
    if (code && data.clickable) {
      row.className = 'pick';
      row.tabIndex = 0;
      row.title = data.hint;
      row.onclick = () => setTriggerValue('open', code);
      row.onkeydown = (e) => { if (e.key === 'Enter') setTriggerValue('open', code); };
    }
    if (code && code === data.own) row.classList.add('own');
    cells.forEach((text, j) => {
      const td = row.insertCell();
      td.textContent = text;
      if (data.numeric[j]) td.className = 'num';
      const fill = data.fills[j] ? data.fills[j][i] : null;
      if (fill) { td.className = 'badge'; td.style.background = fill; }
    });
  });
  parentElement.appendChild(table);
}
"""


@st.cache_resource
def _keys_component():
    return st.components.v2.component("cakupan_slide_keys", js=_KEYS_JS)


@st.cache_resource
def _table_component():
    return st.components.v2.component("cakupan_slide_table", css=_TABLE_CSS, js=_TABLE_JS)


def keys(key: str) -> str | None:
    """Mount the key listener; the move a key asked for in this run ('next', 'prev', 'first',
    'last'), else None."""
    result = _keys_component()(key=key, on_move_change=lambda: None)
    return getattr(result, "move", None)


def table(headers, rows, numeric, fills, codes, *, own: str | None, hint: str, clickable: bool, key: str) -> str | None:
    """Draw the table; the code of the row clicked in this run, else None."""
    data = {"headers": list(headers), "rows": [list(r) for r in rows], "numeric": list(numeric),
            "fills": [list(f) if f else None for f in fills], "codes": list(codes), "own": own, "hint": hint,
            "clickable": clickable}  # fmt: skip
    result = _table_component()(data=data, key=key, on_open_change=lambda: None)
    return getattr(result, "open", None)

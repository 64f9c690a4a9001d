"""Text from outside shown as plain text inside Streamlit's markdown.

Most Streamlit elements (st.markdown, st.info, st.caption, st.subheader, spinners, labels) read
their text as markdown: a value from a link, an uploaded file or a file name could carry a
clickable link (`[Sesi berakhir](http://…)`), an outside image (`![x](http://…)`, which the browser
would fetch), an autolink (`<http://…>`, `http://…`, `www.…`), emphasis, code, a Streamlit
directive (`:red[…]`, `:material/…:`) or math (`$…$`). `md` backslash-escapes the characters all of
these need (CommonMark escapes: the value reads exactly as written); other punctuation (`(`, `.`,
`,`, `-`) is markup only together with these or at the start of a line, where a value never stands.
GFM's bare autolinks (`http://…`, `www.…`, `ani@host`) are found in the text after escapes are
resolved, so escaping cannot stop them: a zero-width space after `http`, `https`, `ftp`, `www` and
`@` breaks the pattern without changing what the reader sees. It also cuts very long values
(analytics.load.limits.echo) and turns control characters into spaces. Call it on the values; the
message's own markup stays.
"""

from __future__ import annotations

import re

from analytics.load.limits import echo

_MARKUP = re.compile(r"([\\`*_~\[\]<>:$|#!])")
_AUTOLINK = re.compile(r"(?i)(https?|ftp|mailto|www|@)")
ZWSP = "\u200b"


def md(value: object, limit: int = 120) -> str:
    """`value` as markdown that renders as its own plain text (at most `limit` characters)."""
    return _AUTOLINK.sub(lambda m: m.group(1) + ZWSP, _MARKUP.sub(r"\\\1", echo(value, limit)))


def message(text: str) -> str:
    """A whole message (our words with outside values in them) as plain-text markdown, uncut."""
    return md(text, limit=max(len(text), 1))


def items(values, limit: int = 60) -> str:
    """Several outside values (the parts of a link that were ignored), each cut and escaped."""
    return ", ".join(md(v, limit) for v in values)

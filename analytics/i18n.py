"""Two languages, one mechanism: Bahasa Indonesia (default) and English.

A catalogue maps a message key to its text in each language, with `str.format` fields. The import
keeps its errors as keys and values (not sentences), so a report is rendered in whichever language
the reader chose. `analytics` owns the domain messages; `ui.texts.shell` owns the interface labels; both are
`Catalog`s.
"""

from __future__ import annotations

LANGS = ("id", "en")
DEFAULT_LANG = "id"


def message(id_: str, en: str) -> dict[str, str]:
    """One catalogue entry: its text in Bahasa Indonesia and in English."""
    return {"id": id_, "en": en}


class Catalog:
    def __init__(self, messages: dict[str, dict[str, str]]):
        missing = [k for k, v in messages.items() if set(v) != set(LANGS)]
        if missing:
            raise ValueError(f"messages without both languages: {missing}")
        self.messages = messages

    def __call__(self, key: str, lang: str = DEFAULT_LANG, **fields) -> str:
        text = self.messages[key][lang if lang in LANGS else DEFAULT_LANG]
        return text.format(**fields) if fields else text

    def bound(self, lang: str):
        """This catalogue in one language: `t = T.bound(lang)` then `t("key", n=3)`."""
        return lambda key, **fields: self(key, lang, **fields)

    def __contains__(self, key: str) -> bool:
        return key in self.messages

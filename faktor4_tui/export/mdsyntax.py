"""Markdown syntax shared by the exporter and the importer: escaping, markers, label patterns.

User text is untrusted and must render literally in any CommonMark wiki, so every
character that could start markup is backslash-escaped (CommonMark lets any ASCII
punctuation be escaped). ``unescape`` is the exact inverse of ``escape``.
"""

from __future__ import annotations

import re

from faktor4_tui.i18n import language, text_in

# Escaped anywhere: emphasis, code, links, HTML, tables, strikethrough, headings' closing #.
_ALWAYS = set("\\`*_[]<|~#")
# Escaped only at the start of a text (block markers inside a list item or paragraph).
_LEADING = set("-+>=")
_ORDERED = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")
_ENTITY = re.compile(r"&(?=#\d+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)")
_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def escape(text: str) -> str:
    """Backslash-escape ``text`` so CommonMark shows it literally."""
    out = "".join("\\" + char if char in _ALWAYS else char for char in text)
    out = _ENTITY.sub(r"\\&", out)
    if out[:1] in _LEADING:
        out = "\\" + out
    return _ORDERED.sub(r"\1\\\2", out, count=1)


def unescape(text: str) -> str:
    """Undo ``escape`` (and any other CommonMark backslash escape)."""
    return _UNESCAPE.sub(r"\1", text)


def empty_marker(lang: str | None = None) -> str:
    """The "— noch offen —" marker of an empty section, as an emphasised paragraph (in ``lang``, else the UI's)."""
    return f"*{text_in(lang or language(), 'empty')}*"


def template_pattern(key: str, group: str = r"(\d+)", lang: str | None = None) -> str:
    """A regex for a catalog template whose ``{n}`` is a number, e.g. ``Lösung (\\d+)``."""
    template = text_in(lang or language(), key)
    head, _, tail = template.partition("{n}")
    return re.escape(escape(head)) + group + re.escape(escape(tail))


def _label_pattern(key: str, lang: str | None = None) -> str:
    """The label regex; a start outside the plan reads plain "Start" (see i18n.label)."""
    pattern = template_pattern(key, lang=lang)
    if key == "section.start.label":
        pattern = f"(?:{pattern}|{re.escape(escape(text_in(lang or language(), 'section.start.short')))})"
    return pattern


def label_regex(key: str, lang: str | None = None) -> re.Pattern[str]:
    """Matches an escaped list line's content that starts with the label, then ": " (labels in ``lang``)."""
    return re.compile("^" + _label_pattern(key, lang) + ": (.*)$")


def escape_note(text: str, label_key: str) -> str:
    """Escape a note; if it would read as a numbered item, escape the label's colon."""
    escaped = escape(text)
    match = re.match("^" + _label_pattern(label_key) + ": ", escaped)
    if match:
        cut = match.end() - 2
        escaped = escaped[:cut] + "\\:" + escaped[cut + 1 :]
    return escaped

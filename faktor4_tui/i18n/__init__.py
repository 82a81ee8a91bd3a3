"""The UI's words: one catalog per language; German is the default."""

from __future__ import annotations

from faktor4_tui.i18n import de

_CATALOGS: dict[str, dict[str, str]] = {"de": de.STRINGS}
_language = "de"


def set_language(language: str) -> None:
    """Switch the catalog used by ``t`` (unknown languages fall back to German)."""
    global _language
    _language = language if language in _CATALOGS else "de"


def language() -> str:
    """The current language code."""
    return _language


def register(language_code: str, strings: dict[str, str]) -> None:
    """Add a catalog for another language."""
    _CATALOGS[language_code] = strings


def t(key: str, **values: object) -> str:
    """The text for ``key`` in the current language, with ``{placeholders}`` filled in."""
    catalog = _CATALOGS.get(_language, de.STRINGS)
    text = catalog.get(key) or de.STRINGS[key]
    return text.format(**values) if values else text


def question(section: str) -> str:
    """The question (pane and slide title) of a section."""
    return t(f"section.{section}.question")


def label(section: str, number: int) -> str:
    """The item label of a numbered entry, e.g. "Lösung 8" or "Start Aktion 1"."""
    return t(f"section.{section}.label", n=number)

"""The UI's words: one catalog per language; German is the default."""

from __future__ import annotations

import errno
import os
from collections.abc import Mapping

from faktor4_tui.i18n import de, en
from faktor4_tui.i18n.visible import visible

DEFAULT_LANGUAGE = "de"
_CATALOGS: dict[str, dict[str, str]] = {"de": de.STRINGS, "en": en.STRINGS}
LANGUAGES: tuple[str, ...] = tuple(_CATALOGS)
_language = DEFAULT_LANGUAGE

# POSIX precedence: LC_ALL overrides LC_MESSAGES, which overrides LANG.
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def set_language(language: str) -> None:
    """Switch the catalog used by ``t`` (unknown languages fall back to German)."""
    global _language
    _language = language if language in _CATALOGS else DEFAULT_LANGUAGE


def language() -> str:
    """The current language code."""
    return _language


def register(language_code: str, strings: dict[str, str]) -> None:
    """Add a catalog for another language."""
    _CATALOGS[language_code] = strings


def catalog(language_code: str) -> dict[str, str]:
    """The strings of one language (for tests and tools)."""
    return _CATALOGS[language_code]


def language_from_environment(environ: Mapping[str, str]) -> str | None:
    """The language the locale variables ask for (``en_GB.UTF-8`` -> "en"), or None."""
    for variable in _LOCALE_VARIABLES:
        value = environ.get(variable, "")
        if value:
            code = value.split(".", 1)[0].split("_", 1)[0].split("@", 1)[0].lower()
            return code if code in _CATALOGS else None
    return None


def choose_language(requested: str | None, remembered: str | None, environ: Mapping[str, str]) -> str:
    """``--lang``, else the remembered setting, else the locale environment, else German."""
    for candidate in (requested, remembered, language_from_environment(environ)):
        if candidate in _CATALOGS:
            return candidate
    return DEFAULT_LANGUAGE


def t(key: str, **values: object) -> str:
    """The text for ``key`` in the current language, with ``{placeholders}`` filled in.

    Every text or path value is put in with its control characters written out (``visible``):
    a file or workshop name never speaks to the terminal, whichever sentence carries it.
    """
    return text_in(_language, key, **values)


def text_in(language_code: str, key: str, **values: object) -> str:
    """Like ``t``, in a given language (e.g. to read a file written in another language than the UI's)."""
    strings = _CATALOGS.get(language_code, de.STRINGS)
    text = strings.get(key) or de.STRINGS[key]
    if not values:
        return text
    shown = {name: visible(value) if isinstance(value, str | os.PathLike) else value for name, value in values.items()}
    return text.format(**shown)


def question(section: str) -> str:
    """The question (pane and slide title) of a section."""
    return t(f"section.{section}.question")


def label(section: str, number: int) -> str:
    """The item label of a numbered entry, e.g. "Lösung 8" or "Start Aktion 1".

    A start outside the Aktionsplan has no Aktion number K (numbering gives 0): plain "Start".
    """
    if section == "start" and not number:
        return t("section.start.short")
    return t(f"section.{section}.label", n=number)


# OS errors the program may meet, worded in the catalogs ("os.<name>"); Python's strerror is English.
_ERRNO_NAMES = (
    "ENOENT",
    "EACCES",
    "EPERM",
    "EROFS",
    "ENOSPC",
    "EDQUOT",
    "EFBIG",
    "EISDIR",
    "ENOTDIR",
    "ELOOP",
    "EEXIST",
    "ENAMETOOLONG",
    "EIO",
    "EMFILE",
    "ENFILE",
    "EBUSY",
    "ENOLCK",
    "EADDRINUSE",
    "EADDRNOTAVAIL",
    "ENOTEMPTY",
    "EXDEV",
    "ETIMEDOUT",
    "EINVAL",
)
OS_REASONS: dict[int, str] = {
    getattr(errno, name): f"os.{name.lower()}" for name in _ERRNO_NAMES if hasattr(errno, name)
}


def os_reason(error: OSError) -> str:
    """Why an OS call failed, in the UI language ("keine Berechtigung"); else the system's words."""
    key = OS_REASONS.get(error.errno) if error.errno is not None else None
    if key is not None:
        return t(key)
    return error.strerror or str(error)

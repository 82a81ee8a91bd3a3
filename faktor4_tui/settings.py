"""Per-user settings (theme, language) in the platform's config folder, never in the shared file.

Reading is tolerant: a missing, unreadable or broken settings file gives the defaults. Only a
regular file of at most ``MAX_BYTES`` is read: a FIFO, a device (a link to /dev/zero), a folder or a
huge file is ignored with one warning on stderr, and never blocks (opened with O_NONBLOCK).
Writing is atomic (``jsonfile.atomic_write``: temp file in the same folder, fsync, ``os.replace``)
and keeps keys this version does not know. ``$FAKTOR4_CONFIG_DIR`` replaces the config folder (tests).
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from faktor4_tui.i18n import LANGUAGES, os_reason, t
from faktor4_tui.store import jsonfile
from faktor4_tui.store.errors import WriteError

FILE_NAME = "settings.json"
MAX_BYTES = 64 * 1024
"""Settings hold a theme and a language; anything bigger is not a settings file."""

_warned: set[Path] = set()


class SettingsError(Exception):
    """The settings file could not be written; the message is one sentence naming it."""


@dataclass(frozen=True)
class Settings:
    """What faktor4 remembers per user; None means "not chosen" (use the default)."""

    theme: str | None = None
    language: str | None = None


def settings_path() -> Path:
    """Where the settings live: ``$FAKTOR4_CONFIG_DIR/settings.json`` or the user config folder."""
    folder = os.environ.get("FAKTOR4_CONFIG_DIR")
    if folder:
        return Path(folder) / FILE_NAME
    from platformdirs import user_config_path

    return user_config_path("faktor4") / FILE_NAME


def _warn(path: Path, reason: str) -> None:
    """Say once per process why the settings file is ignored."""
    if path not in _warned:
        _warned.add(path)
        print(f"faktor4: {t('error.settings_ignored', path=path, reason=reason)}", file=sys.stderr)


def _read_bytes(path: Path) -> bytes | None:
    """The settings file's bytes if it is a regular file of at most MAX_BYTES; None (warned) otherwise."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        _warn(path, t("error.settings_reason.not_regular"))
        return None
    except OSError:  # unreadable (permissions, no such folder): the defaults, as for a broken file
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            _warn(path, t("error.settings_reason.not_regular"))
            return None
        if st.st_size > MAX_BYTES:
            _warn(path, t("error.settings_reason.too_big", limit=MAX_BYTES // 1024))
            return None
        raw = os.read(fd, MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:  # grew since the fstat
            _warn(path, t("error.settings_reason.too_big", limit=MAX_BYTES // 1024))
            return None
        return raw
    except OSError as error:
        _warn(path, os_reason(error))
        return None
    finally:
        os.close(fd)


def _read_raw(path: Path) -> dict[str, Any]:
    raw = _read_bytes(path)
    if raw is None:
        return {}
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def load_settings(path: Path | None = None) -> Settings:
    """The remembered settings; defaults for anything missing or broken (never raises)."""
    raw = _read_raw(path or settings_path())
    language = _text_or_none(raw.get("language"))
    return Settings(
        theme=_text_or_none(raw.get("theme")),
        language=language if language in LANGUAGES else None,
    )


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write ``settings`` atomically (keeping unknown keys); raises SettingsError on failure."""
    target = path or settings_path()
    with contextlib.suppress(OSError):
        st = os.lstat(target)
        if stat.S_ISLNK(st.st_mode) or not stat.S_ISREG(st.st_mode):  # never written through or over
            raise SettingsError(
                t("error.settings_not_saved", path=target, reason=t("error.settings_reason.not_regular"))
            )
    data = _read_raw(target)
    data.update(asdict(settings))
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise SettingsError(t("error.settings_not_saved", path=target, reason=os_reason(error))) from error
    try:
        jsonfile.atomic_write(target, text.encode("utf-8"))
    except WriteError as error:
        raise SettingsError(t("error.settings_not_saved", path=target, reason=error.reason)) from error
    return target


def update_settings(**changes: str | None) -> Settings:
    """Load, change some fields (``theme=…``, ``language=…``), save; returns the new settings."""
    settings = replace(load_settings(), **changes)
    save_settings(settings)
    return settings

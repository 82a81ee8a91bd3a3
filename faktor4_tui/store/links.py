"""Symbolic links someone else planted in a shared folder: not followed (the kernel's rule, kept by us too).

Linux refuses to follow a link in a sticky, world-writable folder (``/tmp``) unless the link belongs to
the follower or to the folder's owner (``fs.protected_symlinks``). faktor4 resolves the data file's
path itself (to lock and replace the file the link names), which the kernel cannot check, and the
setting may be off: so the rule is applied here to every link on the way to the data file. A link you
made yourself, or one in a folder that is not shared that way, is followed as before.
"""

from __future__ import annotations

import os
import pwd
import stat
from pathlib import Path

_MAX_HOPS = 40  # as the kernel's ELOOP limit


def owner_name(uid: int) -> str:
    """The account name of ``uid`` (its number if it has none)."""
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def _shared(folder: os.stat_result) -> bool:
    return bool(folder.st_mode & stat.S_ISVTX) and bool(folder.st_mode & stat.S_IWOTH)


def planted_link(path: Path) -> tuple[Path, int] | None:
    """The first link on the way to ``path`` that another user planted in a shared folder, with its owner.

    None if there is none (or a part of the path cannot be looked at: opening it says why).
    """
    parts = list(Path(os.path.abspath(path)).parts)
    current = Path(parts[0])
    me = os.geteuid()
    hops = 0
    index = 1
    while index < len(parts):
        candidate = current / parts[index]
        try:
            info = os.lstat(candidate)
        except OSError:
            return None
        if not stat.S_ISLNK(info.st_mode):
            current, index = candidate, index + 1
            continue
        try:
            folder = os.stat(current)
        except OSError:
            return None
        if _shared(folder) and info.st_uid not in (me, folder.st_uid):
            return candidate, info.st_uid
        hops += 1
        if hops > _MAX_HOPS:
            return None
        target = Path(os.readlink(candidate))
        rest = parts[index + 1 :]
        joined = Path(os.path.normpath(target if target.is_absolute() else current / target))
        parts = [*joined.parts, *rest]
        current, index = Path(parts[0]), 1
    return None

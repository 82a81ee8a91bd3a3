"""The file on disk: lock beside it, fresh reads, atomic durable replace."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import gc
import json
import math
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

from faktor4_tui.i18n import os_reason, t
from faktor4_tui.store.errors import (
    ExistsError,
    InvalidFileError,
    StoreError,
    WriteError,
)

LOCK_SUFFIX = ".lock"
# Linux open-file-description locks (not per process, unlike lockf): Python names the constant on Linux.
F_OFD_SETLK = getattr(fcntl, "F_OFD_SETLK", 37)
TEMP_SUFFIX = ".tmp"


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while big acyclic data is built or encoded.

    Parsing a 20,000-entry file allocates ~100,000 containers; with the collector on, that
    triggers repeated full collections over everything the app holds (measured: load 2-3x slower).
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def lock_path(path: Path) -> Path:
    """The lock file that sits beside the data file."""
    return path.with_name(path.name + LOCK_SUFFIX)


def signature(path: Path) -> tuple[int, int, int] | None:
    """A cheap fingerprint (inode, size, mtime) that changes whenever the file is replaced."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def decode(raw: bytes, path: Path) -> Any:
    """Parse bytes as strict UTF-8 JSON, or raise InvalidFileError naming the file."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raise InvalidFileError(t("error.bom", path=path))
    if not raw.strip():
        raise InvalidFileError(t("error.empty_file", path=path))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InvalidFileError(t("error.not_utf8", path=path, byte=error.start)) from None
    try:
        return json.loads(
            text, parse_constant=_refuse_constant, parse_float=_finite_float, object_pairs_hook=_unique_keys
        )
    except _DuplicateKeyError as error:
        raise InvalidFileError(
            t("error.not_faktor4", path=path, why=t("error.why.key_twice", name=error.key))
        ) from None
    except json.JSONDecodeError as error:
        raise InvalidFileError(
            t("error.invalid_json", path=path, line=error.lineno, column=error.colno, reason=_json_reason(error.msg))
        ) from None
    except RecursionError:
        raise InvalidFileError(t("error.too_deep", path=path)) from None
    except ValueError as error:  # NaN/Infinity, or an integer too long to convert
        raise InvalidFileError(
            t("error.invalid_json_value", path=path, reason=_json_reason(str(error).split(":")[0]))
        ) from None


# What Python's json parser says (its words are English) -> the catalog key saying it in the UI language.
_JSON_REASONS = (
    ("Expecting value", "error.json_reason.value"),
    ("Expecting property name enclosed in double quotes", "error.json_reason.name"),
    ("Expecting ':' delimiter", "error.json_reason.colon"),
    ("Expecting ',' delimiter", "error.json_reason.comma"),
    ("Unterminated string starting at", "error.json_reason.unterminated"),
    ("Invalid control character", "error.json_reason.control"),
    ("Invalid \\uXXXX escape", "error.json_reason.unicode_escape"),
    ("Invalid \\escape", "error.json_reason.escape"),
    ("Extra data", "error.json_reason.extra"),
    ("Illegal trailing comma", "error.json_reason.trailing_comma"),
    ("Exceeds the limit", "error.json_reason.long_number"),  # int(): a number of thousands of digits
)


def _json_reason(message: str) -> str:
    """The json parser's complaint in the UI language (one it never said before: as it said it)."""
    for start, key in _JSON_REASONS:
        if message.startswith(start):
            return t(key)
    return message


class _DuplicateKeyError(Exception):
    """One JSON object holds the same key twice (json would keep the last silently)."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object as a dict, refusing a key that appears twice in it (at any depth)."""
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return result


def _finite_float(text: str) -> float:
    """A JSON number that fits a float (``1e999`` would become Infinity, which JSON cannot write back)."""
    value = float(text)
    if value in (math.inf, -math.inf):
        raise ValueError(t("error.json_too_big", number=text[:20]))
    return value


def _refuse_constant(name: str) -> Any:
    raise ValueError(t("error.json_constant", name=name))


_member_decoder = json.JSONDecoder(
    parse_constant=_refuse_constant,
    parse_float=_finite_float,
    object_pairs_hook=_unique_keys,
)


def parse_member(body: bytes) -> tuple[str, Any]:
    """One object member as faktor4 writes it on a line (``"12": {...}``): its name and value.

    Read as ``decode`` reads a whole file (strict UTF-8, no NaN, no key twice, finite numbers);
    raises ValueError (or the like) if ``body`` is not exactly one member.
    """
    found = _member_decoder.decode("{" + body.decode("utf-8") + "}")
    if len(found) != 1:
        raise ValueError("not one member")
    return next(iter(found.items()))


def parse_name(text: bytes) -> str:
    """A JSON string (an object's name on its line); ValueError if ``text`` is anything else."""
    name = json.loads(text.decode("utf-8"))
    if not isinstance(name, str):
        raise ValueError("not a name")
    return name


def _not_serializable(value: Any) -> Any:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


# The C encoder (what json.dumps uses without indent): json's indent= forces the pure-Python
# encoder, which made saving a 20,000-entry file ~3x slower than the write itself.
# c_make_encoder is the _json accelerator's, undocumented (not in typeshed), hence getattr.
_c_make_encoder = getattr(json.encoder, "c_make_encoder", None)
if _c_make_encoder is not None:
    _encode_value = _c_make_encoder(None, _not_serializable, encode_basestring, None, ": ", ", ", False, False, False)

    def _one_line(value: Any) -> str:
        return "".join(_encode_value(value, 0))

else:  # pragma: no cover - Python builds without the _json accelerator
    _slow_encoder = json.JSONEncoder(ensure_ascii=False, check_circular=False, allow_nan=False)

    def _one_line(value: Any) -> str:
        return _slow_encoder.encode(value)


def encode(data: dict[str, Any]) -> bytes:
    """Human-readable UTF-8 JSON without \\u escapes: one line per header and per table row."""
    return encode_checked(data)[0]


def encode_checked(data: dict[str, Any]) -> tuple[bytes, bool]:
    """``encode``'s bytes, and True if they say exactly what ``data`` holds (no "?" put in)."""
    parts = []
    for key, value in data.items():
        name = encode_basestring(key)
        if isinstance(value, dict) and value and all(isinstance(row, dict) for row in value.values()):
            rows = ",\n".join(f"  {encode_basestring(row_id)}: {_one_line(row)}" for row_id, row in value.items())
            parts.append(f" {name}: {{\n{rows}\n }}")
        else:
            parts.append(f" {name}: {_one_line(value)}")
    # A lone surrogate (only possible in a field faktor4 does not know) is not text: "?" it is.
    text = "{\n" + ",\n".join(parts) + "\n}\n"
    try:
        return text.encode("utf-8"), True
    except UnicodeEncodeError:
        return text.encode("utf-8", errors="replace"), False


def read_bytes(path: Path) -> bytes:
    """Read the whole regular file, turning OS errors into sentences (a FIFO or device never blocks)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except IsADirectoryError:
        raise InvalidFileError(t("error.is_folder", path=path)) from None
    except FileNotFoundError:
        raise StoreError(t("error.missing", path=path)) from None
    except PermissionError:
        raise StoreError(t("error.unreadable_permission", path=path)) from None
    except OSError as error:
        raise StoreError(t("error.unreadable", path=path, reason=os_reason(error))) from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise InvalidFileError(t("error.is_folder", path=path))
        raise InvalidFileError(t("error.not_regular", path=path))
    with os.fdopen(fd, "rb") as handle:
        try:
            return handle.read()
        except OSError as error:
            raise StoreError(t("error.unreadable", path=path, reason=os_reason(error))) from None


def link_count(path: Path) -> int:
    """How many names (hard links) the file at ``path`` has; 0 if it is not there."""
    try:
        return os.stat(path).st_nlink
    except OSError:
        return 0


def _same_inode(fd: int, path: Path) -> bool:
    """True if ``fd`` is the file now at ``path`` (nobody deleted or replaced it since it was opened)."""
    try:
        at_path = os.lstat(path)
    except OSError:
        return False
    held = os.fstat(fd)
    return (held.st_ino, held.st_dev) == (at_path.st_ino, at_path.st_dev)


def _signature(path: Path) -> tuple[int, int, int] | None:
    """What changes when a writer saves the file (a new inode, time or size); None if missing."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_ino, info.st_mtime_ns, info.st_size)


def _link_new(tmp_name: str, target: Path, path: Path) -> None:
    try:
        os.link(tmp_name, target)  # fails if the name exists: never overwrites
    except FileExistsError:
        raise ExistsError(t("error.exists", path=path)) from None
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        if os.path.lexists(target):  # no hard links on this file system: check, then rename
            raise ExistsError(t("error.exists", path=path)) from None
        os.rename(tmp_name, target)


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask & ~0o002


def _temp_prefix(target: Path) -> str:
    return f".{target.name}."


# An unlocked temp file with nothing in it may be one a live writer has just made and not yet
# locked: only that old is it a leftover.
_EMPTY_TEMP_AGE = 60.0


def sweep_temp_files(target: Path, held: bool = False) -> None:
    """Remove temp files killed writers left beside ``target`` (a data file, an export, a merge).

    A writer holds a flock on its temp file from creation to rename, so a temp file whose flock
    can be taken belongs to nobody alive; safe to call without the target's lock. An empty one may
    be a live writer's not yet locked, so it is left for a while, unless the caller ``held`` the
    target's lock (then no writer of it is alive).
    """
    prefix = _temp_prefix(target)
    size = len(prefix) + 8 + len(TEMP_SUFFIX)  # mkstemp adds 8 random characters
    with contextlib.suppress(OSError), os.scandir(target.parent) as found:
        for item in found:
            if item.name.startswith(prefix) and item.name.endswith(TEMP_SUFFIX) and len(item.name) == size:
                _sweep_one(item.path, held)


def _sweep_one(name: str, held: bool) -> None:
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return
        if not held and st.st_size == 0 and time.time() - st.st_mtime < _EMPTY_TEMP_AGE:
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return  # its writer is alive
        if _same_inode(fd, Path(name)):
            with contextlib.suppress(OSError):
                os.unlink(name)
    finally:
        os.close(fd)


def refuse_symlink(path: Path) -> None:
    """Raise WriteError if ``path`` is a symbolic link: faktor4 never writes through one it did not open."""
    if os.path.islink(path):
        raise WriteError(t("error.target_symlink", path=path))


def is_own_file(target: Path, data: Path) -> bool:
    """True if writing ``target`` would write the data file ``data`` or its lock file (any name for them)."""
    data = data.resolve()
    for own in (data, lock_path(data)):
        if target.resolve() == own or target.parent.resolve() / target.name == own:
            return True
        with contextlib.suppress(OSError):
            if os.path.samefile(target, own):
                return True
    return False


def atomic_write(
    path: Path, payload: bytes, *, create: bool = False, sweep: bool = False, keep_owner: bool = False
) -> None:
    """Write a temp file in the same folder, fsync, os.replace, fsync the folder; keep mode and group.

    A FIFO, device or folder at ``path`` is refused (WriteError), never swapped for a file. The file
    replaced keeps its mode and group if it is the writer's own; one that belongs to someone else
    (planted in a shared folder) is replaced like a new file, unless ``keep_owner`` (the data file:
    root saving a user's file keeps it the user's).

    With ``create`` the file must not exist (ExistsError otherwise): a hard link puts it in place only
    if nothing else did, and a symbolic link at ``path`` counts as a file there, never followed.
    ``path`` is never followed: a symbolic link there is replaced itself, never the file it points to
    (callers resolve the data file they opened; outputs refuse a link first: ``refuse_symlink``).
    The temp file is flocked from creation to rename, so temp files killed writers left beside
    ``target`` are swept first (``sweep``: the caller holds the target's lock, see ``sweep_temp_files``).
    Any failure raises WriteError (a sentence naming ``path``); the previous file is left as it was.
    """
    target = path.parent.resolve() / path.name
    folder = target.parent
    sweep_temp_files(target, sweep)
    tmp_name = None
    try:
        try:
            st = os.lstat(target)
            if stat.S_ISLNK(st.st_mode):  # a link is replaced, never followed: the new file is like a new one
                raise FileNotFoundError
            if not stat.S_ISREG(st.st_mode):
                raise WriteError(t("error.target_not_regular", path=path))
            if not keep_owner and st.st_uid != os.geteuid():  # someone else's: not theirs to keep controlling
                raise FileNotFoundError
            mode, uid, gid = st.st_mode & 0o7777, st.st_uid, st.st_gid
        except FileNotFoundError:
            mode, uid, gid = _new_file_mode(), -1, -1
        fd, tmp_name = tempfile.mkstemp(prefix=_temp_prefix(target), suffix=TEMP_SUFFIX, dir=folder)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)  # alive: no sweeper removes it (see sweep_temp_files)
            if gid != -1:
                try:  # keep the owner too (root saving a user's file); others can only keep the group
                    os.fchown(fd, uid, gid)
                except OSError:
                    with contextlib.suppress(OSError):
                        os.fchown(fd, -1, gid)
            os.fchmod(fd, mode)  # after chown, which may clear set-id bits
            view = memoryview(payload)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
            if create:
                _link_new(tmp_name, target, path)
            else:
                os.replace(tmp_name, target)
                tmp_name = None
        finally:
            os.close(fd)
        dir_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError as error:
        reason = os_reason(error)
        if error.errno == errno.EFBIG:
            reason = t("error.reason.too_big")
        elif error.errno == errno.ENOSPC:
            reason = t("error.reason.disk_full")
        elif error.errno == errno.EDQUOT:
            reason = t("error.reason.quota")
        elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            reason = t("error.reason.not_writable")
        if create:
            raise WriteError(t("error.create_failed", path=path, reason=reason), reason) from None
        raise WriteError(t("error.write_failed", path=path, reason=reason), reason) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)

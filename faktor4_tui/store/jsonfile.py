"""The file on disk: lock beside it, fresh reads, atomic durable replace."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import gc
import json
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

from faktor4_tui.i18n import t
from faktor4_tui.store.errors import (
    ExistsError,
    InvalidFileError,
    LockTimeoutError,
    ReadOnlyError,
    StoreError,
    WriteError,
)

LOCK_SUFFIX = ".lock"
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
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise InvalidFileError(
            t("error.invalid_json", path=path, line=error.lineno, column=error.colno, reason=error.msg)
        ) from None
    except RecursionError:
        raise InvalidFileError(t("error.too_deep", path=path)) from None
    except ValueError as error:  # NaN/Infinity, or an integer too long to convert
        raise InvalidFileError(t("error.invalid_json_value", path=path, reason=str(error).split(":")[0])) from None


def _refuse_constant(name: str) -> Any:
    raise ValueError(t("error.json_constant", name=name))


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
    parts = []
    for key, value in data.items():
        name = encode_basestring(key)
        if isinstance(value, dict) and value and all(isinstance(row, dict) for row in value.values()):
            rows = ",\n".join(f"  {encode_basestring(row_id)}: {_one_line(row)}" for row_id, row in value.items())
            parts.append(f" {name}: {{\n{rows}\n }}")
        else:
            parts.append(f" {name}: {_one_line(value)}")
    # A lone surrogate (only possible in a field faktor4 does not know) is not text: "?" it is.
    return ("{\n" + ",\n".join(parts) + "\n}\n").encode("utf-8", errors="replace")


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
        raise StoreError(t("error.unreadable", path=path, reason=error.strerror)) from None
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
            raise StoreError(t("error.unreadable", path=path, reason=error.strerror)) from None


def is_writable(path: Path) -> bool:
    """True if the file can be replaced: the file and its folder are writable."""
    target = path.resolve()
    return os.access(target, os.W_OK) and os.access(target.parent, os.W_OK | os.X_OK)


@contextlib.contextmanager
def locked(path: Path, timeout: float) -> Iterator[None]:
    """Hold an exclusive flock on FILE.lock; a dead holder's lock vanishes with it."""
    lock_file = lock_path(path.resolve())
    try:
        fd = os.open(lock_file, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o664)
    except PermissionError:
        raise ReadOnlyError(t("error.lock_readonly", path=path, lock=lock_file)) from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise WriteError(t("error.lock_symlink", path=path, lock=lock_file)) from None
        raise WriteError(t("error.lock_failed", path=path, reason=error.strerror)) from None
    try:
        # The wait is bounded by progress, not from its start: every time the file changes
        # (a writer ahead of us saved and let go) the clock starts again, so a queue of
        # writers is not "busy"; only a holder that saves nothing for ``timeout`` is.
        deadline = time.monotonic() + timeout
        seen = _signature(path)
        delay = 0.001
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                now = time.monotonic()
                if (current := _signature(path)) != seen:
                    seen, deadline = current, now + timeout
                if now >= deadline:
                    raise LockTimeoutError(t("error.lock_busy", path=path, seconds=f"{timeout:g}")) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.02)
        yield
    finally:
        os.close(fd)  # closing releases the flock


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


def sweep_temp_files(target: Path) -> None:
    """Remove temp files a killed writer left beside ``target``; call only while holding its lock."""
    prefix = _temp_prefix(target)
    size = len(prefix) + 8 + len(TEMP_SUFFIX)  # mkstemp adds 8 random characters
    with contextlib.suppress(OSError), os.scandir(target.parent) as found:
        for item in found:
            if item.name.startswith(prefix) and item.name.endswith(TEMP_SUFFIX) and len(item.name) == size:
                with contextlib.suppress(OSError):
                    os.unlink(item.path)


def atomic_write(path: Path, payload: bytes, *, create: bool = False, sweep: bool = False) -> None:
    """Write a temp file in the same folder, fsync, os.replace, fsync the folder; keep mode, owner, group.

    With ``create`` the file must not exist (ExistsError otherwise): a hard link puts it in place only
    if nothing else did, and a symbolic link at ``path`` counts as a file there, never followed.
    With ``sweep`` the caller holds the file's lock, so any temp file already beside it is a killed
    writer's leftover and is removed first; without the lock another writer's temp file may be there.
    Any failure raises WriteError (a sentence naming ``path``); the previous file is left as it was.
    """
    target = path.parent.resolve() / path.name if create else path.resolve()
    folder = target.parent
    if sweep:
        sweep_temp_files(target)
    tmp_name = None
    try:
        try:
            st = os.stat(target)
            mode, uid, gid = st.st_mode & 0o7777, st.st_uid, st.st_gid
        except FileNotFoundError:
            mode, uid, gid = _new_file_mode(), -1, -1
        fd, tmp_name = tempfile.mkstemp(prefix=_temp_prefix(target), suffix=TEMP_SUFFIX, dir=folder)
        try:
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
        finally:
            os.close(fd)
        if create:
            _link_new(tmp_name, target, path)
        else:
            os.replace(tmp_name, target)
            tmp_name = None
        dir_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError as error:
        reason = error.strerror or str(error)
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

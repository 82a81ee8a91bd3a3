"""The lock beside a data file: held against a deleted or replaced lock file, with the data file's rights.

Writers of one file take turns: ``locked`` holds ``FILE.lock`` (flock) and the data file itself (an
open-file-description lock), waits as long as the queue moves (``_Patience``), and gives up with a
sentence only when nobody makes progress.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
import struct
import time
from collections.abc import Iterator
from pathlib import Path

from faktor4_tui.i18n import os_reason, t
from faktor4_tui.store.errors import LockTimeoutError, ReadOnlyError, WriteError
from faktor4_tui.store.jsonfile import F_OFD_SETLK, _new_file_mode, _same_inode, _signature, lock_path


def is_writable(path: Path) -> bool:
    """True if the file can be replaced: the file and its folder are writable."""
    target = path.resolve()
    return os.access(target, os.W_OK) and os.access(target.parent, os.W_OK | os.X_OK)


def lock_mode(data_mode: int) -> int:
    """The lock file's mode: read and write for each class that may write the data file, nothing for others.

    Whoever cannot write the data file cannot open its lock file either, so cannot hold (block) it.
    """
    mode = 0
    for write_bit, both in ((0o200, 0o600), (0o020, 0o060), (0o002, 0o006)):
        if data_mode & write_bit:
            mode |= both
    return mode


class _Patience:
    """How long a writer waits for the lock: bounded by progress, not from the start.

    Every time the file changes (a writer ahead of us saved and let go) the clock starts again,
    so a queue of writers is not "busy"; only a holder that saves nothing for ``timeout`` is.
    """

    def __init__(self, path: Path, timeout: float) -> None:
        self.path = path
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout
        self.seen = _signature(path)

    def wait(self, delay: float) -> float:
        """Sleep ``delay`` (or refuse: nobody saved for ``timeout``); the next, longer delay."""
        now = time.monotonic()
        if (current := _signature(self.path)) != self.seen:
            self.seen, self.deadline = current, now + self.timeout
        if now >= self.deadline:
            raise LockTimeoutError(t("error.lock_busy", path=self.path, seconds=f"{self.timeout:g}"))
        time.sleep(delay)
        return min(delay * 2, 0.02)


def _open_lock_file(lock_file: Path, path: Path, data: os.stat_result | None) -> int | None:
    """Open (or create) FILE.lock for an exclusive flock; None if it is not ours to use (see ``locked``)."""
    mode = lock_mode(data.st_mode if data is not None else _new_file_mode())
    try:
        fd = os.open(lock_file, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW | os.O_NONBLOCK, mode)
    except PermissionError:
        if data is not None:  # someone else's lock file we may not open: the data file's own lock serves
            return None
        raise ReadOnlyError(t("error.lock_readonly", path=path, lock=lock_file)) from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise WriteError(t("error.lock_symlink", path=path, lock=lock_file)) from None
        if error.errno == errno.EISDIR:
            raise WriteError(t("error.lock_not_regular", path=path, lock=lock_file)) from None
        raise WriteError(t("error.lock_failed", path=path, reason=os_reason(error))) from None
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        raise WriteError(t("error.lock_not_regular", path=path, lock=lock_file))
    if data is None:
        return fd
    if st.st_uid not in (os.geteuid(), data.st_uid):
        # Planted by someone who does not own the data file (or left by a group member): it may
        # not block us; the lock on the data file itself keeps writers apart.
        os.close(fd)
        return None
    if st.st_uid == os.geteuid():  # ours: the data file's group, rw for who may write the data file
        with contextlib.suppress(OSError):
            if st.st_gid != data.st_gid:
                os.fchown(fd, -1, data.st_gid)
            if stat.S_IMODE(st.st_mode) != mode:
                os.fchmod(fd, mode)
    return fd


def _lock_data_file(target: Path, path: Path, patience: _Patience) -> int | None:
    """An exclusive open-file-description lock on the data file now at ``target``; None if there is none.

    This lock is what keeps writers apart even when FILE.lock is deleted or replaced while
    someone holds it: a writer replaces the data file only at the end, holding the lock on it,
    and whoever waited on the old file sees that it is no longer at the path and locks the new
    one. It needs the file open for writing, so nobody who may only read the file can hold it.
    """
    delay = 0.001
    lock = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)
    while True:
        try:
            fd = os.open(target, os.O_RDWR | os.O_CLOEXEC | os.O_NOFOLLOW | os.O_NONBLOCK)
        except FileNotFoundError:
            return None
        except OSError as error:
            if error.errno == errno.ELOOP:  # a symlink put at the resolved path meanwhile
                raise WriteError(t("error.lock_failed", path=path, reason=os_reason(error))) from None
            raise ReadOnlyError(t("error.readonly_change", path=path)) from None
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise WriteError(t("error.not_regular", path=path))
            while True:
                try:
                    fcntl.fcntl(fd, F_OFD_SETLK, lock)
                    break
                except OSError as error:
                    if error.errno not in (errno.EAGAIN, errno.EACCES):
                        raise WriteError(t("error.lock_failed", path=path, reason=os_reason(error))) from None
                    delay = patience.wait(delay)
            if _same_inode(fd, target):
                return fd
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)  # a writer replaced the file while we waited: lock the new one


@contextlib.contextmanager
def locked(path: Path, timeout: float) -> Iterator[None]:
    """Hold the file's lock: an exclusive flock on FILE.lock and a write lock on the data file itself.

    A dead holder's locks vanish with it. FILE.lock deleted or replaced (a tmp cleaner, an ``rm``
    of a "stale lock") is noticed: after the flock the writer checks that the lock file it holds
    is the one at the path, else takes the new one. The lock file gets the data file's group and
    ``lock_mode``; a FIFO, device, folder or symlink there is refused with a sentence. A lock file
    owned neither by us nor by the data file's owner (planted, or not ours to open) is passed by:
    the data file's lock alone keeps writers apart then, and nobody can block saves with it.
    """
    target = path.resolve()
    lock_file = lock_path(target)
    patience = _Patience(path, timeout)
    try:
        data: os.stat_result | None = os.stat(target)
    except OSError:
        data = None
    fd = None
    data_fd = None
    try:
        delay = 0.001
        while True:
            fd = _open_lock_file(lock_file, path, data)
            if fd is None:
                break
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    delay = patience.wait(delay)
            if _same_inode(fd, lock_file):
                break
            os.close(fd)  # deleted or replaced while we waited: lock the one at the path now
            fd = None
        if data is not None:
            data_fd = _lock_data_file(target, path, patience)
        yield
    finally:
        if data_fd is not None:
            os.close(data_fd)
        if fd is not None:
            os.close(fd)  # closing releases the flock

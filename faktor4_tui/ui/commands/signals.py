"""Terminals that go away: SIGHUP (a dropped SSH connection, ``tmux kill-session``, a closed window)
and SIGTERM (a shutdown, ``kill``) end an app at once, through its own exit.

Python's default for both is to die on the spot, leaving the terminal in the alternate screen
with mouse reporting on (a shell typed into afterwards is invisible until ``reset``). Caught,
the app's exit runs: Textual's driver writes the restore sequences, the capture app keeps its
drafts first, and the process ends with 128 + the signal's number, as a shell expects.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import select
import signal
from collections.abc import Callable

EXIT_SIGNALS = (signal.SIGHUP, signal.SIGTERM)


def catch_exit_signals(on_signal: Callable[[int], None], catch: bool) -> None:
    """Route SIGHUP/SIGTERM to ``on_signal(signum)`` on the running loop (``catch=False``: as before)."""
    loop = asyncio.get_running_loop()
    for signum in EXIT_SIGNALS:
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):  # not the main thread
            if catch:
                loop.add_signal_handler(signum, on_signal, signum)
            else:
                loop.remove_signal_handler(signum)


class TerminalWatch:
    """Notices a terminal that hung up without a SIGHUP reaching the app.

    ``nohup faktor4 present FILE &``, or a terminal that is not the session's controlling one:
    the window closes, no signal comes, and Textual's input thread reads end-of-file in a loop
    (measured: 80 % CPU, for ever). Asked on every tick, ``gone()`` polls stdin for a hang-up.
    Only for an app that started on a terminal (not headless, not textual-serve's web driver).
    """

    def __init__(self, watching: bool) -> None:
        self.fd = 0
        self.watching = watching and _is_tty(self.fd)

    def gone(self) -> bool:
        """True once the terminal the app started on has hung up."""
        if not self.watching:
            return False
        poller = select.poll()
        try:
            poller.register(self.fd, select.POLLIN)  # a hang-up is always reported
            events = poller.poll(0)
        except (OSError, ValueError):
            return True
        return any(event & (select.POLLHUP | select.POLLNVAL) for _, event in events)


def _is_tty(fd: int) -> bool:
    try:
        return os.isatty(fd)
    except OSError:
        return False

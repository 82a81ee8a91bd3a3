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

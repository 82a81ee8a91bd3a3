"""Writing a command's result: ``-o FILE`` (never overwriting without --force) or ``-o -`` (stdout)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from faktor4_tui.cli.common import CliError
from faktor4_tui.i18n import os_reason, t
from faktor4_tui.store import jsonfile
from faktor4_tui.store.errors import ExistsError


def check_target(out: str, force: bool) -> Path:
    """The output path, refusing an existing file without --force or a missing folder."""
    target = Path(out)
    if target.is_symlink():  # planted by anyone: never written through, not even with --force
        raise CliError(t("error.target_symlink", path=target))
    if target.is_dir():
        raise CliError(t("cli.output.is_folder", path=target))
    if target.exists() and not target.is_file():  # a FIFO or a device (/dev/null …): never replaced
        raise CliError(t("error.target_not_regular", path=target))
    if (target.exists() or target.is_symlink()) and not force:
        raise CliError(t("cli.output.exists", path=target))
    if not target.parent.is_dir():
        raise CliError(t("cli.output.no_folder", path=target, folder=target.parent))
    return target


def write_output(payload: str | bytes, out: str | None, force: bool) -> Path | None:
    """Write to ``out`` (atomically), or to stdout when ``out`` is None or "-"; return the path.

    Without ``force`` an existing ``out`` is never replaced, not even one that appears meanwhile;
    either way ``out`` holds the whole payload or is left as it was, never half written.
    """
    data = payload.encode("utf-8") if isinstance(payload, str) else payload
    if out is None or out == "-":
        stream = sys.stdout.buffer
        try:
            stream.write(data)
            stream.flush()
        except BrokenPipeError:  # the reader (e.g. `| head`) stopped early: not an error
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return None
    target = check_target(out, force)
    try:
        jsonfile.atomic_write(target, data, create=not force)  # WriteError (a StoreError) says why not
    except ExistsError:
        raise CliError(t("cli.output.exists", path=target)) from None
    # A link put at ``out`` after the check is replaced itself by the rename, never followed.
    except OSError as error:
        raise CliError(t("cli.output.failed", path=target, reason=os_reason(error))) from None
    return target

"""The command line: ``faktor4 [FILE]``, ``--demo`` and the subcommands (argparse, no Textual)."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Sequence

from faktor4_tui.cli import stubs, tui
from faktor4_tui.cli.common import CliError, fail
from faktor4_tui.store import StoreError

# One module per subcommand, ``faktor4_tui/cli/cmd_<name>.py``, offering ``register(subparsers)``;
# the parser's ``run`` default does the work. A command without its module yet is a stub.
COMMAND_NAMES = ("init", "add", "present", "export", "import", "merge", "serve")


def _command_module(name: str):  # noqa: ANN202 - a module
    module_name = f"faktor4_tui.cli.cmd_{name}"
    if importlib.util.find_spec(module_name) is None:
        return stubs.make(name)
    return importlib.import_module(module_name)


def build_parser() -> argparse.ArgumentParser:
    """The parser for subcommands (``faktor4 init …``, ``faktor4 add …`` …)."""
    parser = argparse.ArgumentParser(
        prog="faktor4",
        description="Workshop-Ergebnisse live erfassen und als Foliensatz präsentieren.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_NAMES:
        _command_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run faktor4; returns the process exit code (2 for bad input)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list and args_list[0] in COMMAND_NAMES:
            args = build_parser().parse_args(args_list)
        else:
            args = tui.build_parser().parse_args(args_list)
        return int(args.run(args) or 0)
    except (StoreError, CliError) as error:
        return fail(str(error))
    except KeyboardInterrupt:
        return 130

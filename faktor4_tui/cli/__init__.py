"""The command line: ``faktor4 [FILE]``, ``--demo`` and the subcommands (argparse, no Textual)."""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from faktor4_tui.cli import tui
from faktor4_tui.cli.common import CliError, Parser, fail
from faktor4_tui.i18n import LANGUAGES, choose_language, set_language, t
from faktor4_tui.store import StoreError

# One module per subcommand, ``faktor4_tui/cli/cmd_<name>.py``, offering ``register(subparsers)``;
# the parser's ``run`` default does the work.
COMMAND_NAMES = (
    "init",
    "add",
    "present",
    "export",
    "import",
    "merge",
    "serve",
    "publish",
    "trash",
    "restore",
    "massnahme",
)


def _command_module(name: str) -> ModuleType:
    return importlib.import_module(f"faktor4_tui.cli.cmd_{name}")


def build_parser() -> argparse.ArgumentParser:
    """The parser for subcommands (``faktor4 init …``, ``faktor4 add …`` …)."""
    parser = Parser(prog="faktor4", description=t("cli.description"))
    add_language_option(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_NAMES:
        _command_module(name).register(subparsers)
    return parser


def commands_overview() -> str:
    """The commands with their one-line help, for ``faktor4 --help`` (no command module is imported)."""
    width = max(len(name) for name in COMMAND_NAMES)
    lines = [f"  {name:<{width}}  {t(f'cli.{name}.help')}" for name in COMMAND_NAMES]
    return "\n".join([t("cli.commands_heading"), *lines, "", t("cli.commands_more")])


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """List the global ``--lang`` in ``--help`` (main() takes it out of argv before parsing)."""
    parser.add_argument("--lang", choices=LANGUAGES, help=t("cli.lang.help"))


def split_language(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    """Take the global ``--lang de|en`` (before or after the subcommand) out of argv.

    Scanning stops at ``--`` so a TEXT argument may still say "--lang".
    """
    requested: str | None = None
    rest: list[str] = []
    items = iter(argv)
    for item in items:
        if item == "--":
            rest.append(item)
            rest.extend(items)
            break
        if item == "--lang" or item.startswith("--lang="):
            value = item.partition("=")[2] if "=" in item else next(items, "")
            if value not in LANGUAGES:
                if not value:
                    raise CliError(t("cli.lang.missing", choices=", ".join(LANGUAGES)))
                raise CliError(t("cli.lang.bad", choices=", ".join(LANGUAGES), value=repr(value)))
            requested = value
            continue
        rest.append(item)
    return requested, rest


def apply_language(requested: str | None) -> str:
    """Set the UI language for this run: ``--lang``, the remembered setting, the locale, German.

    ``--lang`` is used for this run only and is not remembered (the app's language
    command remembers a choice), so a guest presentation never changes the user's default.
    """
    remembered = None
    if requested is None:
        from faktor4_tui.settings import load_settings

        remembered = load_settings().language
    chosen = choose_language(requested, remembered, os.environ)
    set_language(chosen)
    return chosen


def main(argv: Sequence[str] | None = None) -> int:
    """Run faktor4; returns the process exit code (2 for bad input)."""
    # Starting an app (importing Textual, loading the file) makes many objects and little
    # garbage: no cyclic collections until settle_heap() freezes it all just before it runs.
    collecting = gc.isenabled()
    gc.disable()
    try:
        arguments = list(sys.argv[1:] if argv is None else argv)
        try:
            requested, args_list = split_language(arguments)
        except CliError:
            # A bad --lang is refused in the language this run would have without it.
            apply_language(None)
            split_language(arguments)  # raises the same refusal, now worded in that language
            raise
        apply_language(requested)
        if args_list and args_list[0] in COMMAND_NAMES:
            args = build_parser().parse_args(args_list)
        else:
            parser = tui.build_parser(epilog=commands_overview())
            add_language_option(parser)
            args = parser.parse_args(args_list)
        if collecting and not getattr(args, "starts_app", False):
            gc.enable()  # every other command (serve, export …) collects as usual
        return int(args.run(args) or 0)
    except (StoreError, CliError) as error:
        return fail(str(error))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `faktor4 export … | head`: the reader left. What was to be saved is saved; say nothing more
        # (Python would print a traceback at exit while flushing stdout, so point it at /dev/null).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    finally:
        if collecting:
            gc.enable()

"""Subcommands whose module does not exist yet: each says so in one sentence and exits 2."""

from __future__ import annotations

import argparse
import types

from faktor4_tui.cli.common import CliError
from faktor4_tui.i18n import t


def make(name: str) -> types.ModuleType:
    module = types.ModuleType(f"faktor4_tui.cli.{name}_stub")

    def register(subparsers: argparse._SubParsersAction) -> None:
        parser = subparsers.add_parser(name, help=t("cli.stub.help", name=name))
        parser.add_argument("rest", nargs=argparse.REMAINDER)
        parser.set_defaults(run=run)

    def run(args: argparse.Namespace) -> int:
        raise CliError(t("cli.stub.unavailable", name=name))

    module.register = register  # type: ignore[attr-defined]
    return module

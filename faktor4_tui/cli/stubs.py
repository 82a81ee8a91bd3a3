"""Subcommands still to be built: each says so in one sentence and exits 2."""

from __future__ import annotations

import argparse
import types

from faktor4_tui.cli.common import CliError


def _make(name: str, help_text: str) -> types.ModuleType:
    module = types.ModuleType(f"faktor4_tui.cli.{name}_stub")

    def register(subparsers: argparse._SubParsersAction) -> None:
        parser = subparsers.add_parser(name, help=help_text)
        parser.add_argument("rest", nargs=argparse.REMAINDER)
        parser.set_defaults(run=run)

    def run(args: argparse.Namespace) -> int:
        raise CliError(f"'faktor4 {name}' is not available yet.")

    module.register = register  # type: ignore[attr-defined]
    return module


MODULES = tuple(
    _make(name, text)
    for name, text in (
        ("present", "read-only presentation that follows FILE live"),
        ("export", "export FILE as md, csv, json or pptx"),
        ("import", "import a Markdown outline"),
        ("merge", "merge several files into one forum file"),
        ("serve", "serve the presentation to a browser"),
    )
)

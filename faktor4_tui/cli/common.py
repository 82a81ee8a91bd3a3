"""Shared command-line helpers: errors as sentences, the default file, opening a store."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, Literal, NoReturn, TextIO

from faktor4_tui.cli.argparse_words import HelpFormatter, install_argparse_words, metavar
from faktor4_tui.i18n import t, visible
from faktor4_tui.model import Document
from faktor4_tui.store import Store

EXIT_BAD_INPUT = 2


class CliError(Exception):
    """Bad command-line input; the message is one sentence."""


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose own words (usage, headings, ``-h``, its errors) speak the UI language.

    argparse takes them from our catalogs (``argparse_words``); build the parser after the language
    is set, since headings are worded when it is made. ``add_subparsers`` makes subcommand parsers of
    this class too.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        install_argparse_words()
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        """An argument whose usage placeholder (``metavar``, e.g. FILE) is shown in the UI language."""
        if isinstance(kwargs.get("metavar"), str):
            kwargs["metavar"] = metavar(kwargs["metavar"])
        return super().add_argument(*args, **kwargs)

    def add_subparsers(self, **kwargs: Any) -> Any:
        """The subcommands, their placeholder (COMMAND) in the UI language."""
        if isinstance(kwargs.get("metavar"), str):
            kwargs["metavar"] = metavar(kwargs["metavar"])
        return super().add_subparsers(**kwargs)

    def error(self, message: str) -> NoReturn:
        """argparse's refusal (it may quote a typed argument) with control characters written out."""
        super().error(visible(message))


def number(value: str) -> int:
    """An argparse ``type`` for a whole number, refused with a sentence in the UI language."""
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(t("cli.not_a_number", value=repr(value))) from None


def fail(message: str, code: int = EXIT_BAD_INPUT) -> int:
    """Print one sentence to stderr and return the exit code."""
    print(f"faktor4: {message}", file=sys.stderr)
    return code


def require_terminal(what: Literal["app", "present"]) -> None:
    """Refuse to start an app without a terminal: Textual reads keys from stdin and draws on stderr.

    Without one (cron, ``</dev/null``, a pipe) an app cannot be used and would run on unseen.
    ``faktor4 serve`` runs ``present`` without a terminal on purpose: textual-serve sets
    ``TEXTUAL_DRIVER`` to its web driver, which needs none.
    """
    if os.environ.get("TEXTUAL_DRIVER"):
        return
    if not (_is_terminal(sys.stdin) and _is_terminal(sys.stderr)):
        raise CliError(t(f"cli.no_terminal.{what}"))


def _is_terminal(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (ValueError, OSError):  # closed
        return False


def default_file() -> Path:
    """``$FAKTOR4_FILE``, else ``faktor4.json`` in the user data folder."""
    env = os.environ.get("FAKTOR4_FILE")
    if env:
        return Path(env)
    from platformdirs import user_data_path

    return user_data_path("faktor4") / "faktor4.json"


def open_store(path: str | Path, *, follow: bool = False) -> Store:
    """Open an existing file, with a sentence if it is missing (``follow``: see ``Store``)."""
    target = Path(path)
    if target.is_symlink() and not target.exists():
        raise CliError(t("cli.dangling_link", path=target, destination=os.readlink(target)))
    if not target.exists():
        raise CliError(t("cli.missing_file", path=target))
    return Store(target, follow=follow)


def unknown_workshop(path: Path, name: str, document: Document | None) -> str:
    """The sentence refusing a workshop name FILE does not have, naming the ones it has (in their order)."""
    known = ", ".join(visible(w.name) for w in document.workshops) if document else ""
    return t("cli.unknown_workshop", path=visible(path), name=visible(name), known=known or t("cli.no_workshops"))

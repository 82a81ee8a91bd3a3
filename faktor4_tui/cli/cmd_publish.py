"""``faktor4 publish FILE DIR [--watch] [--workshop NAME] [--force]``: the deck as static files for any web server.

DIR gets ``index.html`` (the self-contained HTML export made live: it follows the deck by
itself) and ``deck.json`` (the deck's state), nothing else. With ``--watch`` both follow FILE
until Ctrl+C. The work is faktor4_tui.publish's; this module only reads the arguments and speaks.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from faktor4_tui.cli.common import CliError, open_store, unknown_workshop
from faktor4_tui.i18n import t
from faktor4_tui.i18n.visible import visible
from faktor4_tui.publish import Deck, Publisher, PublishError, prepare_folder
from faktor4_tui.store import Store


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``publish`` subcommand."""
    parser = subparsers.add_parser("publish", help=t("cli.publish.help"), description=t("cli.publish.description"))
    parser.add_argument("file", metavar="FILE", help=t("cli.publish.file_help"))
    parser.add_argument("dir", metavar="DIR", help=t("cli.publish.dir_help"))
    parser.add_argument("--watch", action="store_true", help=t("cli.publish.watch_help"))
    parser.add_argument("--workshop", metavar="NAME", help=t("cli.publish.workshop_help"))
    parser.add_argument("--force", action="store_true", help=t("cli.publish.force_help"))
    parser.set_defaults(run=run)


def _say(message: str) -> None:
    print(message, flush=True)


def _warn(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def start_publisher(
    store: Store, folder: str, workshop: str | None, force: bool, report: Callable[[str], None] = _warn
) -> Publisher:
    """Check DIR, write the deck once and return the Publisher that keeps it up to date (CliError if not).

    ``report`` is told, once each, why a later step could not publish (the file unreadable, DIR unwritable).
    """
    target = Path(folder)
    workshop_id = None
    if workshop is not None:
        found = store.load().workshop_named(workshop)
        if found is None:
            raise CliError(unknown_workshop(store.path, workshop, store.load()))
        workshop_id = found.id
    try:
        created = prepare_folder(target, store.path, force)
    except PublishError as error:
        raise CliError(str(error)) from None
    if created:
        _say(t("cli.publish.created", path=visible(target)))
    publisher = Publisher(store, target, workshop_id)  # the first write's trouble is raised below, not reported too
    publisher.step()
    if publisher.error or publisher.deck is None:
        raise CliError(publisher.error)
    publisher.report = report
    _say(t("cli.publish.written", path=visible(target), slides=len(publisher.deck.slides)))
    return publisher


def run(args: argparse.Namespace) -> int:
    """Write DIR's deck (and with --watch keep it up to date until Ctrl+C); exit 2 on bad input."""
    store = open_store(args.file, follow=args.watch)
    publisher = start_publisher(store, args.dir, args.workshop, args.force)
    if not args.watch:
        return 0
    _say(t("cli.publish.watching", path=visible(store.path)))

    def written(deck: Deck) -> None:
        _say(t("cli.publish.updated", time=time.strftime("%H:%M:%S"), revision=deck.revision, slides=len(deck.slides)))

    try:
        publisher.watch(written)
    except KeyboardInterrupt:
        return 0
    return 0

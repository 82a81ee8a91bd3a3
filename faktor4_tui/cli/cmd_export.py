"""``faktor4 export FILE --format md|csv|json|pptx [-o OUT] [--workshop NAME]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from faktor4_tui.cli.common import CliError, open_store
from faktor4_tui.cli.output import check_target, write_output
from faktor4_tui.export import FORMATS, MissingDependency, exporter


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``export`` subcommand."""
    parser = subparsers.add_parser(
        "export",
        help="Ergebnisse exportieren (Markdown, CSV, JSON, PowerPoint)",
        description="Export FILE as Markdown (the deck as a wiki page), CSV (one row per entry), "
        "JSON (the full data, see docs/json-export.md) or PowerPoint (one slide per deck slide, "
        "needs the 'pptx' extra). Text formats go to stdout unless -o is given.",
    )
    parser.add_argument("file", metavar="FILE", help="the faktor4 JSON file")
    parser.add_argument("--format", "-f", required=True, choices=FORMATS, help="md, csv, json or pptx")
    parser.add_argument("-o", "--output", metavar="OUT", help="output file ('-' for stdout; required for pptx)")
    parser.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    parser.add_argument("--workshop", metavar="NAME", help="export only this workshop")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Render the export and write it; exit 2 on bad input."""
    if args.format == "pptx" and args.output in (None, "-"):
        raise CliError(f"{args.file}: a PowerPoint export needs an output file, so add -o FILE.pptx.")
    if args.output not in (None, "-"):
        check_target(args.output, args.force)  # fail before the work, not after
    store = open_store(args.file)
    if args.output not in (None, "-") and Path(args.output).resolve() == store.path.resolve():
        raise CliError(f"{store.path} is the file being exported; choose another output file.")
    document = store.load()
    workshop_id = None
    if args.workshop is not None:
        workshop = document.workshop_named(args.workshop)
        if workshop is None:
            raise CliError(f'{store.path} has no workshop "{args.workshop}".')
        workshop_id = workshop.id
    try:
        payload = exporter(args.format)(document, workshop_id)
    except MissingDependency:
        raise CliError(
            f"{args.output} cannot be written: the PowerPoint export needs python-pptx "
            "(pip install 'faktor4[pptx]')."
        ) from None
    write_output(payload, args.output, args.force)
    return 0

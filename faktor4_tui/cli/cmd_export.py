"""``faktor4 export FILE --format md|csv|json|pptx|xlsx|pdf|html [-o OUT] [--workshop NAME]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from faktor4_tui.cli.common import CliError, open_store
from faktor4_tui.cli.output import check_target, write_output
from faktor4_tui.export import FORMATS, MissingDependency, exporter
from faktor4_tui.export.pdfdoc import PdfExport, export_pdf
from faktor4_tui.i18n import t
from faktor4_tui.store import jsonfile

# Binary formats never go to a terminal: they need -o FILE. Format -> (name, file suffix).
BINARY = {"xlsx": ("xlsx", "xlsx"), "pdf": ("PDF", "pdf")}
NAMES = {"pptx": "PowerPoint", "xlsx": "xlsx", "pdf": "PDF"}


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``export`` subcommand."""
    parser = subparsers.add_parser("export", help=t("cli.export.help"), description=t("cli.export.description"))
    parser.add_argument("file", metavar="FILE", help=t("cli.export.file_help"))
    parser.add_argument("--format", "-f", required=True, choices=FORMATS, help=t("cli.export.format_help"))
    parser.add_argument("-o", "--output", metavar="OUT", help=t("cli.export.output_help"))
    parser.add_argument("--force", action="store_true", help=t("cli.export.force_help"))
    parser.add_argument("--workshop", metavar="NAME", help=t("cli.export.workshop_help"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Render the export and write it; exit 2 on bad input."""
    if args.format == "pptx" and args.output in (None, "-"):
        raise CliError(t("cli.export.pptx_needs_output", path=args.file))
    if args.format in BINARY and args.output in (None, "-"):
        name, suffix = BINARY[args.format]
        raise CliError(t("cli.export.needs_output", path=args.file, name=name, suffix=suffix))
    if args.output not in (None, "-"):
        check_target(args.output, args.force)  # fail before the work, not after
    store = open_store(args.file)
    if args.output not in (None, "-") and jsonfile.is_own_file(Path(args.output), store.path):
        raise CliError(t("cli.export.is_input", path=Path(args.output)))
    document = store.load()
    workshop_id = None
    if args.workshop is not None:
        workshop = document.workshop_named(args.workshop)
        if workshop is None:
            raise CliError(t("cli.no_workshop", path=store.path, name=args.workshop))
        workshop_id = workshop.id
    payload: str | bytes
    pdf: PdfExport | None = None
    try:
        if args.format == "pdf":
            pdf = export_pdf(document, workshop_id)
            payload = pdf.data
        else:
            payload = exporter(args.format)(document, workshop_id)
    except MissingDependency as missing:
        raise CliError(
            t(
                "cli.export.needs_extra",
                path=args.output,
                name=NAMES.get(args.format, args.format),
                package=missing.package,
                extra=missing.extra,
            )
        ) from None
    target = write_output(payload, args.output, args.force)
    if pdf is not None and target is not None and pdf.replaced:  # written; the note taker learns about □
        print(f"faktor4: {pdf.note(target)}", file=sys.stderr)
    return 0

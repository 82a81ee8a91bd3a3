"""Exports of a Document: Markdown, CSV, JSON, PowerPoint, xlsx, PDF and HTML, one module per format."""

from __future__ import annotations

from collections.abc import Callable

from faktor4_tui.export.errors import MissingDependency
from faktor4_tui.model import Document

__all__ = ["FORMATS", "MissingDependency", "exporter"]

FORMATS = ("md", "csv", "json", "pptx", "xlsx", "pdf", "html")


def exporter(fmt: str) -> Callable[[Document, int | None], str | bytes]:
    """The render function of a format: (document, workshop id or None) -> text or bytes."""
    if fmt == "md":
        from faktor4_tui.export.markdown import render_markdown

        return render_markdown
    if fmt == "csv":
        from faktor4_tui.export.csvfile import render_csv

        return render_csv
    if fmt == "json":
        from faktor4_tui.export.jsondata import render_json

        return render_json
    if fmt == "pptx":
        from faktor4_tui.export.pptxdeck import render_pptx

        return render_pptx
    if fmt == "xlsx":
        from faktor4_tui.export.xlsxbook import render_xlsx

        return render_xlsx
    if fmt == "pdf":
        from faktor4_tui.export.pdfdoc import render_pdf

        return render_pdf
    if fmt == "html":
        from faktor4_tui.export.htmldoc import render_html

        return render_html
    raise ValueError(f"unknown export format {fmt!r}")

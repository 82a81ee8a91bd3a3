"""Read results back in: the Markdown outline parser and Document-to-rows conversion."""

from faktor4_tui.importer.outline import OutlineError, parse_outline
from faktor4_tui.importer.rows import document_to_data, workshop_rows

__all__ = ["OutlineError", "document_to_data", "parse_outline", "workshop_rows"]

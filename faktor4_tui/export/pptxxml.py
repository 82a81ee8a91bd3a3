"""DrawingML for the PowerPoint export: runs, paragraphs, text shapes and tables as XML text.

Every run carries its size (``sz``) and language (``lang``) explicitly and every text body says
``<a:noAutofit/>``: nothing inherits the template's 18 pt or English, nothing shrinks to fit.
The geometry (where a shape sits, how many rows its text takes) is ``pptxlayout``'s.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape as xml_escape

from faktor4_tui.i18n import language

EMU_PER_PT = 12700
EMU_PER_IN = 914400
GREY = (0x59, 0x59, 0x59)
ACCENT = (0x1F, 0x6F, 0x3F)
WARN = (0xA0, 0x20, 0x20)
NS = (
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
)
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_PLACEHOLDERS = {
    "title": '<p:ph type="title"/>',
    "body": '<p:ph idx="1"/>',
    "ctrTitle": '<p:ph type="ctrTitle"/>',
    "subTitle": '<p:ph type="subTitle" idx="1"/>',
}
# "Medium Style 2 - Accent 1", the table style python-pptx's template defines.
TABLE_STYLE = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"
INSET_X = EMU_PER_IN // 10  # left and right inside a text box or cell
INSET_Y = EMU_PER_IN // 20  # top and bottom


def lang_tag() -> str:
    """The language the export's text is tagged with (the UI language)."""
    return "en-US" if language() == "en" else "de-DE"


def run(
    text: str,
    size: int,
    *,
    bold: bool = False,
    italic: bool = False,
    color: tuple[int, int, int] | None = None,
) -> str:
    """One run of text at ``size`` pt, tagged with the export's language."""
    fill = ""
    if color:
        fill = f'<a:solidFill><a:srgbClr val="{"".join(f"{part:02X}" for part in color)}"/></a:solidFill>'
    return (
        f'<a:r><a:rPr lang="{lang_tag()}" sz="{size * 100}" b="{int(bold)}" i="{int(italic)}" dirty="0">{fill}'
        f"</a:rPr><a:t>{xml_escape(_XML_UNSAFE.sub('', text))}</a:t></a:r>"
    )


def paragraph(
    runs: list[str],
    *,
    pitch: int,
    before: int = 0,
    indent: int = 0,
    bullet: str = "",
    align: str = "",
) -> str:
    """A paragraph whose lines are ``pitch`` pt apart (exact), ``before`` pt above it, its lines
    ``indent`` EMU in from the left (a ``bullet`` character hangs in that indent)."""
    attrs = f' marL="{indent}" indent="{-indent if bullet else 0}"'
    if align:
        attrs += f' algn="{align}"'
    mark = f'<a:buFont typeface="Arial"/><a:buChar char="{bullet}"/>' if bullet else "<a:buNone/>"
    return (
        f'<a:p><a:pPr{attrs}><a:lnSpc><a:spcPts val="{pitch * 100}"/></a:lnSpc>'
        f'<a:spcBef><a:spcPts val="{before * 100}"/></a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft>{mark}</a:pPr>'
        f"{''.join(runs)}</a:p>"
    )


def _body_pr(anchor: str = "t") -> str:
    return (
        f'<a:bodyPr wrap="square" lIns="{INSET_X}" rIns="{INSET_X}" tIns="{INSET_Y}" bIns="{INSET_Y}" '
        f'anchor="{anchor}"><a:noAutofit/></a:bodyPr><a:lstStyle/>'
    )


def text_shape(shape_id: int, box: tuple[int, int, int, int], paragraphs: list[str], ph: str = "") -> str:
    """A text shape at ``box`` (x, y, cx, cy in EMU): a layout placeholder (``ph`` key) or a text box."""
    x, y, cx, cy = box
    if ph:
        name = f"{ph} {shape_id}"
        nv = f'<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>{_PLACEHOLDERS[ph]}</p:nvPr>'
        geometry = ""
    else:
        name, nv = f"TextBox {shape_id}", '<p:cNvSpPr txBox="1"/><p:nvPr/>'
        geometry = '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>'
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{name}"/>{nv}</p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>{geometry}</p:spPr>'
        f"<p:txBody>{_body_pr()}{''.join(paragraphs) or '<a:p/>'}</p:txBody></p:sp>"
    )


def table_shape(
    shape_id: int,
    origin: tuple[int, int],
    widths: list[int],
    heights: list[int],
    rows: list[list[list[str]]],
) -> str:
    """A table (first row the column titles) at ``origin``; ``rows`` hold each cell's paragraphs."""
    x, y = origin
    grid = "".join(f'<a:gridCol w="{w}"/>' for w in widths)
    margins = f'marL="{INSET_X}" marR="{INSET_X}" marT="{INSET_Y}" marB="{INSET_Y}"'
    body = "".join(
        f'<a:tr h="{height}">'
        + "".join(
            f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{''.join(cell) or '<a:p/>'}</a:txBody><a:tcPr {margins}/></a:tc>"
            for cell in cells
        )
        + "</a:tr>"
        for height, cells in zip(heights, rows, strict=True)
    )
    return (
        f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{shape_id}" name="Table {shape_id}"/>'
        '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>'
        f'<p:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{sum(widths)}" cy="{sum(heights)}"/></p:xfrm>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
        f'<a:tbl><a:tblPr firstRow="1" bandRow="1"><a:tableStyleId>{TABLE_STYLE}</a:tableStyleId></a:tblPr>'
        f"<a:tblGrid>{grid}</a:tblGrid>{body}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>"
    )

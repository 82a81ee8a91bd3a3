"""HTML export: the deck as one self-contained page (standard library only).

One ``<section>`` per slide of ``handout_slides`` (the deck unsplit, plus the Aufgaben with
entries outside the plan), in the deck's order with its counter "n / total". Each section is
rendered generically: the running header (event, "Workshop: NAME"), the heading, the blocks
(question and lines, labels in bold) or the table, the counter — so slide kinds the deck adds
later show without a change here.

The page asks nothing of any other host: styles are inline, fonts are the reader's own, there
are no scripts and no images. Every text of the file is escaped with ``html.escape`` and shows
literally. The font size follows the window (a phone, a laptop, a projector), and printing
gives one slide per page.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from faktor4_tui.deck import Block, Line, Slide
from faktor4_tui.deck.text import (
    block_title,
    counter,
    event_line,
    line_label,
    line_suffix,
    slide_heading,
    workshop_line,
)
from faktor4_tui.export.handout import event_header, handout_slides, is_marker, shows_table
from faktor4_tui.i18n import language, t
from faktor4_tui.model import Document

# Characters HTML forbids in text (C0 controls but tab and line breaks, noncharacters).
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")

STYLE = """
:root { color-scheme: light; --accent: #1f6f3f; --grey: #555; --rule: #bbb; --fill: #e8f0ea; }
* { box-sizing: border-box; }
html { font-size: clamp(16px, 0.85rem + 0.9vw, 40px); -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #fff; color: #111; line-height: 1.4;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; }
main { max-width: 60em; margin: 0 auto; padding: 0 1rem 2rem; }
.slide { padding: 1.2rem 0 1.4rem; border-bottom: 2px solid var(--rule); overflow-wrap: break-word; }
.slide > header { font-size: 0.75rem; color: var(--grey); display: flex; flex-wrap: wrap;
  justify-content: space-between; gap: 0 1rem; border-bottom: 1px solid var(--rule); margin-bottom: 0.6rem; }
.slide > header .workshop { font-weight: 700; color: #111; }
h1, h2, h3 { line-height: 1.2; margin: 0.6em 0 0.35em; }
h1 { font-size: 2rem; color: var(--accent); }
h2 { font-size: 1.4rem; }
h3 { font-size: 1.1rem; }
.kind-title { text-align: center; }
.kind-title .forum { font-size: 1.3rem; margin: 0.2em 0; }
.kind-title .dates, .kind-title .workshop { color: var(--grey); margin: 0.2em 0 1em; }
.kind-title .blocks { text-align: left; display: grid; gap: 0 2rem;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr)); }
ul { margin: 0.2em 0 0.8em; padding-left: 1.3em; }
li { margin: 0.2em 0; }
.label { font-weight: 700; }
.note { font-style: italic; }
.highlight { color: var(--accent); font-weight: 700; }
.votes, .counter { color: var(--grey); }
.empty { color: var(--grey); font-style: italic; margin: 0.2em 0 0.8em 1.3em; }
.warning { color: #a02020; font-style: italic; }
.table { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; }
th, td { border: 1px solid var(--rule); padding: 0.3em 0.45em; text-align: left; vertical-align: top; }
th { background: var(--fill); }
@media screen and (max-width: 40em) {
  table, tbody, tr, td { display: block; }
  thead { display: none; }
  tr { border: 1px solid var(--rule); margin: 0 0 0.6em; }
  td { border: 0; border-top: 1px solid var(--fill); }
  td:first-child { border-top: 0; background: var(--fill); }
  td::before { content: attr(data-label) ": "; font-weight: 700; }
}
.contents { padding: 1rem 0; border-bottom: 2px solid var(--rule); }
a { color: var(--accent); }
@media screen and (orientation: landscape) and (min-width: 60em) {
  html { scroll-snap-type: y proximity; }
  .slide { min-height: 100vh; scroll-snap-align: start; }
}
.counter { text-align: right; font-size: 0.75rem; margin: 0.6rem 0 0; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  html { font-size: 12pt; }
  main { max-width: none; padding: 0; }
  .contents { display: none; }
  .slide { border: 0; padding: 0; break-after: page; page-break-after: always; }
  .slide:last-child { break-after: auto; page-break-after: auto; }
  thead { display: table-header-group; }
  tr, li { break-inside: avoid; page-break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
}
"""


def _e(text: str) -> str:
    """User text as HTML text: escaped, without characters HTML does not allow."""
    return html.escape(_UNSAFE.sub("", text), quote=True)


def _line(line: Line) -> str:
    if is_marker(line):
        return f'<p class="empty">{_e(line.text)}</p>'
    classes = " ".join(c for c in ("note" if line.kind == "note" else "", "highlight" if line.highlight else "") if c)
    attrs = f' class="{classes}"' if classes else ""
    label = line_label(line)
    parts = [f'<span class="label">{_e(label)}</span>' if label else "", _e(line.text)]
    suffix = line_suffix(line)
    if suffix:
        parts.append(f'<span class="votes">{_e(suffix)}</span>')
    return f"<li{attrs}>{''.join(parts)}</li>"


def _block(block: Block, level: int) -> list[str]:
    out = [f"<h{level}>{_e(block_title(block))}</h{level}>"] if block.question else []
    items: list[str] = []
    for line in block.lines:
        if is_marker(line):
            if items:
                out.append(f"<ul>{''.join(items)}</ul>")
                items = []
            out.append(_line(line))
        else:
            items.append(_line(line))
    if items:
        out.append(f"<ul>{''.join(items)}</ul>")
    return out


def _table(rows: tuple[tuple[str, ...], ...]) -> list[str]:
    head = "".join(f'<th scope="col">{_e(cell)}</th>' for cell in rows[0])
    labels = [f' data-label="{_e(cell)}"' for cell in rows[0]]  # column titles above each cell on a phone
    body = "".join(
        "<tr>" + "".join(f"<td{label}>{_e(cell)}</td>" for label, cell in zip(labels, cells, strict=False)) + "</tr>"
        for cells in rows[1:]
    )
    return [f'<div class="table"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>']


def slide_html(slide: Slide, number: int, total: int, attributes: str = "") -> str:
    """One slide as its ``<section>`` (``attributes``: more, already escaped, for its tag)."""
    kind = re.sub(r"[^a-z0-9-]", "", slide.kind.lower())
    out = [f'<section class="slide kind-{kind}" id="folie-{number}"{attributes}>']
    header = [f"<span>{_e(event_header(slide))}</span>"] if slide.kind != "title" else []
    if slide.workshop and slide.kind != "title":
        header.append(f'<span class="workshop">{_e(workshop_line(slide))}</span>')
    if header:
        out.append(f"<header>{''.join(header)}</header>")
    if slide.kind == "title":
        out.append(f"<h1>{_e(slide.title)}</h1>")
        out.append(f'<p class="forum">{_e(slide.forum)}</p><p class="dates">{_e(slide.dates)}</p>')
        if slide.workshop:
            out.append(f'<p class="workshop">{_e(workshop_line(slide))}</p>')
        out.append('<div class="blocks">')
        out += [f"<div>{''.join(_block(block, 2))}</div>" for block in slide.blocks]
        out.append("</div>")
    else:
        heading = slide_heading(slide)
        if heading:
            out.append(f"<h2>{_e(heading)}</h2>")
        if slide.warning:
            out.append(f'<p class="warning">{_e(slide.warning)}</p>')
        if shows_table(slide):
            out += _table(slide.table)
        else:
            for block in slide.blocks:
                out += _block(block, 3 if heading else 2)
    out.append(f'<p class="counter">{_e(counter(number, total))}</p></section>')
    return "\n".join(out)


def _contents(slides: list[Slide]) -> str:
    """Links to where each workshop (or a slide outside any, such as an overview) starts."""
    links: list[str] = []
    chapter: str | None = None
    for number, slide in enumerate(slides, start=1):
        if slide.kind == "title":
            continue
        name = workshop_line(slide) or slide_heading(slide)
        if name and name != chapter:
            links.append(f'<li><a href="#folie-{number}">{_e(name)}</a></li>')
        chapter = name
    if len(links) < 2:
        return ""
    return f'<nav class="contents"><h2>{_e(t("export.html.contents"))}</h2><ul>{"".join(links)}</ul></nav>'


def render_html(document: Document, workshop_id: int | None = None) -> str:
    """The deck (or one workshop's) as one self-contained HTML page."""
    return html_page(handout_slides(document, workshop_id))


def html_page(
    slides: list[Slide], *, attributes: Sequence[str] = (), head: str = "", main: str = "", body: str = ""
) -> str:
    """Any slides, whatever their kind, as one self-contained HTML page.

    A live page (publish.py) adds to it, all already escaped: ``attributes`` per slide's section tag,
    ``head`` to the head, ``main`` to the main tag, ``body`` after the main.
    """
    first = slides[0] if slides else None
    title = (event_line(first) if first else "") or t("export.pdf.documentation")
    if first is not None and first.workshop:
        title = f"{title} · {workshop_line(first)}"
    parts = [
        slide_html(slide, number, len(slides), attributes[number - 1] if attributes else "")
        for number, slide in enumerate(slides, start=1)
    ]
    contents = _contents(slides)
    if contents:
        parts.insert(1 if first is not None and first.kind == "title" else 0, contents)
    sections = "\n".join(parts)
    return (
        f'<!DOCTYPE html>\n<html lang="{_e(language())}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="faktor4">\n'
        f"<title>{_e(title)}</title>\n<style>{STYLE}</style>\n{head}</head>\n<body>\n<main{main}>\n{sections}\n"
        f"</main>\n{body}</body>\n</html>\n"
    )

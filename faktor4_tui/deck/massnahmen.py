"""An Aktion's Maßnahmenblatt and the overview across all rooms, in words (for every output and screen).

``sheet_lines`` gives the sheet's own fields as (label, value) pairs in the Maßnahmenblatt's order
(Beginn and Dauer as one Zeitraum); ``sheet_parts`` adds the parts the Aufgabe's sections fill
(its Lösungen as steps, Akteure, Start, …). ``overview`` lists every Aktion of every room with
its sheet, ``total`` and ``share`` sum the THG-Minderungen against the Faktor-4 goal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from faktor4_tui.deck.slides import Block, Line, Slide, SlideKey, slide_header
from faktor4_tui.i18n import t
from faktor4_tui.model import SECTIONS, Aufgabe, Document, Massnahme, Workshop
from faktor4_tui.model.massnahme import STATUSES, faktor4_share, format_tonnes, parse_tonnes

OverviewSort = Literal["aktion", "status", "thg"]
"""How the overview is sorted: by room and Aktion (as planned), by status, by THG-Minderung (largest first)."""
SORTS: tuple[OverviewSort, ...] = ("aktion", "status", "thg")


def status_label(status: str) -> str:
    """A status in words ("zurückgestellt"); "" for none."""
    return t(f"massnahme.status.{status}") if status in STATUSES else ""


def tonnes(value: float | None) -> str:
    """A THG number in the UI language's way of writing it ("1.234,5"); "" for none."""
    return "" if value is None else format_tonnes(value, t("number.decimal_mark"))


def read_tonnes(text: str) -> float | None:
    """A THG number as typed, read the UI language's way ("48.000" is 48000 in German); ValueError if none."""
    return parse_tonnes(text, t("number.decimal_mark"))


def percent(share: float) -> str:
    """A share as a percentage with one decimal ("23,4 %")."""
    text = f"{share * 100:.1f}"
    return t("massnahme.percent", value=text.replace(".", t("number.decimal_mark")))


def zeitraum(massnahme: Massnahme) -> str:
    """Beginn and Dauer as one Zeitraum ("2022, 3 Jahre")."""
    return ", ".join(part for part in (massnahme.beginn, massnahme.dauer) if part)


def sheet_lines(massnahme: Massnahme) -> list[tuple[str, str]]:
    """The sheet's fields as (label, value) in the Maßnahmenblatt's order ("" where not filled)."""
    return [
        (t("massnahme.field.verantwortlich"), massnahme.verantwortlich),
        (t("massnahme.field.zeitraum"), zeitraum(massnahme)),
        (t("massnahme.field.kosten"), massnahme.kosten),
        (t("massnahme.field.finanzierung"), massnahme.finanzierung),
        (t("massnahme.field.thg"), tonnes(massnahme.thg)),
        (t("massnahme.field.indikator"), massnahme.indikator),
        (t("massnahme.field.status"), status_label(massnahme.status)),
    ]


def part_title(section: str) -> str:
    """The heading of a section's part of the sheet ("Schritte (Lösungen)", "Akteure" …)."""
    return t("massnahme.steps") if section == "loesungen" else t(f"section.{section}.short")


def sheet_parts(aufgabe: Aufgabe) -> list[tuple[str, list[str]]]:
    """The sections that fill the rest of the sheet: (heading, texts) for each section holding entries."""
    return [
        (part_title(section), [entry.text for entry in aufgabe.entries(section)])
        for section in SECTIONS
        if aufgabe.entries(section)
    ]


def sheet_title(aufgabe: Aufgabe) -> str:
    """The sheet's heading: "Maßnahmenblatt Aktion K: text"."""
    return t("massnahme.title", k=aufgabe.aktion or 0, text=aufgabe.text)


@dataclass(frozen=True)
class OverviewRow:
    """One Aktion in the overview across all rooms."""

    workshop_id: int
    room: str
    aktion: int
    aufgabe_id: int
    text: str
    massnahme: Massnahme


def overview(document: Document, sort: OverviewSort = "aktion") -> list[OverviewRow]:
    """Every room's Aktionen with their sheets, sorted as asked (ties: room order, then Aktion)."""
    rows = [
        OverviewRow(workshop.id, workshop.name, aufgabe.aktion or 0, aufgabe.id, aufgabe.text, aufgabe.massnahme)
        for workshop in document.workshops
        for aufgabe in workshop.plan
    ]
    if sort == "status":
        order: dict[str, int] = {status: index for index, status in enumerate(STATUSES)}
        rows.sort(key=lambda row: order.get(row.massnahme.status, len(STATUSES)))
    elif sort == "thg":
        rows.sort(key=lambda row: (row.massnahme.thg is None, -(row.massnahme.thg or 0.0)))
    return rows


def total(rows: Iterable[OverviewRow]) -> float:
    """The sum of the THG-Minderungen (t CO₂e per year)."""
    return sum(row.massnahme.thg or 0.0 for row in rows)


def share(document: Document) -> float | None:
    """The share of the Faktor-4 reduction all Maßnahmen reach (None without a baseline)."""
    return faktor4_share(total(overview(document)), document.event.ausgangswert)


def goal_line(document: Document) -> str:
    """One sentence: the sum, and with a baseline the share of the Faktor-4 reduction it reaches."""
    summed = total(overview(document))
    reached = faktor4_share(summed, document.event.ausgangswert)
    if reached is None:
        return t("massnahme.total", total=tonnes(summed))
    baseline = document.event.ausgangswert or 0.0
    return t(
        "massnahme.total_share",
        total=tonnes(summed),
        share=percent(reached),
        goal=tonnes(0.75 * baseline),
        baseline=tonnes(baseline),
    )


def closing_line(document: Document) -> str:
    """For the forum's closing slide: the sum (and the Faktor-4 share) once any THG-Minderung or a baseline is set."""
    rows = overview(document)
    if document.event.ausgangswert is None and all(row.massnahme.thg is None for row in rows):
        return ""
    return goal_line(document)


def field_lines(massnahme: Massnahme) -> tuple[Line, ...]:
    """The filled fields as slide lines "Label: value" (Beginn and Dauer each on its own line)."""
    values = [
        ("verantwortlich", massnahme.verantwortlich),
        ("beginn", massnahme.beginn),
        ("dauer", massnahme.dauer),
        ("kosten", massnahme.kosten),
        ("finanzierung", massnahme.finanzierung),
        ("thg", tonnes(massnahme.thg)),
        ("indikator", massnahme.indikator),
        ("status", status_label(massnahme.status)),
    ]
    return tuple(Line(text=value, label=t(f"massnahme.field.{name}")) for name, value in values if value)


def massnahme_slide(slide: Slide, aufgabe: Aufgabe) -> Slide:
    """The deck's slide after an Aktion's slides (only for a filled sheet): its fields.

    ``slide`` is one of the Aktion's slides: the header and heading are taken from it.
    """
    block = Block(question=t("massnahme.sheet"), lines=field_lines(aufgabe.massnahme), section="massnahme")
    key = SlideKey(slide.key.workshop_id, aufgabe.id, "massnahme")
    return Slide(
        kind="massnahme",
        key=key,
        title=slide.title,
        forum=slide.forum,
        dates=slide.dates,
        workshop=slide.workshop,
        heading=slide.heading,
        blocks=(block,),
    )


def sheet_slide(document: Document, workshop: Workshop, aufgabe: Aufgabe) -> Slide:
    """The whole Maßnahmenblatt of an Aktion as a document page (PDF, HTML): the fields, then the
    parts its sections fill (the Lösungen as numbered steps, the Akteure, Start, …)."""
    fields = tuple(Line(text=value or "—", label=name) for name, value in sheet_lines(aufgabe.massnahme))
    blocks = [Block(question=t("massnahme.sheet"), lines=fields, section="massnahme")]
    for section in SECTIONS:
        entries = aufgabe.entries(section)
        if entries:
            steps = section == "loesungen"
            lines = tuple(
                Line(text=f"{n}. {e.text}" if steps else e.text, kind="text") for n, e in enumerate(entries, start=1)
            )
            blocks.append(Block(question=part_title(section), lines=lines, section=section))
    return Slide(
        kind="massnahmenblatt",
        key=SlideKey(workshop.id, aufgabe.id, "massnahmenblatt"),
        heading=sheet_title(aufgabe),
        blocks=tuple(blocks),
        **slide_header(document, workshop),
    )


def sheet_slides(document: Document, workshop_id: int | None = None) -> list[Slide]:
    """A Maßnahmenblatt page for every Aktion whose sheet has a field filled (a Maßnahme), room by room."""
    return [
        sheet_slide(document, workshop, aufgabe)
        for workshop in document.workshops
        if workshop_id is None or workshop.id == workshop_id
        for aufgabe in workshop.plan
        if aufgabe.massnahme.filled
    ]

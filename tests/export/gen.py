"""A generator of random but valid documents, heavy on text that Markdown and CSV could misread."""

from __future__ import annotations

import random

from faktor4_tui.model import SECTIONS, Aufgabe, Document, Entry, Event, Workshop, sanitize

TRICKY = [
    "Bürger*innen und *mehr* Bürger*innen",
    "**fett** und __unterstrichen__",
    "# keine Überschrift #",
    "- kein Listenpunkt",
    "+ auch keiner",
    "1. keine Nummer",
    "2) auch keine",
    "> kein Zitat",
    "[link](http://example.org) und ![bild](x.png)",
    "<b>kein HTML</b> &amp; &#169; &copy;",
    "`code` und ``mehr``",
    "Tabelle | mit | Strichen",
    "~~durch~~ ~gestrichen~",
    "Backslash \\ am Ende \\",
    "\\*schon escaped\\*",
    "Lösung 3: sieht aus wie ein Label",
    "Akteur 1: auch das",
    "Start Aktion 2: und das",
    "Aufgabe 4: ebenso",
    "— noch offen —",
    "*— noch offen —*",
    "=SUMME(A1:A9)",
    "+49 621 123",
    "-minus",
    "@jemand",
    "Wenn der Druck groß genug ist → Gestern",
    "ÄÖÜ äöü ß €",
    "中文 und 😀 Emoji",
    "[/] und [@click=app.quit]x[/]",
    "Ende mit Doppelpunkt:",
    "---",
    "***",
    "===",
    "Stimmen: 3",
    "(Stimmen: 2): fast ein Votum",
]
WORDS = "Klimaschutz Verwaltung Stadtwerke Bürger Förderung Wärmenetz Solar Dach Rad Bus Schule Plan".split()


def text(rng: random.Random) -> str:
    """A random non-empty text that is already sanitized (so import keeps it exactly)."""
    if rng.random() < 0.3:
        value = rng.choice(TRICKY)
    else:
        value = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 12)))
    value = sanitize(value)
    assert value
    return value


def document(seed: int, workshops: int = 3, aufgaben: int = 8, entries: int = 4) -> Document:
    """A random Document: some Aufgaben in the plan, some outside with entries, notes, votes."""
    rng = random.Random(seed)
    next_id = iter(range(2, 10**9))
    built = []
    for w in range(workshops):
        count = rng.randint(0, aufgaben)
        plan = rng.sample(range(count), k=min(count, rng.randint(0, 5)))
        items = []
        for index in range(count):
            sections = {}
            for section in SECTIONS:
                n = rng.choice([0, 0, rng.randint(1, entries)])
                if n:
                    sections[section] = tuple(
                        Entry(id=next(next_id), text=text(rng), note=rng.random() < 0.2) for _ in range(n)
                    )
            aktion = plan.index(index) + 1 if index in plan else None
            items.append(
                Aufgabe(
                    id=next(next_id),
                    text=text(rng),
                    aktion=aktion,
                    votes=rng.choice([0, 0, 0, 1, 7]),
                    sections=sections,
                )
            )
        built.append(Workshop(id=next(next_id), name=f"{text(rng)[:30].strip()} {w}", aufgaben=tuple(items)))
    lines = [text(rng) for _ in range(rng.randint(0, 5))]
    event = Event(
        title=text(rng) if rng.random() < 0.8 else "",
        forum=text(rng) if rng.random() < 0.8 else "",
        dates=text(rng) if rng.random() < 0.8 else "",
        goal=tuple(lines),
        agenda=tuple(lines[:2]),
    )
    return Document(event=event, workshops=tuple(built))


def big_document(total_entries: int = 20000) -> Document:
    """One workshop-heavy document with about ``total_entries`` entries (for timing exports)."""
    rng = random.Random(1)
    next_id = iter(range(2, 10**9))
    workshops = []
    per_aufgabe = 50
    aufgaben_total = total_entries // per_aufgabe
    for w in range(5):
        items = []
        for index in range(aufgaben_total // 5):
            sections = {
                section: tuple(Entry(id=next(next_id), text=text(rng)) for _ in range(per_aufgabe // 6 + (i < 2)))
                for i, section in enumerate(SECTIONS)
            }
            items.append(
                Aufgabe(id=next(next_id), text=text(rng), aktion=index + 1 if index < 4 else None, sections=sections)
            )
        workshops.append(Workshop(id=next(next_id), name=f"Workshop {w}", aufgaben=tuple(items)))
    return Document(event=Event(title="Groß", forum="Forum", dates="heute"), workshops=tuple(workshops))

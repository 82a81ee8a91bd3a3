"""Read a Markdown outline (the shape ``faktor4 export --format md`` writes) into a Document.

Everything is parsed in memory first; the first unknown or malformed line raises
OutlineError naming the file and the line number, so nothing is ever half-imported.
Numbers in labels are derived data: item labels must match their section, but the
numbers are recomputed. The Aktionsplan table is derived too and is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from faktor4_tui.export.mdsyntax import empty_marker, escape, label_regex, template_pattern, unescape
from faktor4_tui.i18n import question, t
from faktor4_tui.model import SECTIONS, Aufgabe, Document, Entry, Event, Section, Workshop, sanitize

_HEADING = re.compile(r"^(#{1,6})(?:[ \t]+(.*?))?[ \t]*$")
_BULLET = re.compile(r"^-(?:[ \t]+(.*?))?[ \t]*$")
_BOLD = re.compile(r"^\*\*(.+)\*\*$")


class OutlineError(Exception):
    """A line of the outline cannot be read; the message is one sentence with file and line."""


@dataclass
class _Aufgabe:
    text: str
    votes: int
    aktion: int | None = None
    headed: bool = False
    sections: dict[Section, list[Entry]] = field(default_factory=dict)


@dataclass
class _Workshop:
    name: str
    aufgaben: list[_Aufgabe] = field(default_factory=list)


def _patterns() -> dict[str, re.Pattern[str]]:
    aufgabe = template_pattern("aufgabe.label")
    aktion = template_pattern("aktion.label")
    votes = template_pattern("export.votes")
    workshop_head, _, workshop_tail = t("workshop.label").partition("{name}")
    return {
        "workshop": re.compile(f"^{re.escape(escape(workshop_head))}(.+){re.escape(escape(workshop_tail))}$"),
        "aktion": re.compile("^" + aktion + " · " + aufgabe + ": (.*)$"),
        "aufgabe": re.compile("^" + aufgabe + ": (.*)$"),
        "problem": re.compile("^" + aufgabe + r"(?: \(" + votes + r"\))?: (.*)$"),
    }


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.p = _patterns()
        self.marker = empty_marker()
        self.questions = {escape(question(s)): s for s in SECTIONS}
        self.labels = {s: label_regex(f"section.{s}.label") for s in SECTIONS}
        self.fields: dict[str, str] = {}  # title, forum, dates
        self.lists: dict[str, list[str]] = {}  # goal, agenda
        self.workshops: list[_Workshop] = []
        self.where = ""  # goal | agenda | problems | aufgabe | plan | extras | derived
        self.aufgabe: _Aufgabe | None = None
        self.section: Section | None = None
        self.section_state: str = ""  # "", "items", "empty"
        self.lineno = 0

    def fail(self, why: str) -> OutlineError:
        return OutlineError(f"{self.source}, line {self.lineno}: {why}.")

    def text(self, escaped: str) -> str:
        return sanitize(unescape(escaped))

    # --- the title block ---------------------------------------------------

    def title_block(self, lines: list[tuple[int, str]]) -> int:
        """Read title, forum and dates; return how many non-blank lines were used."""
        expected = ("title", "forum", "dates")
        for index, what in enumerate(expected):
            if index >= len(lines):
                self.lineno = lines[-1][0] if lines else 0
                raise self.fail(f"the outline ends before its {what} line")
            self.lineno, line = lines[index]
            is_marker = line == self.marker
            if what == "title":
                match = _HEADING.match(line)
                if not match or len(match.group(1)) != 1:
                    raise self.fail('the outline must start with the event title as a "# " heading')
                content = match.group(2) or ""
                self.fields["title"] = "" if content == self.marker else self.text(content)
            elif what == "forum":
                match = _BOLD.match(line)
                if not (match or is_marker):
                    raise self.fail("the second paragraph must be the forum in bold (**…**) or " + self.marker)
                self.fields["forum"] = self.text(match.group(1)) if match and not is_marker else ""
            else:
                if _HEADING.match(line) or _BULLET.match(line):
                    raise self.fail("the third paragraph must be the dates (or " + self.marker + ")")
                self.fields["dates"] = "" if is_marker else self.text(line)
        return len(expected)

    # --- headings ------------------------------------------------------------

    def close_section(self) -> None:
        self.section, self.section_state = None, ""

    def heading(self, level: int, content: str) -> None:
        self.close_section()
        if level == 2:
            self.level2(content)
        elif level in (3, 4, 5) and self.workshops:
            self.level345(level, content)
        else:
            raise self.fail(f'the heading "{content}" is not part of a faktor4 outline here')

    def level2(self, content: str) -> None:
        self.aufgabe = None
        if content in (escape(t("deck.index.title")), escape(t("deck.forum_plan.title"))):
            self.where = "derived"  # the forum's room index and all rooms' plans say what the rooms say
            return
        for key, where in (("event.goal", "goal"), ("event.agenda", "agenda")):
            if content == escape(t(key)):
                if where in self.lists:
                    raise self.fail(f'"{t(key)}" appears twice')
                if self.workshops:
                    raise self.fail(f'"{t(key)}" must come before the first workshop')
                self.lists[where] = []
                self.where = where
                self.section_state = ""
                return
        match = self.p["workshop"].match(content)
        if not match:
            raise self.fail(f'the heading "{content}" is neither a workshop nor the Ziel/Ablauf of the event')
        name = self.text(match.group(1))
        if not name:
            raise self.fail("the workshop has no name")
        self.workshops.append(_Workshop(name))
        self.where = "workshop"

    def level345(self, level: int, content: str) -> None:
        workshop = self.workshops[-1]
        if level == 3:
            self.aufgabe = None
            if content == escape(t("problems.question")):
                if self.where != "workshop":
                    raise self.fail("the problem list must come first in its workshop, and only once")
                self.where = "problems"
                return
            if content == escape(t("plan.title")):
                self.where = "plan"
                return
            if content == escape(t("export.more_aufgaben")):
                self.where = "extras"
                return
            match = self.p["aktion"].match(content)
            if match:
                self.head_aufgabe(workshop, int(match.group(2)), match.group(3), int(match.group(1)))
                return
            match = self.p["aufgabe"].match(content)
            if match:
                self.head_aufgabe(workshop, int(match.group(1)), match.group(2), None)
                return
            raise self.fail(f'the heading "{content}" is not an Aufgabe, the problem list or the Aktionsplan')
        if level == 4 and self.where == "extras":
            match = self.p["aufgabe"].match(content)
            if not match:
                raise self.fail(f'under "{t("export.more_aufgaben")}" a heading must read "Aufgabe N: TEXT"')
            self.head_aufgabe(workshop, int(match.group(1)), match.group(2), None, extras=True)
            return
        wanted = 5 if self.where == "extras" else 4
        if self.aufgabe is None or level != wanted:
            raise self.fail(f'the heading "{content}" is not at a place where a question can be')
        section = self.questions.get(content)
        if section is None:
            raise self.fail(f'"{content}" is not one of the six questions')
        if section in self.aufgabe.sections:
            raise self.fail(f'the question "{question(section)}" appears twice for this Aufgabe')
        self.aufgabe.sections[section] = []
        self.section = section

    def head_aufgabe(
        self, workshop: _Workshop, number: int, text: str, aktion: int | None, extras: bool = False
    ) -> None:
        if not 1 <= number <= len(workshop.aufgaben):
            raise self.fail(f"Aufgabe {number} is not in the problem list of workshop {workshop.name}")
        aufgabe = workshop.aufgaben[number - 1]
        if self.text(text) != aufgabe.text:
            raise self.fail(f"the heading names Aufgabe {number} differently from the problem list")
        if aufgabe.headed:
            raise self.fail(f"Aufgabe {number} has a second heading")
        if aktion is not None and any(a.aktion == aktion for a in workshop.aufgaben):
            raise self.fail(f"Aktion {aktion} appears twice in workshop {workshop.name}")
        aufgabe.headed = True
        aufgabe.aktion = aktion
        self.aufgabe = aufgabe
        self.where = "extras" if extras else "aufgabe"

    # --- body lines ------------------------------------------------------------

    def mark(self, state: str) -> None:
        if self.section_state and self.section_state != state:
            raise self.fail(f"a part marked {self.marker} cannot also have lines")
        if state == "empty" and self.section_state == "empty":
            raise self.fail(f"{self.marker} appears twice in a row")
        self.section_state = state

    def bullet(self, content: str) -> None:
        if self.where in ("goal", "agenda") and not self.section:
            self.mark("items")
            self.lists[self.where].append(self.text(content))
        elif self.where == "problems":
            self.mark("items")
            workshop = self.workshops[-1]
            match = self.p["problem"].match(content)
            if not match:
                raise self.fail('a line of the problem list must read "- Aufgabe N: TEXT"')
            number = int(match.group(1))
            if number != len(workshop.aufgaben) + 1:
                raise self.fail(f"expected Aufgabe {len(workshop.aufgaben) + 1}, found Aufgabe {number}")
            text = self.text(match.group(3))
            if not text:
                raise self.fail(f"Aufgabe {number} has no text")
            workshop.aufgaben.append(_Aufgabe(text=text, votes=int(match.group(2) or 0)))
        elif self.section and self.aufgabe is not None:
            self.mark("items")
            match = self.labels[self.section].match(content)
            text = self.text(match.group(2) if match else content)
            if not text:
                raise self.fail("this line has no text")
            self.aufgabe.sections[self.section].append(Entry(id=0, text=text, note=match is None))
        else:
            raise self.fail("a list line must belong to the Ziel, the Ablauf, the problem list or a question")

    def line(self, line: str) -> None:
        heading = _HEADING.match(line)
        if self.where == "derived" and not (heading and len(heading.group(1)) <= 2):
            return
        if heading:
            self.heading(len(heading.group(1)), heading.group(2) or "")
            return
        if line == self.marker:
            if self.where in ("goal", "agenda", "problems") or self.section:
                self.mark("empty")
                return
            if self.where == "plan":
                return
            raise self.fail(f"{self.marker} must follow a heading")
        bullet = _BULLET.match(line)
        if bullet:
            self.bullet(bullet.group(1) or "")
            return
        if self.where == "plan" and (line.startswith("|") or line.startswith(">")):
            return  # the Aktionsplan table and its warning are derived from the Aktionen
        raise self.fail(f'"{line[:60]}" is not a line faktor4 can read here')

    # --- result ------------------------------------------------------------------

    def document(self) -> Document:
        next_id = iter(range(1, 10**9))
        workshops = []
        for workshop in self.workshops:
            planned = sorted((a for a in workshop.aufgaben if a.aktion is not None), key=lambda a: a.aktion or 0)
            for number, aufgabe in enumerate(planned, start=1):
                aufgabe.aktion = number
            aufgaben = tuple(
                Aufgabe(
                    id=next(next_id),
                    text=a.text,
                    aktion=a.aktion,
                    votes=a.votes,
                    sections={
                        s: tuple(Entry(id=next(next_id), text=e.text, note=e.note) for e in entries)
                        for s, entries in a.sections.items()
                        if entries
                    },
                )
                for a in workshop.aufgaben
            )
            workshops.append(Workshop(id=next(next_id), name=workshop.name, aufgaben=aufgaben))
        event = Event(
            title=self.fields.get("title", ""),
            forum=self.fields.get("forum", ""),
            dates=self.fields.get("dates", ""),
            goal=tuple(x for x in self.lists.get("goal", []) if x),
            agenda=tuple(x for x in self.lists.get("agenda", []) if x),
        )
        return Document(event=event, workshops=tuple(workshops))


def parse_outline(text: str, source: str = "outline") -> Document:
    """Parse a Markdown outline into a Document (ids are placeholders); raise OutlineError."""
    parser = _Parser(source)
    lines = [(n, line.rstrip()) for n, line in enumerate(text.removeprefix("\ufeff").splitlines(), start=1)]
    filled = [(n, line) for n, line in lines if line.strip()]
    if not filled:
        raise OutlineError(f"{source} is empty; there is nothing to import.")
    used = parser.title_block(filled)
    for parser.lineno, line in filled[used:]:
        parser.line(line)
    return parser.document()

"""Read a Markdown outline (the shape ``faktor4 export --format md`` writes) into a Document.

Everything is parsed in memory first; the first unknown or malformed line raises
OutlineError naming the file and the line number, so nothing is ever half-imported.
An outline may be written in any catalog language (an English export reads in a German
run and back): each language is tried, the UI's first; errors speak the UI's language.
An Aktion's "Maßnahmenblatt" (its fields, one "LABEL: value" line each) is read back too.
Numbers in labels are derived data: item labels must match their section, but the
numbers are recomputed. The Aktionsplan table is derived too and is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from faktor4_tui.export.mdsyntax import empty_marker, escape, label_regex, template_pattern, unescape
from faktor4_tui.i18n import LANGUAGES, language, t, text_in
from faktor4_tui.model import (
    SECTIONS,
    STATUSES,
    Aufgabe,
    Document,
    Entry,
    Event,
    Massnahme,
    Section,
    Workshop,
    sanitize,
)
from faktor4_tui.model.massnahme import FIELDS as MASSNAHME_FIELDS
from faktor4_tui.model.massnahme import parse_tonnes

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
    sheet: dict[str, Any] = field(default_factory=dict)  # the Maßnahmenblatt's fields (as Massnahme takes them)


@dataclass
class _Workshop:
    name: str
    aufgaben: list[_Aufgabe] = field(default_factory=list)


def _patterns(lang: str) -> dict[str, re.Pattern[str]]:
    aufgabe = template_pattern("aufgabe.label", lang=lang)
    aktion = template_pattern("aktion.label", lang=lang)
    votes = template_pattern("export.votes", lang=lang)
    workshop_head, _, workshop_tail = text_in(lang, "workshop.label").partition("{name}")
    return {
        "workshop": re.compile(f"^{re.escape(escape(workshop_head))}(.+){re.escape(escape(workshop_tail))}$"),
        "aktion": re.compile("^" + aktion + " · " + aufgabe + ": (.*)$"),
        "aufgabe": re.compile("^" + aufgabe + ": (.*)$"),
        "problem": re.compile("^" + aufgabe + r"(?: \(" + votes + r"\))?: (.*)$"),
    }


class _Parser:
    def __init__(self, source: str, lang: str) -> None:
        self.source = source
        self.lang = lang  # the outline's words are read in this language
        self.p = _patterns(lang)
        self.marker = empty_marker(lang)
        self.questions = {escape(self.word(f"section.{s}.question")): s for s in SECTIONS}
        self.labels = {s: label_regex(f"section.{s}.label", lang) for s in SECTIONS}
        self.fields: dict[str, str] = {}  # title, forum, dates
        self.lists: dict[str, list[str]] = {}  # goal, agenda
        self.workshops: list[_Workshop] = []
        self.where = ""  # goal | agenda | problems | aufgabe | plan | extras | derived
        self.in_sheet = False  # under an Aktion's "#### Maßnahmenblatt"
        self.sheet_labels = {escape(self.word(f"massnahme.field.{name}")) + ": ": name for name in MASSNAHME_FIELDS}
        self.statuses = {text_in(lang, f"massnahme.status.{status}"): status for status in STATUSES}
        self.aufgabe: _Aufgabe | None = None
        self.section: Section | None = None
        self.section_state: str = ""  # "", "items", "empty"
        self.lineno = 0

    def word(self, key: str) -> str:
        """A fixed word of the outline (heading, question) in the outline's language."""
        return text_in(self.lang, key)

    def fail(self, key: str, **values: object) -> OutlineError:
        """The refusal of the current line: ``key``'s sentence (UI language) with file and line."""
        return OutlineError(t("import.at_line", source=self.source, line=self.lineno, why=t(key, **values)))

    def text(self, escaped: str) -> str:
        return sanitize(unescape(escaped))

    # --- the title block ---------------------------------------------------

    def title_block(self, lines: list[tuple[int, str]]) -> int:
        """Read title, forum and dates; return how many non-blank lines were used."""
        expected = ("title", "forum", "dates")
        for index, what in enumerate(expected):
            if index >= len(lines):
                self.lineno = lines[-1][0] if lines else 0
                raise self.fail(f"import.ends_before_{what}")
            self.lineno, line = lines[index]
            is_marker = line == self.marker
            if what == "title":
                match = _HEADING.match(line)
                if not match or len(match.group(1)) != 1:
                    raise self.fail("import.title_first")
                content = match.group(2) or ""
                self.fields["title"] = "" if content == self.marker else self.text(content)
            elif what == "forum":
                match = _BOLD.match(line)
                if not (match or is_marker):
                    raise self.fail("import.forum_second", marker=self.marker)
                self.fields["forum"] = self.text(match.group(1)) if match and not is_marker else ""
            else:
                if _HEADING.match(line) or _BULLET.match(line):
                    raise self.fail("import.dates_third", marker=self.marker)
                self.fields["dates"] = "" if is_marker else self.text(line)
        return len(expected)

    # --- headings ------------------------------------------------------------

    def close_section(self) -> None:
        self.section, self.section_state = None, ""
        self.in_sheet = False

    def heading(self, level: int, content: str) -> None:
        self.close_section()
        if level == 2:
            self.level2(content)
        elif level in (3, 4, 5) and self.workshops:
            self.level345(level, content)
        else:
            raise self.fail("import.heading_misplaced", heading=content)

    def level2(self, content: str) -> None:
        self.aufgabe = None
        if content in (escape(self.word("deck.index.title")), escape(self.word("deck.forum_plan.title"))):
            self.where = "derived"  # the forum's room index and all rooms' plans say what the rooms say
            return
        for key, where in (("event.goal", "goal"), ("event.agenda", "agenda")):
            if content == escape(self.word(key)):
                if where in self.lists:
                    raise self.fail("import.twice", heading=self.word(key))
                if self.workshops:
                    raise self.fail("import.before_workshops", heading=self.word(key))
                self.lists[where] = []
                self.where = where
                self.section_state = ""
                return
        match = self.p["workshop"].match(content)
        if not match:
            raise self.fail("import.not_workshop", heading=content, goal=t("event.goal"), agenda=t("event.agenda"))
        name = self.text(match.group(1))
        if not name:
            raise self.fail("import.no_workshop_name")
        self.workshops.append(_Workshop(name))
        self.where = "workshop"

    def level345(self, level: int, content: str) -> None:
        workshop = self.workshops[-1]
        if level == 3:
            self.aufgabe = None
            if content == escape(self.word("problems.question")):
                if self.where != "workshop":
                    raise self.fail("import.problems_first")
                self.where = "problems"
                return
            if content == escape(self.word("plan.title")):
                self.where = "plan"
                return
            if content == escape(self.word("export.more_aufgaben")):
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
            raise self.fail("import.not_aufgabe_heading", heading=content)
        if level == 4 and self.where == "extras":
            match = self.p["aufgabe"].match(content)
            if not match:
                raise self.fail("import.extras_heading", more=self.word("export.more_aufgaben"), example=_example())
            self.head_aufgabe(workshop, int(match.group(1)), match.group(2), None, extras=True)
            return
        wanted = 5 if self.where == "extras" else 4
        if level == 4 and self.where == "aufgabe" and content == escape(self.word("massnahme.sheet")):
            if self.aufgabe is None or self.aufgabe.aktion is None or self.aufgabe.sheet:
                raise self.fail("import.sheet_misplaced", heading=content)
            self.in_sheet = True
            return
        if self.aufgabe is None or level != wanted:
            raise self.fail("import.question_misplaced", heading=content)
        section = self.questions.get(content)
        if section is None:
            raise self.fail("import.not_question", heading=content)
        if section in self.aufgabe.sections:
            raise self.fail("import.question_twice", question=self.word(f"section.{section}.question"))
        self.aufgabe.sections[section] = []
        self.section = section

    def head_aufgabe(
        self, workshop: _Workshop, number: int, text: str, aktion: int | None, extras: bool = False
    ) -> None:
        if not 1 <= number <= len(workshop.aufgaben):
            raise self.fail("import.aufgabe_unknown", n=number, workshop=workshop.name)
        aufgabe = workshop.aufgaben[number - 1]
        if self.text(text) != aufgabe.text:
            raise self.fail("import.aufgabe_differs", n=number)
        if aufgabe.headed:
            raise self.fail("import.aufgabe_twice", n=number)
        if aktion is not None and any(a.aktion == aktion for a in workshop.aufgaben):
            raise self.fail("import.aktion_twice", n=aktion, workshop=workshop.name)
        aufgabe.headed = True
        aufgabe.aktion = aktion
        self.aufgabe = aufgabe
        self.where = "extras" if extras else "aufgabe"

    # --- body lines ------------------------------------------------------------

    def mark(self, state: str) -> None:
        if self.section_state and self.section_state != state:
            raise self.fail("import.marked_and_lines", marker=self.marker)
        if state == "empty" and self.section_state == "empty":
            raise self.fail("import.marker_twice", marker=self.marker)
        self.section_state = state

    def sheet_field(self, content: str) -> None:
        """A line of an Aktion's Maßnahmenblatt: "LABEL: value" with one of its field names."""
        aufgabe = self.aufgabe
        name = next((self.sheet_labels[p] for p in self.sheet_labels if content.startswith(p)), None)
        if aufgabe is None or name is None or name in aufgabe.sheet:
            raise self.fail("import.sheet_line", line=content[:60])
        value = self.text(content[len(escape(self.word(f"massnahme.field.{name}"))) + 2 :])
        if name == "thg":
            try:
                aufgabe.sheet[name] = parse_tonnes(value, text_in(self.lang, "number.decimal_mark"))
            except ValueError:
                raise self.fail("import.sheet_line", line=content[:60]) from None
        elif name == "status":
            if value not in self.statuses:
                raise self.fail("import.sheet_line", line=content[:60])
            aufgabe.sheet[name] = self.statuses[value]
        else:
            aufgabe.sheet[name] = value

    def bullet(self, content: str) -> None:
        if self.in_sheet:
            self.sheet_field(content)
        elif self.where in ("goal", "agenda") and not self.section:
            self.mark("items")
            self.lists[self.where].append(self.text(content))
        elif self.where == "problems":
            self.mark("items")
            workshop = self.workshops[-1]
            match = self.p["problem"].match(content)
            if not match:
                raise self.fail("import.problem_line", example=_example())
            number = int(match.group(1))
            if number != len(workshop.aufgaben) + 1:
                raise self.fail("import.problem_order", expected=len(workshop.aufgaben) + 1, found=number)
            text = self.text(match.group(3))
            if not text:
                raise self.fail("import.aufgabe_no_text", n=number)
            workshop.aufgaben.append(_Aufgabe(text=text, votes=int(match.group(2) or 0)))
        elif self.section and self.aufgabe is not None:
            self.mark("items")
            match = self.labels[self.section].match(content)
            text = self.text(match.group(2) if match else content)
            if not text:
                raise self.fail("import.line_no_text")
            self.aufgabe.sections[self.section].append(Entry(id=0, text=text, note=match is None))
        else:
            raise self.fail("import.stray_bullet", goal=t("event.goal"), agenda=t("event.agenda"))

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
            raise self.fail("import.marker_misplaced", marker=self.marker)
        bullet = _BULLET.match(line)
        if bullet:
            self.bullet(bullet.group(1) or "")
            return
        if self.where == "plan" and (line.startswith("|") or line.startswith(">")):
            return  # the Aktionsplan table and its warning are derived from the Aktionen
        raise self.fail("import.unknown_line", line=line[:60])

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
                    massnahme=replace(Massnahme(), **a.sheet),
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


def _example() -> str:
    """How an Aufgabe's line or heading reads, e.g. "Aufgabe N: TEXT" (UI language, for refusals)."""
    return t("aufgabe.label", n="N") + ": " + t("import.text")


def parse_outline(text: str, source: str = "outline") -> Document:
    """Parse a Markdown outline into a Document (ids are placeholders); raise OutlineError.

    The outline's language is found by reading it: the UI's language first, then the others.
    If none reads it whole, the refusal is the one from the language that read furthest (the
    UI's on a tie), since that is the language the outline was most likely written in.
    """
    lines = [(n, line.rstrip()) for n, line in enumerate(text.removeprefix("\ufeff").splitlines(), start=1)]
    filled = [(n, line) for n, line in lines if line.strip()]
    if not filled:
        raise OutlineError(t("import.empty", source=source))
    refusals: list[tuple[int, OutlineError]] = []
    for lang in (language(), *(code for code in LANGUAGES if code != language())):
        parser = _Parser(source, lang)
        try:
            used = parser.title_block(filled)
            for parser.lineno, line in filled[used:]:
                parser.line(line)
        except OutlineError as error:
            refusals.append((parser.lineno, error))
            continue
        return parser.document()
    furthest = max(line for line, _ in refusals)
    raise next(error for line, error in refusals if line == furthest)

"""The command palette (ctrl+p): every action by name, and every Aufgabe and entry by its text."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator, Sequence
from functools import partial
from typing import Any

from textual.app import SystemCommand
from textual.command import Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher
from textual.screen import Screen
from textual.style import Style

from faktor4_tui.i18n import LANGUAGES, language, t
from faktor4_tui.model.search import Hit as Found
from faktor4_tui.model.search import searchable
from faktor4_tui.ui.commands import flows, trash
from faktor4_tui.ui.commands.host import CommandHost
from faktor4_tui.ui.commands.theme import choose_theme
from faktor4_tui.ui.screens.aufgabe import AufgabeScreen
from faktor4_tui.ui.screens.present import PresentScreen
from faktor4_tui.ui.screens.problems import ProblemScreen

MAX_HITS = 30
WORD_LIMIT = 40  # longer words are found as substrings only: fuzzy matching grows combinatorially
YIELD_EVERY = 200  # hits scored between pauses, so typing in the palette stays responsive
WORD = re.compile(r"\S+")


def app_commands(app: CommandHost, screen: Screen[Any]) -> Iterator[SystemCommand]:
    """Every faktor4 action by its name (German or English, from the catalog)."""
    if app.session.replaced:
        yield SystemCommand(t("command.follow_file"), t("command.follow_file.tip"), partial(flows.follow_file, app))
    yield SystemCommand(t("command.workshop"), t("key.workshop.tip"), partial(flows.switch_workshop, app))
    yield SystemCommand(t("command.overview"), t("command.overview.tip"), partial(flows.forum_overview, app))
    yield SystemCommand(t("command.workshop_up"), t("command.workshop_up.tip"), partial(flows.move_workshop, app, -1))
    yield SystemCommand(
        t("command.workshop_down"), t("command.workshop_down.tip"), partial(flows.move_workshop, app, 1)
    )
    yield SystemCommand(t("command.workshop_new"), t("command.workshop_new.tip"), partial(flows.new_workshop, app))
    yield SystemCommand(
        t("command.workshop_rename"), t("command.workshop_rename.tip"), partial(flows.rename_workshop, app)
    )
    yield SystemCommand(
        t("command.workshop_delete"), t("command.workshop_delete.tip"), partial(trash.delete_workshop, app)
    )
    yield SystemCommand(t("command.trash"), t("command.trash.tip"), partial(trash.open_trash, app))
    yield SystemCommand(t("command.merge_room"), t("command.merge_room.tip"), partial(flows.merge_room, app))
    if not isinstance(screen, PresentScreen):
        yield SystemCommand(t("command.present"), t("key.present.tip"), app.action_present)
    for fmt, (_suffix, name) in flows.EXPORTS.items():
        yield SystemCommand(
            t("command.export", format=name), t("command.export.tip", format=name), partial(flows.export, app, fmt)
        )
    yield SystemCommand(t("command.event"), t("key.event.tip"), app.action_event)
    yield SystemCommand(t("command.massnahmen"), t("key.massnahmen.tip"), partial(flows.massnahmen, app))
    if isinstance(screen, ProblemScreen | AufgabeScreen):
        yield SystemCommand(t("command.massnahme"), t("key.massnahme.tip"), screen.action_massnahme)
    if isinstance(screen, ProblemScreen):
        yield SystemCommand(t("command.sort"), t("key.sort.tip"), screen.action_sort)
        yield SystemCommand(t("command.propose"), t("key.propose.tip"), screen.action_propose)
        yield SystemCommand(
            t("command.aktion_earlier"), t("key.aktion_earlier.tip"), partial(screen.action_move_aktion, -1)
        )
        yield SystemCommand(t("command.aktion_later"), t("key.aktion_later.tip"), partial(screen.action_move_aktion, 1))
    yield SystemCommand(t("command.theme"), t("command.theme.tip"), partial(choose_theme, app))
    for code in LANGUAGES:
        if code != language():
            name = flows.LANGUAGE_NAMES.get(code, code)
            yield SystemCommand(
                t("command.language", name=name), t("command.language.tip"), partial(flows.choose_language, app, code)
            )
    yield SystemCommand(t("key.undo"), t("key.undo.tip"), app.action_undo)
    yield SystemCommand(t("key.redo"), t("key.redo.tip"), app.action_redo)
    yield SystemCommand(t("key.help"), t("key.help.tip"), app.action_help)
    yield SystemCommand(t("key.quit"), t("key.quit.tip"), app.exit)


def text_match(matcher: Matcher, text: str) -> tuple[float, Sequence[int]]:
    """Fuzzy score and matched offsets of ``text``; each query word within one word of a long text."""
    query = matcher.query.strip()
    if not query:
        return 0.0, ()
    lowered = text.lower()
    fuzzy = matcher.fuzzy_search
    if query.lower() in lowered:
        return fuzzy.match(query, text)  # the fast path: a substring
    total, offsets = 0.0, []
    for word in query.split():
        if not set(word.lower()) <= set(lowered):
            return 0.0, ()
        best: tuple[float, list[int]] = (0.0, [])
        for found in WORD.finditer(text):
            if len(found.group()) <= WORD_LIMIT:
                score, where = fuzzy.match(word, found.group())
                if score > best[0]:
                    best = (score, [found.start() + offset for offset in where])
        if not best[0]:
            return 0.0, ()
        total += best[0]
        offsets += best[1]
    return total, sorted(set(offsets))


def hit_prompt(found: Found, offsets: Sequence[int], style: Style | str) -> Content:
    """The hit's text (literal, never markup) with the matched letters marked, and where it is."""
    text = Content(found.text)
    for offset in offsets:
        if 0 <= offset < len(found.text) and not found.text[offset].isspace():
            text = text.stylize(style, offset, offset + 1)
    place = [found.workshop, t("aufgabe.label", n=found.aufgabe_number)]
    if found.section is not None:
        place.append(t(f"section.{found.section}.short"))
    return Content.assemble(text, ("\n" + " · ".join(place), "italic"))


class SearchProvider(Provider):
    """Finds any Aufgabe or entry of any workshop by its text and jumps there."""

    async def search(self, query: str) -> Hits:
        """The best matches of every Aufgabe's and entry's text."""
        app = self.app
        if not isinstance(app, CommandHost):
            return
        matcher = self.matcher(query)
        scored: list[tuple[float, int, Found, Sequence[int]]] = []
        for index, found in enumerate(searchable(app.session.document)):
            score, offsets = text_match(matcher, found.text)
            if score > 0:
                scored.append((score, index, found, offsets))
            if index % YIELD_EVERY == YIELD_EVERY - 1:
                await asyncio.sleep(0)
        scored.sort(key=lambda item: (-item[0], item[1]))
        for score, _index, found, offsets in scored[:MAX_HITS]:
            yield Hit(
                score,
                hit_prompt(found, offsets, matcher.match_style),
                partial(flows.jump_to, app, found),
                text=found.text,
            )

"""A room's slides are laid out again only when the room changed.

Live follow rebuilds the deck after every change anyone saves; on a forum of 200,000 entries
laying out every slide again took seconds. A room's slides depend only on the room, the
event's header (title, forum, dates), the language and the Fit: when the room is equal to last
time (the store hands back the very same objects for unchanged rows, so comparing is cheap),
its slides are last time's — with the new header if only the header changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from faktor4_tui.deck.slides import Fit, Slide
from faktor4_tui.i18n import language
from faktor4_tui.model import Workshop

Header = tuple[str, str, str]  # the event's title, forum, dates as every slide carries them

_LIMIT = 512  # rooms × sizes remembered; more is forgotten at once (a resize storm, a huge forum)
_ROOMS: dict[tuple[int, Fit | None, str], tuple[Workshop, Header, list[Slide]]] = {}
_PARTS: dict[tuple[Slide, Fit, str], list[Slide]] = {}


def room_slides(workshop: Workshop, header: Header, fit: Fit | None, build: Callable[[], list[Slide]]) -> list[Slide]:
    """``build()``'s slides for this room, or the remembered ones if the room has not changed."""
    key = (workshop.id, fit, language())
    known = _ROOMS.get(key)
    if known is not None and known[0] == workshop:
        if known[1] == header:
            return known[2]
        title, forum, dates = header
        slides = [replace(slide, title=title, forum=forum, dates=dates) for slide in known[2]]
    else:
        slides = build()
    if len(_ROOMS) >= _LIMIT:
        _ROOMS.clear()
    _ROOMS[key] = (workshop, header, slides)
    return slides


def split_slide(slide: Slide, fit: Fit, split: Callable[[Slide, Fit], list[Slide]]) -> list[Slide]:
    """``split(slide, fit)``, remembered by the slide's content without its header.

    For the slides outside the rooms (title, index, the Aktionspläne of all rooms, which on a huge
    forum runs over thousands of parts): a new event title does not lay them out again.
    """
    bare = replace(slide, title="", forum="", dates="")
    key = (bare, fit, language())
    parts = _PARTS.get(key)
    if parts is None:
        parts = split(bare, fit)
        if len(_PARTS) >= _LIMIT:
            _PARTS.clear()
        _PARTS[key] = parts
    return [replace(part, title=slide.title, forum=slide.forum, dates=slide.dates) for part in parts]

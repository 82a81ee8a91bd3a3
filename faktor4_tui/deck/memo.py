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
from typing import TypeVar, cast

from faktor4_tui.deck.slides import Fit, Slide
from faktor4_tui.i18n import language
from faktor4_tui.model import Workshop

T = TypeVar("T")
Header = tuple[str, str, str]  # the event's title, forum, dates as every slide carries them

_LIMIT = 512  # rooms × sizes remembered; more is forgotten at once (a resize storm, a huge forum)
_ROOMS: dict[tuple[int, Fit | None, str], tuple[Workshop, Header, list[Slide]]] = {}
_PARTS: dict[tuple[Slide, Fit, str], list[Slide]] = {}
_PER_ROOM: dict[tuple[str, int, str], tuple[Workshop, object]] = {}


def room_slides(workshop: Workshop, header: Header, fit: Fit | None, build: Callable[[], list[Slide]]) -> list[Slide]:
    """``build()``'s slides for this room, or the remembered ones if the room has not changed."""
    key = (workshop.id, fit, language())
    known = _ROOMS.get(key)
    if known is not None and known[0] == workshop:
        if known[1] == header:
            return known[2]
        slides = [with_header(slide, header) for slide in known[2]]
    else:
        slides = build()
    if len(_ROOMS) >= _LIMIT:
        _ROOMS.clear()
    _ROOMS[key] = (workshop, header, slides)
    return slides


def remembered(what: str, workshop: Workshop, build: Callable[[], T]) -> T:
    """``build()``'s result for this room (``what`` names which), remembered while the room is the same.

    For a room's part of a slide about all rooms ("Aktionspläne aller Workshops"): a change in one
    room of a 200,000-entry forum does not number and join every other room again.
    """
    key = (what, workshop.id, language())
    known = _PER_ROOM.get(key)
    if known is not None and known[0] == workshop:
        return cast("T", known[1])
    result = build()
    if len(_PER_ROOM) >= _LIMIT:
        _PER_ROOM.clear()
    _PER_ROOM[key] = (workshop, result)
    return result


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
    header = (slide.title, slide.forum, slide.dates)
    return [with_header(part, header) for part in parts]


def with_header(slide: Slide, header: Header) -> Slide:
    """``slide`` with another event header: ``dataclasses.replace`` without its per-field work.

    A new event title re-heads every slide of the deck (22,000 on a 200,000-entry forum): replace()
    took 0.17 s of the 1 s a change may take to show. Only the three header fields differ; the
    copy shares everything else (it is all immutable), as replace() would.
    """
    copy = object.__new__(Slide)
    fields = copy.__dict__
    fields.update(slide.__dict__)
    fields["title"], fields["forum"], fields["dates"] = header
    return copy

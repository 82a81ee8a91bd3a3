"""Slides continue on "(Forts.)" slides when they do not fit; the presenter finds its place again."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from faktor4_tui.deck import Fit, Slide, SlideKey, build_deck, locate, slide_key_for
from faktor4_tui.deck.measure import wrap_rows
from faktor4_tui.deck.paging import body_rows
from faktor4_tui.deck.text import block_title, line_text, slide_heading
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddEntry, Batch, SetAktion


def unsplit_lines(slides: list[Slide]) -> list[tuple[tuple, str, str]]:
    """Every line with its slide (without the part) and section, in deck order (a line cut
    over slides joined again)."""
    out: list[tuple[tuple, str, str]] = []
    for s in slides:
        for b in s.blocks:
            for line in b.lines:
                if line.kind == "heading":  # a heading too tall for the fit, said whole in the body
                    continue
                if line.continued:
                    key, section, text = out.pop()
                    whole = text.removesuffix(line_text(replace(line, text="", label="")))
                    out.append((key, section, whole + line_text(replace(line, label=""))))
                else:
                    # A question too tall for the fit is shortened ("Wo sehen Sie die dr…"): its start names it.
                    out.append((replace(s.key, part=0), b.section or b.question[:6], line_text(line)))
    return out


def test_small_fit_continues_and_loses_nothing(demo_store: Store) -> None:
    document = demo_store.load()
    whole = build_deck(document)
    fit = Fit(40, 12)
    parts = build_deck(document, fit=fit)
    assert len(parts) > len(whole)
    assert unsplit_lines(parts) == unsplit_lines(whole)
    for slide in parts:
        lone = sum(len(b.lines) for b in slide.blocks) == 1  # one line taller than the body: nothing to split
        assert body_rows(slide, fit.width, 0 if slide.compact else fit.gap) <= fit.height or lone, slide.key
        if slide.key.part:
            assert slide.continued
            first = slide.blocks[0]
            marked = block_title(first) if first.continued else slide_heading(slide) or block_title(first)
            assert first.continued is False or block_title(first).endswith("(Forts.)")
            assert marked.endswith("(Forts.)") or not slide.heading


def test_continued_block_repeats_its_question(demo_store: Store) -> None:
    parts = build_deck(demo_store.load(), fit=Fit(50, 16))
    loesungen = [s for s in parts if s.kind == "loesungen" and s.heading.startswith("Aktion 1")]
    assert len(loesungen) > 1
    assert [s.key.part for s in loesungen] == list(range(len(loesungen)))
    assert block_title(loesungen[1].blocks[0]) == "Was muss getan werden? (Forts.)"
    assert block_title(loesungen[0].blocks[0]) == "Was muss getan werden?"


def test_compact_when_that_saves_a_slide(demo_store: Store) -> None:
    document = demo_store.load()
    loesungen = next(s for s in build_deck(document) if s.kind == "loesungen")
    spaced, tight = body_rows(loesungen, 76, 1), body_rows(loesungen, 76, 0)
    assert tight < spaced
    fitted = [s for s in build_deck(document, fit=Fit(76, tight)) if s.key == loesungen.key]
    assert len(fitted) == 1 and fitted[0].compact
    roomy = [s for s in build_deck(document, fit=Fit(76, spaced)) if s.key == loesungen.key]
    assert len(roomy) == 1 and not roomy[0].compact


def test_big_fit_splits_nothing(demo_store: Store) -> None:
    document = demo_store.load()
    assert [s.key for s in build_deck(document, fit=Fit(116, 50))] == [s.key for s in build_deck(document)]


@settings(max_examples=60, deadline=None)
@given(
    texts=st.lists(
        st.text(alphabet=st.sampled_from("ab cdé字 -"), min_size=1, max_size=120).filter(str.strip),
        min_size=1,
        max_size=12,
    ),
    width=st.integers(min_value=12, max_value=90),
    height=st.integers(min_value=10, max_value=40),
)
def test_any_entries_fit_and_stay_in_order(tmp_path_factory, texts: list[str], width: int, height: int) -> None:
    from faktor4_tui.demo import demo_data

    store = Store.create(tmp_path_factory.mktemp("p") / "d.json", demo_data())
    aufgabe = store.load().workshops[0].aufgaben[0]
    store.apply(Batch(tuple([AddEntry(aufgabe=aufgabe.id, section="akteure", text=t) for t in texts])))
    document = store.load()
    fit = Fit(width, height)
    parts = build_deck(document, fit=fit)
    assert unsplit_lines(parts) == unsplit_lines(build_deck(document))
    for slide in parts:
        rows = body_rows(slide, width, 0 if slide.compact else 1)
        lone = sum(len(b.lines) for b in slide.blocks) == 1  # a single line taller than the body
        assert rows <= height or lone


def test_wrap_rows_basics() -> None:
    assert wrap_rows("", 10) == 1
    assert wrap_rows("aaaa bbbb", 9) == 1
    assert wrap_rows("aaaa bbbb", 8) == 2
    assert wrap_rows("a" * 25, 10) == 3
    assert wrap_rows("字" * 6, 5) == 3


def test_locate_keeps_the_section_when_slides_are_added_before(demo_store: Store) -> None:
    document = demo_store.load()
    slides = build_deck(document)
    akteure_2 = next(s.key for s in slides if s.kind == "akteure" and s.heading.startswith("Aktion 2"))
    workshop = document.workshops[0]
    demo_store.apply(SetAktion(id=workshop.aufgaben[4].id, aktion=1))  # a new Aktion 1 in front
    rebuilt = build_deck(demo_store.load())
    index = locate(rebuilt, akteure_2)
    assert rebuilt[index].key == akteure_2
    assert index > slides.index(next(s for s in slides if s.key == akteure_2))


def test_locate_falls_back_sensibly(demo_store: Store) -> None:
    document = demo_store.load()
    workshop = document.workshops[0]
    parts = build_deck(document, fit=Fit(50, 16))
    loesungen = [i for i, s in enumerate(parts) if s.kind == "loesungen"]
    last = parts[loesungen[0]].key
    many = replace(last, part=40)
    assert parts[locate(parts, many)].key.kind == "loesungen"
    # A section key finds the slide showing that section.
    aufgabe = workshop.aufgaben[0]
    key = slide_key_for(workshop.id, aufgabe.id, "umsetzungsprobleme")
    assert parts[locate(parts, key)].kind == "start"
    # An Aufgabe outside the plan: the workshop's problem list.
    outside = slide_key_for(workshop.id, workshop.aufgaben[3].id, "akteure")
    assert parts[locate(parts, outside)].kind == "problems"
    assert locate(parts, slide_key_for(None)) == 0
    assert locate(parts, SlideKey(999, None, "plan"), fallback=500) == len(parts) - 1

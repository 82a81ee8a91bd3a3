"""Plan proposal by votes (one undo step) and the flat search index."""

from __future__ import annotations

from faktor4_tui.model.search import searchable
from faktor4_tui.store import Store
from faktor4_tui.store.ops import SetVotes
from faktor4_tui.store.plans import propose_plan


def test_propose_plan_is_top_four_by_votes_and_one_undo_step(demo_store: Store) -> None:
    aufgaben = demo_store.load().workshops[0].aufgaben
    for index, votes in ((2, 5), (4, 3), (5, 3), (6, 1), (8, 2)):
        demo_store.apply(SetVotes(id=aufgaben[index].id, votes=votes))
    before = demo_store.load().workshops[0]
    inverse = demo_store.apply(propose_plan(before))
    plan = demo_store.load().workshops[0].plan
    assert [a.id for a in plan] == [aufgaben[i].id for i in (2, 4, 5, 8)]
    assert [a.aktion for a in plan] == [1, 2, 3, 4]
    demo_store.apply(inverse)
    assert [a.id for a in demo_store.load().workshops[0].plan] == [a.id for a in before.plan]


def test_searchable_finds_entries_with_their_place(demo_store: Store) -> None:
    hits = [h for h in searchable(demo_store.load()) if "Genossenschaft" in h.text]
    assert [(h.aufgabe_number, h.section) for h in hits] == [(8, "akteure")]

"""File ▸ Drafts as a list, read without a window: subjects and recipients from the headers."""

from __future__ import annotations

import os

from composer.compose.draft_list import list_drafts
from composer.compose.drafts import draft_eml
from composer.compose.message import ComposedMessage
from composer.storage.drafts import DraftStore


def test_drafts_are_listed_newest_first_with_subject_and_recipients() -> None:
    store = DraftStore()
    older, newer, untitled = store.new_id(), store.new_id(), store.new_id()
    store.save(older, draft_eml(ComposedMessage(to=["김철수 <kim@example.kr>"], subject="보고서")))
    store.save(
        newer, draft_eml(ComposedMessage(to=["a@example.com", "b@example.com"], subject="Later"))
    )
    store.save(untitled, draft_eml(ComposedMessage(text="just words")))
    os.utime(store.path(older), (1_000_000, 1_000_000))
    os.utime(store.path(untitled), (500_000, 500_000))
    rows = list_drafts(store)
    assert [r.draft_id for r in rows] == [newer, older, untitled]
    assert [(r.subject, r.to) for r in rows] == [
        ("Later", "a@example.com, b@example.com"),
        ("보고서", "김철수 <kim@example.kr>"),
        ("(no subject)", ""),
    ]
    assert rows[1].path == store.path(older)


def test_a_draft_deleted_while_listing_is_left_out() -> None:
    store = DraftStore()
    kept, gone = store.new_id(), store.new_id()
    store.save(kept, draft_eml(ComposedMessage(subject="Kept")))
    store.save(gone, draft_eml(ComposedMessage(subject="Gone")))
    original = store.saved

    def saved_then_deleted() -> list:  # type: ignore[type-arg]
        found = original()
        store.path(gone).unlink()
        return found

    store.saved = saved_then_deleted  # type: ignore[method-assign]
    assert [r.subject for r in list_drafts(store)] == ["Kept"]

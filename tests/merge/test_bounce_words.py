"""The bounce summary counts in the right form, in English and Korean."""

from __future__ import annotations

from composer.cli.language import install
from composer.merge.bounces.words import came_back_words, scan_summary


def test_one_of_a_kind_is_singular_and_more_are_plural() -> None:
    assert scan_summary(1, 1, 2, 1, 0) == (
        "Read 1 message: 1 hard bounce (not mailed again), 2 soft bounces, 1 unsubscribe "
        "request (not mailed again), 0 bounces that match no merge."
    )
    assert scan_summary(7, 0, 1, 3, 1) == (
        "Read 7 messages: 0 hard bounces (not mailed again), 1 soft bounce, 3 unsubscribe "
        "requests (not mailed again), 1 bounce that matches no merge."
    )
    assert came_back_words(1, 0, 2) == (
        "Came back: 1 hard bounce (not mailed again), 0 soft bounces, 2 asked to unsubscribe "
        "(not mailed again)."
    )


def test_the_summary_in_korean() -> None:
    restore = install({"LANG": "ko_KR.UTF-8"})
    try:
        summary = scan_summary(1, 1, 2, 0, 0)
        came_back = came_back_words(1, 2, 0)
    finally:
        restore()
    assert summary == (
        "메시지 1통을 읽었습니다: 영구 반송 1건(다시 보내지 않음), 일시 반송 2건, "
        "수신 거부 요청 0건(다시 보내지 않음), 어느 병합과도 맞지 않는 반송 0건."
    )
    assert came_back == (
        "돌아온 메일: 영구 반송 1건(다시 보내지 않음), 일시 반송 2건, "
        "수신 거부 요청 0건(다시 보내지 않음)."
    )

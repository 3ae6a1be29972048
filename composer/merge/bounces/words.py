"""The counts of a bounce scan in words, each in its singular or plural form.

One sentence holding every count would read "1 hard bounces"; each count is its own phrase
instead, both of its forms translated (:func:`composer.i18n.plural`), and the phrases are
joined into the summary of a bounce check (``composer bounces``, the Earlier merges window)
and the line of a merge report about what came back.
"""

from __future__ import annotations

from composer.i18n import plural, translate

__all__ = ["came_back_words", "scan_summary"]


def _bounces(hard: int, soft: int) -> list[str]:
    return [
        plural(
            hard,
            translate("BounceWords", "{count} hard bounce (not mailed again)"),
            translate("BounceWords", "{count} hard bounces (not mailed again)"),
        ).format(count=hard),
        plural(
            soft,
            translate("BounceWords", "{count} soft bounce"),
            translate("BounceWords", "{count} soft bounces"),
        ).format(count=soft),
    ]


def _joined(parts: list[str]) -> str:
    return translate("BounceWords", ", ").join(parts)


def scan_summary(messages: int, hard: int, soft: int, unsubscribed: int, unmatched: int) -> str:
    """E.g. "Read 2 messages: 1 hard bounce (not mailed again), 1 soft bounce, ..."."""
    read = plural(
        messages,
        translate("BounceWords", "Read {count} message"),
        translate("BounceWords", "Read {count} messages"),
    ).format(count=messages)
    parts = [
        *_bounces(hard, soft),
        plural(
            unsubscribed,
            translate("BounceWords", "{count} unsubscribe request (not mailed again)"),
            translate("BounceWords", "{count} unsubscribe requests (not mailed again)"),
        ).format(count=unsubscribed),
        plural(
            unmatched,
            translate("BounceWords", "{count} bounce that matches no merge"),
            translate("BounceWords", "{count} bounces that match no merge"),
        ).format(count=unmatched),
    ]
    return translate("BounceWords", "{read}: {counts}.").format(read=read, counts=_joined(parts))


def came_back_words(hard: int, soft: int, unsubscribed: int) -> str:
    """E.g. "Came back: 1 hard bounce (not mailed again), 2 soft bounces, ..."."""
    parts = [
        *_bounces(hard, soft),
        # "asked" reads the same for one and for many.
        translate("BounceWords", "{count} asked to unsubscribe (not mailed again)").format(
            count=unsubscribed
        ),
    ]
    return translate("BounceWords", "Came back: {counts}.").format(counts=_joined(parts))

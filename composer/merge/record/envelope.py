"""A rendered row's envelope, worked out once for the check and the send.

Both passes need each row's recipients in their bare form (the suppression list compares
those) and the row's key base (:func:`composer.merge.record.tables.recipient_base`, how the
ledger knows the row). Parsing the addresses again in each pass cost more than rendering
the row; :func:`envelope_of` keeps them on the rendered message (its ``memo``), which the
send pass takes over from the check pass.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from composer.merge.record.suppression import bare_address
from composer.merge.record.tables import bare_base

if TYPE_CHECKING:
    from composer.merge.templates.render import RenderedMessage

__all__ = ["Envelope", "envelope_of"]


class Envelope(NamedTuple):
    """Who a rendered message goes to.

    Attributes:
        recipients: To, Cc and Bcc as rendered (``Name <addr>``).
        bare: the same addresses, bare and lower-case, in the same order.
        base: the ledger's key base for these recipients.
    """

    recipients: tuple[str, ...]
    bare: tuple[str, ...]
    base: str


def envelope_of(rendered: RenderedMessage) -> Envelope:
    """*rendered*'s envelope, worked out on the first call and kept on the message."""
    found = rendered.memo.get("envelope")
    if isinstance(found, Envelope):
        return found
    recipients = tuple(rendered.recipients())
    bare = tuple([bare_address(r) for r in recipients])
    # As recipient_base(recipients), from the bare forms already at hand.
    base = bare_base([b for r, b in zip(recipients, bare, strict=True) if r.strip()])
    envelope = Envelope(recipients, bare, base)
    rendered.memo["envelope"] = envelope
    return envelope

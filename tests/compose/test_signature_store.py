"""Where a signature goes (below, or above a quote), and how it is kept."""

from __future__ import annotations

from pathlib import Path

from composer.compose.message import InlineImage
from composer.compose.signature_store import (
    ABOVE,
    BELOW,
    Signature,
    SignatureStore,
    place_in_html,
    place_in_text,
)


def test_below_and_above_a_quote_in_text() -> None:
    body = "Thanks!\n\nOn Monday, Lee wrote:\n> the plan\n> is fine"
    above = Signature("Kim\nACME", placement=ABOVE)
    assert place_in_text(body, above) == (
        "Thanks!\n\n-- \nKim\nACME\n\nOn Monday, Lee wrote:\n> the plan\n> is fine"
    )
    below = Signature("Kim\nACME", placement=BELOW)
    assert place_in_text(body, below).endswith("> is fine\n\n-- \nKim\nACME")
    assert place_in_text("No quote", above) == "No quote\n\n-- \nKim\nACME"


def test_above_a_blockquote_in_html() -> None:
    html = "<html><body><p>Thanks</p><blockquote><p>plan</p></blockquote></body></html>"
    placed = place_in_html(html, Signature("Kim", "<p><b>Kim</b></p>", placement=ABOVE))
    assert placed.index("<b>Kim</b>") < placed.index("<blockquote>")
    assert '<p style="margin:0; white-space:pre-wrap">-- </p>' in placed


def test_kept_with_images_and_placement(tmp_path: Path) -> None:
    store = SignatureStore(tmp_path)
    image = InlineImage.create(b"\x89PNG fake", "image/png", "logo.png")
    store.save(
        "Work/../x", Signature("Kim", f'<p>Kim<img src="cid:{image.cid}"></p>', [image], ABOVE)
    )
    assert [p.name for p in tmp_path.iterdir()] == ["Work .. x.eml"]
    back = store.load("Work/../x")
    assert back is not None
    assert (back.text.strip(), back.placement) == ("Kim", ABOVE)
    assert [i.content for i in back.images] == [b"\x89PNG fake"]
    assert store.load("other") is None

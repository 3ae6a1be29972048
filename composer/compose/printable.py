"""A message as the recipient will see it, for printing or saving as PDF.

The headers a recipient sees (From, To, Cc, Reply-To, Date, Subject; never Bcc), the
formatted text (or the plain text, its line breaks kept), its inline images (referenced as
``cid:``, resources the printing code supplies) and the list of attachments. Every value is
escaped: a subject or a name is text in the page, never markup.
"""

from __future__ import annotations

import re
from email.utils import format_datetime, localtime
from html import escape

from composer.compose.message import ComposedMessage
from composer.i18n import translate

__all__ = ["printable_html"]


def _size(n: int) -> str:
    value = float(n)
    for unit in ("B", "KB", "MB"):
        if value < 1024:
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


def printable_html(msg: ComposedMessage, date: str = "") -> str:
    """*msg* as one HTML page (*date*: when it was sent, "" for now)."""
    rows = [
        (translate("Printing", "From"), msg.from_addr),
        (translate("Printing", "To"), ", ".join(msg.to)),
        (translate("Printing", "Cc"), ", ".join(msg.cc)),
        (translate("Printing", "Reply-To"), ", ".join(msg.reply_to)),
        (translate("Printing", "Date"), date or format_datetime(localtime())),
        (translate("Printing", "Subject"), msg.subject),
    ]
    header = "".join(
        f'<tr><td style="color:#555; padding-right:12px"><b>{escape(name)}:</b></td>'
        f"<td>{escape(value)}</td></tr>"
        for name, value in rows
        if value
    )
    if msg.html is not None:
        body = re.sub(r"(?is)^.*<body[^>]*>|</body>.*$", "", msg.html)
    else:
        body = f'<p style="white-space:pre-wrap">{escape(msg.text)}</p>'
    files = ""
    if msg.attachments:
        items = "".join(f"<li>{escape(a.filename)} ({_size(a.size)})</li>" for a in msg.attachments)
        title = escape(translate("Printing", "Attachments"))
        files = f"<hr><p><b>{title}:</b></p><ul>{items}</ul>"
    return (
        '<html><head><meta charset="utf-8"></head><body>'
        f'<table cellspacing="0" cellpadding="2">{header}</table><hr>'
        f"{body}{files}</body></html>"
    )

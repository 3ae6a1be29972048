"""Reading a merge template from an ``.eml`` file, whoever wrote it.

Three writers matter and must merge alike:

* Composer's own *Save as…* keeps an address field it cannot parse (``{{ 이름 }} <{{ 이메일 }}>``
  is not an address yet) in an ``X-Composer-Unparsed-<Field>`` header, RFC 2047 encoded;
* a person writing the file by hand in UTF-8 (or CP949, on Korean Windows): raw 8-bit
  header text (RFC 6532);
* Thunderbird and other mail programs: RFC 2047 encoded words, also around or inside the
  angle brackets, and ``format=flowed`` text bodies.

Every header is therefore read as text: raw bytes decoded as UTF-8 (else CP949, else
Latin-1), folding undone, encoded words decoded wherever they stand. Bodies whose charset
Python does not know, and files nested too deeply to be a message, are refused with a
sentence, never a traceback.
"""

from __future__ import annotations

import email.parser
import email.policy
import re
from dataclasses import dataclass, field
from email.message import EmailMessage as StdEmailMessage
from email.message import Message
from pathlib import Path

from composer.compose.headertext import decode_8bit, decode_header_text
from composer.i18n import translate

__all__ = ["EmlTemplate", "TemplateFileError", "read_eml_template"]

UNPARSED_PREFIX = "X-Composer-Unparsed-"
_MIMETYPE = re.compile(r"[A-Za-z0-9][\w.+-]*/[A-Za-z0-9][\w.+-]*\Z", re.ASCII)


class TemplateFileError(ValueError):
    """The file cannot be used as a template; the message says why and what to do."""


@dataclass
class EmlTemplate:
    """The raw fields of a template file (placeholders untouched)."""

    subject: str = ""
    text: str = ""
    html: str = ""
    from_email: str = ""
    to: str = ""
    cc: str = ""
    bcc: str = ""
    reply_to: str = ""
    attachments: list[tuple[str, bytes | str, str]] = field(default_factory=list)


def _unflow(text: str, delsp: bool) -> str:
    """Undo ``format=flowed`` (RFC 3676): soft line breaks joined, space-stuffing removed."""
    out: list[str] = []
    buffer = ""
    for line in text.split("\n"):
        if line.startswith(" "):
            line = line[1:]
        if line.endswith(" ") and line != "-- ":
            buffer += line[:-1] if delsp else line
            continue
        out.append(buffer + line)
        buffer = ""
    if buffer:
        out.append(buffer)
    return "\n".join(out)


def _unknown_charset(file: str, charset: str) -> TemplateFileError:
    return TemplateFileError(
        translate(
            "MergeTemplate",
            "{file}: the message text is in the character set “{charset}”, which Composer "
            "does not know. Open it in your mail program and save it again as UTF-8.",
        ).format(file=file, charset=charset)
    )


def _part_text(part: Message, file: str) -> str:
    declared = part.get_content_charset()
    payload = part.get_payload(decode=True)
    raw = payload if isinstance(payload, bytes) else b""
    if declared in (None, "us-ascii") and not raw.isascii():
        text = decode_8bit(raw)  # a file written by hand: 8-bit text, no charset said
    else:
        try:
            content = part.get_content()  # type: ignore[attr-defined]
        except LookupError:
            raise _unknown_charset(file, declared or "") from None
        except (UnicodeError, ValueError, AssertionError):
            content = raw.decode("utf-8", "replace")
        text = content if isinstance(content, str) else str(content)
    text = text.replace("\r\n", "\n")
    flowed = str(part.get_param("format", "")).lower() == "flowed"
    if flowed and part.get_content_type() == "text/plain":
        text = _unflow(text, str(part.get_param("delsp", "")).lower() == "yes")
    return text


def read_eml_template(path: Path, raw: bytes) -> EmlTemplate:
    """Parse the bytes of template file *path*.

    Raises:
        TemplateFileError: not a message, nested too deeply, or an unknown body charset.
    """
    file = path.name
    try:
        return _read(raw, file)
    except RecursionError:
        raise TemplateFileError(
            translate(
                "MergeTemplate",
                "{file} is nested too deeply to be a message. "
                "Save the message again from your mail program and try again.",
            ).format(file=file)
        ) from None
    except TemplateFileError:
        raise
    except (ValueError, LookupError, TypeError, IndexError, KeyError, AttributeError) as exc:
        raise TemplateFileError(
            translate(
                "MergeTemplate",
                "{file} cannot be read as a message ({reason}). "
                "Save the message again as .eml from Composer or your mail program.",
            ).format(file=file, reason=exc)
        ) from exc


def _read(raw: bytes, file: str) -> EmlTemplate:
    legacy = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(raw)
    modern = email.parser.BytesParser(policy=email.policy.default).parsebytes(raw)
    assert isinstance(modern, StdEmailMessage)

    # The stored values, 8-bit bytes still as surrogate escapes (get_all would wrap them).
    raw_headers = [(k.lower(), str(v)) for k, v in legacy.raw_items()]

    def header(name: str) -> str:
        # Composer's own Save as keeps an address field it could not parse verbatim here.
        for key in (UNPARSED_PREFIX + name, name):
            values = [v for k, v in raw_headers if k == key.lower()]
            if values:
                return ", ".join(decode_header_text(v) for v in values)
        return ""

    text_part = modern.get_body(("plain",))
    html_part = modern.get_body(("html",))
    text = _part_text(text_part, file) if text_part is not None else ""
    html = _part_text(html_part, file) if html_part is not None else ""
    result = EmlTemplate(
        subject=header("Subject"),
        text=text,
        html=html,
        from_email=header("From"),
        to=header("To"),
        cc=header("Cc"),
        bcc=header("Bcc"),
        reply_to=header("Reply-To"),
    )
    if not text and not html and not modern.is_multipart() and not result.subject:
        raise TemplateFileError(
            translate(
                "MergeTemplate",
                "{file} does not look like a saved message. "
                "Save the message as .eml from Composer or your mail program and try again.",
            ).format(file=file)
        )
    for part in modern.iter_attachments():
        assert isinstance(part, StdEmailMessage)
        content = part.get_payload(decode=True)
        if not isinstance(content, bytes):
            continue
        # A file name is a header parameter: no line break may ride along in it.
        name = re.sub(r"[\x00-\x1f\x7f\x85\u2028\u2029]+", " ", part.get_filename() or "")
        name = name.strip() or "attachment"
        mimetype = part.get_content_type()
        if not _MIMETYPE.match(mimetype):
            mimetype = "application/octet-stream"
        result.attachments.append((name, content, mimetype))
    return result

"""A merge template: one message with ``{{ column }}`` placeholders, rendered per data row.

Placeholders work in To, Cc, Bcc, Reply-To, Subject, the text body and the HTML body; a
column may also name per-row attachment files. Rendering uses Jinja2's sandbox (a template
cannot reach Python objects) with strict undefined names, and a placeholder that names no
column is found by :meth:`CompiledTemplate.missing_columns` before anything is sent.

Columns are reachable three ways: by name when the name is an identifier (``{{ name }}``),
by a normalised alias (``First Name`` -> ``{{ first_name }}`` or ``{{ firstname }}``,
``E-mail`` -> ``{{ email }}``), and always through ``{{ row["First Name"] }}``; a
placeholder can also be mapped to any column by hand (``column_map``). The HTML body is
autoescaped; the other fields are not.
"""

from __future__ import annotations

import contextlib
import email.utils
import functools
import hashlib
import mimetypes
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path
from typing import Any, Protocol

import markupsafe

from composer.compose.htmltext import html_to_text
from composer.compose.message import InlineImage, formatted_email
from composer.errors import ComposerError
from composer.i18n import translate
from composer.merge.data.attachments import AttachmentFile, read_attachment, resolve_attachments
from composer.merge.data.pdfprotect import is_pdf_name, protect_pdf
from composer.merge.templates.addresses import as_written, has_control, printable
from composer.merge.templates.customheaders import template_headers
from composer.merge.templates.fields import (
    AddressEntry,
    FieldSyntaxError,
    Part,
    compile_addresses,
    label,
    render_addresses,
    run_error,
    undefined,
)
from composer.merge.templates.files import EmlTemplate, TemplateFileError, read_eml_template
from composer.merge.templates.parts import PartsProblem, read_parts
from composer.merge.templates.sandbox import BoundedSandbox, LoopBudget, TemplateRunError

__all__ = [
    "ADDRESS_FIELDS",
    "CompiledTemplate",
    "MergeTemplate",
    "RenderError",
    "RenderedMessage",
    "TemplateSyntaxProblem",
    "column_alias",
]

ADDRESS_FIELDS = ("to", "cc", "bcc", "reply_to")
_BODY_FIELDS = ("subject", "text", "html")
_TEXT_FIELDS = (*_BODY_FIELDS, *ADDRESS_FIELDS)


class RenderError(ValueError):
    """A row could not be rendered; the message names the field and the cause."""


class TemplateSyntaxProblem(ComposerError, ValueError):
    """A field of the template is not valid template syntax."""


class _MessageLike(Protocol):
    subject: str
    body: str
    from_email: str
    to: list[str]
    cc: list[str]
    bcc: list[str]
    reply_to: list[str]
    extra_headers: dict[str, Any]
    attachments: list[Any]


def column_alias(name: str) -> str:
    """``"First Name"`` -> ``"first_name"``: a placeholder-friendly form of a column name."""
    alias = re.sub(r"\W+", "_", name.strip().lower()).strip("_")
    if alias and alias[0].isdigit():
        alias = "_" + alias
    return alias


@dataclass
class MergeTemplate(EmlTemplate):
    """The raw (unrendered) fields of a merge message: those a template file gives, and
    where they came from.

    Attributes:
        attachments: static attachments every row gets, as (filename, content, mimetype).
        headers: extra headers copied to every message (not templated).
        inline_images: the images the HTML shows (``cid:``), sent inside it to every row.
    """

    headers: dict[str, str] = field(default_factory=dict)
    source: str = ""
    inline_images: list[InlineImage] = field(default_factory=list)
    #: Headers of the template file that merges do not send (names, as written).
    left_out_headers: list[str] = field(default_factory=list)

    @classmethod
    def from_message(cls, message: _MessageLike) -> MergeTemplate:
        """Take the fields of a ``composer.mail`` EmailMessage or EmailMultiAlternatives."""
        html = ""
        for alternative in getattr(message, "alternatives", []) or []:
            content, mimetype = alternative[0], alternative[1]
            if mimetype == "text/html" and isinstance(content, str):
                html = content
                break
        text = message.body or ""
        if getattr(message, "content_subtype", "plain") == "html":
            html, text = text, ""
        attachments: list[tuple[str, bytes | str, str]] = []
        images: list[InlineImage] = []
        for item in message.attachments:
            if isinstance(item, Message):
                # A text file or the HTML with its images, as the compose window attaches them.
                try:
                    found = read_parts([item])
                except PartsProblem as exc:
                    raise TemplateSyntaxProblem(str(exc)) from exc
                text, html = text or found.text, html or found.html
                images += found.images
                attachments += found.attachments
                continue
            filename, content, mimetype = item[0], item[1], item[2]
            attachments.append((filename or "attachment", content, mimetype or ""))
        headers = {
            str(k): str(v)
            for k, v in (message.extra_headers or {}).items()
            if k.lower() not in {"to", "cc", "bcc", "reply-to", "from", "message-id", "date"}
        }
        from_email = message.from_email or ""
        try:
            from composer.mail.conf import settings

            if from_email == settings.DEFAULT_FROM_EMAIL:
                from_email = ""  # the library's placeholder: the profile's sender wins
        except ImportError:  # pragma: no cover - composer.mail is part of the package
            pass
        return cls(
            subject=message.subject or "",
            text=text,
            html=html,
            from_email=from_email,
            to=", ".join(message.to),
            cc=", ".join(message.cc),
            bcc=", ".join(message.bcc),
            reply_to=", ".join(message.reply_to),
            attachments=attachments,
            headers=headers,
            source="message",
            inline_images=images,
        )

    @classmethod
    def from_eml(cls, path: str | Path) -> MergeTemplate:
        """Read a saved ``.eml`` message (RFC 5322) as a template.

        Files saved by Composer, written by hand in UTF-8 and saved by Thunderbird (RFC 2047
        encoded words) read alike (see :mod:`composer.merge.templates.files`).

        Raises:
            TemplateSyntaxProblem: the file is missing, unreadable or not a usable message.
        """
        path = Path(path)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise TemplateSyntaxProblem(
                translate(
                    "MergeTemplate",
                    "The template {path} cannot be read ({reason}). Check the path and try again.",
                ).format(path=path, reason=exc.strerror)
            ) from exc
        try:
            found = read_eml_template(path, raw)
        except TemplateFileError as exc:
            raise TemplateSyntaxProblem(str(exc)) from exc
        kept, left_out = template_headers(raw)
        return cls(
            **vars(found), headers=kept, source=str(path.resolve()), left_out_headers=left_out
        )

    def fingerprint(self) -> str:
        """A stable identity of the template's text (not of its attachments' bytes)."""
        h = hashlib.sha256()
        for name in ("from_email", *_TEXT_FIELDS):
            h.update(getattr(self, name).encode("utf-8", "surrogatepass") + b"\0")
        for filename, _content, _mimetype in self.attachments:
            h.update(filename.encode("utf-8", "surrogatepass") + b"\0")
        return h.hexdigest()[:16]


@dataclass
class RenderedMessage:
    """One row's message, rendered but not yet built into MIME.

    Attributes:
        to, cc, bcc, reply_to: mailboxes built from the template's entries (each one
            exactly one address; see :mod:`composer.merge.templates.addresses`).
        files: the row's attachment files, each inside *files_root*.
        attachments: the same files with the names and sizes the check shows.
        problems: what keeps this row from being sent (a cell that is not one address, a
            line break in the subject, an attachment outside the folder, ...).
    """

    row_number: int
    subject: str
    text: str
    html: str
    to: list[str]
    cc: list[str]
    bcc: list[str]
    reply_to: list[str]
    files: list[Path]
    static_attachments: list[tuple[str, bytes | str, str]]
    headers: dict[str, str]
    problems: list[str] = field(default_factory=list)
    attachments: list[AttachmentFile] = field(default_factory=list)
    files_root: Path | None = None
    inline_images: list[InlineImage] = field(default_factory=list)
    # Encrypts the per-row PDFs when set; never shown (repr) so never logged by accident.
    pdf_password: str = field(default="", repr=False)
    # What the check and the send work out from the message once (its envelope, its size
    # without files), kept for the other pass: a rendered message is not changed after.
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def recipients(self) -> list[str]:
        """Every envelope recipient: To, Cc, Bcc."""
        return [*self.to, *self.cc, *self.bcc]

    def estimated_size(self) -> int:
        """An upper estimate of the serialised size in bytes (base64 for files)."""
        size: int | None = self.memo.get("size")
        if size is None:
            size = 2048 + len(self.subject.encode()) * 2
            size += sum(len(a) + 4 for a in self.recipients())
            size += len(self.text.encode()) * 3 // 2 + len(self.html.encode()) * 3 // 2
            self.memo["size"] = size
        for path in self.files:
            with contextlib.suppress(OSError):
                size += path.stat().st_size * 4 // 3 + 300
        for _name, content, _mime in self.static_attachments:
            size += len(content) * 4 // 3 + 300
        for image in self.inline_images:
            size += len(image.content) * 4 // 3 + 300
        return size

    def to_email(
        self,
        from_email: str,
        *,
        message_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        subject_prefix: str = "",
        to: Sequence[str] | None = None,
    ) -> Any:
        """Build a ``composer.mail.EmailMultiAlternatives`` for this row.

        Args:
            to: replaces every recipient (To, and drops Cc/Bcc) — used for test sends.

        Raises:
            ValueError: the row has problems (it must never be built, let alone sent).
            OSError: an attachment is gone or no longer inside its folder.
        """
        from composer.mail import EmailMultiAlternatives

        if self.problems:
            raise ValueError("; ".join(self.problems))
        headers: dict[str, str] = dict(self.headers)
        if extra_headers:
            headers.update(extra_headers)
        if message_id:
            headers["Message-ID"] = message_id
        common: dict[str, Any] = {
            "subject": as_written(subject_prefix + self.subject),
            "from_email": from_email,
            "to": list(to) if to is not None else self.to,
            "bcc": [] if to is not None else self.bcc,
            "headers": headers,
            "cc": [] if to is not None else self.cc,
            "reply_to": self.reply_to,
        }
        msg: Any
        if self.html and self.inline_images:
            # The HTML with its images, shaped as the compose window shapes it.
            files = bool(self.static_attachments or self.files or self.attachments)
            text = self.text or html_to_text(self.html)
            msg = formatted_email(text, self.html, self.inline_images, attachments=files, **common)
        else:
            msg = EmailMultiAlternatives(body=self.text, **common)
            if self.html:
                if self.text:
                    msg.attach_alternative(self.html, "text/html")
                else:
                    msg.body = self.html
                    msg.content_subtype = "html"
        for name, content, mimetype in self.static_attachments:
            msg.attach(name, content, mimetype or None)
        if self.files_root is not None:
            for found in self.attachments:
                # The name the cell gave (a link keeps its own name, not its target's).
                name = found.name.rpartition("/")[2]
                content = read_attachment(found.path, self.files_root)
                if self.pdf_password and is_pdf_name(name):
                    content = protect_pdf(content, self.pdf_password, name)
                msg.attach(name, content, mimetypes.guess_type(name)[0])
        else:
            for path in self.files:
                msg.attach(path.name, path.read_bytes(), mimetypes.guess_type(path.name)[0])
        return msg


_SIMPLE_ADDR = r"[^<>@\s,;:\"()\[\]\\]+@[^<>@\s,;:\"()\[\]\\]+"
_SIMPLE_ONE = re.compile(
    rf"\s*(?:(?P<name>[^<>@,;:\"()\[\]\\]*?)\s*<(?P<a1>{_SIMPLE_ADDR})>|(?P<a2>{_SIMPLE_ADDR}))\s*"
)


def simple_addresses(value: str) -> list[tuple[str, str]] | None:
    """Split the common forms (``a@b.c``, ``Name <a@b.c>``, comma separated) fast.

    Returns None when *value* needs the full RFC 5322 parser (quotes, comments, groups).
    """
    out: list[tuple[str, str]] = []
    for part in value.split(","):
        if not part.strip():
            continue
        m = _SIMPLE_ONE.fullmatch(part)
        if m is None:
            return None
        out.append(((m.group("name") or "").strip(), m.group("a1") or m.group("a2")))
    return out


def parse_addresses(value: str) -> list[tuple[str, str]]:
    """(display name, address) pairs of an address list, fast for the common forms."""
    simple = simple_addresses(value)
    if simple is not None:
        return simple
    return [pair for pair in email.utils.getaddresses([value]) if pair[0] or pair[1]]


class CompiledTemplate:
    """A :class:`MergeTemplate` compiled against the columns of a data file.

    Args:
        template: the raw fields.
        columns: the data file's column names.
        attachment_column: a column naming per-row files (``;`` separates several), or None.
        base_dir: the attachments folder: a row's files must lie inside it.
        column_map: placeholder -> column, for placeholders named differently from the
            data file's columns.

    Raises:
        TemplateSyntaxProblem: a field is not valid template syntax, or uses what a merge
            template may not (include, import, macros, recursive loops, unknown filters).
    """

    def __init__(
        self,
        template: MergeTemplate,
        columns: Iterable[str],
        *,
        attachment_column: str | None = None,
        base_dir: Path | None = None,
        column_map: Mapping[str, str] | None = None,
        grouped: bool = False,
        pdf_password_column: str | None = None,
    ) -> None:
        self.template = template
        # One message per group of rows: the template may loop over them as {{ rows }}.
        self.grouped = grouped
        self.pdf_password_column = pdf_password_column or None
        self.columns = tuple(columns)
        self.attachment_column = attachment_column or None
        self.base_dir = base_dir or Path.cwd()
        self._aliases: dict[str, str] = {}
        # Placeholders the user mapped to differently named columns ({{ grade }} -> "Note").
        self.column_map = {k: v for k, v in (column_map or {}).items() if v in self.columns}
        self._aliases.update(self.column_map)
        for name in self.columns:
            for key in (name, column_alias(name), column_alias(name).replace("_", "")):
                if key.isidentifier() and key not in self._aliases and key != "row":
                    self._aliases[key] = name
        env = BoundedSandbox(autoescape=False)
        html_env = BoundedSandbox(autoescape=True)
        self._globals = set(env.globals)
        self._parts: dict[str, Part] = {}
        self._addresses: dict[str, list[AddressEntry]] = {}
        self.address_problems: list[str] = []
        self._used: dict[str, set[str]] = {}
        try:
            for name in _BODY_FIELDS:
                part = Part(getattr(template, name), html_env if name == "html" else env, name)
                self._parts[name] = part
                self._used[name] = set(part.names)
            for name in ADDRESS_FIELDS:
                entries, problems = compile_addresses(getattr(template, name), env, name)
                self._addresses[name] = entries
                self.address_problems += problems
                self._used[name] = {n for e in entries for p in e.parts() for n in p.names}
        except FieldSyntaxError as exc:
            raise TemplateSyntaxProblem(str(exc)) from exc
        # Fields that are only text and {{ name }} / {{ row["name"] }} skip Jinja at render
        # time (same output, a fraction of the cost on a 100,000-row merge).
        self._plain = {n: p.plain for n, p in self._parts.items() if p.plain is not None}
        for part in [
            *self._parts.values(),
            *(p for a in self._addresses.values() for e in a for p in e.parts()),
        ]:
            part.bind(self._column_of)

    def used_columns(self) -> dict[str, set[str]]:
        """Field -> the placeholder names it uses."""
        return {k: set(v) for k, v in self._used.items()}

    def missing_columns(self) -> list[str]:
        """Placeholders that name no column of the data file, in a stable order."""
        missing: set[str] = set()
        for names in self._used.values():
            for name in names:
                if name == "row":
                    continue
                if name.startswith("row["):
                    if name[4:-1] not in self.columns and name[4:-1] not in self.column_map:
                        missing.add(name[4:-1])
                elif name not in self._aliases and not (self.grouped and name == "rows"):
                    missing.add(name)
        for column in (self.attachment_column, self.pdf_password_column):
            if column and column not in self.columns:
                missing.add(column)
        return sorted(missing)

    def is_templated(self, field_name: str) -> bool:
        """Whether a field contains placeholders (it differs between rows)."""
        if field_name in self._parts:
            return self._parts[field_name].templated
        return any(p.templated for e in self._addresses.get(field_name, []) for p in e.parts())

    def _column_of(self, kind: str, key: str) -> str | None:
        """The column a plain placeholder names: ``("name", key)`` or ``("row", key)``."""
        return self.column_map.get(key, key) if kind == "row" else self._aliases.get(key)

    def _lookup(self, values: Mapping[str, str]) -> Callable[[str, str], str]:
        def lookup(kind: str, key: str) -> str:
            column = self._column_of(kind, key)
            if column is None or column not in values:
                raise undefined(key)
            return values[column]

        return lookup

    def _row(self, values: Mapping[str, str]) -> dict[str, str]:
        row = dict(values)
        for placeholder, column in self.column_map.items():
            row.setdefault(placeholder, values.get(column, ""))
        return row

    def _context(
        self, values: Mapping[str, str], group: Sequence[Mapping[str, str]] = ()
    ) -> dict[str, Any]:
        ctx: dict[str, Any] = {key: values.get(col, "") for key, col in self._aliases.items()}
        ctx["row"] = self._row(values)
        if self.grouped:
            # Each row of the group answers to the same names as the group's first row
            # ({{ row.name }}, {{ row["First Name"] }}, {{ row.first_name }}).
            rows = []
            for member in group or (values,):
                one = self._row(member)
                for key, col in self._aliases.items():
                    one.setdefault(key, member.get(col, ""))
                rows.append(one)
            ctx["rows"] = rows
        return ctx

    def render(
        self,
        row_number: int,
        values: Mapping[str, str],
        group: Sequence[Mapping[str, str]] = (),
    ) -> RenderedMessage:
        """Render one row.

        What the data makes impossible to send (a cell that is not one address, a line
        break in the subject, a file outside the attachments folder) is listed in the
        result's ``problems``.

        Raises:
            RenderError: a placeholder failed or the template did too much work (names
                the field and the line).
        """
        budget = LoopBudget()
        built: list[dict[str, Any]] = []

        def context() -> dict[str, Any]:
            if not built:
                built.append(self._context(values, group))
            return built[0]

        lookup = self._lookup(values)

        def run(name: str, part: Part) -> str:
            try:
                escape = _escape_html if name == "html" else None
                return part.render(lookup, context, budget, escape, values)
            except TemplateRunError as exc:
                raise RenderError(run_error(name, exc)) from exc

        out: dict[str, str] = {}
        for name, part in self._parts.items():
            # A field without placeholders is its text (most of a merge's fields).
            out[name] = part.source if part.template is None else run(name, part)
        problems: list[str] = []
        subject = out["subject"]
        if has_control(subject):
            problems.append(
                translate(
                    "MergeTemplate",
                    "the Subject holds a line break or control character from the data "
                    "file (“{subject}”); a subject is one line",
                ).format(subject=printable(subject))
            )
        addresses: dict[str, list[str]] = {}
        for name, entries in self._addresses.items():
            if not entries:
                addresses[name] = []
                continue
            addresses[name] = render_addresses(
                entries, name, functools.partial(run, name), problems
            )
        files: list[AttachmentFile] = []
        if self.attachment_column:
            column = self.attachment_column
            cell = values.get(column, "")
            if group:  # a group's message carries the files of all its rows
                cell = ";".join(v.get(column, "") for v in group if v.get(column, "").strip())
            files, file_problems = resolve_attachments(cell, self.base_dir)
            if group:  # a file several of the group's rows name is attached once
                files = list({f.path: f for f in files}.values())
            problems += file_problems
        password = ""
        if self.pdf_password_column and any(is_pdf_name(f.name) for f in files):
            password = values.get(self.pdf_password_column, "").strip()
            if not password:
                problems.append(
                    translate(
                        "MergeTemplate",
                        "the column “{column}” is empty in this row, so its PDF files would "
                        "go out unprotected; fill in the password",
                    ).format(column=self.pdf_password_column)
                )
        return RenderedMessage(
            row_number=row_number,
            subject=subject.replace("\t", " "),
            text=out["text"],
            html=out["html"],
            to=addresses["to"],
            cc=addresses["cc"],
            bcc=addresses["bcc"],
            reply_to=addresses["reply_to"],
            files=[f.path for f in files],
            static_attachments=list(self.template.attachments),
            headers=dict(self.template.headers),
            problems=problems,
            attachments=files,
            files_root=self.base_dir if self.attachment_column else None,
            inline_images=list(self.template.inline_images),
            pdf_password=password,
        )


def _escape_html(value: str) -> str:
    return str(markupsafe.escape(value))


def _label(name: str) -> str:
    return label(name)

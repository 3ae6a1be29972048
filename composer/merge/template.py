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
import email.header
import email.parser
import email.policy
import email.utils
import hashlib
import mimetypes
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage as StdEmailMessage
from email.message import Message
from pathlib import Path
from typing import Any, Protocol

import jinja2
import markupsafe
from jinja2 import meta, nodes
from jinja2.sandbox import SandboxedEnvironment

from composer.i18n import translate

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
_TEXT_FIELDS = ("subject", "text", "html", *ADDRESS_FIELDS)
_ATTACHMENT_SPLIT = re.compile(r"[;\n]")


class RenderError(ValueError):
    """A row could not be rendered; the message names the field and the cause."""


class TemplateSyntaxProblem(ValueError):
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
class MergeTemplate:
    """The raw (unrendered) fields of a merge message.

    Attributes:
        attachments: static attachments every row gets, as (filename, content, mimetype).
        headers: extra headers copied to every message (not templated).
    """

    subject: str = ""
    text: str = ""
    html: str = ""
    from_email: str = ""
    to: str = ""
    cc: str = ""
    bcc: str = ""
    reply_to: str = ""
    attachments: list[tuple[str, bytes | str, str]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    source: str = ""

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
        for item in message.attachments:
            if isinstance(item, Message):
                raise TemplateSyntaxProblem(
                    translate(
                        "MergeTemplate",
                        "The message has a pre-built MIME attachment that a merge cannot copy. "
                        "Attach the file again with Attach file.",
                    )
                )
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
        )

    @classmethod
    def from_eml(cls, path: str | Path) -> MergeTemplate:
        """Read a saved ``.eml`` message (RFC 5322) as a template.

        Raises:
            TemplateSyntaxProblem: the file is missing or not a message.
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
        legacy = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(raw)
        modern = email.parser.BytesParser(policy=email.policy.default).parsebytes(raw)
        assert isinstance(modern, StdEmailMessage)

        def header(name: str) -> str:
            values = legacy.get_all(name) or []
            parts = []
            for value in values:
                decoded = email.header.make_header(email.header.decode_header(str(value)))
                parts.append(re.sub(r"\r?\n[ \t]+", " ", str(decoded)))
            return ", ".join(parts)

        text_part = modern.get_body(("plain",))
        html_part = modern.get_body(("html",))
        text = text_part.get_content() if text_part is not None else ""
        html = html_part.get_content() if html_part is not None else ""
        if not text and not html and not modern.is_multipart() and not header("Subject"):
            raise TemplateSyntaxProblem(
                translate(
                    "MergeTemplate",
                    "{file} does not look like a saved message. "
                    "Save the message as .eml from Composer or your mail program and try again.",
                ).format(file=path.name)
            )
        attachments: list[tuple[str, bytes | str, str]] = []
        for part in modern.iter_attachments():
            assert isinstance(part, StdEmailMessage)
            content = part.get_payload(decode=True)
            if not isinstance(content, bytes):
                continue
            attachments.append(
                (part.get_filename() or "attachment", content, part.get_content_type())
            )
        return cls(
            subject=header("Subject"),
            text=text,
            html=html,
            from_email=header("From"),
            to=header("To"),
            cc=header("Cc"),
            bcc=header("Bcc"),
            reply_to=header("Reply-To"),
            attachments=attachments,
            source=str(path.resolve()),
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
    """One row's message, rendered but not yet built into MIME."""

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

    def recipients(self) -> list[str]:
        """Every envelope recipient: To, Cc, Bcc."""
        return [*self.to, *self.cc, *self.bcc]

    def estimated_size(self) -> int:
        """An upper estimate of the serialised size in bytes (base64 for files)."""
        size = 2048 + len(self.subject.encode()) * 2
        size += sum(len(a) + 4 for a in self.recipients())
        size += len(self.text.encode()) * 3 // 2 + len(self.html.encode()) * 3 // 2
        for path in self.files:
            with contextlib.suppress(OSError):
                size += path.stat().st_size * 4 // 3 + 300
        for _name, content, _mime in self.static_attachments:
            size += len(content) * 4 // 3 + 300
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
        """
        from composer.mail import EmailMultiAlternatives

        headers: dict[str, str] = dict(self.headers)
        if extra_headers:
            headers.update(extra_headers)
        if message_id:
            headers["Message-ID"] = message_id
        msg = EmailMultiAlternatives(
            subject_prefix + self.subject,
            self.text,
            from_email,
            list(to) if to is not None else self.to,
            [] if to is not None else self.bcc,
            headers=headers,
            cc=[] if to is not None else self.cc,
            reply_to=self.reply_to,
        )
        if self.html:
            if self.text:
                msg.attach_alternative(self.html, "text/html")
            else:
                msg.body = self.html
                msg.content_subtype = "html"
        for name, content, mimetype in self.static_attachments:
            msg.attach(name, content, mimetype or None)
        for path in self.files:
            guessed = mimetypes.guess_type(path.name)[0]
            msg.attach(path.name, path.read_bytes(), guessed)
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


_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def format_address(name: str, address: str) -> str:
    """``Name <address>`` as a person writes it (non-ASCII names stay readable; the mail
    library encodes them when it builds the message)."""
    if not name:
        return address
    if _SPECIALS.search(name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{address}>"


def parse_addresses(value: str) -> list[tuple[str, str]]:
    """(display name, address) pairs of an address list, fast for the common forms."""
    simple = simple_addresses(value)
    if simple is not None:
        return simple
    return [pair for pair in email.utils.getaddresses([value]) if pair[0] or pair[1]]


def _split_raw(value: str) -> list[str]:
    """Split a rendered address list without judging it (validation does that)."""
    if not value.strip():
        return []
    simple = simple_addresses(value)
    if simple is not None:
        return [format_address(n, a) for n, a in simple]
    parsed = [format_address(n, a) for n, a in email.utils.getaddresses([value]) if n or a]
    if parsed and all("@" in a for a in parsed):
        return parsed
    return [part.strip() for part in value.split(",") if part.strip()]


class CompiledTemplate:
    """A :class:`MergeTemplate` compiled against the columns of a data file.

    Args:
        template: the raw fields.
        columns: the data file's column names.
        attachment_column: a column naming per-row files (``;`` separates several), or None.
        base_dir: the folder relative file names in *attachment_column* are resolved from.
        column_map: placeholder -> column, for placeholders named differently from the
            data file's columns.

    Raises:
        TemplateSyntaxProblem: a field is not valid template syntax.
    """

    def __init__(
        self,
        template: MergeTemplate,
        columns: Iterable[str],
        *,
        attachment_column: str | None = None,
        base_dir: Path | None = None,
        column_map: Mapping[str, str] | None = None,
    ) -> None:
        self.template = template
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
        env = SandboxedEnvironment(undefined=jinja2.StrictUndefined, autoescape=False)
        html_env = SandboxedEnvironment(undefined=jinja2.StrictUndefined, autoescape=True)
        self._globals = set(env.globals)
        self._compiled: dict[str, jinja2.Template | None] = {}
        # Fields that are only text and {{ name }} / {{ row["name"] }} skip Jinja at render
        # time (same output, a fraction of the cost on a 100,000-row merge).
        self._plain: dict[str, list[str | tuple[str, str]]] = {}
        self._used: dict[str, set[str]] = {}
        for name in _TEXT_FIELDS:
            source: str = getattr(template, name)
            chosen = html_env if name == "html" else env
            if "{{" not in source and "{%" not in source:
                self._compiled[name] = None
                self._used[name] = set()
                continue
            try:
                ast = chosen.parse(source)
            except jinja2.TemplateSyntaxError as exc:
                raise TemplateSyntaxProblem(
                    translate(
                        "MergeTemplate",
                        "The {field} has a placeholder error on line {line}: {error}. "
                        "Write placeholders as {example}.",
                    ).format(
                        field=_label(name),
                        line=exc.lineno,
                        error=exc.message,
                        example="{{ column }}",
                    )
                ) from exc
            self._used[name] = self._names_in(ast)
            self._compiled[name] = chosen.from_string(source)
            parts = _plain_parts(ast)
            if parts is not None:
                self._plain[name] = parts

    def _names_in(self, ast: nodes.Template) -> set[str]:
        names = set(meta.find_undeclared_variables(ast)) - self._globals
        for item in ast.find_all(nodes.Getitem):
            node = item.node
            if isinstance(node, nodes.Name) and node.name == "row":
                arg = item.arg
                if isinstance(arg, nodes.Const) and isinstance(arg.value, str):
                    names.add("row[" + arg.value + "]")
        return names

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
                elif name not in self._aliases:
                    missing.add(name)
        if self.attachment_column and self.attachment_column not in self.columns:
            missing.add(self.attachment_column)
        return sorted(missing)

    def is_templated(self, field_name: str) -> bool:
        """Whether a field contains placeholders (it differs between rows)."""
        return self._compiled.get(field_name) is not None

    def _render_plain(
        self, field_name: str, parts: list[str | tuple[str, str]], values: Mapping[str, str]
    ) -> str:
        pieces = []
        for part in parts:
            if isinstance(part, str):
                pieces.append(part)
                continue
            kind, key = part
            if kind == "row":
                column: str | None = self.column_map.get(key, key)
            else:
                column = self._aliases.get(key)
            if column is None or column not in values:
                raise RenderError(
                    translate("MergeTemplate", "{field}: '{key}' is undefined").format(
                        field=_label(field_name), key=key
                    )
                )
            value = values[column]
            pieces.append(str(markupsafe.escape(value)) if field_name == "html" else value)
        return "".join(pieces)

    def _context(self, values: Mapping[str, str]) -> dict[str, Any]:
        ctx: dict[str, Any] = {key: values.get(col, "") for key, col in self._aliases.items()}
        row = dict(values)
        for placeholder, column in self.column_map.items():
            row.setdefault(placeholder, values.get(column, ""))
        ctx["row"] = row
        return ctx

    def render(self, row_number: int, values: Mapping[str, str]) -> RenderedMessage:
        """Render one row.

        Raises:
            RenderError: a placeholder failed (names the field and the reason).
        """
        ctx = self._context(values)
        out: dict[str, str] = {}
        for name in _TEXT_FIELDS:
            compiled = self._compiled[name]
            if compiled is None:
                out[name] = getattr(self.template, name)
                continue
            parts = self._plain.get(name)
            if parts is not None:
                out[name] = self._render_plain(name, parts, values)
                continue
            try:
                out[name] = compiled.render(ctx)
            except jinja2.TemplateError as exc:
                raise RenderError(f"{_label(name)}: {exc}") from exc
        if "\n" in out["subject"] or "\r" in out["subject"]:
            out["subject"] = " ".join(out["subject"].split())
        files: list[Path] = []
        if self.attachment_column:
            for item in _ATTACHMENT_SPLIT.split(values.get(self.attachment_column, "")):
                item = item.strip()
                if item:
                    path = Path(item).expanduser()
                    files.append(path if path.is_absolute() else self.base_dir / path)
        return RenderedMessage(
            row_number=row_number,
            subject=out["subject"],
            text=out["text"],
            html=out["html"],
            to=_split_raw(out["to"]),
            cc=_split_raw(out["cc"]),
            bcc=_split_raw(out["bcc"]),
            reply_to=_split_raw(out["reply_to"]),
            files=files,
            static_attachments=list(self.template.attachments),
            headers=dict(self.template.headers),
        )


def _plain_parts(ast: nodes.Template) -> list[str | tuple[str, str]] | None:
    """The template as literal text and column references, or None if it uses more."""
    parts: list[str | tuple[str, str]] = []
    for node in ast.body:
        if not isinstance(node, nodes.Output):
            return None
        for child in node.nodes:
            if isinstance(child, nodes.TemplateData):
                parts.append(child.data)
            elif isinstance(child, nodes.Name) and child.ctx == "load" and child.name != "row":
                parts.append(("name", child.name))
            elif (
                isinstance(child, nodes.Getitem)
                and isinstance(child.node, nodes.Name)
                and child.node.name == "row"
                and isinstance(child.arg, nodes.Const)
                and isinstance(child.arg.value, str)
            ):
                parts.append(("row", child.arg.value))
            else:
                return None
    return parts


def _label(name: str) -> str:
    labels = {
        "subject": translate("MergeTemplate", "Subject"),
        "text": translate("MergeTemplate", "text body"),
        "html": translate("MergeTemplate", "HTML body"),
        "to": translate("MergeTemplate", "To field"),
        "cc": translate("MergeTemplate", "Cc field"),
        "bcc": translate("MergeTemplate", "Bcc field"),
        "reply_to": translate("MergeTemplate", "Reply-To field"),
    }
    return labels[name]

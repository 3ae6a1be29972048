"""The compiled pieces of a merge template: text parts and address entries.

A :class:`Part` is one piece of template text compiled once: literal text, a fast list of literal
text and column references, or a Jinja template in the bounded sandbox
(:mod:`composer.merge.templates.sandbox`). An address field is a list of :class:`AddressEntry`, one
per entry of the template's own address list (:mod:`composer.merge.templates.addresses`), so that a
data value can never add an entry.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import jinja2
from jinja2 import meta, nodes

from composer.i18n import translate
from composer.merge.templates.addresses import (
    format_mailbox,
    has_control,
    is_addr_spec,
    one_mailbox,
    printable,
    split_entries,
    split_entry,
)
from composer.merge.templates.sandbox import (
    BoundedSandbox,
    LoopBudget,
    TemplateRunError,
    forbidden_construct,
    prepare,
    render_bounded,
)

__all__ = [
    "AddressEntry",
    "Part",
    "PlainPiece",
    "compile_addresses",
    "render_addresses",
    "undefined",
]

# Literal text, or ("name", placeholder) / ("row", column) for {{ x }} / {{ row["x"] }}.
PlainPiece = str | tuple[str, str]
Lookup = Callable[[str, str], str]


class FieldSyntaxError(ValueError):
    """A part of a field is not valid template syntax (message ready for the user)."""


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


HEADER_NAMES = {"to": "To", "cc": "Cc", "bcc": "Bcc", "reply_to": "Reply-To"}


def _plain_parts(ast: nodes.Template) -> list[PlainPiece] | None:
    """The template as literal text and column references, or None if it uses more."""
    parts: list[PlainPiece] = []
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


def _names_in(ast: nodes.Template, env_globals: set[str]) -> set[str]:
    names = set(meta.find_undeclared_variables(ast)) - env_globals
    for item in ast.find_all(nodes.Getitem):
        node = item.node
        if isinstance(node, nodes.Name) and node.name == "row":
            arg = item.arg
            if isinstance(arg, nodes.Const) and isinstance(arg.value, str):
                names.add("row[" + arg.value + "]")
    return names


def _syntax_problem(field_name: str, line: int | None, error: str) -> FieldSyntaxError:
    return FieldSyntaxError(
        translate(
            "MergeTemplate",
            "The {field} has a placeholder error on line {line}: {error}. "
            "Write placeholders as {example}.",
        ).format(field=_label(field_name), line=line or 1, error=error, example="{{ column }}")
    )


class Part:
    """One piece of template text, compiled once (see the module docstring).

    Raises:
        FieldSyntaxError: not valid template syntax, an unknown filter, or a construct a
            merge template may not use (include, import, macro, recursive loop, ...).
    """

    def __init__(self, source: str, env: BoundedSandbox, field_name: str) -> None:
        self.source = source
        self.field_name = field_name
        self.template: jinja2.Template | None = None
        self.plain: list[PlainPiece] | None = None
        # The plain pieces with each placeholder's column found once (see bind()).
        self.bound: list[str | tuple[str, str | None]] | None = None
        self.names: set[str] = set()
        if "{{" not in source and "{%" not in source and "{#" not in source:
            return
        try:
            ast = env.parse(source)
        except jinja2.TemplateSyntaxError as exc:
            raise _syntax_problem(field_name, exc.lineno, exc.message or str(exc)) from exc
        refused = forbidden_construct(ast)
        if refused is not None:
            raise FieldSyntaxError(
                translate(
                    "MergeTemplate",
                    "The {field} uses {construct} on line {line}, which a merge template "
                    "cannot use. Remove it and put the text in the message itself.",
                ).format(field=_label(field_name), construct=refused[0], line=refused[1])
            )
        self.plain = _plain_parts(ast)
        try:
            self.names = _names_in(ast, set(env.globals))
            self.template = env.from_string(prepare(ast))
        except jinja2.TemplateSyntaxError as exc:  # an unknown filter or test
            raise _syntax_problem(field_name, exc.lineno, exc.message or str(exc)) from exc

    @property
    def templated(self) -> bool:
        return self.template is not None

    def bind(self, column_of: Callable[[str, str], str | None]) -> None:
        """Find the column of each plain placeholder once: *column_of* (kind, key) -> the
        column, or None when it names none."""
        if self.plain is not None:
            self.bound = [p if isinstance(p, str) else (p[1], column_of(*p)) for p in self.plain]

    def render(
        self,
        lookup: Lookup,
        context: Callable[[], dict[str, Any]],
        budget: LoopBudget,
        escape: Callable[[str], str] | None = None,
        values: Mapping[str, str] | None = None,
    ) -> str:
        """The text for one row.

        Args:
            lookup: (kind, key) -> the cell value, for the fast path.
            context: the Jinja context (built on first use).
            escape: applied to cell values on the fast path (HTML).
            values: the row's cells, for the placeholders :meth:`bind` found.

        Raises:
            TemplateRunError: a placeholder failed or the template did too much.
        """
        if self.template is None:
            return self.source
        if self.bound is not None and values is not None:
            pieces = []
            for piece in self.bound:
                if isinstance(piece, str):
                    pieces.append(piece)
                    continue
                key, column = piece
                if column is None or column not in values:
                    raise undefined(key)
                value = values[column]
                pieces.append(escape(value) if escape is not None else value)
            return "".join(pieces)
        if self.plain is not None:
            pieces = []
            for piece in self.plain:
                if isinstance(piece, str):
                    pieces.append(piece)
                else:
                    value = lookup(*piece)
                    pieces.append(escape(value) if escape is not None else value)
            return "".join(pieces)
        return render_bounded(self.template, context(), budget)


def undefined(key: str) -> TemplateRunError:
    """The error of a placeholder that names no column of the row."""
    return TemplateRunError(translate("MergeTemplate", "'{key}' is undefined").format(key=key))


@dataclass
class AddressEntry:
    """One entry of an address field: a fixed mailbox, a name part and an address part,
    or one placeholder that must hold exactly one mailbox."""

    source: str
    mailbox: str = ""
    name: Part | None = None
    address: Part | None = None
    whole: Part | None = None

    def parts(self) -> list[Part]:
        return [p for p in (self.name, self.address, self.whole) if p is not None]


def compile_addresses(
    source: str, env: BoundedSandbox, field_name: str
) -> tuple[list[AddressEntry], list[str]]:
    """Compile an address field entry by entry.

    Returns:
        (entries, problems): a fixed entry that is not one valid address is a problem of the
        template, reported once rather than on every row.

    Raises:
        FieldSyntaxError: a part is not valid template syntax (a ``{% %}`` block cannot
            span two addresses).
    """
    header = HEADER_NAMES[field_name]
    entries: list[AddressEntry] = []
    problems: list[str] = []
    for text in split_entries(source):
        name_src, addr_src, trailing = split_entry(text)
        if trailing:
            problems.append(_invalid(text, header))
            continue
        if addr_src is None:
            whole = Part(text, env, field_name)
            if not whole.templated:
                box = one_mailbox(text)
                if box is None:
                    problems.append(_invalid(text, header))
                else:
                    entries.append(AddressEntry(text, mailbox=format_mailbox(*box)))
                continue
            entries.append(AddressEntry(text, whole=whole))
            continue
        name = Part(name_src, env, field_name)
        address = Part(addr_src, env, field_name)
        if not name.templated and not address.templated:
            if is_addr_spec(addr_src) and not has_control(name_src):
                entries.append(AddressEntry(text, mailbox=format_mailbox(name_src, addr_src)))
            else:
                problems.append(_invalid(text, header))
            continue
        entries.append(AddressEntry(text, name=name, address=address))
    return entries, problems


def _invalid(value: str, header: str) -> str:
    if value.count("@") > 1:
        return translate(
            "MergeTemplate",
            "“{value}” in {field} is more than one address; put one address in each cell",
        ).format(value=printable(value), field=header)
    return translate("MergePlan", "invalid address “{address}” in {field}").format(
        address=printable(value), field=header
    )


def render_addresses(
    entries: list[AddressEntry],
    field_name: str,
    render: Callable[[Part], str],
    problems: list[str],
) -> list[str]:
    """The mailboxes of one row, built from parts; what does not fit goes to *problems*.

    An entry whose parts all render empty (an optional Cc left blank) gives no mailbox.
    """
    header = HEADER_NAMES[field_name]
    out: list[str] = []
    for entry in entries:
        if entry.mailbox:
            out.append(entry.mailbox)
            continue
        if entry.whole is not None:
            text = render(entry.whole).strip()
            if not text:
                continue
            box = one_mailbox(text)
            if box is None:
                problems.append(_invalid(text, header))
            else:
                out.append(format_mailbox(*box))
            continue
        assert entry.name is not None
        assert entry.address is not None
        name = render(entry.name)
        address = render(entry.address).strip()
        if not address:
            if name.strip():
                problems.append(
                    translate("MergeTemplate", "no address for “{name}” in {field}").format(
                        name=printable(name.strip()), field=header
                    )
                )
            continue
        if not is_addr_spec(address):
            problems.append(_invalid(address, header))
        elif has_control(name):
            problems.append(
                translate(
                    "MergeTemplate",
                    "the name “{name}” in {field} holds a line break or control character",
                ).format(name=printable(name), field=header)
            )
        else:
            out.append(format_mailbox(name, address))
    return out


def run_error(field_name: str, exc: TemplateRunError) -> str:
    """``text body, line 3: 'grade' is undefined`` — what the user needs to find it."""
    if exc.line:
        return translate("MergeTemplate", "{field}, line {line}: {reason}").format(
            field=_label(field_name), line=exc.line, reason=exc.reason
        )
    return translate("MergeTemplate", "{field}: {reason}").format(
        field=_label(field_name), reason=exc.reason
    )


def label(field_name: str) -> str:
    """The translated name of a template field (``"to"`` -> ``"To field"``)."""
    return _label(field_name)


__all__ += ["HEADER_NAMES", "FieldSyntaxError", "label", "run_error"]

"""A Jinja2 sandbox that also bounds the work one row's rendering can do.

Jinja's own sandbox keeps a template away from Python internals, but not from work without
end: ``{% for %}`` inside ``{% for %}``, ``{{ 10 ** 10 ** 10 }}``, ``{{ name * 10 ** 9 }}``,
a string doubled in a loop, ``lipsum(10 ** 6)``, a recursive macro, or ``{% include %}``
(which has no loader here and fails with a TypeError). A merge renders the template once
per row, so each of those would freeze a merge of 10,000 rows. This module:

* refuses at compile time what a merge template never needs: include, import, extends,
  macros, call blocks and recursive loops;
* counts loop steps per row (:data:`MAX_LOOP_STEPS`) and the characters of each field's
  output (:data:`MAX_OUTPUT`);
* refuses numbers above :data:`MAX_NUMBER` as arguments of filters and methods, and
  ``*``, ``**``, ``+`` and ``~`` results larger than :data:`MAX_OUTPUT`;
* turns every failure into :class:`TemplateRunError` with the template line at fault.
"""

from __future__ import annotations

import math
import re
import traceback
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.runtime import markup_join, str_join
from jinja2.sandbox import SandboxedEnvironment

from composer.i18n import translate

__all__ = [
    "MAX_LOOP_STEPS",
    "MAX_NUMBER",
    "MAX_OUTPUT",
    "BoundedSandbox",
    "LoopBudget",
    "TemplateRunError",
    "forbidden_construct",
    "prepare",
    "render_bounded",
]

MAX_LOOP_STEPS = 50_000
MAX_OUTPUT = 10_000_000
MAX_NUMBER = 100_000
# Lists and dicts are measured up to this many characters before they are printed.
MAX_STRUCTURE = 1_000_000
_LOOP = "_composer_loop"
_CONCAT = "_composer_concat"
_FORMAT_WIDTH = re.compile(r"\d{6,}")


class TemplateRunError(Exception):
    """Rendering went wrong; *line* is the template line at fault (0 when unknown)."""

    def __init__(self, reason: str, line: int = 0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


class _TooMuch(jinja2.exceptions.SecurityError):
    """A bound of this module was hit (a SecurityError, so Jinja does not fold it away)."""


def _too_much(what: str) -> _TooMuch:
    return _TooMuch(what)


def _weight(value: Any, budget: int) -> int:
    """Characters *value* would take as text, counted only up to *budget* (shared
    references counted each time, as str() would expand them)."""
    stack = [value]
    total = 0
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            total += len(item)
        elif isinstance(item, dict):
            total += 2 + len(item)
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            total += 2 + len(item)
            stack.extend(item)
        elif isinstance(item, jinja2.utils.Namespace):
            attrs = getattr(item, "_Namespace__attrs", {})
            total += 2
            stack.append(dict(attrs))
        else:
            total += 8
        if total > budget:
            return total
    return total


# Filters and str methods whose number arguments are sizes of what they produce.
_SIZED = frozenset(
    {"center", "ljust", "rjust", "zfill", "expandtabs", "indent", "wordwrap", "truncate",
     "batch", "slice"}
)  # fmt: skip


def _check_sizes(args: Iterable[Any]) -> None:
    for arg in args:
        number = isinstance(arg, int | float) and not isinstance(arg, bool)
        if number and (not math.isfinite(arg) or abs(arg) > MAX_NUMBER):
            raise _too_much(
                translate("MergeTemplate", "the number {number} is too large here").format(
                    number=arg
                )
            )


def _check_args(args: Iterable[Any]) -> None:
    for arg in args:
        if not isinstance(arg, int | float | str) and _weight(arg, MAX_STRUCTURE) > MAX_STRUCTURE:
            raise _too_much(translate("MergeTemplate", "a value grew too large"))


def _check_text(value: Any) -> Any:
    if isinstance(value, str) and len(value) > MAX_OUTPUT:
        raise _too_much(translate("MergeTemplate", "a value grew too large"))
    return value


def _check_format(text: Any) -> None:
    if isinstance(text, str) and _FORMAT_WIDTH.search(text):
        raise _too_much(translate("MergeTemplate", "a format width is too large"))


def _check_replace(text: Any, args: tuple[Any, ...]) -> None:
    if isinstance(text, str) and len(args) >= 2:
        old, new = args[0], args[1]
        if isinstance(old, str) and isinstance(new, str):
            count = text.count(old) if old else len(text) + 1
            if len(text) + count * len(new) > MAX_OUTPUT:
                raise _too_much(translate("MergeTemplate", "a value grew too large"))


def _bounded_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    # A filter marked pass_context/pass_eval_context/pass_environment gets that first.
    skip = 1 if hasattr(func, "jinja_pass_arg") else 0

    def bounded(*args: Any, **kwargs: Any) -> Any:
        plain = args[skip:]
        _check_args(plain)
        _check_args(kwargs.values())
        if name in _SIZED:
            _check_sizes(plain[1:])
            _check_sizes(kwargs.values())
        if name == "format" and plain:
            _check_format(plain[0])
        if name == "replace" and plain:
            _check_replace(plain[0], tuple(plain[1:]))
        return _check_text(func(*args, **kwargs))

    # Keep Jinja's pass_context / pass_eval_context / pass_environment marks.
    if skip:
        bounded.jinja_pass_arg = func.jinja_pass_arg  # type: ignore[attr-defined]
    bounded.__name__ = getattr(func, "__name__", name)
    return bounded


class LoopBudget:
    """The loop steps left for one row; called on every ``{% for %}`` iterable."""

    def __init__(self, steps: int = MAX_LOOP_STEPS) -> None:
        self.steps = steps

    def __call__(self, iterable: Any) -> Iterator[Any]:
        if isinstance(iterable, jinja2.Undefined):
            iterable._fail_with_undefined_error()
        return self._count(iterable)

    def _count(self, iterable: Iterable[Any]) -> Iterator[Any]:
        for item in iterable:
            self.steps -= 1
            if self.steps < 0:
                raise _too_much(
                    translate(
                        "MergeTemplate",
                        "the loops take more than {count} steps for one row",
                    ).format(count=MAX_LOOP_STEPS)
                )
            yield item


class BoundedSandbox(SandboxedEnvironment):
    """Jinja's sandbox with the bounds of this module (see the module docstring)."""

    intercepted_binops = frozenset({"*", "**", "+"})

    def __init__(self, *, autoescape: bool) -> None:
        super().__init__(
            undefined=jinja2.StrictUndefined, autoescape=autoescape, finalize=_finalize
        )
        # lipsum writes paragraphs without end; a merge has no use for it.
        self.globals.pop("lipsum", None)
        self.filters = {name: _bounded_filter(name, f) for name, f in self.filters.items()}
        join = markup_join if autoescape else str_join

        def concat(*parts: Any) -> Any:
            text = sum(len(p) for p in parts if isinstance(p, str))
            other = sum(_weight(p, MAX_STRUCTURE) for p in parts if not isinstance(p, str))
            if text > MAX_OUTPUT or other > MAX_STRUCTURE:
                raise _too_much(translate("MergeTemplate", "a value grew too large"))
            return join(parts)

        self.globals[_CONCAT] = concat

    def call_binop(
        self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any
    ) -> Any:
        sequence = (str, list, tuple)
        if operator == "**" and isinstance(left, int | float) and isinstance(right, int | float):
            if abs(left) > 1 and right > 0:
                bits = math.log2(abs(left)) * right
                if bits > 64 * 1024:
                    raise _too_much(translate("MergeTemplate", "a number grew too large"))
        elif operator == "*":
            for seq, times in ((left, right), (right, left)):
                repeated = isinstance(seq, sequence) and isinstance(times, int)
                if repeated and len(seq) * max(times, 0) > MAX_OUTPUT:
                    raise _too_much(translate("MergeTemplate", "a value grew too large"))
            both_int = isinstance(left, int) and isinstance(right, int)
            if both_int and left.bit_length() + right.bit_length() > 64 * 1024:
                raise _too_much(translate("MergeTemplate", "a number grew too large"))
        elif operator == "+":
            joined = isinstance(left, sequence) and isinstance(right, sequence)
            if joined and len(left) + len(right) > MAX_OUTPUT:
                raise _too_much(translate("MergeTemplate", "a value grew too large"))
        return super().call_binop(context, operator, left, right)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is not None:  # "{:>999999999}".format(...): refused before it runs
            _check_format(value.__self__)
        return wrapped

    def call(
        __self, __context: jinja2.runtime.Context, __obj: Any, *args: Any, **kwargs: Any
    ) -> Any:
        _check_args(args)
        _check_args(kwargs.values())
        owner = getattr(__obj, "__self__", None)
        name = getattr(__obj, "__name__", "")
        if name in _SIZED:
            _check_sizes(args)
            _check_sizes(kwargs.values())
        if isinstance(owner, str) and name == "replace":
            _check_replace(owner, args)
        return _check_text(super().call(__context, __obj, *args, **kwargs))


def _finalize(value: Any) -> Any:
    """Every ``{{ }}`` value: a list that would print as gigabytes is refused first."""
    scalar = isinstance(value, str | int | float | bool) or value is None
    if not scalar and _weight(value, MAX_STRUCTURE) > MAX_STRUCTURE:
        raise _too_much(translate("MergeTemplate", "a value grew too large"))
    return value


def forbidden_construct(ast: nodes.Template) -> tuple[str, int] | None:
    """(what, line) of the first construct a merge template may not use, or None."""
    refused: tuple[tuple[type[nodes.Node], str], ...] = (
        (nodes.Include, "{% include %}"),
        (nodes.Import, "{% import %}"),
        (nodes.FromImport, "{% from … import %}"),
        (nodes.Extends, "{% extends %}"),
        (nodes.Macro, "{% macro %}"),
        (nodes.CallBlock, "{% call %}"),
    )
    for node in ast.find_all(nodes.Stmt):
        for kind, label in refused:
            if isinstance(node, kind):
                return label, node.lineno
        if isinstance(node, nodes.For) and node.recursive:
            return "{% for … recursive %}", node.lineno
    return None


def prepare(ast: nodes.Template) -> nodes.Template:
    """Route every loop through the row's :class:`LoopBudget` and every ``~`` through a
    size check (changes *ast* in place and returns it)."""
    for loop in ast.find_all(nodes.For):
        loop.iter = nodes.Call(
            nodes.Name(_LOOP, "load", lineno=loop.lineno),
            [loop.iter],
            [],
            None,
            None,
            lineno=loop.lineno,
        )
    for concat in list(ast.find_all(nodes.Concat)):
        call = nodes.Call(
            nodes.Name(_CONCAT, "load", lineno=concat.lineno),
            list(concat.nodes),
            [],
            None,
            None,
            lineno=concat.lineno,
        )
        _replace(ast, concat, call)
    return ast


def _replace(root: nodes.Node, old: nodes.Node, new: nodes.Node) -> None:
    for node in root.find_all(nodes.Node):
        for field in node.fields:
            value = getattr(node, field, None)
            if value is old:
                setattr(node, field, new)
                return
            if isinstance(value, list):
                for i, item in enumerate(value):
                    if item is old:
                        value[i] = new
                        return


def _template_line(exc: BaseException) -> int:
    line = 0
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == "<template>" and frame.lineno:
            line = frame.lineno
    return line


def render_bounded(template: jinja2.Template, context: dict[str, Any], budget: LoopBudget) -> str:
    """Render *template* with *context*, stopping at the bounds of this module.

    Raises:
        TemplateRunError: the template failed or did too much; names the line.
    """
    context[_LOOP] = budget
    pieces: list[str] = []
    size = 0
    try:
        for piece in template.generate(context):
            size += len(piece)
            if size > MAX_OUTPUT:
                raise _too_much(
                    translate(
                        "MergeTemplate", "the text grows beyond {count} characters for one row"
                    ).format(count=f"{MAX_OUTPUT:,}")
                )
            pieces.append(piece)
    except jinja2.UndefinedError as exc:
        raise TemplateRunError(str(exc), _template_line(exc)) from exc
    except Exception as exc:  # every failure becomes one sentence for the row
        raise TemplateRunError(_reason(exc), _template_line(exc)) from exc
    return "".join(pieces)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, _TooMuch | jinja2.TemplateError):
        return str(exc)
    if isinstance(exc, RecursionError):
        return translate("MergeTemplate", "it calls itself without end")
    if isinstance(exc, MemoryError):
        return translate("MergeTemplate", "a value grew too large")
    text = str(exc) or type(exc).__name__
    return text

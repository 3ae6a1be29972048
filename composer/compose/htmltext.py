"""Turn the HTML of a formatted message into readable plain text for its text/plain part.

The result reads like a person typed it: one line per line of the message, blank lines only
where the HTML shows space between blocks (a ``<p>`` with its default margins, a heading,
a list after a paragraph; not the margin-less paragraphs an editor makes for each Return),
headings on their own lines, list items with bullets or numbers, quotes prefixed with
``> ``, links as ``text <url>``, images as ``[image: name]``, and emphasis in the
conventions plain-text mail readers understand (``*bold*``, ``/italic/``, ``_underline_``).
Spaces are kept where the HTML keeps them (``<pre>``, ``white-space:pre-wrap``), and the
signature delimiter keeps its trailing space (``-- ``, RFC 3676 §4.3), so mail clients still
recognise the signature. It understands hand-written HTML, Composer's mail HTML
(:mod:`composer.compose.mailhtml`) and the HTML Qt's rich-text editor produces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Blocks and whether they have vertical margins by default (a blank line in text).
_BLOCK_MARGINS = {
    "p": True, "div": False, "li": False, "tr": False, "table": True, "pre": True,
    "ul": True, "ol": True, "blockquote": True, "hr": True, "dl": True, "dt": False,
    "dd": False, "address": True, "figure": True, "center": False, "form": True,
    **dict.fromkeys(_HEADINGS, True),
}  # fmt: skip
_SKIP = frozenset({"head", "style", "script", "title"})
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr"})
_SIGNATURE = "-- "


@dataclass
class _Inline:
    tag: str
    marks: str = ""  # the characters written around the text, e.g. "*"
    href: str | None = None
    start: int = 0  # where the link text started in the current line
    opened: bool = False  # marks are written with the first non-blank text


@dataclass
class _List:
    ordered: bool
    counter: int = 0


@dataclass
class _Block:
    tag: str
    bottom: bool  # leaves space below it
    keep_spaces: bool


def _style(attrs: dict[str, str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for declaration in attrs.get("style", "").split(";"):
        name, _, value = declaration.partition(":")
        if name.strip():
            found[name.strip().lower()] = value.strip().lower()
    return found


def _is_zero(value: str) -> bool:
    return bool(re.fullmatch(r"[-+]?0*\.?0*(px|em|ex|pt|%|rem)?", value.strip()))


def _margins(tag: str, style: dict[str, str], default: bool) -> tuple[bool, bool]:
    """Whether the block has space above and below it."""
    top = bottom = default
    if "margin" in style:
        parts = style["margin"].split()
        if parts:
            top = not _is_zero(parts[0])
            bottom = not _is_zero(parts[2] if len(parts) > 2 else parts[0])
    if "margin-top" in style:
        top = not _is_zero(style["margin-top"])
    if "margin-bottom" in style:
        bottom = not _is_zero(style["margin-bottom"])
    return top, bottom


@dataclass
class _State:
    lines: list[str] = field(default_factory=list)
    current: str = ""  # the line being written, quote prefix included once opened
    opened: bool = False  # something (text, a bullet) was written to the current line
    quote: int = 0
    lists: list[_List] = field(default_factory=list)
    blocks: list[_Block] = field(default_factory=list)
    gap: bool = False  # a blank line is due before the next line
    #: Lines holding text (a typed ">" is text, not an empty quoted line).
    written: set[int] = field(default_factory=set)
    below: bool = False  # the last block closed leaves space below it
    skip: int = 0
    pre: int = 0


class _Converter(HTMLParser):
    def __init__(self, *, marks: bool, links: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.s = _State()
        self.stack: list[_Inline] = []
        self.marks = marks
        self.links = links
        self.qt_document = False  # Qt's HTML keeps spaces in p and li (pre-wrap)

    # --- lines ---------------------------------------------------------------------------
    def _prefix(self) -> str:
        return "> " * self.s.quote

    def _last_blank(self) -> bool:
        s = self.s
        return not s.lines or (len(s.lines) - 1 not in s.written and not s.lines[-1].strip("> "))

    def _append(self, line: str) -> None:
        s = self.s
        if s.gap:
            s.gap = False
            if not self._last_blank():
                s.lines.append(self._prefix().rstrip())
        prefix = self._prefix()
        if line[len(prefix) :].strip() if line.startswith(prefix) else line.strip():
            s.written.add(len(s.lines))
        s.lines.append(line)

    def _end_line(self, *, empty_too: bool = False) -> None:
        """Finish the current line; an empty one only where *empty_too* (a ``<br>``)."""
        s = self.s
        if s.opened:
            text = s.current.rstrip()
            if self._line_text().startswith(_SIGNATURE) and text == self._prefix() + "--":
                text = self._prefix() + _SIGNATURE  # "-- " and nothing else: a signature next
            self._append(text)
        elif empty_too:
            if s.gap:  # an empty line where space was due: the same blank line
                s.gap = False
                if not self._last_blank():
                    s.lines.append(self._prefix().rstrip())
            else:
                s.lines.append(self._prefix().rstrip())
        s.current = ""
        s.opened = False

    def _write(self, text: str) -> None:
        s = self.s
        if not text:
            return
        if not s.opened:
            s.current = self._prefix()
            s.opened = True
        s.current += text

    def _keep_spaces(self) -> bool:
        return self.s.pre > 0 or any(b.keep_spaces for b in self.s.blocks[-1:])

    def _line_text(self) -> str:
        return self.s.current[len(self._prefix()) :] if self.s.opened else ""

    # --- blocks --------------------------------------------------------------------------
    def _start_block(self, tag: str, attrs: dict[str, str]) -> None:
        s = self.s
        self._end_line()
        style = _style(attrs)
        default = _BLOCK_MARGINS.get(tag, False)
        if tag in ("ul", "ol") and s.lists:
            default = False  # a nested list sits inside its item
        top, bottom = _margins(tag, style, default)
        if top or s.below:
            s.gap = True
        s.below = False
        space = style.get("white-space", "")
        keep = space.startswith("pre") or (self.qt_document and tag in ("p", "li"))
        s.blocks.append(_Block(tag, bottom, keep))

    def _end_block(self, tag: str) -> None:
        s = self.s
        self._end_line()
        for i in range(len(s.blocks) - 1, -1, -1):
            if s.blocks[i].tag == tag:
                block = s.blocks.pop(i)
                s.below = s.below or block.bottom
                return

    # --- parser callbacks ----------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        s = self.s
        if tag == "meta" and a.get("name") == "qrichtext":
            self.qt_document = True
        if tag in _SKIP:
            s.skip += 1
            return
        if s.skip:
            return
        if tag == "br":
            self._end_line(empty_too=True)
            return
        if tag == "hr":
            self._start_block("hr", a)
            self._write("-" * 20)
            self._end_block("hr")
            return
        if tag == "img":
            src = a.get("src", "")
            alt = a.get("alt") or ("" if src.startswith("cid:") else src.rsplit("/", 1)[-1])
            self._write(f"[image: {alt}]" if alt else "[image]")
            return
        if tag == "blockquote":
            self._start_block(tag, a)
            if s.gap and not self._last_blank():  # the blank line before a quote is unquoted
                s.lines.append(self._prefix().rstrip())
            s.gap = False
            s.quote += 1
            return
        if tag in ("ul", "ol"):
            self._start_block(tag, a)
            s.lists.append(_List(ordered=tag == "ol"))
            return
        if tag == "li":
            self._start_block(tag, a)
            depth = max(len(s.lists) - 1, 0)
            lst = s.lists[-1] if s.lists else _List(ordered=False)
            lst.counter += 1
            self._write("  " * depth + (f"{lst.counter}. " if lst.ordered else "* "))
            return
        if tag == "pre":
            self._start_block(tag, a)
            s.pre += 1
            return
        if tag in _BLOCK_MARGINS:
            self._start_block(tag, a)
            if tag in _HEADINGS:
                self.stack.append(_Inline(tag))
            return
        if tag in ("td", "th"):
            if self._line_text().strip():
                self._write("\t")
            return
        self._start_inline(tag, a)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def _start_inline(self, tag: str, a: dict[str, str]) -> None:
        style = _style(a)
        marks = ""
        in_heading = any(item.tag in _HEADINGS for item in self.stack)
        weight = style.get("font-weight", "")
        bold = tag in ("b", "strong") or weight == "bold" or re.fullmatch(r"[6-9]00", weight)
        if bold and not in_heading:  # headings are bold anyway; no *marks* around them
            marks += "*"
        if tag in ("i", "em") or style.get("font-style") == "italic":
            marks += "/"
        in_link = tag == "a" or any(item.tag == "a" for item in self.stack)
        if (tag == "u" or "underline" in style.get("text-decoration", "")) and not in_link:
            marks += "_"
        href = a.get("href") if tag == "a" else None
        start = len(self._line_text())
        self.stack.append(_Inline(tag, marks=marks if self.marks else "", href=href, start=start))

    def handle_endtag(self, tag: str) -> None:
        s = self.s
        if tag in _SKIP:
            s.skip = max(s.skip - 1, 0)
            return
        if s.skip or tag in _VOID:
            return
        if tag == "blockquote":
            self._end_line()
            s.quote = max(s.quote - 1, 0)
            self._end_block(tag)
            return
        if tag in ("ul", "ol"):
            self._end_block(tag)
            if s.lists:
                s.lists.pop()
            return
        if tag == "pre":
            self._end_block(tag)
            s.pre = max(s.pre - 1, 0)
            return
        if tag in _BLOCK_MARGINS:
            if tag in _HEADINGS:
                self._pop_inline(tag)
            self._end_block(tag)
            return
        self._pop_inline(tag)

    def _pop_inline(self, tag: str) -> None:
        s = self.s
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].tag != tag:
                continue
            item = self.stack.pop(i)
            if item.marks and item.opened:  # "*bold* ", never "*bold *"
                stripped = s.current.rstrip(" ")
                spaces = len(s.current) - len(stripped)
                s.current = stripped + item.marks[::-1] + " " * spaces
            if item.href and self.links and not item.href.startswith("#"):
                shown = self._line_text()[item.start :].strip("*/_ ")
                target = item.href.removeprefix("mailto:")
                if shown and shown != target and shown != item.href:
                    self._write(f" <{item.href}>")
            return

    def handle_data(self, data: str) -> None:
        s = self.s
        if s.skip:
            return
        if s.pre:
            for i, part in enumerate(data.split("\n")):
                if i:
                    self._end_line(empty_too=True)
                self._write(part)
            return
        for i, part in enumerate(data.split("\u2028")):  # Qt's line separator
            if i:
                self._end_line(empty_too=True)
            self._data(part)

    def _data(self, data: str) -> None:
        if self._keep_spaces():
            text = re.sub(r"[\r\n\f]+", " ", data)
        else:
            text = re.sub(r"[ \t\r\n\f]+", " ", data)
            line = self._line_text()
            if not line.strip() or line.endswith((" ", "\t")):
                text = text.lstrip(" ")
        if not text:
            return
        pending = [item for item in self.stack if item.marks and not item.opened]
        if pending and text.strip():
            body = text.lstrip(" ")
            self._write(text[: len(text) - len(body)])
            for item in pending:
                self._write(item.marks)
                item.opened = True
            text = body
        self._write(text)

    def result(self) -> str:
        self._end_line()
        written = self.s.written
        start, end = 0, len(self.s.lines)
        while end > start and end - 1 not in written and not self.s.lines[end - 1].strip("> "):
            end -= 1
        while start < end and start not in written and not self.s.lines[start].strip("> "):
            start += 1
        return "\n".join(self.s.lines[start:end]).replace("\u00a0", " ")


def html_to_text(html: str, *, marks: bool = True, links: bool = True) -> str:
    """Return a readable plain-text rendering of *html* (no trailing newline).

    Args:
        marks: write emphasis as ``*bold*``, ``/italic/``, ``_underline_``.
        links: follow a link's text with its address, ``text <https://...>``.
    """
    conv = _Converter(marks=marks, links=links)
    conv.feed(html)
    conv.close()
    return conv.result()

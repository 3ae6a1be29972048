"""Turn the HTML of a formatted message into readable plain text for its text/plain part.

The result is what a person reading the text alternative should see: paragraphs separated by
blank lines, headings kept on their own lines, list items with bullets or numbers, quotes
prefixed with ``> ``, links as ``text <url>``, images as ``[image: name]``, and emphasis in the
conventions plain-text mail readers understand (``*bold*``, ``/italic/``, ``_underline_``).
It understands both hand-written HTML and the HTML that Qt's rich-text editor produces
(``<span style="font-weight:700">`` rather than ``<b>``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_BLOCKS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "pre", "table", "ul", "ol"}
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SKIP = frozenset({"head", "style", "script", "title"})
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr"})


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
class _State:
    lines: list[str] = field(default_factory=list)
    current: str = ""
    quote: int = 0
    lists: list[_List] = field(default_factory=list)
    pending_blank: bool = False
    skip: int = 0
    pre: int = 0
    prefix_written: bool = False


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.s = _State()
        self.stack: list[_Inline] = []

    # --- line handling -------------------------------------------------------------------
    def _prefix(self) -> str:
        return "> " * self.s.quote

    def _flush_line(self) -> None:
        s = self.s
        if s.current.strip() or s.prefix_written:
            s.lines.append((s.current if s.prefix_written else self._prefix() + s.current).rstrip())
        s.current = ""
        s.prefix_written = False

    def _block_break(self, blank: bool) -> None:
        self._flush_line()
        if blank and self.s.lines and self.s.lines[-1].strip("> ") != "":
            self.s.pending_blank = True

    def _write(self, text: str) -> None:
        s = self.s
        if not text:
            return
        if s.pending_blank:
            s.lines.append(self._prefix().rstrip())
            s.pending_blank = False
        if not s.current and not s.prefix_written:
            s.current = self._prefix()
            s.prefix_written = True
        s.current += text

    # --- parser callbacks ----------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag in _SKIP:
            self.s.skip += 1
            return
        if self.s.skip:
            return
        if tag == "br":
            self._flush_line()
            return
        if tag == "hr":
            self._block_break(True)
            self._write("-" * 20)
            self._block_break(True)
            return
        if tag == "img":
            src = a.get("src", "")
            alt = a.get("alt") or ("" if src.startswith("cid:") else src.rsplit("/", 1)[-1])
            self._write(f"[image: {alt}]" if alt else "[image]")
            return
        if tag == "blockquote":
            self._block_break(True)
            if self.s.pending_blank:  # the blank line before a quote is not quoted
                self.s.lines.append(self._prefix().rstrip())
                self.s.pending_blank = False
            self.s.quote += 1
            return
        if tag in ("ul", "ol"):
            self._block_break(not self.s.lists)
            self.s.lists.append(_List(ordered=tag == "ol"))
            return
        if tag == "li":
            self._flush_line()
            depth = max(len(self.s.lists) - 1, 0)
            lst = self.s.lists[-1] if self.s.lists else _List(ordered=False)
            lst.counter += 1
            bullet = f"{lst.counter}. " if lst.ordered else "* "
            self._write("  " * depth + bullet)
            return
        if tag == "pre":
            self._block_break(True)
            self.s.pre += 1
            return
        if tag in _BLOCKS:
            self._block_break(tag != "div" and tag != "tr")
            if tag.startswith("h") and len(tag) == 2:
                self.stack.append(_Inline(tag, marks=""))
            return
        if tag in ("td", "th"):
            if self.s.current.strip():
                self._write("\t")
            return
        self._start_inline(tag, a)

    def _start_inline(self, tag: str, a: dict[str, str]) -> None:
        style = a.get("style", "").replace(" ", "").lower()
        marks = ""
        in_heading = any(item.tag in _HEADINGS for item in self.stack)
        bold = tag in ("b", "strong") or re.search(r"font-weight:(bold|[6-9]00)", style)
        if bold and not in_heading:  # headings are bold anyway; no *marks* around them
            marks += "*"
        if tag in ("i", "em") or "font-style:italic" in style:
            marks += "/"
        in_link = tag == "a" or any(item.tag == "a" for item in self.stack)
        if (tag == "u" or "text-decoration:underline" in style) and not in_link:
            marks += "_"
        href = a.get("href") if tag == "a" else None
        item = _Inline(tag, marks=marks, href=href, start=len(self.s.current))
        self.stack.append(item)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.s.skip = max(self.s.skip - 1, 0)
            return
        if self.s.skip or tag in _VOID:
            return
        if tag == "blockquote":
            self._flush_line()
            self.s.quote = max(self.s.quote - 1, 0)
            self._block_break(True)
            return
        if tag in ("ul", "ol"):
            self._flush_line()
            if self.s.lists:
                self.s.lists.pop()
            if not self.s.lists:
                self._block_break(True)
            return
        if tag == "li":
            self._flush_line()
            return
        if tag == "pre":
            self.s.pre = max(self.s.pre - 1, 0)
            self._block_break(True)
            return
        if tag in _BLOCKS:
            if tag.startswith("h") and len(tag) == 2:
                self._pop_inline(tag)
            self._block_break(tag not in ("div", "tr"))
            return
        self._pop_inline(tag)

    def _pop_inline(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i].tag == tag:
                item = self.stack.pop(i)
                if item.marks and item.opened:  # "*bold* ", never "*bold *"
                    stripped = self.s.current.rstrip(" ")
                    spaces = len(self.s.current) - len(stripped)
                    self.s.current = stripped + item.marks[::-1] + " " * spaces
                if item.href and not item.href.startswith("#"):
                    shown = self.s.current[item.start :].strip("*/_ ")
                    target = item.href.removeprefix("mailto:")
                    if shown != target and shown != item.href:
                        self._write(f" <{item.href}>")
                return

    def handle_data(self, data: str) -> None:
        if self.s.skip:
            return
        if self.s.pre:
            parts = data.split("\n")
            for i, part in enumerate(parts):
                if i:
                    self._flush_line()
                self._write(part)
            return
        text = re.sub(r"[ \t\r\n\f]+", " ", data)
        if not self.s.current.strip() or self.s.current.endswith((" ", "\t")):
            text = text.lstrip(" ") if not self.s.current.endswith(("* ", ". ")) else text
        text = text.replace("\u2028", "\n")
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
        self._flush_line()
        out: list[str] = []
        for line in self.s.lines:
            if not line.strip("> ") and out and not out[-1].strip("> "):
                continue
            out.append(line)
        while out and not out[-1].strip("> "):
            out.pop()
        while out and not out[0].strip("> "):
            out.pop(0)
        return "\n".join(out).replace("\u00a0", " ")


def html_to_text(html: str) -> str:
    """Return a readable plain-text rendering of *html* (no trailing newline)."""
    conv = _Converter()
    conv.feed(html)
    conv.close()
    return conv.result()

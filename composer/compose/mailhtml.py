"""Clean mail HTML from the HTML Qt's rich-text editor writes, without Qt.

Qt's ``QTextDocument.toHtml()`` is made for Qt to read back: a DOCTYPE, a ``qrichtext``
meta, a ``<style>`` block (which webmail strips), ``-qt-*`` properties, and every paragraph
spelling out five margins. :func:`mail_html` keeps what the reader should see and writes it
the portable way: inline styles only where they matter (``margin:0`` on the editor's
single-spaced paragraphs, ``white-space:pre-wrap`` where spaces or tabs must stay), ``<b>``,
``<i>``, ``<u>`` and ``<s>`` for emphasis, plain ``<a href>`` links, ``<blockquote>`` for the
editor's quotes, and nothing else.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

#: How a quoted paragraph is indented in the editor (and in Qt's default <blockquote>).
QUOTE_MARGIN_PX = 40
QUOTE_STYLE = "margin:0 0 0 0.8ex; border-left:2px solid #9aa5b1; padding-left:1ex; color:#444"

_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr"})
_SKIP = frozenset({"head", "style", "script", "title"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_TEXT_BLOCKS = frozenset({"p", "li", "div", "pre", "td", "th", *_HEADINGS})
_BLOCKS = frozenset({"ul", "ol", "blockquote", "table", "tr", "hr", *_TEXT_BLOCKS})
# Blocks whose HTML default margin differs from Qt's: their margins are always written.
_MARGINED = frozenset({"p", "ul", "ol", "blockquote", *_HEADINGS})
_KEEP_ATTRS = {
    "a": ("href", "name", "title"),
    "img": ("src", "alt", "width", "height", "title"),
    "td": ("colspan", "rowspan", "align", "valign", "width", "bgcolor"),
    "th": ("colspan", "rowspan", "align", "valign", "width", "bgcolor"),
    "table": ("border", "cellspacing", "cellpadding", "width", "align", "bgcolor"),
    "ol": ("start", "type"),
}
_CONTAINERS = frozenset({"root", "html", "body", "ul", "ol", "blockquote", "table", "tr"})
_ALIGNED = frozenset({"p", "div", "li", *_HEADINGS})
_SIDES = ("top", "right", "bottom", "left")


@dataclass
class _Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[_Node | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("root")
        self.open: list[_Node] = [self.root]
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
            return
        if self.skip:
            return
        node = _Node(tag, {k: v or "" for k, v in attrs})
        self.open[-1].children.append(node)
        if tag not in _VOID:
            self.open.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and tag not in _SKIP:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(self.skip - 1, 0)
            return
        if self.skip or tag in _VOID:
            return
        for i in range(len(self.open) - 1, 0, -1):
            if self.open[i].tag == tag:
                del self.open[i:]
                return

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.open[-1].children.append(data)


def _declarations(style: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for declaration in style.split(";"):
        name, _, value = declaration.partition(":")
        name, value = name.strip().lower(), value.strip()
        if name and value and not name.startswith("-qt-"):
            found[name] = value
    return found


def _px(value: str) -> float | None:
    match = re.fullmatch(r"\s*([-+]?\d*\.?\d+)\s*(px)?\s*", value)
    return float(match.group(1)) if match else None


def _length(value: float) -> str:
    return "0" if value == 0 else f"{value:g}px"


def _style_text(decls: dict[str, str]) -> str:
    return "; ".join(f"{k}:{v}" for k, v in decls.items())


def _text_of(node: _Node) -> str:
    return "".join(c if isinstance(c, str) else _text_of(c) for c in node.children)


@dataclass
class _Context:
    in_link: bool = False
    in_heading: bool = False


class _Writer:
    def __init__(self) -> None:
        self.out: list[str] = []

    def node(self, node: _Node | str, ctx: _Context) -> None:
        if isinstance(node, str):
            self.out.append(html.escape(node, quote=False))
            return
        tag = node.tag
        if tag in ("root", "html", "body"):
            self.children(node, ctx)
        elif tag in ("span", "font"):
            self.span(node, ctx)
        elif tag == "a":
            self.element(node, {}, _Context(True, ctx.in_heading))
        elif tag in _BLOCKS:
            self.block(node, ctx)
        elif tag in ("meta", "link", "input", "base"):
            return
        else:
            self.element(node, _declarations(node.attrs.get("style", "")), ctx)

    def children(self, node: _Node, ctx: _Context) -> None:
        kids = node.children
        if node.tag in _CONTAINERS:  # line breaks between blocks are the source's layout
            kids = [k for k in kids if not (isinstance(k, str) and not k.strip())]
        i = 0
        while i < len(kids):
            kid = kids[i]
            if isinstance(kid, _Node) and _is_quote(kid):
                run: list[_Node] = []
                while i < len(kids):
                    item = kids[i]
                    if isinstance(item, _Node) and _is_quote(item):
                        run.append(item)
                    elif not (isinstance(item, str) and not item.strip()):
                        break
                    i += 1
                self.out.append(f'<blockquote style="{QUOTE_STYLE}">\n')
                for paragraph in run:
                    paragraph.attrs["style"] = _unquoted(paragraph.attrs.get("style", ""))
                    self.node(paragraph, ctx)
                self.out.append("</blockquote>\n")
                continue
            self.node(kid, ctx)
            i += 1

    def open_tag(self, tag: str, attrs: dict[str, str]) -> None:
        text = "".join(f' {k}="{html.escape(v, quote=True)}"' for k, v in attrs.items())
        self.out.append(f"<{tag}{text}>")

    def element(self, node: _Node, decls: dict[str, str], ctx: _Context) -> None:
        attrs = {k: v for k, v in node.attrs.items() if k in _KEEP_ATTRS.get(node.tag, ())}
        if node.tag == "img":
            for name in ("width", "height"):
                number = _px(attrs.get(name, ""))
                if number is not None:
                    attrs[name] = str(round(number))
            attrs.setdefault("alt", "")
        if decls:
            attrs["style"] = _style_text(decls)
        self.open_tag(node.tag, attrs)
        if node.tag in _VOID:
            return
        self.children(node, ctx)
        self.out.append(f"</{node.tag}>")

    def span(self, node: _Node, ctx: _Context) -> None:
        decls = _declarations(node.attrs.get("style", ""))
        wrappers: list[str] = []
        weight = decls.pop("font-weight", "")
        if (weight == "bold" or (weight.isdigit() and int(weight) >= 600)) and not ctx.in_heading:
            wrappers.append("b")
        if decls.pop("font-style", "") == "italic":
            wrappers.append("i")
        decoration = decls.pop("text-decoration", "")
        if "underline" in decoration and not ctx.in_link:
            wrappers.append("u")
        if "line-through" in decoration:
            wrappers.append("s")
        if ctx.in_link:
            decls.pop("color", None)  # the reader's client colours links its own way
        if decls:
            self.open_tag("span", {"style": _style_text(decls)})
        for tag in wrappers:
            self.out.append(f"<{tag}>")
        self.children(node, ctx)
        for tag in reversed(wrappers):
            self.out.append(f"</{tag}>")
        if decls:
            self.out.append("</span>")

    def block(self, node: _Node, ctx: _Context) -> None:
        tag = node.tag
        raw = node.attrs.get("style", "")
        decls = _declarations(raw)
        margins = {side: _px(decls.pop(f"margin-{side}", "0")) or 0.0 for side in _SIDES}
        indent = re.search(r"-qt-list-indent:\s*(\d+)", raw)
        if indent and int(indent.group(1)) > 1:
            margins["left"] += (int(indent.group(1)) - 1) * QUOTE_MARGIN_PX
        block_indent = re.search(r"-qt-block-indent:\s*(\d+)", raw)
        if block_indent and int(block_indent.group(1)) > 0:
            margins["left"] += int(block_indent.group(1)) * QUOTE_MARGIN_PX
        if decls.get("text-indent") and _px(decls["text-indent"]) == 0:
            decls.pop("text-indent")
        out: dict[str, str] = {}
        if "margin" in decls:
            out["margin"] = decls.pop("margin")
        elif tag in _MARGINED or any(margins.values()):
            values = [margins[side] for side in _SIDES]
            out["margin"] = "0" if not any(values) else " ".join(_length(v) for v in values)
        if tag in _TEXT_BLOCKS and tag != "pre" and _needs_spaces_kept(node):
            out["white-space"] = "pre-wrap"
        out.update(decls)
        attrs = {k: v for k, v in node.attrs.items() if k in _KEEP_ATTRS.get(tag, ())}
        if tag in _ALIGNED and node.attrs.get("align") in ("left", "center", "right", "justify"):
            out["text-align"] = node.attrs["align"]
        if out:
            attrs["style"] = _style_text(out)
        self.open_tag(tag, attrs)
        if tag == "hr":
            self.out.append("\n")
            return
        if tag in ("ul", "ol", "table", "tr", "blockquote"):
            self.out.append("\n")
        self.children(node, _Context(ctx.in_link, ctx.in_heading or tag in _HEADINGS))
        self.out.append(f"</{tag}>\n")


def _needs_spaces_kept(node: _Node) -> bool:
    text = _text_of(node)
    return "  " in text or "\t" in text or text.startswith(" ") or text.endswith(" ")


def _is_quote(node: _Node) -> bool:
    if node.tag != "p":
        return False
    decls = _declarations(node.attrs.get("style", ""))
    return (
        _px(decls.get("margin-left", "")) == QUOTE_MARGIN_PX
        and _px(decls.get("margin-right", "")) == QUOTE_MARGIN_PX
    )


def _unquoted(style: str) -> str:
    for side in ("left", "right"):
        style = re.sub(rf"margin-{side}:\s*{QUOTE_MARGIN_PX}px", f"margin-{side}:0px", style)
    return style


def mail_html(qt_html: str) -> str:
    """Clean, portable mail HTML for the document Qt's ``toHtml()`` wrote."""
    builder = _TreeBuilder()
    builder.feed(qt_html)
    builder.close()
    writer = _Writer()
    writer.children(builder.root, _Context())
    body = "".join(writer.out).strip("\n")
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"</head><body>\n{body}</body></html>"
    )


def editor_html(mail: str) -> str:
    """*mail* (as :func:`mail_html` wrote it) ready for Qt: quotes in Qt's own terms."""
    # Qt's <blockquote> indents by QUOTE_MARGIN_PX and marks the quote level; without the
    # vertical margins it would add, the quote is single-spaced as it was written.
    return mail.replace(
        f'<blockquote style="{QUOTE_STYLE}">', '<blockquote style="margin-top:0; margin-bottom:0">'
    )

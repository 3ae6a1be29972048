"""Mail HTML from Qt's editor HTML, and the text part made from it, without Qt."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from composer.compose.htmltext import html_to_text
from composer.compose.mailhtml import QUOTE_STYLE, editor_html, mail_html

QT_HEAD = (
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0//EN" "http://www.w3.org/TR/REC-html40/strict.dtd">'
    '\n<html><head><meta name="qrichtext" content="1" /><meta charset="utf-8" />'
    '<style type="text/css">\np, li { white-space: pre-wrap; }\n'
    "hr { height: 1px; border-width: 0; }"
    "\n</style></head><body style=\" font-family:'Sans Serif'; font-size:11pt;"
    ' font-weight:400; font-style:normal;">\n'
)
P = (
    '<p style=" margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px;'
    ' -qt-block-indent:0; text-indent:0px;">'
)
EMPTY = (
    '<p style="-qt-paragraph-type:empty; margin-top:0px; margin-bottom:0px; margin-left:0px;'
    ' margin-right:0px; -qt-block-indent:0; text-indent:0px;"><br /></p>'
)
QUOTE = (
    '<p style=" margin-top:0px; margin-bottom:0px; margin-left:40px; margin-right:40px;'
    ' -qt-block-indent:0; text-indent:0px;">'
)


def qt_document(*blocks: str) -> str:
    return QT_HEAD + "\n".join(blocks) + "</body></html>"


# What Qt's editor wrote for: a line with a bold word and a link, a second line (Return),
# an empty line, a typed "-- " signature, two quoted lines, and Korean with two spaces.
QT_SAMPLE = qt_document(
    P + 'Hello <span style=" font-weight:700;">bold</span> and <a href="https://example.org/x">'
    '<span style=" text-decoration: underline; color:#0000ff;">there</span></a></p>',
    P + "second line</p>",
    EMPTY,
    P + "-- </p>",
    P + "Kim &amp; Co.</p>",
    QUOTE + "quoted</p>",
    QUOTE + "lines</p>",
    P + '안녕하세요  <span style=" font-style:italic; text-decoration: underline;">'
    "두 칸</span></p>",
)


def test_mail_html_drops_qt_markup_and_inlines_what_matters() -> None:
    out = mail_html(QT_SAMPLE)
    for noise in ("qrichtext", "-qt-", "DOCTYPE", "<style", "text-indent", "font-family"):
        assert noise not in out
    assert out.startswith('<html><head><meta http-equiv="Content-Type"')
    link = '<a href="https://example.org/x">there</a>'
    assert f'<p style="margin:0">Hello <b>bold</b> and {link}</p>' in out
    assert '<p style="margin:0; white-space:pre-wrap">-- </p>' in out
    assert "Kim &amp; Co." in out
    assert (
        f'<blockquote style="{QUOTE_STYLE}">\n<p style="margin:0">quoted</p>\n'
        '<p style="margin:0">lines</p>\n</blockquote>'
    ) in out
    assert '<p style="margin:0; white-space:pre-wrap">안녕하세요  <i><u>두 칸</u></i></p>' in out
    assert '<p style="margin:0"><br></p>' in out


def test_the_text_part_reads_as_typed() -> None:
    assert html_to_text(mail_html(QT_SAMPLE)) == (
        "Hello *bold* and there <https://example.org/x>\n"
        "second line\n"
        "\n"
        "-- \n"
        "Kim & Co.\n"
        "> quoted\n"
        "> lines\n"
        "안녕하세요  /_두 칸_/"
    )
    # Qt's own HTML (an old draft) reads the same, but for the editor's quotes
    raw = html_to_text(QT_SAMPLE).splitlines()
    assert raw[:5] == html_to_text(mail_html(QT_SAMPLE)).splitlines()[:5]


def test_paragraphs_with_margins_keep_their_blank_lines() -> None:
    assert html_to_text("<p>one</p><p>two</p><div>three</div><div>four</div>") == (
        "one\n\ntwo\n\nthree\nfour"
    )
    assert html_to_text("<p>-- <br>Kim</p>") == "-- \nKim"
    single = '<p style="margin:0">{}</p>'
    typed = "".join(single.format(line) for line in ("a", "<br>", "<br>", "b"))
    assert html_to_text(typed) == "a\n\n\nb"  # two empty lines typed, two kept


def test_editor_html_gives_qt_its_own_quotes() -> None:
    out = editor_html(mail_html(QT_SAMPLE))
    assert QUOTE_STYLE not in out
    assert "<blockquote" in out


WORD = st.text(alphabet=st.sampled_from("abcXYZ019가나다한글&<>\"'.,!?é-"), min_size=1, max_size=8)


@st.composite
def qt_lines(draw: st.DrawFn) -> list[list[tuple[str, str | None, bool]]]:
    """Lines of (text, link, bold) runs."""
    lines = []
    for _ in range(draw(st.integers(1, 5))):
        runs = []
        for _ in range(draw(st.integers(0, 4))):
            text = " ".join(draw(st.lists(WORD, min_size=1, max_size=3)))
            link = draw(st.one_of(st.none(), st.just("https://example.org/" + "p" * len(text))))
            runs.append((text, link, draw(st.booleans())))
        lines.append(runs)
    return lines


def render(runs: list[tuple[str, str | None, bool]]) -> str:
    parts = []
    for text, link, bold in runs:
        part = html.escape(text, quote=False)
        if bold:
            part = f'<span style=" font-weight:700;">{part}</span>'
        if link:
            part = f'<a href="{link}">{part}</a>'
        parts.append(part)
    return " ".join(parts)


@given(qt_lines())
def test_words_and_links_survive_every_conversion(
    lines: list[list[tuple[str, str | None, bool]]],
) -> None:
    blocks = [P + render(runs) + "</p>" if runs else EMPTY for runs in lines]
    clean = mail_html(qt_document(*blocks))
    words = [" ".join(text for text, _l, _b in runs) for runs in lines]
    expected_plain = "\n".join(words).strip("\n")
    assert html_to_text(clean, marks=False, links=False) == expected_plain
    with_links = [
        " ".join(f"{text} <{link}>" if link else text for text, link, _b in runs) for runs in lines
    ]
    assert html_to_text(clean, marks=False) == "\n".join(with_links).strip("\n")
    assert mail_html(clean) == clean  # cleaning is idempotent

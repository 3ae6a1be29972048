from composer.compose.htmltext import html_to_text


def test_paragraphs_emphasis_and_links() -> None:
    html = (
        "<p>Hello <b>bold</b>, <i>italic</i>, <u>under</u> and "
        '<a href="https://example.org">a link</a>.</p><p>Second</p>'
    )
    assert html_to_text(html) == (
        "Hello *bold*, /italic/, _under_ and a link <https://example.org>.\n\nSecond"
    )


def test_qt_rich_text_html() -> None:
    html = (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0//EN"><html><head>'
        '<meta name="qrichtext" content="1" /><style type="text/css">p, li { white-space: '
        "pre-wrap; }</style></head><body>"
        '<p style="margin:0px;"><span style=" font-weight:700;">Bold</span> plain</p>'
        '<p style="-qt-paragraph-type:empty;"><br /></p>'
        "<p>After</p></body></html>"
    )
    assert html_to_text(html) == "*Bold* plain\n\nAfter"


def test_lists_headings_quotes_and_images() -> None:
    html = (
        "<h1>Title</h1><ul><li>one</li><li>two</li></ul><ol><li>a</li><li>b</li></ol>"
        "<blockquote><p>quoted</p><p>more</p></blockquote>"
        '<p>line<br>next <img src="cid:x@y"> <img src="pic.png" alt="chart"></p>'
    )
    assert html_to_text(html) == (
        "Title\n\n* one\n* two\n\n1. a\n2. b\n\n> quoted\n>\n> more\n\n"
        "line\nnext [image] [image: chart]"
    )


def test_korean_and_entities() -> None:
    assert html_to_text("<p>안녕하세요 &amp; 반갑습니다&nbsp;!</p>") == "안녕하세요 & 반갑습니다 !"


def test_link_whose_text_is_the_url_is_not_repeated() -> None:
    html = '<p><a href="mailto:a@example.com">a@example.com</a></p>'
    assert html_to_text(html) == "a@example.com"


def test_a_typed_greater_than_sign_is_text_not_an_empty_quote() -> None:
    # found by hypothesis in test_mailhtml: a line of just ">" vanished from the plain text
    assert html_to_text("<p>&gt;</p>", marks=False) == ">"
    assert html_to_text("<p>a</p><p>&gt;</p>", marks=False) == "a\n\n>"
    # an empty quoted line at the end is still dropped
    assert html_to_text("<p>a</p><blockquote><p>q</p><p><br></p></blockquote>") == "a\n\n> q"

"""The page scan's walk (`scanwalk.signals`): which elements it finds, by tag, lone attribute or
several, in document order; the same answers whichever path of the loop an element takes."""

from __future__ import annotations

import lxml.html
from lxml import etree

from newsgrab.meta import scanwalk

_PAGE = """<html><head><base href="/x/"><meta name="author" content="A B"><title>T</title>
<script type="application/ld+json">{}</script><script class="byline">x()</script></head>
<body><div class="story-body"><h1>Headline</h1>
<p class="byline">By A B</p><span id="post-date">Jan 5</span><span id="plain">no</span>
<span itemprop="datePublished">2021</span><time>now</time><span datetime="2021-01-05">5</span>
<a href="/a" rel="author">A B</a><a href="/b" rel="">b</a><a href="/c">c</a>
<div class="footer" id="author-box">two names, the id signals</div>
<div class="text" title="t">a hint piece, two attributes</div><em>plain</em>
<base href="/y/"></div></body></html>"""


def _walk(pool: list[lxml.html.HtmlElement] | None, page: str = _PAGE,
          marks: list[lxml.html.HtmlElement] | None = None) -> tuple[list[str], list[str]]:
    tree = lxml.html.document_fromstring(page)
    bases: list[lxml.html.HtmlElement] = []
    hits = scanwalk.signals(tree, list(tree.iter(etree.Element)), bases, pool, [] if marks is None else marks)
    return [el.tag + (f".{el.get('class') or el.get('id') or ''}") for el in hits], [b.get("href") for b in bases]


def test_the_walk_finds_every_kind_of_signal_in_document_order() -> None:
    hits, bases = _walk(None)
    assert hits == ["meta.", "title.", "script.", "h1.", "p.byline", "span.post-date", "span.",
                    "time.", "span.", "a.", "div.footer"]
    assert bases == ["/x/", "/y/"]


def test_the_pool_takes_hint_classes_and_itemprops_but_no_script() -> None:
    pool: list[lxml.html.HtmlElement] = []
    _walk(pool)
    assert [(el.tag, el.get("class") or el.get("itemprop")) for el in pool] == [
        ("div", "story-body"), ("span", "datePublished"), ("div", "text")]


def test_the_walk_marks_comment_sections_whichever_path_an_element_takes() -> None:
    # a lone class, a lone id, several attributes (class or id), a tagged link, a metadata hit (rel, itemprop)
    page = ("<html><body><div class='comment-list'>1</div><section id='reacties'>2</section>"
            "<div class='wrap' id='disqus_thread' role='region'>3</div><ol class='commentaires' data-x='1'>4</ol>"
            "<a href='#c' class='reply-link'>5</a><a href='/u' rel='nofollow' class='replies'>6</a>"
            "<span itemprop='text' id='kommentar-7'>7</span>"
            "<div class='commentary'>8</div><div class='recommend'>no</div><p id='comm'>no</p>"
            "<div class='byline'>no</div><span class='post-date' id='x'>no</span></body></html>")
    marks: list[lxml.html.HtmlElement] = []
    hits, _bases = _walk(None, page, marks)
    assert [el.text for el in marks] == ["1", "2", "3", "4", "5", "6", "7", "8"]
    assert hits == ["a.replies", "span.kommentar-7", "div.byline", "span.post-date"]  # what it found before

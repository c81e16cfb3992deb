"""Parsing a page from its raw UTF-8 bytes gives the same tree as parsing its decoded text.

The decoder keeps the raw bytes when they are the strict UTF-8 decoding of the text, and the
HTML stage hands those to libxml2 (faster than the str). Nothing downstream may see a difference.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from lxml import etree

from newsgrab.errors import Unparseable
from newsgrab.html.parse import parse_html
from newsgrab.read.decode import decode

SAMPLES = sorted((Path(__file__).parent.parent / "samples").glob("*.html"))
TRICKY = [
    '<?xml version="1.0" encoding="utf-8"?>\n<html><body><p>Caf\u00e9 \u201cquoted\u201d</p></body></html>',
    '<meta charset="iso-8859-1"><title>Gr\u00fc\u00dfe</title><p>\u0417\u0434\u0440\u0430\u0432\u0441\u0442\u0432'
    "\u0443\u0439\u0442\u0435</p>",
    "<p>emoji \U0001f600 and &amp; entities &eacute; &#8212;</p><!-- a comment --><p>tail</p>",
    "<html><head><script>var s = '</div>';</script></head><body><div><p>x</p></body></html>",
]


def _same_tree(text: str) -> None:
    decoded = decode(text.encode("utf-8"))
    assert decoded.utf8 is not None
    from_text = etree.tostring(parse_html(decoded.text), encoding="unicode")
    from_bytes = etree.tostring(parse_html(decoded.text, decoded.utf8), encoding="unicode")
    assert from_bytes == from_text


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_bytes_and_text_give_the_same_tree_on_samples(path: Path) -> None:
    _same_tree(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("text", TRICKY)
def test_bytes_and_text_give_the_same_tree_on_tricky_markup(text: str) -> None:
    _same_tree(text)


def test_raw_bytes_are_kept_only_when_they_are_the_utf8_of_the_text() -> None:
    assert decode("<p>caf\u00e9</p>".encode()).utf8 is not None
    assert decode("<p>caf\u00e9</p>".encode("cp1252")).utf8 is None
    assert decode(codecs.BOM_UTF8 + "<p>caf\u00e9</p>".encode()).utf8 is None
    assert decode("<p>caf\u00e9</p>".encode("utf-16")).utf8 is None


def test_an_empty_document_is_refused_on_both_paths() -> None:
    for args in (("",), ("", b"")):
        with pytest.raises(Unparseable):
            parse_html(*args)


@pytest.mark.parametrize("utf8", [True, False])
def test_comments_and_processing_instructions_are_not_made_into_nodes(utf8: bool) -> None:
    """No stage reads them: the parser skips them, and the text on both sides of one is joined,
    as stripping the node would join it. A script's "<!--" is its own text and stays."""
    page = ("<html><head><script type='application/ld+json'><!--{\"@type\": \"NewsArticle\"}--></script></head>"
            "<body><p>Hello <!-- an ad slot -->world<?php echo 1; ?>!</p><!-- a footer --></body></html>")
    tree = parse_html(page, page.encode("utf-8") if utf8 else None)
    assert not list(tree.iter(etree.Comment, etree.ProcessingInstruction))
    paragraph = tree.find(".//p")
    assert paragraph is not None and paragraph.text == "Hello world!" and len(paragraph) == 0
    script = tree.find(".//script")
    assert script is not None and script.text == '<!--{"@type": "NewsArticle"}-->'


def test_a_page_nested_too_deep_keeps_its_end_while_another_thread_parses(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether a page stopped too deep is read from the parser's error log after the parse; another
    thread's page started in between must not be the one read (each thread has its own parsers).
    The other thread's parse is run exactly in that gap, so the test does not hang on timing."""
    import threading

    from newsgrab.html import parse

    deep = "<html><body>" + "<div>" * 300 + "<p>inside</p>" + "</div>" * 300 + "<p>the closing line</p></body></html>"
    shallow = "<html><body><p>a short page</p></body></html>"
    real_parse = parse._parse

    def parse_then_let_another_thread_parse(text: str, utf8: bytes | None, *, deep: bool) -> object:
        root = real_parse(text, utf8, deep=deep)
        if not deep and text is not shallow:
            other = threading.Thread(target=parse.parse_html, args=(shallow,))
            other.start()
            other.join()
        return root

    monkeypatch.setattr(parse, "_parse", parse_then_let_another_thread_parse)
    assert "the closing line" in parse.parse_html(deep).text_content()

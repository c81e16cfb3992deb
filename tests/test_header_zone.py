"""The article header is walked once per page and side, and only as far as a reader reads it."""

from __future__ import annotations

from collections.abc import Iterator

import lxml.html

from newsgrab.html.parse import parse_html
from newsgrab.meta.headerzone import header_parts
from newsgrab.meta.pagescan import scan_page
from newsgrab.meta.scanresult import HeaderPart, LazyParts


def test_lazy_parts_walk_once_and_only_as_far_as_read() -> None:
    el = lxml.html.fromstring("<p>x</p>")
    walked: list[int] = []

    def walk() -> Iterator[HeaderPart]:
        for i in range(3):
            walked.append(i)
            yield el, str(i)

    parts = LazyParts(walk())
    assert next(iter(parts))[1] == "0"
    assert walked == [0]  # a reader that stops early leaves the rest unwalked
    assert [text for _el, text in parts] == ["0", "1", "2"]
    assert [text for _el, text in parts] == ["0", "1", "2"]
    assert walked == [0, 1, 2]  # the second reader is served what the first one walked


def test_header_parts_give_each_side_in_the_order_asked_every_time() -> None:
    tree = parse_html("<html><body><article><p class='kicker'>World</p><h1>Headline</h1>"
                      "<p class='by'>By Jane Doe</p><p>May 3, 2021</p></article></body></html>")
    scan = scan_page(tree)
    after_first = [text for _el, text in header_parts(scan, preceding_first=False)]
    assert after_first == ["By Jane Doe", "May 3, 2021", "World"]
    assert [text for _el, text in header_parts(scan, preceding_first=True)] == ["World", "By Jane Doe", "May 3, 2021"]
    assert [text for _el, text in header_parts(scan, preceding_first=False)] == after_first
    assert len(scan.header_sides) == 2  # one walk per side

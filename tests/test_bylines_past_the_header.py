"""Bylines the visible readers reach past what used to end or skip their walk (s34): the story's own
<footer> or <nav> right beside the headline ("<header><h1/></header><footer class=meta>By
...</footer>", "<nav class=by-row>Edited by <Person item>"), which the page scan already believes for
class-named bylines (`pagescan.POST_META_TAGS`, `headerzone`, `afterheadline`); not a page footer, a
breadcrumb above the headline or a credits list of names alone.
"""

from __future__ import annotations

import pytest

from newsgrab.html.parse import parse_html
from newsgrab.meta.page import read_metadata
from tests.byline_pages import BODY


def _page(article: str, around: str = "") -> list[str]:
    """The authors of a page whose <article> holds `article`; `around` follows the article."""
    tree = parse_html("<html><head><title>Harbour wall</title></head><body><main>"
                      f"<article>{article}</article>{around}</main></body></html>")
    return read_metadata(tree).authors


_HEADLINE = "<header><h1>Harbour wall to be rebuilt</h1></header>"


@pytest.mark.parametrize(("post_meta", "expected"), [
    # the article's footer beside its header: a labelled line and a date, the name in capitals
    ("<footer class=meta><p>By <a href='https://example.org/staff/mia-tran'>MIA TRAN</a></p>"
     "<p><time>10/11/2022 08:00 AM EDT</time></p></footer>", ["MIA TRAN"]),
    # a <nav> holding the byline's Person item under an editing credit, beside the section link
    ("<nav class=by-row><span><a href=/section/coast>Coast</a></span><span>Edited by <a href=/topic/mia-tran>"
     "<span itemscope itemtype='https://schema.org/Person'><span itemprop=name>Mia Tran</span></span></a>"
     "</span><span>Updated: May 3, 2021 3:49 pm</span></nav>", ["Mia Tran"]),
])
def test_the_story_s_own_footer_or_nav_beside_the_headline_names_the_author(post_meta: str,
                                                                             expected: list[str]) -> None:
    assert _page(f"<div>{_HEADLINE}{post_meta}</div>{BODY}") == expected


@pytest.mark.parametrize(("article", "around"), [
    # the page's footer, not the story's: three containers from the headline
    (f"<div><div>{_HEADLINE}</div></div>{BODY}", "<footer><p>By Mia Tran | May 3, 2021</p></footer>"),
    (f"<div><div><div>{_HEADLINE}</div></div><footer><p>By Mia Tran | May 3, 2021</p></footer></div>{BODY}", ""),
    # a breadcrumb above the headline
    (f"<div><nav><a href=/by/mia-tran>Mia Tran</a> | May 3, 2021</nav>{_HEADLINE}</div>{BODY}", ""),
    # a credits list beside the headline: names and headshots, no byline's label, date or link
    (f"<div>{_HEADLINE}<nav><ul><li><img src=/m.jpg alt='Mia Tran'><p>Mia Tran</p></li>"
     f"<li><img src=/r.jpg alt='Raul Ortiz'><p>Raul Ortiz</p></li></ul></nav></div>{BODY}", ""),
])
def test_no_name_from_a_footer_or_nav_that_is_not_the_story_s_post_meta(article: str, around: str) -> None:
    assert _page(article, around) == []

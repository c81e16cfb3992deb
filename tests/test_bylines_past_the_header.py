"""Bylines the visible readers reach past three things that used to end or skip their walk (s34):

- the story's own <footer> or <nav> right beside the headline ("<header><h1/></header><footer
  class=meta>By ...</footer>", "<nav class=pst-by>Edited by <Person item>"), which the page scan
  already believes for class-named bylines (`pagescan.POST_META_TAGS`, `headerzone`, `afterheadline`);
- a long caption under the lead picture, which is no body text (`afterheadline.stretch`);
- a linked name spelt by its address, by a date, in a meta bar past the article header
  (`namedate.dated_linked_names`).

Each with the shapes that must stay unread: a page footer, a breadcrumb above the headline, a credits
list of names alone, a caption's own credit, a topic link by the date, a link that spells another word.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsgrab.html.parse import parse_html
from newsgrab.meta import namedate
from newsgrab.meta.page import read_metadata
from tests.byline_pages import BODY, authors_of, far

#: a caption longer than a body text piece: the walk went no further than it
_LONG_CAPTION = ("Workers lower the first of the new concrete blocks onto the breakwater at dawn, "
                 "while a crane barge waits offshore for the tide to turn; the old wall, patched "
                 "after every winter since the sixties, will stay in place behind the new one "
                 "until the engineers say the new blocks have settled into the seabed. Photo: Harbour Board")


def _page(article: str, around: str = "") -> list[str]:
    """The authors of a page whose <article> holds `article`; `around` follows the article."""
    tree = parse_html("<html><head><title>Harbour wall</title></head><body><main>"
                      f"<article>{article}</article>{around}</main></body></html>")
    return read_metadata(tree).authors


_HEADLINE = "<header><h1>Harbour wall to be rebuilt</h1></header>"


@pytest.mark.parametrize(("post_meta", "expected"), [
    # the article's footer beside its header: a labelled line and a date, the name in capitals
    ("<footer class=meta><p>By <a href='https://example.org/staff/mia-tran'>MIA TRAN</a></p>"
     "<p><time>03/14/2023 07:45 AM EDT</time></p></footer>", ["MIA TRAN"]),
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


def test_a_byline_past_a_long_caption_under_the_lead_picture_is_read() -> None:
    article = (f"<div>{_HEADLINE}<div><figure><img src=/wall.jpg><figcaption><span>{_LONG_CAPTION}</span>"
               "</figcaption></figure></div></div><div><div><section><div><time>Dec. 13, 2016, 12:31 PM"
               f"</time></div><div>By <span>Mia Tran</span></div></section>{BODY}</div></div>")
    assert len(_LONG_CAPTION) >= 250
    assert _page(article) == ["Mia Tran"]


@pytest.mark.parametrize("article", [
    # the caption's own credit is the photographer's
    f"<div>{_HEADLINE}<figure><img src=/wall.jpg><figcaption>{_LONG_CAPTION} By Mia Tran, May 3, 2021"
    f"</figcaption></figure></div>{BODY}",
    # the body starts after the caption: a line below it is a related story's
    f"<div>{_HEADLINE}<figure><figcaption>{_LONG_CAPTION}</figcaption></figure></div>{BODY}"
    "<div><div><div><div>By <span>Mia Tran</span> | May 3, 2021</div></div></div></div>",
])
def test_a_caption_does_not_name_the_author_nor_let_the_walk_past_the_body(article: str) -> None:
    assert _page(article) == []


@pytest.mark.parametrize(("line", "expected"), [
    # a meta bar past the header: the name linked to a user page that spells it, the date and time
    ("<div class=bar><span><a href='/user/mia-tran%20'>Mia Tran</a></span> <span>05.24.16</span> "
     "<span>5:42 AM</span></div>", ["Mia Tran"]),
    # two linked names before a date in words
    ("<p><a href=/p/mia_tran>Mia Tran</a> and <a href=/p/raul_ortiz>Raul Ortiz</a> · 3 May 2021</p>",
     ["Mia Tran", "Raul Ortiz"]),
])
def test_linked_names_by_a_date_past_the_header_name_the_authors(line: str, expected: list[str]) -> None:
    assert authors_of(far(line)) == expected


def test_links_without_a_name_are_not_asked_for_their_line(monkeypatch: pytest.MonkeyPatch) -> None:
    # the dated-link reader asks a link for its line's lead (`line_lead`, which reads the elements before
    # it) only once the link's text is a name its address spells: a row of 2,000 empty links in the
    # meta bar made 2,000 walks back along the row (5 s of CPU on a 38 KB page)
    asked: list[str | None] = []

    def lead(el: Any) -> str:
        asked.append(el.get("href"))
        return ""

    monkeypatch.setattr(namedate, "line_lead", lead)
    line = ("<div class=bar>" + "<a href=/x></a>" * 2000
            + "<a href=/user/mia-tran>Mia Tran</a> <span>05.24.16</span></div>")
    assert authors_of(far(line)) == ["Mia Tran"]
    assert asked == ["/user/mia-tran"]


@pytest.mark.parametrize("line", [
    # a topic link opening the dated line: its address spells it, but it is no whole name by the date
    "<div><a href=/topics/harbour-works/>Harbour Works</a> | <a href=/section/coast/>Coast News</a> May 3, 2021</div>",
    # a link that spells something else (a user number)
    "<div><a href=/u/mrb24c/>Mia Tran</a> | 2016-04-08</div>",
    # no date by the name
    "<div><a href=/user/mia-tran>Mia Tran</a> <span>Contributor</span></div>",
    # the name after words on its line: a mention, not a byline
    "<div>Photos from <a href=/user/mia-tran>Mia Tran</a>, May 3, 2021</div>",
    # not the first dated line after the headline: a related story's line below the story's own date
    "<p>Updated May 3, 2021</p><p><a href=/user/mia-tran>Mia Tran</a> 4 May 2021</p>",
])
def test_no_name_from_a_far_link_that_is_no_dated_byline(line: str) -> None:
    assert authors_of(far(line)) == []


def test_a_linked_dated_name_after_the_body_starts_is_not_read() -> None:
    assert authors_of("", BODY + far("<div><a href=/user/mia-tran>Mia Tran</a> 05.24.16</div>")) == []


@pytest.mark.parametrize(("line", "expected"), [
    # a reporter's card under the headline: headshot and name linked to a bio page that spells it, a role
    ("<div><a href='/coast/bio/27281/Mia+Tran'><img src=/mia.jpg></a><span><a href='/coast/bio/27281/Mia+Tran'>"
     "<strong>Mia Tran</strong></a></span> <span>Contributor</span></div>", ["Mia Tran"]),
    # the desk and role on the line under the name
    ("<div><a href=/miatran>Mia Tran</a><div>Harbour Ledger News Reporter</div></div>", ["Mia Tran"]),
])
def test_a_linked_name_and_a_role_under_the_headline_name_the_author(line: str, expected: list[str]) -> None:
    assert _page(f"<div>{_HEADLINE}{line}</div>{BODY}") == expected


@pytest.mark.parametrize("line", [
    # a person's topic link followed by no role: someone the story is about
    "<p><a href=/topic/mia-tran>Mia Tran</a>, who chairs the harbour board</p>",
    # a role word inside a sentence about the linked person
    "<p><a href=/wiki/Mia_Tran>Mia Tran</a> was the editor of the harbour paper for ten years</p>",
    # a link whose address spells something else
    "<div><a href=/u/mrb24c>Mia Tran</a> <span>Contributor</span></div>",
    # a role after an unlinked name: nothing says the name is a person's own page
    "<div><span>Harbour Works</span> <span>Contributor</span></div>",
])
def test_no_name_from_a_header_line_that_is_no_linked_name_and_role(line: str) -> None:
    assert _page(f"<div>{_HEADLINE}{line}</div>{BODY}") == []

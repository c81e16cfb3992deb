"""Co-authors in sibling byline elements of one class are one byline; a name a structured source gives
in capitals or with its role is written as the page shows it."""

from __future__ import annotations

from newsgrab import extract
from newsgrab.meta.people import clean_name

_STORY = ("<p>The council of Port Elwyn postponed its vote on the new sea wall for the third time on Monday, "
          "leaving residents of the lower harbour to face the spring tides without the promised barrier.</p>"
          "<p>Engineers told the council that this year's spring tides will be the highest in four decades.</p>")
_URL = "https://harbourcourier.example/news/wall"


def _page(byline: str, head: str = "", after: str = "") -> str:
    return (f"<html><head><title>Council Delays Sea Wall Vote</title>{head}</head><body><article>"
            f"<h1>Council Delays Sea Wall Vote</h1>{byline}{_STORY}</article>{after}</body></html>")


def test_sibling_author_spans_of_one_class_are_one_byline() -> None:
    byline = ('<div class="meta"><span class="author">Nora Vale</span>, <span class="author">Piet Marrow</span>'
              ' and <span class="author">Ada Lin</span></div>')
    assert extract(_page(byline), url=_URL).authors == ["Nora Vale", "Piet Marrow", "Ada Lin"]


def test_a_sibling_of_another_class_is_not_joined() -> None:
    # the role beside the name sits in an element of its own class: no second author
    byline = ('<div class="meta"><span class="author">Nora Vale</span> '
              '<span class="author-role">Staff Writer</span></div>')
    assert extract(_page(byline), url=_URL).authors == ["Nora Vale"]


def test_a_teasers_byline_further_down_is_not_joined() -> None:
    # two class-named bylines that are no siblings: the story's, then a teaser's in its own card
    teaser = '<div class="card"><a href="/news/ferry">Ferry Runs All Winter</a><p class="author">Ada Lin</p></div>'
    page = _page('<p class="author">Nora Vale</p>', after=teaser)
    assert extract(page, url=_URL).authors == ["Nora Vale"]


def _ld(name: str) -> str:
    return ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", '
            f'"name": "{name}"}}}}</script>')


def test_a_structured_name_in_capitals_is_written_as_the_byline_prints_it() -> None:
    page = _page('<p class="byline">By Nora Vale</p>', head=_ld("By NORA VALE, Staff Writer"))
    article = extract(page, url=_URL)
    assert article.authors == ["Nora Vale"]
    assert article.provenance["authors"] == "json-ld"


def test_a_name_in_capitals_the_page_prints_nowhere_else_stays() -> None:
    assert extract(_page("", head=_ld("NORA VALE")), url=_URL).authors == ["NORA VALE"]


def test_a_role_in_a_structured_name_goes_a_desk_stays() -> None:
    assert clean_name("Nora Vale, Staff Writer") == "Nora Vale"
    assert clean_name("Senior Editor Nora Vale") == "Nora Vale"
    assert clean_name("By TOM KRISHER, AP Auto Writer") == "TOM KRISHER"
    # a desk signs with a role word: neither its name nor its role is cut
    assert clean_name("Harbour News Correspondent") == "Harbour News Correspondent"
    assert clean_name("Harbor Ledger Correspondent") == "Harbor Ledger Correspondent"

"""A stated author that is the site's own name (its domain's label, its <title>'s end part) is the
publisher: a person the page's byline shows is the author."""

from __future__ import annotations

from newsgrab import extract

_STORY = ("<p>The council of Port Elwyn postponed its vote on the new sea wall for the third time on Monday, "
          "leaving residents of the lower harbour to face the spring tides without the promised barrier.</p>"
          "<p>Engineers told the council that this year's spring tides will be the highest in four decades.</p>")


def _page(head: str, byline: str, site: str = "Harbour Courier") -> str:
    return (f"<html><head><title>Council Delays Sea Wall Vote | {site}</title>{head}</head><body><article>"
            f"<h1>Council Delays Sea Wall Vote</h1>{byline}{_STORY}</article></body></html>")


_BYLINE = '<p class="byline">By Nora Vale</p>'


def test_a_meta_author_naming_the_domain_gives_way_to_the_byline() -> None:
    html = _page('<meta name="author" content="Harbour Courier">', _BYLINE)
    assert extract(html, url="https://harbourcourier.example/news/wall").authors == ["Nora Vale"]


def test_a_meta_author_naming_the_titles_end_part_gives_way_to_the_byline() -> None:
    # the domain does not spell the name: the <title>'s end part, where sites print their own, does
    html = _page('<meta name="author" content="Harbour Lantern">', _BYLINE, site="Harbour Lantern")
    assert extract(html, url="https://pe-news.example/news/wall").authors == ["Nora Vale"]


def test_a_json_ld_person_naming_the_site_gives_way_to_the_byline() -> None:
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", '
          '"name": "Harbour Courier"}}</script>')
    assert extract(_page(ld, _BYLINE), url="https://harbourcourier.example/news/wall").authors == ["Nora Vale"]


def test_the_site_signing_alone_stays() -> None:
    html = _page('<meta name="author" content="Harbour Courier">', "")
    assert extract(html, url="https://harbourcourier.example/news/wall").authors == ["Harbour Courier"]


def test_a_personal_site_whose_byline_names_its_owner_keeps_the_owner() -> None:
    html = _page('<meta name="author" content="Nora Vale">', _BYLINE, site="Nora Vale")
    assert extract(html, url="https://noravale.example/posts/wall").authors == ["Nora Vale"]


def test_a_meta_author_naming_another_person_keeps_its_trust() -> None:
    # the stated author is no name of the site: it outranks the visible byline as before
    html = _page('<meta name="author" content="Piet Marrow">', _BYLINE)
    assert extract(html, url="https://harbourcourier.example/news/wall").authors == ["Piet Marrow"]

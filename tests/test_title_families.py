"""Title families of issue 11 (newsgrab/meta/titles.py, pagescan.py, page.py's `_read_title`).

Each rule has pages where it must fire and one where it must not; the headlines are made up in the
shape of the real pages that showed the family (bench/meta and ScrapingHub pages named per test).
"""

from __future__ import annotations

import lxml.html
import pytest

from newsgrab.html.parse import parse_html
from newsgrab.meta.page import read_metadata
from newsgrab.meta.titles import clean_title, site_keys


def page(head: str = "", body: str = "") -> lxml.html.HtmlElement:
    return parse_html(f"<html><head>{head}</head><body>{body}</body></html>")


# ------------------------------------------------------------------ separators of other habits and scripts
@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        # " -- " (engadget in goose3's set, sott.net in newspaper4k's)
        ("Ferry fares rise again in the spring -- Lakeside", "https://www.lakeside.example/a",
         "Ferry fares rise again in the spring"),
        ("Ferry fares rise again in the spring -- Local News -- Lakeside.example", "https://lakeside.example/a",
         "Ferry fares rise again in the spring"),
        # the full-width hyphen and pipe, spaced (publickey1.jp, getnews.jp)
        ("港の新しいフェリーが春に運航を始める － Lakeside", "https://www.lakeside1.example/a",
         "港の新しいフェリーが春に運航を始める"),
        ("港の新しいフェリーが春に運航を始める ｜ Lakeside", "https://www.lakeside.example/a",
         "港の新しいフェリーが春に運航を始める"),
        # not: a double hyphen inside a headline whose parts name no site (tmz.com's "Name -- Story ...")
        ("Harbourmaster -- Ferry Captain Says ... Not My Boat!", "https://www.lakeside.example/a",
         "Harbourmaster -- Ferry Captain Says ... Not My Boat!"),
    ],
)
def test_other_separators_split_the_site_off(title: str, url: str, expected: str) -> None:
    assert clean_title(title, site_keys([], url)) == expected


def test_a_full_width_pipe_is_a_brand_separator_when_nothing_names_the_site() -> None:
    keys = site_keys([], "https://www.example.com/a")
    title = "New ferry timetable for the spring ｜ Lakeside Daily"
    assert clean_title(title, keys) == "New ferry timetable for the spring"
    # a full-width hyphen is not: a dash may be the headline's own
    assert clean_title("港の新しいフェリー － 春に運航を始める", keys) == "港の新しいフェリー － 春に運航を始める"


# ------------------------------------------------------------------ a <title> the parser moved into <body>
def test_a_title_moved_into_the_body_is_still_the_pages_title() -> None:
    # a stray element in <head> makes lxml open the body before the <title> (theflip.africa, ctvnews.ca,
    # bgr.com, npr.org, qz.com): the <title> lands as a direct child of <body>
    tree = parse_html("<html><head><meta charset=utf-8><div id=ad></div>"
                      "<title>Ferry fares rise again in the spring | Lakeside Post</title></head>"
                      "<body><h6>Ferry fares rise again in the spring</h6><p>x</p></body></html>")
    assert [t.getparent().tag for t in tree.iter("title")] == ["body"]
    meta = read_metadata(tree, "https://www.lakesidepost.example/a")
    assert (meta.title, meta.provenance["title"]) == ("Ferry fares rise again in the spring", "title-tag")


def test_an_svg_icons_title_is_not_the_pages_title() -> None:
    tree = page("", '<a href="/"><svg><title>Lakeside Post home</title></svg></a>'
                    "<div><svg><symbol id=i><title>Share on Social</title></symbol></svg></div><p>x</p>")
    assert read_metadata(tree, "https://www.lakesidepost.example/a").title is None


# ------------------------------------------------------------------ the site's name and one word more
@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        # an edition (pv-magazine.com: "– pv magazine International") and a medium (indiehackers.com:
        # "- The Indie Hackers Podcast"): longer than twice the domain's label
        ("Harbour fees rise as ferries idle – lakeside mag International", "https://www.lakeside-mag.example/a",
         "Harbour fees rise as ferries idle"),
        ("Harbour fees rise as ferries idle - The Lakeside Ferries Podcast", "https://www.lakesideferries.example/a",
         "Harbour fees rise as ferries idle"),
        # not a phrase of a script without spaces beside the name (moongift.jp)
        ("wasm-module - 港の新しいフェリーが春に運航を始める LAKESIDE", "https://www.lakeside.example/a",
         "wasm-module - 港の新しいフェリーが春に運航を始める LAKESIDE"),
        # not the headline's own part, the last one left ("Lakeside reopens" beside the site's name)
        ("Lakeside reopens - Lakeside News", "https://www.lakeside.example/a", "Lakeside reopens"),
        # not two words more
        ("Harbour fees rise - Lakeside ferry timetable changes", "https://www.lakeside.example/a",
         "Harbour fees rise - Lakeside ferry timetable changes"),
    ],
)
def test_the_sites_name_with_an_edition_word_goes(title: str, url: str, expected: str) -> None:
    assert clean_title(title, site_keys([], url)) == expected


# ------------------------------------------------------------------ a brand after a headline written without spaces
@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # gizmodo.jp "... | ギズモード・ジャパン", news.mynavi.jp "... | TECH+（テックプラス）": words do not count
        ("港の新しいフェリーが春に運航を始める | 湖畔ジャパン", "港の新しいフェリーが春に運航を始める"),
        ("港の新しいフェリーが春に運航を始める · 湖畔新聞", "港の新しいフェリーが春に運航を始める"),
        # not a tail as long as half the rest: the headline's own second half
        ("港の新しいフェリーが春に | 運航を始める港の人々", "港の新しいフェリーが春に | 運航を始める港の人々"),
        # not a rest too short for a headline
        ("港のフェリー | 湖畔新聞", "港のフェリー | 湖畔新聞"),
        # not after a dash, which headlines use
        ("港の新しいフェリーが春に運航を始める - 湖畔新聞", "港の新しいフェリーが春に運航を始める - 湖畔新聞"),
    ],
)
def test_a_short_unspaced_brand_after_a_pipe_goes(title: str, expected: str) -> None:
    assert clean_title(title, site_keys([], "https://www.example.com/a")) == expected

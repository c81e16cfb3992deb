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


# ------------------------------------------------------------------ a blog's banner <h1> (banner.py)
@pytest.mark.parametrize(
    ("head", "body", "title", "site"),
    [
        # tDiary (takagi-hiromitsu.jp): "Blog - Post" in <title>, the blog in the <h1>, the post in an <h3>
        ("<title>港町日記 - 新しいフェリーの時刻表が春から大きく変わる件について</title>",
         "<h1>港町日記</h1><h2>2019年02月11日</h2>"
         "<h3>■ 新しいフェリーの時刻表が春から大きく変わる件について</h3><p>x</p>",
         "■ 新しいフェリーの時刻表が春から大きく変わる件について", "港町日記"),
        # Blogger (gardeviance.org), WordPress (techlog.iij.ad.jp): "Blog: Post", the <h1> links to the
        # front page, the post is short
        ("<title>Marsh Notes: The potting bench</title>",
         '<h1 class="title"><a href="https://www.marsh.example/">Marsh Notes</a></h1>'
         '<h3 class="post-title">The potting bench</h3><p>x</p>', "The potting bench", "Marsh Notes"),
        ("<title>Marsh Notes | The potting bench</title>",
         '<h1 id="site-title"><a href="/" rel="home">Marsh Notes</a></h1>'
         '<h1 class="entry-title">The potting bench</h1><p>x</p>', "The potting bench", "Marsh Notes"),
    ],
)
def test_a_blogs_banner_h1_gives_way_to_the_post_shown_below(head: str, body: str, title: str, site: str) -> None:
    meta = read_metadata(page(head, body), "https://www.marsh.example/2019/02/post.html")
    assert (meta.title, meta.site_name, meta.provenance["site_name"]) == (title, site, "h1")


@pytest.mark.parametrize(
    ("head", "body", "title"),
    [
        # not: the <h1> is the post and the blog's name sits in a sidebar heading, the title ending in the
        # <h1> (anisse.astier.eu's "Blog's random thoughts - awk driven IoT")
        ("<title>Marsh gardener's random thoughts - Potting bench</title>",
         "<h1>Potting bench</h1><p>x</p><div id=aside><h2><a href='#'>Marsh gardener's random thoughts</a></h2></div>",
         "Marsh gardener's random thoughts - Potting bench"),
        # not: a headline-sized <h1> with its dek in an <h2>
        ("<title>Ferry fares rise again in the spring - What it means for the island's commuters</title>",
         "<h1>Ferry fares rise again in the spring</h1><h2>What it means for the island's commuters</h2><p>x</p>",
         "Ferry fares rise again in the spring"),
        # not: "Blog: Post" whose other part no heading shows
        ("<title>Marsh Notes: New ferry timetable for the spring season</title>",
         "<h1>Marsh Notes</h1><p>x</p>", "Marsh Notes: New ferry timetable for the spring season"),
    ],
)
def test_a_headline_h1_is_not_taken_for_a_banner(head: str, body: str, title: str) -> None:
    meta = read_metadata(page(head, body), "https://www.marsh.example/2019/02/post.html")
    assert meta.title == title
    assert meta.provenance.get("site_name") != "h1"

"""Names in a title that are not the headline (newsgrab/meta/titlenames.py): the page's own authors as
a byline part.

Each rule has pages where it must fire and ones where it must not; the headlines and names are made
up in the shape of the real pages that showed the family (named per test).
"""

from __future__ import annotations

import lxml.html
import pytest

from newsgrab.html.parse import parse_html
from newsgrab.meta.homelinks import section_link_names
from newsgrab.meta.page import read_metadata
from newsgrab.meta.titlenames import names_people, people_keys, stated_values
from newsgrab.meta.titles import clean_title, fold_title, site_keys


def page(head: str = "", body: str = "") -> lxml.html.HtmlElement:
    return parse_html(f"<html><head>{head}</head><body>{body}</body></html>")


# ------------------------------------------------------------------ the authors' byline as a title part
@pytest.mark.parametrize(
    ("part", "authors", "expected"),
    [
        ("by Jane Q. Writer", ["Jane Q. Writer"], True),
        ("Ana Lima and Rui Costa", ["Ana Lima", "Rui Costa"], True),
        ("von Ana Lima", ["Ana Lima"], True),
        ("文：山田太郎", ["山田太郎"], True),
        # a part that mentions an author among other words is not a byline
        ("Interview with Jane Q. Writer", ["Jane Q. Writer"], False),
        ("Jane Q. Writer's favourite harbour walks", ["Jane Q. Writer"], False),
        ("Lakeside Post", ["Jane Q. Writer"], False),
        # no authors known, or a name too short to be told from a word
        ("by Jane Q. Writer", [], False),
        ("by Al", ["Al"], False),
    ],
)
def test_a_byline_part_is_the_authors_and_a_word_or_two(part: str, authors: list[str], expected: bool) -> None:
    assert names_people(fold_title(part), people_keys(authors)) is expected


@pytest.mark.parametrize(
    ("title", "authors", "expected"),
    [
        # medium.com: "Headline | by Author | Publication | Medium"
        ("Ferry fares rise: spring notes | by Jane Q. Writer | harbour | Medium",
         ["Jane Q. Writer"], "Ferry fares rise: spring notes"),
        # substack: "Headline - by Author"
        ("The quiet value of ferries - by Jane Q. Writer", ["Jane Q. Writer"], "The quiet value of ferries"),
        # politico (goose3's set): "Headline - A and B - POLITICO.com", too long a byline for a section
        ("New ferry map - Ana Lima and Rui Costa - Medium.com", ["Ana Lima", "Rui Costa"], "New ferry map"),
        # the byline is never the whole title, and the first part is the headline even when it is a name
        ("Jane Q. Writer - Medium", ["Jane Q. Writer"], "Jane Q. Writer"),
        # not a byline: the part says more than the name
        ("New ferry map - Interview with Jane Q. Writer - Medium", ["Jane Q. Writer"],
         "New ferry map - Interview with Jane Q. Writer"),
    ],
)
def test_the_authors_byline_part_goes(title: str, authors: list[str], expected: str) -> None:
    keys = site_keys([], "https://medium.com/harbour/a-1")
    assert clean_title(title, keys, people=people_keys(authors)) == expected


def test_a_byline_part_goes_on_a_page_that_names_its_author() -> None:
    head = ('<meta name="author" content="Ana Lima and Rui Costa">'
            "<title>New ferry map - Ana Lima and Rui Costa - Lakeside.example</title>")
    meta = read_metadata(page(head, "<p>x</p>"), "https://www.lakeside.example/news/1")
    assert meta.title == "New ferry map"
    assert meta.authors == ["Ana Lima", "Rui Costa"]
    # without an author named, the part stays: it is too long to be a section
    bare = read_metadata(page(head.split(">", 1)[1], "<p>x</p>"), "https://www.lakeside.example/news/1")
    assert bare.title == "New ferry map - Ana Lima and Rui Costa"


# ------------------------------------------------------------------ a section the page links to, at the title's end
def test_section_links_are_the_links_to_the_pages_own_path() -> None:
    body = ('<a href="/">Home</a><a href="/auto-news/">Auto News</a><a href="https://www.motoring.example/auto-news">'
            'Cars</a><a href="/auto-news/other-story.html">Another story</a><a href="/reviews/">Reviews</a>'
            '<a href="/auto-news/?page=2">Next page</a><a href="https://elsewhere.example/auto-news/">Elsewhere</a>')
    tree = page("", body)
    assert section_link_names(tree, "https://motoring.example/auto-news/sentra.html") == ["Auto News", "Cars"]
    assert section_link_names(tree, None) == []


def test_section_links_written_relative_dotted_or_spaced_are_resolved() -> None:
    # the links ruled out before resolving (their last segment is no folder of the page) and the
    # ones that must be resolved: a dot segment takes the page's own folder, spaces are stripped
    body = ('<a href="./">This folder</a><a href="../">Up</a><a href=" /harbour/ ">Spaced</a>'
            '<a href="/harbour/ferries#top">Ferries</a><a href="/harbour/tide.html?x=/harbour/">Query</a>'
            '<a href="ferries/">Relative</a><a href="/harbour/./">Dotted</a><a href="/harb\tour/">Split</a>')
    tree = page("", body)
    names = section_link_names(tree, "https://lakeside.example/harbour/ferries/new-route.html")
    assert names == ["This folder", "Up", "Spaced", "Ferries", "Dotted", "Split"]
    # a page at the root sits in no section, and no link is one
    assert section_link_names(tree, "https://lakeside.example/new-route.html") == []


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # autoindustriya.com: "Headline - Auto News", the menu links "Auto News" to the page's section
        ("https://motoring.example/auto-news/sentra-review.html", "Sentra review: the compact grows up"),
        # the same link on a page of another section: the part is not known as this page's section
        ("https://motoring.example/reviews/sentra-review.html", "Sentra review: the compact grows up - Auto News"),
    ],
)
def test_a_section_the_page_sits_in_goes_from_the_titles_end(url: str, expected: str) -> None:
    tree = page("<title>Sentra review: the compact grows up - Auto News</title>",
                '<nav><a href="/auto-news/">Auto News</a></nav><p>x</p>')
    assert read_metadata(tree, url).title == expected


def test_a_stated_name_goes_only_after_a_longer_headline() -> None:
    keys = site_keys([], "https://motoring.example/auto-news/a.html")
    stated = frozenset({fold_title("Auto News")})
    assert clean_title("Sentra review - Auto News", keys, stated=stated) == "Sentra review"
    assert clean_title("Auto News", keys, stated=stated) == "Auto News"
    assert clean_title("Sentra - Auto News", keys, stated=stated) == "Sentra - Auto News"


# ------------------------------------------------------------------ a name a <meta> states alone, at the title's end
def test_stated_values_skip_keys_that_hold_the_headline() -> None:
    meta = {"source": ["港湾日报网"], "writer": ["Lakeside Post"], "og:title": ["Ferry fares rise"],
            "name": ["Ferry fares rise"], "hdl": ["Ferry fares rise"], "keywords": ["ferries"],
            "twitter:image:alt": ["A ferry"], "generator": ["x" * 100]}
    assert sorted(stated_values(meta)) == ["Lakeside Post", "港湾日报网"]


@pytest.mark.parametrize(
    ("head", "title", "expected"),
    [
        # chinadaily (newspaper4k's set): <meta name="source"> names the site the <title> ends with
        ('<meta name="source" content="港湾日报网">', "新渡轮航线下月开通 - 港湾日报网",
         "新渡轮航线下月开通"),
        # donga.com (goose3's set): <meta name="writer"> holds the site's name
        ('<meta name="writer" content="Lakeside Post">', "Ferry fares rise again in spring : Lakeside Post",
         "Ferry fares rise again in spring"),
        # the headline stated alone in a <meta> is not a name: itemprop=name, nytimes' hdl
        ('<meta itemprop="name" content="Ferry fares rise again in spring">',
         "Lakeside Post | Ferry fares rise again in spring", "Lakeside Post | Ferry fares rise again in spring"),
        ('<meta name="hdl" content="Ferry fares rise">', "Lakeside Post - Ferry fares rise",
         "Lakeside Post - Ferry fares rise"),
        # a stated name longer than the rest is not dropped: a page writes its headline first or longer
        ('<meta name="writer" content="The Lakeside Post and Harbour Courier">',
         "Fares rise - The Lakeside Post and Harbour Courier", "Fares rise - The Lakeside Post and Harbour Courier"),
    ],
)
def test_a_name_a_meta_states_goes_from_the_titles_end(head: str, title: str, expected: str) -> None:
    tree = page(f"{head}<title>{title}</title>", "<p>x</p>")
    assert read_metadata(tree, "https://news.harbour.example/3/all/20240101/1").title == expected


# ------------------------------------------------------------------ a headline shown in an <h2> under a banner <h1>
_SHARE_CARD = ('<meta property="og:site_name" content="Lakeside Post">'
               '<meta property="og:title" content="You will not believe what the ferry did next!">'
               "<title>You will not believe what the ferry did next!</title>"
               '<meta name="sailthru.title" content="Ferry timetable changes for the winter season">')


def test_an_h2_under_a_banner_h1_confirms_the_title_source_it_equals() -> None:
    # thepoliticalinsider.com: every <h1> is the site's banner, the article header's <h2> shows the
    # headline that sailthru.title gives, og:title and <title> a share-card version
    body = "<h1>Lakeside Post</h1><header><h2>Ferry timetable changes for the winter season</h2></header><p>x</p>"
    meta = read_metadata(page(_SHARE_CARD, body), "https://lakesidepost.example/ferry-timetable-winter/")
    assert (meta.title, meta.provenance["title"]) == ("Ferry timetable changes for the winter season", "meta")


@pytest.mark.parametrize(
    "body",
    [
        # a headline <h1> of its own: the <h2> is not read
        "<h1>Harbour board meets on Tuesday evening</h1><h2>Ferry timetable changes for the winter season</h2>",
        # no <h2> equals a title source
        "<h1>Lakeside Post</h1><h2>More from the harbour</h2>",
    ],
)
def test_an_h2_confirms_nothing_beside_a_headline_h1_or_alone(body: str) -> None:
    meta = read_metadata(page(_SHARE_CARD, body + "<p>x</p>"), "https://lakesidepost.example/ferry-timetable-winter/")
    assert meta.title == "You will not believe what the ferry did next!"


def test_a_short_h2_confirms_no_section_name() -> None:
    head = ('<meta property="og:title" content="Ferry timetable changes for the winter season">'
            '<meta name="dc.title" content="Harbour news">')
    meta = read_metadata(page(head, "<h2>Harbour news</h2><p>x</p>"), "https://lakesidepost.example/a/1")
    assert meta.title == "Ferry timetable changes for the winter season"


# ------------------------------------------------------------------ the site's name from the <title>'s end part
@pytest.mark.parametrize(
    ("head", "url", "expected"),
    [
        # wikipedia: the last part is the domain's label
        ("<title>Harbour ferries - Lakepedia</title>", "https://en.lakepedia.org/wiki/Ferries", "Lakepedia"),
        # nytimes: the domain's label abbreviates the last part
        ("<title>Ferry fares rise again - The Lake Post Times</title>", "https://www.lptimes.com/2020/ferry.html",
         "The Lake Post Times"),
        # startup-grind: the part one title adds to the other (og:title has the headline alone)
        ('<title>Ferry fares rise again | Harbour Grind</title><meta property="og:title" content="Ferry fares'
         ' rise again">', "https://grind.example/ferry", "Harbour Grind"),
        # the first part, when the site writes its name first
        ("<title>Lakepedia | Harbour ferries</title>", "https://lakepedia.org/ferries", "Lakepedia"),
        # a section or a slogan that nothing on the page names: no site
        ("<title>Ferry fares rise again - Local News</title>", "https://www.lakepost.example/ferry", None),
        # after a colon the part is the headline's own, even when it is the domain's label
        ("<title>Lakepedia: the harbour ferries</title>", "https://lakepedia.org/ferries", None),
        # no separator, nothing to read
        ("<title>Lakepedia</title>", "https://lakepedia.org/ferries", None),
    ],
)
def test_the_site_name_is_the_title_part_the_page_names(head: str, url: str, expected: str | None) -> None:
    meta = read_metadata(page(head, "<p>Ferry fares rise again this spring on every line.</p>"), url)
    assert meta.site_name == expected
    if expected:
        assert meta.provenance["site_name"] == "title-tag"


def test_metadata_names_the_site_before_the_title() -> None:
    head = ('<title>Harbour ferries - Lakepedia</title>'
            '<meta property="og:site_name" content="The Lake Encyclopedia">')
    meta = read_metadata(page(head), "https://en.lakepedia.org/wiki/Ferries")
    assert (meta.site_name, meta.provenance["site_name"]) == ("The Lake Encyclopedia", "opengraph")


def test_meta_keys_that_hold_the_headline_stay_out_of_the_stated_values_when_asked_again() -> None:
    """`stated_values` remembers each key's verdict: a headline key is left out the second time too."""
    from newsgrab.meta.titlenames import stated_values

    meta = {"og:title": ["Harbour Report"], "og:site_name": ["Harbour Post"], "name": ["Harbour Report"]}
    for _ in range(2):
        assert list(stated_values(meta)) == ["Harbour Post"]

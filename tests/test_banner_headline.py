"""A site's banner <h1> before the story's own: the byline readers stand by the story's headline
(`meta/bannerhead.py`). A banner is an <h1> whose text is all a logo's <svg>, names the site, or is
all links up the site (its front page, a section the page sits in); an <h1> with an icon beside its
words stays the headline, as does one linked to its own page, and an empty <h1> moves nothing."""

from __future__ import annotations

import pytest

from newsgrab.html.parse import parse_html
from newsgrab.meta.bannerhead import past_banner
from newsgrab.meta.homelinks import leads_up
from newsgrab.meta.page import read_metadata
from newsgrab.meta.pagescan import scan_page

_BODY = f'<p>{"The council voted to rebuild the harbour wall before the winter storms. " * 6}</p>'
_LOGO = "<svg viewBox='0 0 10 10'><title>HARBOUR</title><desc>Harbour Gazette Logo</desc><path d='M0 0'/></svg>"
#: the story's header: its headline, the byline under it (no markup, no date), then the body
_STORY = ("<main><article><header><h1>Harbour wall to be rebuilt</h1><p>By Mia Tran</p></header>"
          f"{_BODY}</article></main>")
#: another story's teaser further down, with its own <h1> and byline
_TEASER = "<section><div><h1>Ferry timetable changes</h1><p>By Raul Ortiz</p></div></section>"


def _page(banner: str, story: str = _STORY, tail: str = "") -> str:
    return ("<html><head><title>Harbour wall to be rebuilt</title>"
            "<meta property='og:site_name' content='Harbour Gazette'></head>"
            # the banner four containers deep in the masthead: the article header of an <h1> there
            # (`headerzone`, three levels) ends inside the masthead
            f"<body><div class='top'><div><div><div><div>{banner}</div></div></div>"
            "<nav><a href='/news'>News</a></nav></div></div>"
            f"{story}{tail}</body></html>")


@pytest.mark.parametrize("banner", [
    f"<h1><a href='/'>{_LOGO}</a></h1>",  # a logo drawing: its words are the <svg>'s title and desc
    "<h1><a href='/'>Harbour Gazette</a></h1>",  # the site's own name
])
def test_the_byline_under_the_story_headline_after_a_banner(banner: str) -> None:
    assert read_metadata(parse_html(_page(banner))).authors == ["Mia Tran"]


def test_a_headline_with_an_icon_beside_its_words_stays_the_headline() -> None:
    story = ("<main><article><header><h1><svg><title>star</title></svg> Harbour wall to be rebuilt</h1>"
             f"<p>By Mia Tran</p></header>{_BODY}</article></main>")
    tree = parse_html(_page("<div>Harbour Gazette</div>", story, _TEASER))
    scan = scan_page(tree)
    assert past_banner(scan, {"harbourgazette"}) is scan
    assert read_metadata(tree).authors == ["Mia Tran"]


def test_an_empty_h1_is_no_banner_and_no_headline() -> None:
    tree = parse_html(_page("<h1><a href='/'><img src='/logo.png'></a></h1>"))
    scan = scan_page(tree)
    assert past_banner(scan, {"harbourgazette"}) is scan
    # after a banner, an empty <h1> is passed over for the story's
    tree = parse_html(_page(f"<h1>{_LOGO}</h1><h1> </h1>"))
    moved = past_banner(scan_page(tree), {"harbourgazette"})
    assert moved.headline is not None and moved.headline.text_content() == "Harbour wall to be rebuilt"


#: the story's address: a section (/business/monday/) the page's path runs through
_URL = "https://www.harbourgazette.example/business/monday/2016/harbour-wall.html"


@pytest.mark.parametrize("banner", [
    "<h1><a href='/business/monday/'>Business Monday</a></h1>",  # the section's banner
    "<h1><a href='https://harbourgazette.example/'>Morning Tide</a></h1>",  # a newsletter's name, linked home
    "<h1><a href='/business/'>Business</a> <a href='/business/monday/'>Monday</a></h1>",  # a crumb trail
])
def test_a_section_banner_linking_up_the_site_gives_way_to_the_story(banner: str) -> None:
    meta = read_metadata(parse_html(_page(banner)), _URL)
    assert meta.authors == ["Mia Tran"]
    # a page with no other title source: its title is the story's <h1>, not the banner's
    bare = _page(banner).replace("<title>Harbour wall to be rebuilt</title>", "")
    assert read_metadata(parse_html(bare), _URL).title == "Harbour wall to be rebuilt"


@pytest.mark.parametrize(("first", "url"), [
    # the headline linked to its own page: a permalink, with or without a query
    ("<h1><a href='/business/monday/2016/harbour-wall.html'>Harbour wall to be rebuilt</a></h1>", _URL),
    ("<h1><a href='/?p=123'>Harbour wall to be rebuilt</a></h1>", "https://harbourgazette.example/?p=123"),
    # words outside the link, and a link to a section the page is not in
    ("<h1>Harbour wall <a href='/business/monday/'>to be rebuilt</a></h1>", _URL),
    ("<h1><a href='/sport/'>Harbour wall to be rebuilt</a></h1>", _URL),
])
def test_a_linked_headline_that_does_not_link_up_stays_the_headline(first: str, url: str) -> None:
    story = f"<main><article><header>{first}<p>By Mia Tran</p></header>{_BODY}</article></main>"
    page = _page("<div>Harbour Gazette</div>", story, _TEASER)
    tree = parse_html(page.replace("<title>Harbour wall to be rebuilt</title>", ""))  # the <h1> the only title
    scan = scan_page(tree)
    assert past_banner(scan, {"harbourgazette"}, url) is scan
    meta = read_metadata(tree, url)
    assert (meta.title, meta.authors) == ("Harbour wall to be rebuilt", ["Mia Tran"])


def test_a_section_banner_gives_way_only_to_a_headline_sized_h1() -> None:
    """A section's page with a widget's short <h1> further down ("Comments") keeps its first <h1>."""
    story = f"<main><div><h2>Harbour wall to be rebuilt</h2><p>By Mia Tran</p>{_BODY}</div></main>"
    tree = parse_html(_page("<h1><a href='/business/monday/'>Business Monday</a></h1>", story,
                            "<section><h1>Comments</h1></section>"))
    scan = scan_page(tree)
    assert past_banner(scan, {"harbourgazette"}, _URL) is scan


@pytest.mark.parametrize(("href", "page", "up"), [
    ("/", _URL, True),  # the front page, from a story
    ("https://harbourgazette.example/", _URL, True),  # the same, absolute and without "www."
    ("/business/monday/", _URL, True),  # a section the page's path runs through
    ("/business/monday", _URL, True),
    ("/", "https://harbourgazette.example/", False),  # the front page itself: its own address
    ("/business/monday/2016/harbour-wall.html", _URL, False),  # the page itself
    ("/business/monday/?page=2", _URL, False),  # a query: a listing's page, no section's address
    ("/business/mon/", _URL, False),  # a path that only starts like the page's folder
    ("/sport/", _URL, False),
    ("https://tidewatch.example/", _URL, False),  # another site's front page
    ("/", None, True),  # no page address: only the root is known to lead home
    ("/business/", None, False),
])
def test_leads_up_the_site(href: str, page: str | None, up: bool) -> None:
    """`homelinks.leads_up`: front page and the page's own sections, never the page itself."""
    assert leads_up(href, page) is up

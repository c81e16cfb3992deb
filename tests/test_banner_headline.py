"""A site's banner <h1> before the story's own: the byline readers stand by the story's headline
(`meta/bannerhead.py`). A banner is an <h1> whose text is all a logo's <svg> or names the site; an
<h1> with an icon beside its words stays the headline, and an empty <h1> moves nothing."""

from __future__ import annotations

import pytest

from newsgrab.html.parse import parse_html
from newsgrab.meta.bannerhead import past_banner
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

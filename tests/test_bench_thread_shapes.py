"""bench/thread_shapes.py's teaser grid (the shape kept in the bench, not wired): three or more cards,
each a headline link to another article of the page's own site with little text beside it, make one;
a list of the article's items that link other sites, or cards whose blurbs are paragraphs, do not.
Invented samples."""

from __future__ import annotations

import lxml.html

from bench.thread_shapes import grid_cues

PAGE = "https://www.harbour-example.org/news/2024/05/quay-cranes-night-shift.html"


def _cards(href: str, blurb: str = "") -> str:
    return "".join(
        f'<div class="card"><a href="{href}/2024/04/story-{i}-about-the-harbour.html"><img src="/i/{i}.jpg"></a>'
        f'<span>Harbour</span><a href="{href}/2024/04/story-{i}-about-the-harbour.html">The ferry timetable changes '
        f'again on route {i}</a>{blurb}</div>' for i in range(4))


def test_a_grid_of_the_sites_story_cards_is_one() -> None:
    box = lxml.html.fragment_fromstring(f"<div>{_cards('https://www.harbour-example.org/news')}</div>")
    assert grid_cues(box, PAGE) == ("cards=4",)


def test_cards_linking_another_site_or_carrying_paragraphs_are_not() -> None:
    other = lxml.html.fragment_fromstring(f"<div>{_cards('https://shop.example.com/news')}</div>")
    assert grid_cues(other, PAGE) == ()
    prose = "<p>" + "The ferry operator said the new timetable follows a survey of its passengers. " * 3 + "</p>"
    long = lxml.html.fragment_fromstring(f"<div>{_cards('https://www.harbour-example.org/news', prose)}</div>")
    assert grid_cues(long, PAGE) == ()

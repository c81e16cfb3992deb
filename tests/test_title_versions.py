"""The shown headline against a <title> that is it cut short (newsgrab/meta/titleversions.py).

Pages with no share-card or JSON-LD title (as a site nobody tuned on may write them) leave the
<title> and the <h1>. When the <title> is the <h1> cut to a search result's line, words left out and
at most one swapped, the <h1> is the headline; a <title> as long as the <h1>, or one that words it
otherwise, stays. The headlines are made up, in the shapes of the pages that showed the family
(bench/meta's people.com, uproxx.com and theatlantic.com with their structured titles taken out;
the hard negative in the shape of Readability's mathjax test page).
"""

from __future__ import annotations

import lxml.html
import pytest

from newsgrab.html.parse import parse_html
from newsgrab.meta.page import read_metadata
from newsgrab.meta.titleversions import is_cut_version, shown_beats

_HEADLINE = "Ferry operator drops winter timetable to run the late boat from Tuesday"


def page(head: str, h1: str) -> lxml.html.HtmlElement:
    return parse_html(f"<html><head>{head}</head><body><article><h1>{h1}</h1>"
                      "<p>The harbour board agreed the change on Monday night.</p></article></body></html>")


@pytest.mark.parametrize(
    "title",
    [
        # words left out (people.com's shape: a word inside and the quote after the colon gone)
        "Ferry operator drops timetable to run the late boat",
        # words left out and one swapped in (uproxx.com's "For" for "To Become ...")
        "Ferry operator drops timetable for the late boat",
        # the same behind the site's name, which goes first (theatlantic.com's "an" for "a Push")
        "Ferry operator drops its timetable to run the late boat - Lakeside Post",
    ],
)
def test_the_shown_headline_beats_a_title_cut_from_it(title: str) -> None:
    meta = read_metadata(page(f"<title>{title}</title>", _HEADLINE), "https://lakesidepost.example/news/ferry")
    assert meta.title == _HEADLINE


@pytest.mark.parametrize(
    ("title", "h1"),
    [
        # as many words as the <h1>, worded otherwise: another title, not a cut (mathjax's shape)
        ("Ferry timetable with winter and late boats", "Ferry timetable beta: winter, late boats test"),
        # two words swapped in: the search line says something else
        ("Ferry operator scraps winter timetable over late boat", _HEADLINE),
        # the <h1> holds the title whole with a kicker glued on: the title is the headline
        ("Ferry operator drops winter timetable", "Exclusive: Ferry operator drops winter timetable"),
        # too short to be a headline: a section's name
        ("Ferry news", _HEADLINE),
    ],
)
def test_a_title_that_is_no_cut_of_the_shown_headline_stays(title: str, h1: str) -> None:
    meta = read_metadata(page(f"<title>{title}</title>", h1), "https://lakesidepost.example/news/ferry")
    assert meta.title == title


def test_a_cut_version_is_shorter_and_swaps_one_word_at_most() -> None:
    assert is_cut_version(_HEADLINE, "Ferry operator drops timetable for the late boat")
    assert not is_cut_version(_HEADLINE, _HEADLINE)  # not shorter
    assert not is_cut_version(_HEADLINE, "New operator drops timetable for the late boat")  # two words swapped
    assert not is_cut_version("Late boat", "Late")  # no headline
    # the <h1> holds it whole: the rest is the headline's second half or a kicker, as for share cards
    assert not is_cut_version(_HEADLINE, "Ferry operator drops winter timetable")


def test_only_a_share_card_or_the_title_tag_is_beaten() -> None:
    cut = "Ferry operator drops timetable to run the late boat"
    assert shown_beats("title-tag", _HEADLINE, cut)
    assert shown_beats("opengraph", _HEADLINE, cut)
    assert not shown_beats("json-ld", _HEADLINE, cut)  # a JSON-LD headline is the headline alone
    # with a share card present, the <title> behind it does not decide
    head = f'<meta property="og:title" content="{_HEADLINE}"><title>{cut}</title>'
    assert read_metadata(page(head, _HEADLINE)).title == _HEADLINE

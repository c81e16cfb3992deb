"""A byline with no label and no byline markup: linked whole names right before the date under the headline
(meta/namedate.py). Read by position (after the headline, before the first date), shape (whole names) and
agreement (the link's address spells the name); not a place or topic by a date, a rubric above the
headline, a name whose link spells something else, or a name that another source contradicts."""

from __future__ import annotations

import pytest

from newsgrab.html.parse import parse_html
from newsgrab.meta.nameparts import name_shaped
from newsgrab.meta.page import read_metadata

_BODY = f'<p>{"The council voted to rebuild the harbour wall before the winter storms. " * 6}</p>'


def _authors(header: str, above: str = "", body: str = _BODY) -> list[str]:
    tree = parse_html(f"<html><head><title>Harbour wall</title></head><body><div class=x>"
                      f"{above}<h1>Harbour wall to be rebuilt</h1>{header}{body}</div></body></html>")
    return read_metadata(tree).authors


@pytest.mark.parametrize(("header", "expected"), [
    # the name on the line above the date, its link under a path word no list holds
    ("<div class=row><div><a href='/profiles/miatran8/'>Mia Tran</a></div><div>May 14, 2019 6:00 a.m.</div></div>",
     ["Mia Tran"]),
    # the same line: the name, the desk, the date's label and the date
    ("<div class=meta><a href='https://example.com/news/staff/mia-tran-1.234'>Mia Tran</a> · Harbor Ledger News · "
     "Posted: Oct 4, 2021 8:15 AM</div>", ["Mia Tran"]),
    # the author's own site as the address; accents folded ("Lucía" in "lucia")
    ("<p><a href='http://luciagomez.blogs.example.org'>Lucía Gómez</a> 8/12/14 10:02am</p>", ["Lucía Gómez"]),
    # the name in its own element, the date in the next one
    ("<div><a href='/u/trantmia'>Mia Tran</a></div><div>December 2, 2018</div>", ["Mia Tran"]),
    # two linked names
    ("<p><a href='/p/mia_tran'>Mia Tran</a> and <a href='/p/raul_ortiz'>Raul Ortiz</a> | 3 May 2021</p>",
     ["Mia Tran", "Raul Ortiz"]),
])
def test_linked_names_before_the_date_name_the_authors(header: str, expected: list[str]) -> None:
    assert _authors(header) == expected


@pytest.mark.parametrize("header", [
    "<p>Mia Tran | May 3, 2021</p>",  # no link: any short line could be a place or a topic
    "<p><a href='/asia/'>North Korea</a> 08:10 August 2, 2018</p>",  # a section's link spells no name
    "<p><a href='/people/raul-ortiz'>Mia Tran</a> | May 3, 2021</p>",  # the address spells another name
    "<p><a href='/tag/harbour'>Harbour</a> | May 3, 2021</p>",  # one word: a topic as often as a name
    "<p><a href='/desk/harbor-ledger-news'>Harbor Ledger News</a> | May 3, 2021</p>",  # an organisation
    "<p><a href='/p/mia-tran'>MIA TRAN</a> | May 3, 2021</p>",  # capitals: a dateline's place as often
    "<p>Updated May 3, 2021</p><p><a href='/p/mia-tran'>Mia Tran</a> 4 May 2021</p>",  # not the first dated line
    "<p>3 May 2021 | <a href='/p/mia-tran'>Mia Tran</a></p>",  # the date first: not read
])
def test_no_name_from_a_line_that_is_no_dated_byline(header: str) -> None:
    assert _authors(header) == []


def test_a_rubric_above_the_headline_is_not_read() -> None:
    rubric = "<div><a href='/magazine/personal-essay'>Personal Essay</a> | May 5, 2016 Issue</div>"
    assert _authors("", above=rubric) == []
    assert _authors(rubric) == ["Personal Essay"]  # the same line after the headline reads as a byline


def test_the_names_stop_at_the_first_one_no_link_spells() -> None:
    # a co-author without a link is left out, and so is a section's link after him
    header = ("<p><a href='/p/mia-tran'>Mia Tran</a>, Raul Ortiz, <a href='/category/bike-reviews/'>Bike Reviews</a>"
              " | 3 May 2021</p>")
    assert _authors(header) == ["Mia Tran"]


def test_a_labelled_or_structured_author_still_comes_first() -> None:
    header = "<p><a href='/p/raul-ortiz'>Raul Ortiz</a> | May 3, 2021</p><p>By Mia Tran</p>"
    assert _authors(header) == ["Mia Tran"]


def test_name_shaped() -> None:
    assert name_shaped("Rosalba C. de la Vega") and name_shaped("山田太郎")
    assert not name_shaped("Prince") and not name_shaped("the time the council met")

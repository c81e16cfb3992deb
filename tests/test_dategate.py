"""The gate before htmldate's search (meta/dategate.py): it lets by every page where that search can
find a date, and stops the pages that hold a year only where the search never reads one.

Each case is checked against htmldate itself when it is installed (called as the fallback calls it),
so a case that says "htmldate reads this" is one it does read."""

from __future__ import annotations

import importlib.util

import lxml.html
import pytest

from newsgrab.data import load_toml
from newsgrab.html.parse import parse_html
from newsgrab.meta import dategate

HAS_HTMLDATE = importlib.util.find_spec("htmldate") is not None
URL = "https://example.com/notes/12"
#: a paragraph of prose long enough to read as an article body, with no date in it
PROSE = "<p>" + "The council met again on a Tuesday to talk about the harbour wall. " * 4 + "</p>"


def page(head: str, body: str) -> tuple[lxml.html.HtmlElement, str]:
    markup = (f'<html lang="en"><head><title>Harbour notes</title>{head}</head>'
              f"<body><h1>Harbour notes</h1>{body}</body></html>")
    return parse_html(markup), markup


def gate(head: str, body: str, url: str | None = URL) -> bool:
    """The gate's answer, from the markup and from the tree alone (the two must agree)."""
    tree, markup = page(head, body)
    with_markup, from_tree = dategate.may_date(tree, url, markup), dategate.may_date(tree, url)
    assert with_markup == from_tree
    return with_markup


def htmldate_finds(head: str, body: str, url: str | None = URL) -> bool | None:
    """Whether htmldate's markup search finds a day there (None where it is not installed)."""
    if not HAS_HTMLDATE:
        return None
    from htmldate import find_date

    found = find_date(page(head, body)[0], url=url, original_date=True, extensive_search=False)
    return isinstance(found, str) and not found.endswith("-01-01")


READ = [  # (head, body, url): a date where htmldate's search reads one
    ("", PROSE + '<div class="entry-date">5 March 2019</div>', URL),  # only in a date-class element
    ("", '<div class="entry-meta">Posted on 5 March 2019</div>' + PROSE, URL),  # the data file's example
    ('<meta name="dc.date" content="05.03.2019">', PROSE, URL),  # a <meta> read by its name
    ("", PROSE + "<footer>Last edited March 5, 2019 by the desk</footer>", URL),  # a footer is always read
    ("", '<p class="byline">By the desk<time>05/03/2019 10:00</time></p>' + PROSE, URL),  # a <time>
    ("", '<span class="date"><svg><title>' + "a calendar icon drawn in two colours " * 2
     + "</title></svg>5 March 2019</span>" + PROSE, URL),  # a pruned svg's text: the window starts after it
    ("", PROSE + "<p>Stand: 05.03.19</p>", URL),  # a labelled day.month.year anywhere
    ("", PROSE, "https://example.com/2019/03/05/harbour"),  # the URL
]

STOPPED = [  # (head, body, url): years, but none where htmldate's search reads one
    ("", PROSE + '<div id="footer">&copy; 2009-2019 Harbour Press. <a href="http://www.w3.org/2000/svg">svg</a></div>',
     URL),  # a copyright line and an xmlns-style URL
    ("", '<svg xmlns="http://www.w3.org/2000/svg"></svg>' + PROSE + "<footer>(c) 2019 Harbour Press</footer>", URL),
    ("", PROSE + '<div class="sidebar">Posted on 5 March 2019</div>', URL),  # no cue in its class
    ('<meta property="og:title" content="Budget (05.03.2019)">', PROSE, URL),  # a <meta> htmldate does not read
    ("", '<div class="post-info">' + "Filed by the harbour desk, who walked the wall twice " * 2
     + "on 5 March 2019</div>" + PROSE, URL),  # past the window htmldate reads of an element's text
    ("", PROSE + '<p><a href="/article.pl?sid=03/01/24/1440207">Read more</a></p>', URL),  # digits with no label
    ("", PROSE, "https://example.com/hl?a=20170309-35097838-harbour"),  # a URL with no year/month/day path
    ("", PROSE + "<p>Opened in 1998, rebuilt in 2019 after the storm.</p>", URL),  # years in the prose
]


@pytest.mark.parametrize(("head", "body", "url"), READ)
def test_the_gate_lets_by_a_date_htmldate_reads(head: str, body: str, url: str) -> None:
    assert gate(head, body, url)
    assert htmldate_finds(head, body, url) in (True, None)


@pytest.mark.parametrize(("head", "body", "url"), STOPPED)
def test_the_gate_stops_a_page_whose_years_htmldate_never_reads(head: str, body: str, url: str) -> None:
    assert not gate(head, body, url)
    assert htmldate_finds(head, body, url) in (False, None)


def test_a_reference_to_a_digit_is_read_as_the_digit() -> None:
    """"&#50;&#48;&#49;&#57;" is a year once parsed: the gate reads the tree, not the markup."""
    assert gate("", PROSE + "<p>Filed &#50;&#48;&#49;&#57;-03-05</p>")
    assert not gate("", PROSE + "<p>It&#39;s the harbour&#8217;s wall</p>")


def test_the_data_file_mirrors_htmldate_where_it_is_installed() -> None:
    """The window and the pruned elements are htmldate's own settings: a new htmldate that changed
    them would make the gate read less than it does (see the data file's comment)."""
    if not HAS_HTMLDATE:
        pytest.skip("htmldate is not installed")
    from htmldate import settings

    data = load_toml("htmldate_reads.toml")
    assert data["text_window"] >= settings.MAX_SEGMENT_LEN
    assert set(data["pruned_tags"]) >= set(settings.CLEANING_LIST)


@pytest.mark.parametrize(("text", "shaped"), [
    ("2019-03-05T10:00:00", True), ("05.03.19", True), ("3/2019", True), ("5. März 2019", True),
    ("March 5th, 2019", True), ("20190305", True),
    ("2019", False), ("\u00a9 2009-2019", False), ("(c) 2019 Harbour Press", False), ("1.2.3", False),
    ("width=device-width, initial-scale=1.0", False), ("http://example.com/img/77/2585177.jpg", False),
])
def test_a_date_shape_is_more_than_a_year(text: str, shaped: bool) -> None:
    assert dategate.has_date_shape(text) is shaped


@pytest.mark.parametrize(("version", "expected"), [("1.11.0", "may_date"), ("9.0.0", "may_hold_year"),
                                                   (None, "may_hold_year")])
def test_the_fallback_takes_the_mirroring_gate_only_on_a_checked_version(
        monkeypatch: pytest.MonkeyPatch, version: str | None, expected: str) -> None:
    """The narrow gate is a superset of what the checked htmldate versions read; a version nobody
    checked may read a new place, so it gets the broad gate."""
    import importlib.metadata

    from newsgrab.meta import htmldate_fallback

    def fake_version(name: str) -> str:
        if version is None:
            raise importlib.metadata.PackageNotFoundError(name)
        return version

    assert "1.11.0" in dategate.checked_versions()
    monkeypatch.setattr(importlib.metadata, "version", fake_version)
    htmldate_fallback.gate.cache_clear()
    try:
        assert htmldate_fallback.gate().__name__ == expected
    finally:
        htmldate_fallback.gate.cache_clear()


def test_the_broad_gate_passes_a_year_anywhere_and_stops_a_page_without_one() -> None:
    """`may_hold_year` is the older, broad test: a copyright year the narrow gate stops passes it; a
    page with no year, no day-month-year and no Unix time does not."""
    small_print = PROSE + "<footer>(c) 2019 Harbour Notes</footer>"
    tree, markup = page("", small_print)
    assert not dategate.may_date(tree, URL, markup)
    assert dategate.may_hold_year(tree, URL, markup) and dategate.may_hold_year(tree, URL)
    tree, markup = page("", PROSE)
    assert not dategate.may_hold_year(tree, URL, markup)
    tree, markup = page("", PROSE + '<abbr data-UTIME="1551744000">Tuesday</abbr>')
    assert dategate.may_hold_year(tree, URL, markup)
    assert dategate.may_hold_year(*page("", PROSE)[:1], "https://example.com/2019/03/05/harbour")

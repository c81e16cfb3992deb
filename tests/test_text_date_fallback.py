"""The date of a whole-page dump out of reach of the lines read around the headline (issue 13;
text/datefallback.py). The lines around the text's one first-level heading, when the headline search
chose another line or none: its dateline is the story's, the byline beside it is left for the byline
readers; held the other way with two headings, no heading mark, the heading that is the headline, and
a date already read. A publication date the story labels once: the labelled date is the story's, and it
leaves the body; held the other way with a bare date there, labelled dates of two days (a list of
posts, comments), a labelled date far past the article, a last-change label, and a date already read.
The day the page's own address spells, as its share buttons share it; held the other way with share
bars of several days, an address without a day, and a known URL. The one day the bare datelines above
the story name, past a photo's credit and share bars the readers near the headline stop at; held the
other way with two days above it (a masthead's today over the story's), a date ending a sentence, and
a bare date first printed under the story."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

import newsgrab
from newsgrab.model import Block, Metadata
from newsgrab.text.datefallback import (
    LINES_AFTER_ARTICLE,
    date_by_lone_heading,
    date_by_share_links,
    share_links,
    take_dateline_once,
    take_labelled_once,
    take_name_dateline_once,
)

PARAS = [
    "The storm felled many trees overnight and blocked several streets, the fire brigade said on Monday morning.",
    "Crews worked through the night to clear the roads, and most routes into the town had reopened by noon.",
    "Residents near the harbour were asked to stay indoors while engineers checked the sea wall for damage.",
    "The town council said it would meet on Thursday to decide how to pay for the repairs to the promenade.",
    "Forecasters expect calmer weather later in the week, with light winds and only a little rain in the hills.",
    "Two fishing boats broke free of their moorings and drifted onto the shingle beach beside the old pier.",
    "Schools in the valley stayed closed for the day because the buses could not reach the outlying farms.",
    "The power company said about four hundred homes were still without electricity late in the evening.",
    "Volunteers from the rowing club helped move furniture out of the flooded cafes along the front.",
    "The mayor thanked everyone who had helped and promised a full report on the response within a month.",
]
NAV = "\n".join(f"* [{word}](/{word.lower()}/)" for word in ("Home", "News", "Sport", "Weather", "Travel", "Contact"))


def _page(after: str, *, teasers: int = 0) -> str:
    """A dump with a menu, a headline, ten paragraphs (past the lines read around the headline),
    `teasers` linked list items under them, then `after` and a footer."""
    links = "\n".join(f"* [Another story number {i} about the town](/story-{i}/)" for i in range(teasers))
    return (f"{NAV}\n\n# Storm over the harbour\n\n" + "\n\n".join(PARAS) + "\n\n"
            + (f"{links}\n\n" if links else "") + f"{after}\n\n[About us](/about/) [Privacy](/privacy/)\n")


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Posted July 11, 2019.", "2019-07-11"),
        ("Published: 3 March 2021", "2021-03-03"),
        ("Veröffentlicht: 12. März 2024", "2024-03-12"),
    ],
)
def test_a_publication_date_labelled_once_under_the_story_dates_it(line: str, published: str) -> None:
    article = newsgrab.extract(_page(line), kind="text")
    assert article.title == "Storm over the harbour"
    assert article.published == published
    assert line not in article.body and PARAS[-1] in article.body


@pytest.mark.parametrize(
    "after",
    [
        "July 11, 2019",  # a bare date: a masthead's today, a teaser's, a reference's
        "Posted July 11, 2019.\n\nWhat a night that was.\n\nPosted July 12, 2019.",  # comments, each dated
        "Updated July 11, 2019",  # the last change, never the publication
        "First published by Valley Courier, 11 July 2019.",  # a credit: the original's date, not this page's
    ],
)
def test_a_bare_date_or_labelled_dates_of_two_days_date_nothing(after: str) -> None:
    article = newsgrab.extract(_page(after), kind="text")
    assert article.title == "Storm over the harbour"
    assert article.published is None


def test_a_labelled_date_far_below_the_story_is_not_its_own() -> None:
    article = newsgrab.extract(_page("Posted July 11, 2019.", teasers=2 * LINES_AFTER_ARTICLE), kind="text")
    assert article.title == "Storm over the harbour"
    assert article.published is None


def test_a_date_already_read_is_kept() -> None:
    blocks = [Block(kind="p", text="Published 3 March 2021")]
    meta = Metadata(published="2021-03-02")
    assert take_labelled_once(blocks, 1, meta) is None
    assert meta.published == "2021-03-02"
    meta = Metadata()
    assert take_labelled_once([*blocks, Block(kind="p", text="Published 3 March 2021, 9:00")], 1, meta) == 0
    assert meta.published == "2021-03-03"


def _dump(*lines: tuple[str, str]) -> list[Block]:
    return [Block(kind=kind, text=text) for kind, text in lines]


HEADER = (
    ("p", "News Photos Videos Shows"),
    ("p", "Want the latest stories? Turn on notifications."),
    ("h1", "Storm over the harbour"),
    ("p", "Engineers check the sea wall after the worst night in years"),
    ("p", "Jane Doe"),
    ("p", "Dec. 12, 2016 5:00 a.m. PT"),
    ("p", PARAS[0]),
)


def test_the_lone_heading_dates_a_text_whose_headline_search_chose_another_line() -> None:
    blocks = _dump(*HEADER)
    for headline in (None, 1):  # no headline found, or a notice's line taken for it
        meta = Metadata()
        assert date_by_lone_heading(blocks, headline, meta) == {5}  # the dateline, not the name
        assert meta.published == "2016-12-12"
        assert meta.authors == []


@pytest.mark.parametrize(
    ("blocks", "headline", "known"),
    [
        (_dump(("h1", "Harbour News"), *HEADER), None, None),  # a logo's heading and the story's: which is it?
        (_dump(*((("p" if kind == "h1" else kind), text) for kind, text in HEADER)), None, None),  # no heading mark
        (_dump(*HEADER), 2, None),  # the heading is the headline: its lines were read already
        (_dump(*HEADER), None, "2016-12-11"),  # a date read nearer the headline stays
    ],
)
def test_no_lone_heading_or_a_date_known_reads_nothing(blocks: list[Block], headline: int | None,
                                                        known: str | None) -> None:
    meta = Metadata(published=known)
    assert date_by_lone_heading(blocks, headline, meta) == set()
    assert meta.published == known


def _shared(address: str) -> str:
    """A share bar as html2text prints it: icon links without text, the address quoted in the query."""
    quoted = address.replace(":", "%3A").replace("/", "%2F")
    return (f"* [](https://www.facebook.com/sharer/sharer.php?u={quoted})\n"
            f"* [](https://twitter.com/intent/tweet?url={quoted}&text=Storm%20over%20the%20harbour)")


def test_the_address_its_share_buttons_share_dates_the_story() -> None:
    page = _page(_shared("https://harbour.example/2019/11/19/storm-over-the-harbour/"))
    article = newsgrab.extract(page, kind="text")
    assert article.published == "2019-11-19"
    assert article.provenance["published"] == "share-link"
    assert "sharer" not in article.body


@pytest.mark.parametrize(
    ("units", "published"),
    [
        ([_shared("https://harbour.example/2019/11/19/storm/")], "2019-11-19"),
        ([_shared("https://harbour.example/2019/11/19/storm/"), "[Storm](https://harbour.example/2019/11/18/x/)"],
         "2019-11-19"),  # a link that is no share button says nothing
        # a listing's share bars, one a story: several days, none of them the page's
        ([_shared("https://harbour.example/2019/11/19/storm/"), _shared("https://harbour.example/2019/11/12/ferry/")],
         None),
        (["[](https://www.linkedin.com/sharing?url=https%3A%2F%2Fharbour.example%2F2019%2F11%2F19%2Fstorm%2F)"],
         "2019-11-19"),
        ([_shared("https://harbour.example/news/storm-over-the-harbour/")], None),  # no day in the address
        (["Share this story on Facebook", "[Home](https://harbour.example/2019/11/19/)"], None),  # no share button
    ],
)
def test_share_links_name_one_day_or_none(units: list[str], published: str | None) -> None:
    assert date_by_share_links(units) == published


def test_a_known_url_outranks_the_share_buttons() -> None:
    page = _page(_shared("https://harbour.example/2019/11/19/storm/"))
    article = newsgrab.extract(page, kind="text", url="https://harbour.example/2019/11/20/storm/")
    assert article.published == "2019-11-20"
    assert article.provenance["published"] == "url"


def test_every_share_endpoint_holds_a_mark_the_cheap_test_looks_for() -> None:
    """The word test before the pattern must not turn a button of the data file away."""
    text = resources.files("newsgrab.data").joinpath("share_links.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    _pattern, marks, _fields = share_links()
    for endpoint in data["endpoints"]:
        assert any(mark in endpoint for mark in marks), endpoint
        assert date_by_share_links([f"[](https://www.{endpoint}?u=https%3A%2F%2Fh.example%2F2019%2F11%2F19%2Fs%2F)"]) \
            == "2019-11-19", endpoint


def test_the_data_files_example_fires_and_its_counterexample_does_not() -> None:
    text = resources.files("newsgrab.data").joinpath("share_links.toml").read_text(encoding="utf-8")
    example = next(line for line in text.splitlines() if line.startswith("# Example:")).removeprefix("# Example:")
    counter = next(line for line in text.splitlines() if line.startswith("# Not one:")).removeprefix("# Not one:")
    assert date_by_share_links([example.strip()]) == "2019-11-19"
    assert date_by_share_links([counter.split("   ")[0].strip()]) is None


#: what a magazine prints between its dateline and its headline: a credit, share bars, a save button
_BETWEEN = "\n\n".join(["Illustration by Ann Example", "* Share\n* Tweet\n* Email", "Save this story for later.",
                         "* Share\n* Tweet\n* Email", "Save this story for later."])


def _dated_above(above: str) -> str:
    """A dump with a menu, `above`, the lines between a dateline and its headline, the headline and
    ten paragraphs."""
    return (f"{NAV}\n\n{above}\n\n{_BETWEEN}\n\n# Storm over the harbour\n\n" + "\n\n".join(PARAS)
            + "\n\n[About us](/about/) [Privacy](/privacy/)\n")


@pytest.mark.parametrize(
    ("above", "published"),
    [("March 14, 2022", "2022-03-14"), ("Friday 18 March 2022", "2022-03-18"), ("2022/3/14", "2022-03-14")],
)
def test_the_one_bare_dateline_above_the_story_dates_it(above: str, published: str) -> None:
    article = newsgrab.extract(_dated_above(above), kind="text")
    assert article.title == "Storm over the harbour"
    assert article.published == published
    assert above not in article.body


@pytest.mark.parametrize(
    "above",
    [
        "Mon 14 Mar 2022\n\nMarch 9, 2022",  # a masthead's today over the story's date: two days, none is sure
        "March 14, 2022.",  # a full stop: the tail of a wrapped sentence ("... Retrieved" / "14 March 2022.")
    ],
)
def test_bare_datelines_of_two_days_or_a_sentence_tail_date_nothing(above: str) -> None:
    article = newsgrab.extract(_dated_above(above), kind="text")
    assert article.title == "Storm over the harbour"
    assert article.published is None


def test_a_bare_dateline_is_taken_above_the_story_only() -> None:
    blocks = _dump(("p", "News Photos Videos Shows"), ("p", "May 3, 2021"), ("h1", "Storm over the harbour"),
                   ("p", PARAS[0]), ("p", "May 3, 2021"))
    meta = Metadata()
    assert take_dateline_once(blocks, 3, meta) == 1 and meta.published == "2021-05-03"
    # a teaser's day under the story makes two: the one above is no longer sure
    assert take_dateline_once([*blocks[:-1], Block(kind="p", text="June 9, 2020")], 3, Metadata()) is None
    under = _dump(("h1", "Storm over the harbour"), ("p", PARAS[0]), ("p", "May 3, 2021"))
    assert take_dateline_once(under, 1, Metadata()) is None  # a teaser's or a reference's, under the story
    known = Metadata(published="2019-01-01")
    assert take_dateline_once(blocks, 3, known) is None and known.published == "2019-01-01"


@pytest.mark.parametrize(
    ("above", "published"),
    [("Harbour Staff 2022年3月14日 08時00分", "2022-03-14"), ("Ann Other, March 14, 2022", "2022-03-14")],
)
def test_the_one_name_dateline_above_the_story_dates_it(above: str, published: str) -> None:
    """A "Name, Date" line above the story that the readers near the headline missed (a headline found
    elsewhere: the lines between hold a credit and share bars) dates it when it is the only day such
    lines name."""
    article = newsgrab.extract(_dated_above(above), kind="text")
    assert article.published == published
    assert above not in article.body


@pytest.mark.parametrize(
    "lines",
    [
        # a teaser list: several names, several days
        [("p", "Ann Other, March 14, 2022"), ("p", "Ivo Marsh, March 9, 2022")],
        # the terms and values of a work's facts, not a name's line
        [("p", "Completed: 2022-03-14")],
        # a related story's headline with its date, linked whole
        [("p", "Harbour Staff, March 14, 2022")],
    ],
)
def test_name_datelines_of_two_days_a_term_or_a_link_date_nothing(lines: list[tuple[str, str]]) -> None:
    blocks = [Block(kind=kind, text=text, link_chars=len(text) if "Staff" in text else 0) for kind, text in lines]
    blocks += _dump(("h1", "Storm over the harbour"), ("p", PARAS[0]))
    meta = Metadata()
    assert take_name_dateline_once(blocks, len(blocks) - 1, meta) is None and meta.published is None


def test_a_name_dateline_is_taken_above_the_story_only() -> None:
    blocks = _dump(("p", "News Photos Videos Shows"), ("p", "Ann Other, May 3, 2021"), ("h1", "Storm over the harbour"),
                   ("p", PARAS[0]))
    meta = Metadata()
    assert take_name_dateline_once(blocks, 3, meta) == 1 and meta.published == "2021-05-03"
    under = _dump(("h1", "Storm over the harbour"), ("p", PARAS[0]), ("p", "Ann Other, May 3, 2021"))
    assert take_name_dateline_once(under, 1, Metadata()) is None  # a comment's or a teaser's, under the story


def test_the_short_dated_lines_are_read_once_for_the_three_readers() -> None:
    """text/blocks.py hands the three last resorts one list of the short dated lines: each reads from it
    what it read walking the blocks itself."""
    from newsgrab.text.datefallback import short_dated_lines

    blocks = [Block(kind="h1", text="Storm over the harbour"), Block(kind="p", text="March 4, 2024"),
              Block(kind="p", text="Posted March 4, 2024"), Block(kind="p", text="Harbour Staff, March 4, 2024"),
              Block(kind="media", text="Photo 12"), Block(kind="p", text=PARAS[0]),
              Block(kind="p", text="Crews worked on the 3 roads " + PARAS[1])]
    dated = short_dated_lines(blocks)
    assert dated == [(1, blocks[1]), (2, blocks[2]), (3, blocks[3])]
    for take, stop, line in ((take_labelled_once, 1, 2), (take_dateline_once, 5, 1), (take_name_dateline_once, 5, 3)):
        alone, shared = Metadata(), Metadata()
        assert take(blocks, stop, alone) == take(blocks, stop, shared, dated) == line
        assert alone == shared
        assert shared.published == "2024-03-04"

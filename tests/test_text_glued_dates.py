"""A date glued to a name, a label or a section on one line under the headline (issue 13): a converter
that joins inline elements prints "Harbour Daily 4/23/2018 Jane Doe", "Jane Doe 3/14/15 9:26am
Yesterday 9:26am", "March 2nd, 2014 in Weather", which no dateline reader reads. Held both ways:
the line's shape (`glued_date`) and its place (`read_glued_dates`: right under a printing of the
headline, never a teaser's line further down)."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.model import Block, Metadata
from newsgrab.text.gluedate import glued_date, read_glued_dates

STORY = ("The storm felled many trees overnight and blocked several streets across the old town, the fire "
         "brigade said on Monday, and crews worked through the night to clear them before the morning rush.")
HEADLINE = "Storm fells trees across the harbour town"


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Harbour Daily 4/23/2018 Jane Doe", "2018-04-23"),  # the source, the date, the author
        ("Jane Doe 3/14/15 9:26am Yesterday 9:26am", "2015-03-14"),  # a relative stamp after it
        ("March 2nd, 2014 in Weather", "2014-03-02"),  # the section after it
        ("First Posted: 07-19-11 04:05 PM | Updated: 07-20-11 10:15 AM", "2011-07-19"),  # the update cut off
        ("Jane Doe - 28.06.2022", "2022-06-28"),  # a dotted date, read day first as every reader does
        ("港湾日報 2020年8月3日 山田太郎", "2020-08-03"),  # a script without case
    ],
)
def test_one_date_between_names_or_labels_is_read(line: str, published: str) -> None:
    assert glued_date(line) == published


@pytest.mark.parametrize(
    "line",
    [
        "On May 5, 2019 the council met in the town hall",  # a sentence: lower-case words
        "The storm, which hit on May 5, 2019, felled trees",  # a clause's marks
        "March 3 - March 5, 2021 Harbour Festival",  # two days: an event's
        "Harbour Daily 05/03/2021 Jane Doe",  # either order: only the page's language could tell
        "Jane Doe Page 2 May 5, 2019",  # another number among the words
        "May 5, 2019",  # a date alone: the dateline readers' own
        "Updated May 5, 2019 Jane Doe",  # only a last change's date
    ],
)
def test_a_sentence_an_event_or_an_unknown_order_is_not_read(line: str) -> None:
    assert glued_date(line) is None


def _read(lines: list[str], headline: int) -> tuple[Metadata, set[int]]:
    blocks = [Block(kind="h1" if i == headline else "p", text=text) for i, text in enumerate(lines)]
    blocks.append(Block(kind="p", text=STORY))
    meta = Metadata()
    return meta, read_glued_dates(blocks, headline, HEADLINE, meta)


def test_the_line_under_the_headline_dates_the_story() -> None:
    meta, taken = _read(["Harbour Daily", HEADLINE, "Harbour Daily 4/23/2018 Jane Doe"], headline=1)
    assert meta.published == "2018-04-23"
    assert taken == {2}


def test_the_line_under_another_printing_of_the_headline_dates_the_story() -> None:
    lines = ["Harbour Daily", "* Home", "* Weather", HEADLINE, "March 2nd, 2014 in Weather", "Menu", "Search",
             "Sign in", "More", HEADLINE]
    meta, taken = _read(lines, headline=9)
    assert meta.published == "2014-03-02"
    assert taken == {4}


@pytest.mark.parametrize(
    "lines",
    [
        [HEADLINE, "Read more", "Share", "Print", "Ann Other • February 15, 2017"],  # a teaser's, further down
        ["Ann Other • February 15, 2017", "Harbour Daily", HEADLINE],  # above the headline
        [HEADLINE, "* Ann Other • February 15, 2017"],  # a list's item: a teaser list
    ],
)
def test_the_same_shape_elsewhere_is_not_read(lines: list[str]) -> None:
    headline = lines.index(HEADLINE)
    blocks = [Block(kind="li" if text.startswith("* ") else "h1" if i == headline else "p",
                    text=text.removeprefix("* ")) for i, text in enumerate(lines)]
    meta = Metadata()
    assert read_glued_dates(blocks, headline, HEADLINE, meta) == set()
    assert meta.published is None


def test_a_whole_page_dump_is_dated_by_its_glued_line() -> None:
    text = "\n\n".join(["Harbour Daily", "* News\n* Weather\n* Sport", f"# {HEADLINE}",
                        "Harbour Daily 4/23/2018 Jane Doe", STORY, STORY.replace("storm", "gale"), "About us"])
    article = newsgrab.extract(text, kind="text")
    assert article.published == "2018-04-23"
    assert "4/23/2018" not in article.body

"""A kicker beside the dateline, right above the headline (issue 13): a converter that keeps no links
prints a section's link and the date after it as one bare line ("harbour Sept. 2, 2016"), which only its
place tells from a sentence's end. Held both ways: the line's shape (`kicker_date`) and its place
(`read_around`: the line right above the headline, nowhere else)."""

from __future__ import annotations

import pytest

from newsgrab.model import Block, Metadata
from newsgrab.text.around import read_around
from newsgrab.text.datelines import kicker_date

STORY = "The storm felled many trees overnight and blocked several streets, the fire brigade said on Monday."
HEADLINE = "Storm over the harbour"


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("harbour Sept. 2, 2016", "2016-09-02"),  # a tag's link, its markup dropped
        ("Weather / Storm watch•Mar 3, 2021", "2021-03-03"),  # a section's path, glued to the date
        ("Harbour | 9 juin 2019 à 10h00", "2019-06-09"),  # with the clock time after the date
    ],
)
def test_a_few_words_then_a_date_are_a_kicker_and_its_date(line: str, published: str) -> None:
    assert kicker_date(line) == published


@pytest.mark.parametrize(
    "line",
    [
        "Updated Sept. 2, 2016",  # the last change, which the header reader reads as one
        "The council met on Sept. 2, 2016",  # more words than a section's name
        "It rained, Sept. 2, 2016",  # a clause's mark
        "港の嵐、市内の道路を封鎖 2021年3月3日",  # a teaser's headline with its date
        "Harbour news and the weekly tide tables Sept. 2, 2016",  # too long for a section's name
        "Sept. 2, 2016",  # a date alone: the dateline readers' own
        "harbour Sept. 2, 2016 was the day the storm came",  # the date does not end the line
        "Page 2 Sept. 2, 2016",  # a number among the words
    ],
)
def test_a_phrase_or_a_headline_before_a_date_is_no_kicker(line: str) -> None:
    assert kicker_date(line) is None


def _around(lines: list[str], headline: int) -> tuple[Metadata, set[int]]:
    """What `read_around` reads of these lines, the headline at `headline`, the story after them."""
    blocks = [Block(kind="h1" if i == headline else "p", text=text) for i, text in enumerate(lines)]
    blocks.append(Block(kind="p", text=STORY))
    meta = Metadata()
    end = len(blocks) - 1
    return meta, read_around(blocks, 0, end, meta, names_before=end, title_at=(headline,))


def test_the_kicker_line_right_above_the_headline_dates_the_story() -> None:
    meta, taken = _around(["Harbour Post", "harbour Sept. 2, 2016", HEADLINE], headline=2)
    assert meta.published == "2016-09-02"
    assert 1 in taken


@pytest.mark.parametrize(
    ("lines", "headline"),
    [
        (["harbour Sept. 2, 2016", "Harbour Post", HEADLINE], 2),  # a line further up: a teaser's, maybe
        ([HEADLINE, "harbour Sept. 2, 2016"], 0),  # under the headline: a sentence's end as often
    ],
)
def test_the_same_line_elsewhere_is_not_read(lines: list[str], headline: int) -> None:
    meta, taken = _around(lines, headline)
    assert meta.published is None
    assert taken <= {headline}

"""The byline of a whole-page dump out of reach of the readers near the headline (issue 13;
text/bylineonce.py): a byline that labels itself ("By Jane Doe", "Written by Jane Doe", "Posted by
Jane Doe on ...", "... 2017 at 6:08 PM ET by Jane Doe", the label alone over the name) names the
story's author when every labelled byline of the text names the same people and the first sits
before the article's end; held the other way with bylines of two people (a related box, comments),
a heading that opens with a byline's word ("By the time ...", "Por qué ...", "Von Hafen zu Hafen"),
a byline far past the article, and authors already read."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.model import Block, Metadata
from newsgrab.text.bylineonce import LINES_AFTER_ARTICLE, take_byline_once

PARAS = [
    "The ferry company said on Monday that the evening crossing would stop running from the first of May.",
    "Passengers who use the late boat to get home from the mainland said they had not been told in advance.",
    "The company blamed the price of fuel and a shortage of crew, and said the morning boats would not change.",
    "Island councillors asked for a meeting with the operator and the regional transport office this week.",
    "A petition to keep the crossing had gathered more than two thousand names by Tuesday afternoon.",
    "Shop owners on the quay said the change would hurt trade in the summer, when visitors stay for dinner.",
    "The operator said it would review the timetable again in the autumn once the season's figures were in.",
    "Nurses who work late shifts at the mainland hospital said they would have to find rooms in town.",
]


def _blocks(*lines: str) -> list[Block]:
    return [Block(kind="p", text=line) for line in lines]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("Written by Jane Doe", ["Jane Doe"]),
        ("Posted by Jane Doe on March 3, 2021", ["Jane Doe"]),
        ("January 17, 2017 at 6:08 PM ET by Jane Doe", ["Jane Doe"]),
        ("By Jane Doe and Tom Fox", ["Jane Doe", "Tom Fox"]),
    ],
)
def test_a_byline_labelled_once_names_the_author(line: str, authors: list[str]) -> None:
    meta = Metadata()
    blocks = _blocks("Home", "Ferry deals for the summer", line, *PARAS)
    assert take_byline_once(blocks, len(blocks), meta) == 2
    assert meta.authors == authors


def test_the_label_alone_over_the_name_names_the_author() -> None:
    meta = Metadata()
    blocks = _blocks("Home", "By", "Jane Doe", *PARAS)
    assert take_byline_once(blocks, len(blocks), meta) == 1
    assert meta.authors == ["Jane Doe"]


def test_the_same_byline_printed_twice_is_one_byline() -> None:
    meta = Metadata()
    blocks = _blocks("Home", "By Jane Doe", *PARAS, "By Jane Doe")
    assert take_byline_once(blocks, len(blocks), meta) == 1
    assert meta.authors == ["Jane Doe"]


def test_bylines_of_two_people_name_nobody() -> None:
    meta = Metadata()  # a related box under the story: each teaser signed by its own writer
    blocks = _blocks("Home", *PARAS, "Bus fares to rise", "By Ann Lee", "New pier opens", "By Tom Fox")
    assert take_byline_once(blocks, len(PARAS) + 1, meta) is None
    assert meta.authors == []


@pytest.mark.parametrize(
    "heading", ["By the time the last boat left", "Por qué Jerusalén está dividida", "Von Hafen zu Hafen"])
def test_a_heading_that_opens_with_a_byline_word_names_nobody(heading: str) -> None:
    meta = Metadata()
    blocks = _blocks("Home", heading, *PARAS)
    assert take_byline_once(blocks, len(blocks), meta) is None
    assert meta.authors == []


def test_a_byline_far_past_the_article_is_left_alone() -> None:
    meta = Metadata()
    blocks = _blocks(*PARAS, *[f"Footer link {i}" for i in range(LINES_AFTER_ARTICLE)], "By Jane Doe")
    assert take_byline_once(blocks, len(PARAS), meta) is None
    assert meta.authors == []


def test_authors_already_read_are_kept() -> None:
    meta = Metadata(authors=["Tom Fox"])
    blocks = _blocks("By Jane Doe", *PARAS)
    assert take_byline_once(blocks, len(blocks), meta) is None
    assert meta.authors == ["Tom Fox"]


def test_a_whole_page_dump_signs_its_story_with_the_byline_under_it() -> None:
    menu = "\n".join(f"* [{word}](/{word.lower()}/)" for word in ("Home", "News", "Travel", "Weather", "Contact"))
    text = f"{menu}\n\n# Evening ferry to stop in May\n\n" + "\n\n".join(PARAS) + "\n\nWritten by Jane Doe\n"
    assert newsgrab.extract(text, kind="text").authors == ["Jane Doe"]


def test_a_whole_page_dump_with_two_writers_under_it_names_nobody_there() -> None:
    menu = "\n".join(f"* [{word}](/{word.lower()}/)" for word in ("Home", "News", "Travel", "Weather", "Contact"))
    text = (f"{menu}\n\n# Evening ferry to stop in May\n\n" + "\n\n".join(PARAS)
            + "\n\nBus fares to rise\n\nBy Ann Lee\n\nNew pier opens\n\nBy Tom Fox\n")
    assert newsgrab.extract(text, kind="text").authors == []


def test_the_byline_above_the_story_outranks_the_teasers_signed_below_it() -> None:
    meta = Metadata()  # get_text's "By" / name over the headline; a related box's teasers under the story
    blocks = _blocks("Home", "By", "Jane Doe", "Evening ferry to stop in May", *PARAS,
                     "Bus fares to rise", "By", "Ann Lee", "New pier opens", "By", "Tom Fox")
    start, end = 4, 4 + len(PARAS)
    assert take_byline_once(blocks, end, meta, start=start) == 1
    assert meta.authors == ["Jane Doe"]


def test_without_the_story_s_start_bylines_that_disagree_name_nobody() -> None:
    meta = Metadata()  # the start unknown (0): nothing is above the story, the old rule holds
    blocks = _blocks("Home", "By", "Jane Doe", "Evening ferry to stop in May", *PARAS, "By", "Ann Lee")
    assert take_byline_once(blocks, 4 + len(PARAS), meta) is None
    assert meta.authors == []


def test_a_byline_inside_the_story_that_disagrees_leaves_it_unsigned() -> None:
    meta = Metadata()  # a teaser's byline over the headline, the wire's own inside the story
    blocks = _blocks("Home", "Bus fares to rise", "By Ann Lee", "Evening ferry to stop in May",
                     *PARAS[:3], "By Harbour Wire Staff", *PARAS[3:], "New pier opens", "By Tom Fox")
    start, end = 4, 5 + len(PARAS)
    assert take_byline_once(blocks, end, meta, start=start) is None
    assert meta.authors == []


def test_bylines_above_the_story_that_disagree_name_nobody() -> None:
    meta = Metadata()  # a strip of teasers over the headline, each signed by its own writer
    blocks = _blocks("Bus fares to rise", "By Ann Lee", "New pier opens", "By Tom Fox",
                     "Evening ferry to stop in May", *PARAS, "Bridge works", "By Ann Lee")
    start, end = 5, 5 + len(PARAS)
    assert take_byline_once(blocks, end, meta, start=start) is None
    assert meta.authors == []

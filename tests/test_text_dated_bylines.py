"""A byline that opens with its date ("Friday 3 March 2023 by Anna K. Berg") is a header line, not a
headline (issue 13; text/header.py `is_header_line` asks text/postline.py `read_post_line`, whose
date-first shape takes a name with initials): under a headline of a few words, that longer line won
the title. Held the other way: a headline that holds a date and "by" and no name after it stays a
headline. The pages are written for these tests."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.model import Block
from newsgrab.text.header import is_header_line
from newsgrab.text.postline import read_post_line
from newsgrab.text.titleshape import title_like

MENU = ["Home", "Blog", "Projects", "Talks", "About", "Contact"]
PARAS = [
    "The board met on Thursday to discuss the licence change, and the minutes are now online for anyone to read.",
    "Several members argued that the change came too late, since the old terms had already been copied widely.",
    "Others said a late change was still better than none, as long as the project explained its reasons clearly.",
    "The vote was postponed until the next meeting, when the legal advice the board asked for should be ready.",
]


@pytest.mark.parametrize("line", ["Friday 3 March 2023 by Anna K. Berg", "March 3, 2023 by J. R. Smith"])
def test_a_dated_byline_with_initials_is_a_header_line(line: str) -> None:
    post = read_post_line(line)
    assert post is not None and post.authors
    assert is_header_line(line)
    assert not title_like(Block("p", line))


@pytest.mark.parametrize("line", ["Flooded in 2019 by the river, the old mill reopens",
                                  "Sunk on 12 May 1941 by U.S. bombers, the wreck is found"])
def test_a_headline_with_a_date_and_by_is_no_header_line(line: str) -> None:
    assert not is_header_line(line)
    assert title_like(Block("p", line))


def test_the_headline_above_a_dated_byline_is_the_title() -> None:
    menu = "\n".join(f"  • {entry}" for entry in MENU)
    page = "\n\n".join([menu, "On the licence vote", "Friday 3 March 2023 by Anna K. Berg", *PARAS]) + "\n"
    article = newsgrab.extract(page, kind="text")
    assert article.title == "On the licence vote"
    assert article.authors == ["Anna K. Berg"]
    assert article.published is not None and article.published.startswith("2023-03-03")

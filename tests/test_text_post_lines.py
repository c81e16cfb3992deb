"""A blog's post line names its author even when the author signs with a user name (issue 13;
text/postline.py `read_post_line`, text/bylineonce.py `_are_people`): "Posted on 14 March 2019 by
mkobay" and "Posted by mkobay at 8:38 pm" frame the name with a posting verb, "by" and a date or a
clock time, as plainly as author markup, so the one lower-case word is kept, under the headline or at
the end of the post. Held the other way: a line without the posting verb keeps a lower-case word
out ("16/50 Town centre shops hit by closures", "March 3, 2020 by mkobay"), and so does a login
("Posted by admin on ...")."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.text.postline import read_post_line

PARAS = [
    "The ferry company said on Monday that its summer timetable would add two crossings a day to the island.",
    "Islanders had asked for the extra sailings for years, saying the last boat left too early for day workers.",
    "The new crossings will run from the start of June until the end of September, weather allowing.",
    "A spokesperson said the company had hired a second crew and leased a smaller vessel for the season.",
    "Fares stay as they are, though a return ticket bought online will cost a little less than at the port.",
]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Posted on 14 March 2019 by mkobay", ["mkobay"]),
        ("Posted by mkobay at 8:38 pm", ["mkobay"]),
        ("Posted by Jane Doe on November 19, 2019", ["Jane Doe"]),
        ("Posted by admin on March 3, 2020", []),
        ("March 3, 2020 by mkobay", []),
        ("March 3, 2020 by Jane Doe", ["Jane Doe"]),
        ("Posted on March 3, 2020 by the council", []),  # several lower-case words: a phrase, no user name
        ("Publié le 3 mars 2020 par la rédaction du port", []),
    ],
)
def test_a_post_line_names_its_poster(line: str, authors: list[str]) -> None:
    post = read_post_line(line)
    assert post is not None
    assert post.authors == authors


@pytest.mark.parametrize("line", ["16/50 Town centre shops hit by closures", "Posted by mkobay",
                                  "Posted by mkobay at the harbour"])
def test_a_line_without_the_frame_is_no_post_line(line: str) -> None:
    assert read_post_line(line) is None


def test_a_user_name_under_the_headline_is_the_author() -> None:
    text = ("Island ferry adds summer crossings\n\nPosted on 14 March 2019 by mkobay\n\n"
            + "\n\n".join(PARAS) + "\n")
    article = newsgrab.extract(text, kind="text")
    assert article.authors == ["mkobay"]
    assert article.published is not None and article.published.startswith("2019-03-14")


def test_a_user_name_at_the_end_of_the_post_is_the_author() -> None:
    text = ("Island ferry adds summer crossings\n\n" + "\n\n".join(PARAS)
            + "\n\nPosted by mkobay at 8:38 pm\n\nShare this post\n\nNewer post · Older post\n")
    assert newsgrab.extract(text, kind="text").authors == ["mkobay"]


def test_a_lower_case_word_after_a_dated_by_without_the_verb_names_nobody() -> None:
    text = ("Island ferry adds summer crossings\n\nMarch 3, 2020 by mkobay\n\n" + "\n\n".join(PARAS) + "\n")
    assert newsgrab.extract(text, kind="text").authors == []


def test_a_clock_post_line_by_a_phrase_is_no_post_line() -> None:
    """"Posted by <name> at <clock>" is a post line only when it names someone: "the harbour team" is a
    phrase, so the line gives nothing (before, a lower-case phrase was read as the user name)."""
    assert read_post_line("Posted by the harbour team at 8:38 pm") is None
    assert read_post_line("Posted by mkobay at 8:38 pm") is not None

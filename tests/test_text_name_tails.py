"""A byline without its "By" with what a theme prints beside the author's name (issue 13): a time
stamp ("Jane Doe 2 hours ago"), a social handle, the name again after "by", a role without its comma,
a link or button ("View More Articles").
Held both ways: the name is read, and a label with a number or a sentence after a name is not."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.model import Block, Metadata
from newsgrab.text.around import read_into_article
from newsgrab.text.byline import byline_names, without_handle

STORY = "The storm felled many trees overnight and blocked several streets, the fire brigade said on Monday."


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Doe 2 hours ago", ["Jane Doe"]),
        ("Jane Doe • 8h", ["Jane Doe"]),
        ("Jane Doe 05.24.16 5:42 AM", ["Jane Doe"]),
        ("Jane Doe on Mar 17 11 min", ["Jane Doe"]),
        ("Jane Doe@janedoe", ["Jane Doe"]),
        ("Jane Doe @janedoe", ["Jane Doe"]),
        ("Jane Doe by Jane Doe", ["Jane Doe"]),
        ("Jane Doe Senior Politics Editor, Example Post", ["Jane Doe"]),
        ("Jane Doe Contributor", ["Jane Doe"]),
        ("Jane Doe View More Articles", ["Jane Doe"]),  # a link after the name (data: "interface")
        ("Jane DoeView More Articles", ["Jane Doe"]),
        ("Jane Doe Follow", ["Jane Doe"]),
        ("Facebook Twitter Email", []),
        ("Follow Jane Doe", []),
        # what stays out: a count that is no time stamp, a sentence, another name after "by"
        ("Font Size [100%]", []),
        ("Harbour Tales • Episode 32", []),
        ("Jane Doe 3", []),
        ("Jane Doe says the harbour will close in 2021", []),
        ("Jane Doe by the sea", []),
        ("Jane Doe went home.", []),
    ],
)
def test_a_name_with_what_a_theme_prints_beside_it(line: str, names: list[str]) -> None:
    assert byline_names(line) == names


def test_an_e_mail_address_is_no_handle() -> None:
    assert without_handle("jane@example.com") == "jane@example.com"
    assert without_handle("Jane Doe@janedoe") == "Jane Doe"


def test_a_name_with_its_time_stamp_under_the_headline_is_the_byline() -> None:
    article = newsgrab.extract(f"Storm over the harbour\n\nJane Doe 2 hours ago\n\n{STORY}\n\n{STORY}", kind="text")
    assert article.authors == ["Jane Doe"]
    assert "hours ago" not in article.body


def test_a_label_with_a_number_under_the_headline_names_nobody() -> None:
    article = newsgrab.extract(f"Storm over the harbour\n\nFont Size [100%]\n\n{STORY}\n\n{STORY}", kind="text")
    assert article.authors == []


def test_a_name_with_its_time_stamp_is_read_under_the_articles_first_line() -> None:
    # "headline" / lead paragraph / "Jane Doe 05.24.16 5:42 AM": a theme that prints the byline
    # under the standfirst, inside the span the article starts at
    blocks = [Block(kind="p", text=STORY), Block(kind="p", text="Jane Doe 05.24.16 5:42 AM"),
              Block(kind="p", text=STORY)]
    meta = Metadata()
    assert read_into_article(blocks, 1, 3, meta) == {1}
    assert meta.authors == ["Jane Doe"]


def test_a_sentence_with_a_number_under_the_articles_first_line_names_nobody() -> None:
    blocks = [Block(kind="p", text=STORY), Block(kind="p", text="Jane Doe scored 3 goals"), Block(kind="p", text=STORY)]
    meta = Metadata()
    assert read_into_article(blocks, 1, 3, meta) == set()
    assert meta.authors == []


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe 5 min read", ["Jane Doe"]),
        ("By Jane Doe 5 minute Read", ["Jane Doe"]),
        ("by Jane Doe 46 minutes ago", ["Jane Doe"]),
        ("By Jane Doe • 12/16/16 12:21pm", ["Jane Doe"]),
        ("By 2021 the harbour will have closed", []),  # the number opens the line: no name before it
    ],
)
def test_a_labelled_byline_ends_where_its_reading_time_or_time_stamp_starts(line: str, authors: list[str]) -> None:
    article = newsgrab.extract(f"Storm over the harbour\n\n{line}\n\n{STORY}\n\n{STORY}", kind="text")
    assert article.authors == authors

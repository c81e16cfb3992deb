"""A byline without its "By" with what a theme prints beside the author's name (issue 13): a time
stamp ("Jane Doe 2 hours ago"), a social handle, the name again after "by", a role without its comma,
a link or button ("View More Articles").
Held both ways: the name is read, and a label with a number or a sentence after a name is not."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.model import Block, Metadata
from newsgrab.text.byline import byline_names, card_names, without_handle
from newsgrab.text.farther import read_into_article

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


#: a page's menu above the story, so the dump is read as a whole page (headline, header lines, span)
_MENU = "\n\n".join(["Home", "News", "Sport", "Weather", "Contact us"])


def _page(card: str) -> str:
    """A whole-page dump: a menu, a section label, the headline, `card`, a dek, a name with a date
    (a credit's or a teaser's line, read as "Name, Date"), the story, a footer."""
    return (f"{_MENU}\n\nLocal News\n\nStorm fells trees across the harbour town\n\n{card}\n\n"
            "Crews worked through the night to clear the roads\n\nRob Miles March 3, 2021 09:15\n\n"
            f"{STORY}\n\n{STORY} More rain is due.\n\n{STORY} Schools stay shut.\n\nAbout us\n\nPrivacy")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane DoeView More Articles", ["Jane Doe"]),
        ("Jane Doe Follow", ["Jane Doe"]),
        ("Jane Doe", []),  # no link or button after it: a bare name, read by its neighbours elsewhere
        ("Quiet Harbour Nights", []),  # a subtitle shaped like a name
        ("Share View More Articles", []),  # buttons alone
    ],
)
def test_an_authors_card_is_a_name_and_its_link(line: str, names: list[str]) -> None:
    assert card_names(line) == names


@pytest.mark.parametrize("card", ["Jane DoeView More Articles", "Jane Doe Follow"])
def test_an_authors_card_under_the_headline_outranks_a_name_with_a_date_below(card: str) -> None:
    article = newsgrab.extract(_page(card), kind="text")
    assert article.title == "Storm fells trees across the harbour town"
    assert article.authors == ["Jane Doe"]
    assert article.published is not None and article.published.startswith("2021-03-03")
    assert "View More" not in article.body and "Follow" not in article.body


@pytest.mark.parametrize("line", ["Quiet Harbour Nights", "Share View More Articles"])
def test_a_line_under_the_headline_without_a_cards_shape_leaves_the_byline_as_it_was(line: str) -> None:
    assert newsgrab.extract(_page(line), kind="text").authors == ["Rob Miles"]

"""Dates and bylines the text path reads with the HTML path's vocabulary (issue 13): every published
label of data/date_labels.toml as a CMS prints it, its value on the next line, and a date label
glued to the name before it."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

import newsgrab

STORY = "The storm felled many trees overnight and blocked several streets, the fire brigade said on Monday."


def _published_labels() -> list[tuple[str, str]]:
    data = tomllib.loads(resources.files("newsgrab.data").joinpath("date_labels.toml").read_text("utf-8"))
    return [(language, label) for language, words in data["published"].items() for label in words]


@pytest.mark.parametrize(("language", "label"), _published_labels())
def test_a_published_label_reads_the_date_on_the_next_line(language: str, label: str) -> None:
    # "Publish date:" / "Oct 4, 2018", as get_text and w3m split a CMS's definition list
    text = f"Storm over the harbour\n\n{label.capitalize()}:\n\n12 July 2021\n\n{STORY}"
    article = newsgrab.extract(text, kind="text")
    assert (article.published, article.modified) == ("2021-07-12", None), language
    assert "2021" not in article.body and label.casefold() not in article.body.casefold(), language


@pytest.mark.parametrize(("language", "label"), _published_labels())
def test_a_published_label_without_a_date_after_it_reads_nothing(language: str, label: str) -> None:
    text = f"Storm over the harbour\n\n{label.capitalize()}:\n\nHarbour news\n\n{STORY}"
    assert newsgrab.extract(text, kind="text").published is None, language


@pytest.mark.parametrize(
    ("line", "authors", "published"),
    [
        # inscriptis joins a definition list's terms and values into one line (dealbreaker.com,
        # practicalhorsemanmag.com: "<dt>Author:</dt><dd>..</dd><dt>Publish date:</dt><dd>..</dd>")
        ("Author:The Water CoolestPublish date:Nov 18, 2019", ["The Water Coolest"], "2019-11-18"),
        ("Author:Practical Horseman Editorial StaffPublish date:Oct 4, 2018",
         ["Practical Horseman Editorial Staff"], "2018-10-04"),
        ("Autor:Anna BergVeröffentlicht:12. März 2024", ["Anna Berg"], "2024-03-12"),
        # a capital inside a name is no label ("McDonald"), nor is a label without its colon
        ("Author:Jane McDonald", ["Jane McDonald"], None),
    ],
)
def test_a_date_label_glued_to_a_name_is_parted_off(line: str, authors: list[str], published: str | None) -> None:
    article = newsgrab.extract(f"Storm over the harbour\n\n{line}\n\n{STORY}", kind="text")
    assert (article.authors, article.published) == (authors, published)


def test_a_word_glued_to_a_label_without_a_colon_stays_in_the_name() -> None:
    from newsgrab.model import Block
    from newsgrab.text.byline import unglued_byline

    block = Block(kind="p", text="Author:Jane DoePosted 12 July 2021")
    assert unglued_byline(block).text == block.text

"""The head of a pasted article in the shapes cross-posts print it: a kicker or a trail over the headline,
a signature of a person and an outlet over a date, the writer's bio as the story's last paragraph."""

from __future__ import annotations

import pytest

from newsgrab import extract
from tests.sea_wall import PARAGRAPHS, TITLE

_TITLE = TITLE
_STORY = list(PARAGRAPHS)


def _text(*head: str, tail: tuple[str, ...] = ()) -> str:
    return "\n\n".join([*head, *_STORY, *tail]) + "\n"


@pytest.mark.parametrize("kicker", ["Politics", "OPINION", "Opinion", "Home » Politics", "News › Harbour"])
def test_a_kicker_over_the_headline_is_neither_title_nor_body(kicker: str) -> None:
    article = extract(_text(kicker, _TITLE, "By Nora Vale\nMarch 3, 2024"))
    assert article.title == _TITLE
    assert article.authors == ["Nora Vale"] and article.published == "2024-03-03"
    assert article.body.split("\n\n")[0] == _STORY[0]


def test_a_short_headline_with_its_byline_under_it_is_the_title() -> None:
    article = extract(_text("Tides Rise", "By Nora Vale"))
    assert article.title == "Tides Rise" and article.authors == ["Nora Vale"]


def test_a_headline_over_its_dek_and_byline_stays_the_title() -> None:
    dek = "A council vote on the sea wall is put off for the third time."
    article = extract(_text(_TITLE, dek, "By Nora Vale"))
    assert article.title == _TITLE


def test_a_person_and_an_outlet_over_the_date_name_the_author_and_the_site() -> None:
    article = extract(_text(_TITLE, "Nora Vale | The Harbour Courier | March 3, 2024"))
    assert article.authors == ["Nora Vale"]
    assert article.site_name == "The Harbour Courier"
    assert article.published == "2024-03-03"


def test_a_desk_after_the_bar_is_no_site() -> None:
    # a dateline's place prints before a desk as a person's name does ("New Delhi | ... Bureau"): neither read
    article = extract(_text(_TITLE, "Port Elwyn | Harbour News Bureau | March 3, 2024"))
    assert article.site_name is None and article.authors == []
    assert article.published == "2024-03-03"


def test_an_outlet_alone_over_the_date_names_the_site_only() -> None:
    article = extract(_text(_TITLE, "The Harbour Courier | March 3, 2024"))
    assert article.authors == []
    assert article.site_name == "The Harbour Courier"


def test_the_writers_bio_closing_a_pasted_story_names_the_author() -> None:
    bio = "Nora Vale is a reporter for The Harbour Courier."
    article = extract(_text(_TITLE, tail=(bio,)))
    assert article.authors == ["Nora Vale"]
    assert bio not in article.body  # the cleaning stage weighs it as a bio


@pytest.mark.parametrize(("closing", "where"), [
    ("Mia Tran, a senior fellow at the Harbour Institute, said the wall would not hold.", "last"),
    ("Theo Dwyer is a reporter for The Harbour Courier who first wrote about the cracks.", "inside"),
])
def test_a_person_the_story_tells_of_is_no_author(closing: str, where: str) -> None:
    if where == "last":
        text = _text(_TITLE, tail=(closing,))
    else:
        text = "\n\n".join([_TITLE, _STORY[0], closing, _STORY[1], _STORY[2]]) + "\n"
    assert extract(text).authors == []

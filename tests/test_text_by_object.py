"""A header line ending in its byline word, its object on the next line (a converter ends the line at
the link "by" is followed by): "Published on March 3, 2026 by" / "The Harbour Courier". A person is the
author, a publication the site; neither stays as the body's first line, and a lone "by" over the
author's name is no subtitle."""

from __future__ import annotations

from newsgrab import extract

_STORY = (
    "The council of Port Elwyn postponed its vote on the new sea wall for the third time on Monday, leaving "
    "residents of the lower harbour to face the spring tides without the barrier engineers had promised.\n\n"
    "Engineers from the regional water board told the council that this year's spring tides will be the "
    "highest in four decades, and that the old wall at the harbour mouth has cracked in two places.\n"
)
_TITLE = "Harbour Towns Brace For Record Tides As Council Delays Sea Wall Vote"


def test_a_publication_after_a_dated_by_is_the_site() -> None:
    article = extract(f"{_TITLE}\n\nby\nNora Vale\n\nPublished on Tuesday, March 3, 2026 by\n"
                      f"The Harbour Courier\n\n{_STORY}")
    assert article.authors == ["Nora Vale"]
    assert article.description is None  # the lone "by" is the byline's word, not a subtitle
    assert article.site_name == "The Harbour Courier"
    assert article.body.startswith("The council of Port Elwyn")


def test_a_person_after_a_dated_by_is_the_author() -> None:
    article = extract(f"{_TITLE}\n\nPosted on March 3, 2026 by\nNora Vale\n\n{_STORY}")
    assert article.authors == ["Nora Vale"]
    assert article.body.startswith("The council of Port Elwyn")


def test_a_sentence_after_a_dated_by_is_the_body() -> None:
    sentence = "Tides rose by a metre."
    article = extract(f"{_TITLE}\n\nPublished on Tuesday, March 3, 2026 by\n{sentence}\n\n{_STORY}")
    assert article.site_name is None and article.authors == []
    assert sentence in article.body

"""A date alone above the first paragraph of a page's article ("23 Nov 2017", "Posted on March 30,
2015 by Admin") is its dateline: the metadata stage reads it and the body starts after it. A
sentence that opens with a date, and a dated line that holds a picture, stay."""

from __future__ import annotations

import pytest

from newsgrab import extract
from newsgrab.html.content import is_dateline
from tests.sea_wall import PARAGRAPHS

_PARAGRAPHS = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)


def _page(top: str) -> str:
    return ("<html><head><title>Harbour Towns Brace For Record Tides</title></head><body><article>"
            f"<h1>Harbour Towns Brace For Record Tides</h1><div class='entry-content'>{top}{_PARAGRAPHS}"
            "</div></article></body></html>")


@pytest.mark.parametrize("line", ["23 Nov 2017", "Posted on March 30, 2015 by Admin",
                                  "segunda-feira, 22 de janeiro de 2018 às 0:13",
                                  "Published March 3, 2026 at 10:45 a.m."])
def test_a_date_alone_above_the_story_is_its_dateline(line: str) -> None:
    assert is_dateline(line)
    article = extract(_page(f"<p>{line}</p>"))
    assert article.body.startswith("The council of Port Elwyn")
    assert article.published is not None


@pytest.mark.parametrize("line", ["March 3, 2026: the council votes on the wall today.",
                                  "They met on March 3, 2026 at 10 a.m.",
                                  "On 3 March 2026 the council met for the last time before the tides came."])
def test_a_sentence_with_a_date_is_the_story(line: str) -> None:
    assert not is_dateline(line)
    assert extract(_page(f"<p>{line}</p>")).body.startswith(line)

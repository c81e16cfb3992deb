"""A byline with no "By": a person's name and, after one comma or bar, where they write ("Nora Vale, The
Harbour Courier", "Nora Vale, University of Harbourtown", "Nora Vale | The Harbour Courier", a date
maybe after it) under the headline. The person is the
author, in an HTML page and in a text; a company's form after a comma, a second person, a place and a
date are no such line."""

from __future__ import annotations

import pytest

from newsgrab import extract
from newsgrab.meta.roles import person_with_outlet

_PARAGRAPHS = (
    "Small streams make up most of the length of every river network, but they are the first to be lost "
    "when land is drained for farming or building.",
    "In a study published this week, my colleagues and I measured how much carbon small streams move from "
    "soils to the sea. The answer surprised us: nearly half of the total.",
)


def _page(first: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    return ("<html><head><title>Why Small Rivers Matter</title></head><body><article><h1>Why Small Rivers Matter</h1>"
            f"<div class='entry-content'><p>{first}</p>{body}</div></article></body></html>")


@pytest.mark.parametrize("line", ["Nora Vale, University of Harbourtown", "Nora Vale, The Harbour Courier",
                                  "Nora Vale | The Harbour Courier", "Nora Vale | The Harbour Courier | March 3, 2026"])
def test_a_person_and_an_outlet_sign_the_page(line: str) -> None:
    assert person_with_outlet(line.rsplit(" | March", 1)[0]) == "Nora Vale"
    article = extract(_page(line))
    assert article.authors == ["Nora Vale"]
    assert article.body.startswith("Small streams")


@pytest.mark.parametrize("line", ["Harbour Health, Inc.", "Nora Vale, Theo Dwyer", "Port Elwyn, March 3",
                                  "Small rivers, big questions", "Nora Vale | Theo Dwyer | March 3, 2026",
                                  "Rivers | Small rivers, big questions", "Port Elwyn | Harbour News Bureau"])
def test_other_comma_lines_sign_nothing(line: str) -> None:
    assert person_with_outlet(line) is None
    article = extract(_page(line))
    assert article.authors == []
    assert article.body.startswith(line)


def test_a_clause_after_the_comma_is_no_outlet() -> None:
    # "board" is an organisation's word, but "who chairs the harbour board" is a clause, not a name
    assert person_with_outlet("Mia Tran, who chairs the harbour board") is None

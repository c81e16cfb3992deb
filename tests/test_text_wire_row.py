"""A wire story's byline row in a whole-page dump (issue 13; text/wirerow.py): a reporter's name in
capitals over the agency's name and the date ("NORA VALE" / "Associated Press March 4, 2024") is the
byline; held the other way with a section's name in capitals over a date, and a name in capitals over
a section's dated line. Every text is invented."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.text.wirerow import is_agency_dateline

STORY = [
    "The ferry company said on Monday that the evening crossing would stop running from the first of May.",
    "Passengers who use the late boat to get home from the mainland said they had not been told in advance.",
    "The company blamed the price of fuel and a shortage of crew, and said the morning boats would not change.",
    "Island councillors asked for a meeting with the operator and the regional transport office this week.",
]


@pytest.mark.parametrize(("line", "expected"), [
    ("Associated Press March 4, 2024", True),
    ("Associated PressMarch 4, 2024", True),  # a converter that joins inline elements glued them
    ("Reuters March 4, 2024", True),
    ("Local News March 4, 2024", False),  # a section's name
    ("Nora Vale March 4, 2024", False),  # a person's
    ("March 4, 2024", False),
])
def test_an_agency_dateline_is_the_agency_name_and_a_date(line: str, expected: bool) -> None:
    assert is_agency_dateline(line) is expected


def _page(*header: str) -> str:
    return "\n\n".join(["Harbour Portal", "Home | News | Sport | Weather", "Ferry ends its evening crossing",
                        *header, *STORY, "Contact us | Terms | Privacy"])


def test_a_name_in_capitals_over_its_agency_row_is_the_byline() -> None:
    article = newsgrab.extract(_page("NORA VALE", "Associated PressMarch 4, 2024"), kind="text")
    assert article.authors == ["NORA VALE"]


@pytest.mark.parametrize("header", [
    ("LOCAL NEWS", "Associated Press March 4, 2024"),  # a section's name: no person
    ("NORA VALE", "Local News March 4, 2024"),  # no agency's row under the capitals
])
def test_capitals_without_a_wire_row_name_nobody(header: tuple[str, ...]) -> None:
    article = newsgrab.extract(_page(*header), kind="text")
    assert "NORA VALE" not in article.authors
    assert "LOCAL NEWS" not in article.authors

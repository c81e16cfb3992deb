"""A social handle alone on the line under an author's name is part of the byline (issue 13;
text/nameunder.py `below_handle`, text/byline.py `is_handle`): "Jane Doe" / "@janedoe" / "Friday 18
November 2011 18.00 EST" under the headline names Jane Doe as "Jane Doe" right over the date does.
Held the other way: the handle alone is no anchor ("Jane Doe" / "@janedoe" over the story's first
paragraph, no date, names nobody), and an e-mail address or a sentence that mentions a handle is no
handle line."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.text.byline import is_handle

PARAS = [
    "The orchestra announced on Thursday that its new season would open with a programme of works by local composers.",
    "Its director said the choice was meant to bring back listeners who had drifted away during the long closure.",
    "Tickets for the opening night go on sale next week, with a share of seats held back for students and pensioners.",
    "The hall's roof, repaired over the summer, will be shown to visitors on a series of open days in October.",
    "A second concert series for schools will run on weekday mornings from the start of the spring term.",
    "The orchestra said it had raised most of the money for the season from a campaign among its own subscribers.",
]
SHARE = "\n".join(f"* Share on {site}" for site in ("Facebook", "Twitter", "LinkedIn", "Pinterest", "WhatsApp"))


@pytest.mark.parametrize(
    ("line", "expected"),
    [("@janedoe", True), ("@jane_d_doe", True), ("jane@example.com", False), ("Follow @janedoe for more", False)],
)
def test_a_handle_alone_on_its_line(line: str, expected: bool) -> None:
    assert is_handle(line) is expected


def _dump(under_name: str) -> str:
    return (f"Culture\n\nOrchestra opens its season with local composers\n\n{SHARE}\n\nJane Doe\n\n@janedoe\n\n"
            f"{under_name}" + "\n\n".join(PARAS) + "\n")


def test_a_name_over_its_handle_over_the_date_is_the_byline() -> None:
    article = newsgrab.extract(_dump("Friday 11 November 2011 18.00 EST\n\n"), kind="text")
    assert article.authors == ["Jane Doe"]


def test_a_name_over_its_handle_with_no_date_under_them_names_nobody() -> None:
    assert newsgrab.extract(_dump(""), kind="text").authors == []

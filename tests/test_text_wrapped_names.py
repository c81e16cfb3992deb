"""A name a converter wrapped over two lines under a byline's label (issue 13; text/byline.py
`name_over_lines`): get_text keeps the newline the page's source has inside the author's link, so
"By" / "Jane" / "Doe" stand on three consecutive lines; the two one-word lines make the name. Held the
other way with an agency over a dateline's city ("Reuters" / "Washington": no person's name) and a
name already whole on its line."""

from __future__ import annotations

import pytest

from newsgrab.model import Block, Metadata
from newsgrab.text.around import read_around
from newsgrab.text.byline import name_over_lines

PARAS = [
    "The regional court ruled on Thursday that the water company must repay customers for last winter's outages.",
    "The company said it would study the judgment before deciding whether to appeal to the higher court.",
    "About thirty thousand households were without running water for up to four days during the cold spell.",
    "Consumer groups welcomed the ruling and said it should set a standard for other utilities in the region.",
    "The repayments are expected to average about forty euros per household, according to the court's figures.",
]


def _blocks(*byline: str) -> list[Block]:
    """A get_text dump's blocks, one a line as its line splitter makes them of such a dump: the
    headline, the byline's lines on consecutive lines of the text, a blank line, the date, the story."""
    lines = ["Water company must repay customers, court rules", *byline, "July 3, 2017"]
    numbers = [1, *range(3, 3 + len(byline)), 4 + len(byline)]
    blocks = [Block(kind="p", text=text, origin=f"line {number}") for text, number in zip(lines, numbers, strict=True)]
    return blocks + [Block(kind="p", text=text, origin=f"line {40 + i}") for i, text in enumerate(PARAS)]


def test_a_name_wrapped_over_two_lines_under_by_is_one_name() -> None:
    blocks = _blocks("By", "Jane", "Doe")
    meta = Metadata()
    taken = read_around(blocks, 0, 6, meta, names_before=5, title_at=(0,))
    assert meta.authors == ["Jane Doe"]
    assert {1, 2, 3} <= taken  # the label and both lines of the name leave the body


def test_an_agency_over_a_city_is_not_joined() -> None:
    meta = Metadata()
    read_around(_blocks("By", "Reuters", "Washington"), 0, 6, meta, names_before=5, title_at=(0,))
    assert meta.authors != ["Reuters Washington"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ((("Jane", 4), ("Doe", 5)), ("Jane Doe", 2)),
        ((("Jane", 4), ("Doe", 6)), ("Jane", 1)),  # a blank line between: two elements, not one wrapped
        ((("Jane Doe", 4), ("Staff", 5)), ("Jane Doe", 1)),
        ((("Reuters", 4), ("Washington", 5)), ("Reuters", 1)),
    ],
)
def test_name_over_lines(lines: tuple[tuple[str, int], ...], expected: tuple[str, int]) -> None:
    blocks = [Block(kind="p", text=text, origin=f"line {line}") for text, line in lines]
    assert name_over_lines(blocks, 0) == expected

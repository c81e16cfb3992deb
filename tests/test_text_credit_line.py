"""A picture's credit printed alone on its line ("Ana Ruiz/Harbour Press"), between the caption
and the article's next paragraph, leaves the body as the HTML stage takes it out of the figure
(media/credittail.py `is_credit_line`, clean/textshapes.py `credit_lines`, `structure.credit-line`).
Held both ways: a menu's pair of single words, a heading that asks or labels with a slash, a
dateline naming two places, a line with digits and a list's item stay. The label line a converter
prints over such a credit ("Credit:", "Credit..." ) goes with it (`structure.credit-label`); a label
over a paragraph that stays, or over a caption, stays. Invented lines and pages."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.clean.textshapes import credit_labels, credit_lines
from newsgrab.media.credittail import is_credit_label, is_credit_line
from newsgrab.model import Block

STORY = [f"Paragraph {n} of the report says the harbour crane was repaired on day {n} and that the boats "
         "went back out the same evening, which the fishermen had waited for since the storm." for n in range(1, 5)]
CREDITS = [
    "Ana Ruiz/Harbour Press",
    "Tomas R. Berg/The Harbour Gazette",
    "Mara Lind / Coastwatch",
    "(Pieter de Vries/Harbour Press)",
    "Lena Okafor/Quay Images/Harbour Press",
]
#: lines of the same shape a page prints that are no credit
NOT_CREDITS = [
    "Sales/Marketing",  # a menu's pair of single words
    "Tide Tables / Ferry Times:",  # a label, its colon
    "Which ferry should/can you take?",  # a heading that asks
    "Port Elling/ North Quay:",  # a dateline naming two places
    "Winter Timetable/2024",  # a digit
    "Boats were towed to the quay after the storm/flood.",  # a sentence
    "The Harbour Gazette",  # no slash
]


@pytest.mark.parametrize("line", CREDITS)
def test_a_name_a_slash_and_a_holder_is_a_credit(line: str) -> None:
    assert is_credit_line(line)


@pytest.mark.parametrize("line", NOT_CREDITS)
def test_a_menu_a_label_a_heading_or_a_dateline_is_not(line: str) -> None:
    assert not is_credit_line(line)


def _dump(*paragraphs: str) -> str:
    return "The Crane Is Fixed\n\nMarch 3, 2024\n\n" + "\n\n".join(paragraphs) + "\n"


def test_credit_lines_amid_the_story_go_and_the_story_stays() -> None:
    caption = "The new crane at the north quay on Thursday."
    text = _dump(STORY[0], caption, CREDITS[0], STORY[1], STORY[2], CREDITS[1], STORY[3])
    result = newsgrab.extract(text, kind="text")
    removed = {removal.text: (removal.rule, removal.category) for removal in result.removed}
    assert removed[CREDITS[0]] == ("structure.credit-line", "image-credit")
    assert removed[CREDITS[1]] == ("structure.credit-line", "image-credit")
    for paragraph in STORY:
        assert paragraph in result.body


def test_html_input_list_items_and_headings_are_not_read() -> None:
    html = [Block(kind="p", text=CREDITS[0], origin="/html/body/p[2]")]
    assert credit_lines(html, [CREDITS[0]]) == [False]
    text = [Block(kind="li", text=CREDITS[0], origin="line 3"), Block(kind="h3", text=CREDITS[0], origin="line 5"),
            Block(kind="p", text=CREDITS[0], origin="line 7")]
    assert credit_lines(text, [CREDITS[0]] * 3) == [False, False, True]


@pytest.mark.parametrize("line", ["Credit", "Credit:", "(Credit:", "Credit...", "Photo credit:", "Foto:"])
def test_a_credit_label_alone_is_one(line: str) -> None:
    assert is_credit_label(line)


@pytest.mark.parametrize("line", ["Source:", "Credit card", "Credits roll at nine", "Harbour:", "Quelle:"])
def test_a_source_label_or_a_phrase_is_not(line: str) -> None:
    assert not is_credit_label(line)


def test_the_label_over_a_credit_goes_with_it_and_a_label_over_prose_stays() -> None:
    caption = "The new crane at the north quay on Thursday."
    text = _dump(STORY[0], caption, "Credit", "Credit...", CREDITS[0], STORY[1], "Photo:", STORY[2], STORY[3])
    result = newsgrab.extract(text, kind="text")
    removed = {removal.text: removal.rule for removal in result.removed}
    assert removed["Credit"] == removed["Credit..."] == "structure.credit-label"
    assert removed[CREDITS[0]] == "structure.credit-line"
    assert "Photo:" not in removed
    for paragraph in STORY:
        assert paragraph in result.body


def test_a_credit_label_is_read_only_over_a_credit_that_went() -> None:
    lines = ["Credit:", CREDITS[0], "Credit:", STORY[0]]
    blocks = [Block(kind="p", text=t, origin=f"line {n}") for n, t in enumerate(lines)]
    texts = [b.text for b in blocks]
    assert credit_labels(blocks, texts, [False, True, False, False]) == [True, False, False, False]
    html = [Block(kind="p", text=t, origin="/html/body/p") for t in texts[:2]]
    assert credit_labels(html, texts[:2], [False, True]) == [False, False]

"""w3m prints a picture without alt text as its file's name in brackets ("[dims]", "Image[merlin_150]",
"[high-schoo] How to ..."): the text path drops those (text/placeholders.py), and keeps a bracketed
word that is the page's own ("[sic]", "[COVID-19]" inside a sentence, "[VIDEO]" after a headline,
"[12]"). The samples are invented."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.text.inline import convert_inline
from newsgrab.text.placeholders import drop_image_names


@pytest.mark.parametrize(("unit", "left"), [
    ("[quay]", ""),  # a gallery's thumbnail as a list item of its own
    ("[crane_04][harbour-ma]", ""),
    ("Photo[north-quay]", "Photo"),  # glued to the caption's kicker
    ("[crane-wee] The Crane Week in Pictures", "The Crane Week in Pictures"),  # opening a teaser
    ("[tide2024]Read the tide table", "Read the tide table"),
])
def test_a_file_name_in_brackets_goes(unit: str, left: str) -> None:
    assert drop_image_names(unit) == left
    assert convert_inline(unit).text == left


@pytest.mark.parametrize("unit", [
    "The harbour master said the crane was [sic] repaired twice.",
    "The office closed the quay during the [COVID-19] outbreak of the spring.",
    "Crane Returns to the Harbour [VIDEO]",
    "The tide rose by two metres [12] on Monday.",
    "[2019-20] season of the harbour league",
    "[x] Keep me informed",
])
def test_a_bracketed_word_of_the_page_stays(unit: str) -> None:
    assert drop_image_names(unit) == unit


def test_the_gallery_thumbnails_leave_the_body() -> None:
    story = (
        "Harbour Gazette\n\nThe harbour crane is back after three days of repairs\n\n"
        "The harbour office reopened the outer basin on Thursday after three days of work on the crane of\n"
        "the north quay, and by seven o'clock the fishing boats were already queuing at the slipway.\n\n"
        "  • [quay-1]\n  • [quay-2]\n  • [quay-3]\n\n"
        "The office said the crane had been inspected twice since the autumn and that its gearbox\n"
        "failed during the storm on Monday night, when the wind reached ninety kilometres an hour.\n"
    )
    body = newsgrab.extract(story, kind="text").body
    assert "quay-" not in body
    assert "failed during the storm on Monday night" in body

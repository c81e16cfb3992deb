"""A label and its value on one line ("Image credit: Jane Doe | Agency", "Location: Downtown — Harbour
City, Northshire") is no headline however its value's parts are separated: a "|" or a dash between
them is no word of the value (text/titleshape.py `title_like`). A headline with a kicker and a number
or an "&" in it keeps its words ("Crane Driver Quits At 56"). Invented lines."""

from __future__ import annotations

import pytest

from newsgrab.model import Block
from newsgrab.text.titleshape import title_like


@pytest.mark.parametrize("line", [
    "Image credit: Anna Berg | Harbour Press",
    "Location: Downtown — Harbour City, Northshire",
    "Source: Harbour Office - Port Statistics",
    "Photo: Anna Berg / Harbour Press",
])
def test_a_label_and_its_separated_value_is_no_headline(line: str) -> None:
    assert not title_like(Block("p", line))


@pytest.mark.parametrize("line", [
    "Harbour Strike: Crane Driver Quits At 56",
    "Hidden Coast: Sado Island, Nara & Kyoto",
    "Analysis: Drought Pushes Central Asian Neighbours Toward a Deal",
    "Review: The Harbour — A Quiet Triumph of a Film",
])
def test_a_headline_after_its_kicker_keeps_its_words(line: str) -> None:
    assert title_like(Block("p", line))

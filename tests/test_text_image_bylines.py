"""An author's photo a converter prints in brackets before the byline's name is no part of the name
(issue 13; text/byline.py `without_image`, read by `byline_names`): w3m prints an image as its alt text
cut short ("[avatar-jan] Jane Doe • 8h"), lynx as its file name ("[jane-doe-headshot.jpg] Jane Doe"),
and the line under the headline then names Jane Doe as the same line without the photo does. Held the
other way with a form's checkbox before a name-shaped label ("[ ] Madhya Pradesh", "[X] Daily
Newsletter": a filter list, no photo) and a bullet image before a teaser's headline."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.text.byline import byline_names, without_image

PARAS = [
    "The harbour board agreed on Monday to dredge the eastern channel before the autumn storms arrive.",
    "Fishing crews have complained for two years that boats run aground there at low tide in winter.",
    "The work will take six weeks and close the channel to larger vessels on weekday mornings only.",
    "Board members said the cost would be shared with the county, which owns the southern quay.",
    "A survey last spring found the channel had lost almost a metre of depth since the last dredging.",
    "Crews will be told of the closures through the harbour office and the usual radio bulletins.",
]
MENU = "\n".join(f"* {word}" for word in ("Home", "News", "Sport", "Business", "Weather", "Contact"))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("[avatar-jan] Jane Doe • 8h", ["Jane Doe"]),
        ("[jane-doe-headshot.jpg] Jane Doe", ["Jane Doe"]),
        ("[ ] Madhya Pradesh", []),
        ("[X] Daily Newsletter", []),
        ("[bullet.gif] Jane Doe, Tom Roe support the harbour plan", []),
    ],
)
def test_a_photo_before_a_name_is_left_out_a_checkbox_is_not(line: str, expected: list[str]) -> None:
    assert byline_names(line) == expected


def test_only_a_bracketed_word_at_the_start_is_an_image() -> None:
    assert without_image("[avatar-jan] Jane Doe") == "Jane Doe"
    assert without_image("[ ] Madhya Pradesh") == "[ ] Madhya Pradesh"
    assert without_image("Jane Doe [avatar-jan]") == "Jane Doe [avatar-jan]"


def _dump(line: str) -> str:
    return (f"{MENU}\n\nNews\n\nHarbour board to dredge the eastern channel\n\n{line}\n\nShare Tweet Share\n\n"
            + "\n\n".join(PARAS) + "\n")


@pytest.mark.parametrize("line", ["[avatar-jan] Jane Doe • 8h", "[jane-doe-headshot.jpg] Jane Doe"])
def test_the_name_after_the_authors_photo_under_the_headline_is_the_byline(line: str) -> None:
    assert newsgrab.extract(_dump(line), kind="text").authors == ["Jane Doe"]


def test_a_checkbox_before_a_place_under_the_headline_names_nobody() -> None:
    assert newsgrab.extract(_dump("[ ] Madhya Pradesh"), kind="text").authors == []

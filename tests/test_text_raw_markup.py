"""A converter passes some of a page's HTML through as text (a <noscript> pixel, a counter a script
writes, a caption kept as escaped markup): in a unit holding a start tag with an attribute the tags go,
with what <script>, <style> and <noscript> hold, and the words between them stay
(text/rawmarkup.py). Prose with angle brackets and markdown's inline code stay as written. The
samples are invented."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.text.inline import convert_inline
from newsgrab.text.rawmarkup import without_markup
from tests.harbour_dump import STORY

PIXEL = '<div style="position:absolute;"><img width=1 height=1 alt="" src="https://px.example.net/b?id=7&t=9"></div>'


@pytest.mark.parametrize(("unit", "left"), [
    (PIXEL, ""),
    (f"Win a week on the quay! {PIXEL}", "Win a week on the quay!"),
    ('<span class="caption">Harbour Office</span> © Harbour Press The crane was back on Thursday.',
     "Harbour Office © Harbour Press The crane was back on Thursday."),
    ('12 Replies <span id="count">12</span><script>document.write("x<b>y</b>")</script> Discuss',
     "12 Replies 12 Discuss"),
])
def test_the_tags_go_and_the_words_stay(unit: str, left: str) -> None:
    assert " ".join(without_markup(unit).split()) == left
    assert convert_inline(unit).text == left


@pytest.mark.parametrize("unit", [
    "The tide was < 2 metres and the wind > 40 km/h, so the gate stayed shut.",
    "Readers wrote <3 under the photo of the crane.",
    "The page wraps each item in a <div> element and each name in a <b> tag.",
    'Use `<img src="crane.jpg" alt="Crane">` to show the photo.',
])
def test_prose_and_code_with_brackets_stay(unit: str) -> None:
    assert without_markup(unit) == unit


def test_a_pixel_joined_to_a_paragraph_leaves_the_body_and_the_paragraph_stays() -> None:
    first, second, third = STORY.strip().split("\n\n")
    dump = (f"Harbour Gazette\n\nThe harbour crane is back after three days of repairs\n\n{first}\n\n"
            f"{second} {PIXEL}\n\n{third}\n")
    body = newsgrab.extract(dump, kind="text").body
    assert second in body
    assert "px.example.net" not in body and "<" not in body

"""Typographic separators (newsgrab/clean/ornaments.py, data/ornaments.toml): drawn rules, rows of
ornaments and a dinkus are separators; a lone bullet, a close button or an omission are not; a story's
own ornament break between its parts stays, one before the notices under the story goes."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.clean.ornaments import is_ornament_line
from newsgrab.clean.shapes import is_separator
from newsgrab.data import load_toml
from newsgrab.model import Block

DATA = load_toml("ornaments.toml")
STORY = "".join(
    f"<p>Paragraph {n} of the report says the harbour crane was repaired on day {n} and that the boats "
    f"went back out the same evening, which the fishermen had waited for since the storm.</p>" for n in range(1, 5))
NOTICES = ("<p>Follow us on Twitter @harbourpost for more news from the coast.</p>"
           "<p>© 2024 Harbour Post. All rights reserved.</p>")


def _page(middle: str) -> str:
    return ("<html><head><title>The Crane Is Fixed</title></head><body><article><h1>The Crane Is Fixed</h1>"
            f"{STORY}{middle}</article></body></html>")


@pytest.mark.parametrize("line", DATA["examples"])
def test_every_example_is_a_separator(line: str) -> None:
    assert is_ornament_line(line)
    assert is_separator(Block("p", line), line)


@pytest.mark.parametrize("line", DATA["counter_examples"])
def test_no_counter_example_is_a_separator(line: str) -> None:
    assert not is_ornament_line(line)
    assert not is_separator(Block("p", line), line)


@pytest.mark.parametrize("ornament", ["◆◆◆", "★ ★ ★", "────────", "⁂"])
def test_an_ornament_between_the_story_and_its_notices_goes_as_a_separator(ornament: str) -> None:
    article = newsgrab.extract(_page(f"<p>{ornament}</p>{NOTICES}"), kind="html")
    assert {removal.text: removal.category for removal in article.removed}.get(ornament) == "separator"
    assert "Paragraph 4 of the report" in article.body


@pytest.mark.parametrize("ornament", ["◆◆◆", "* * *", "⁂"])
def test_a_storys_own_ornament_break_between_its_parts_stays(ornament: str) -> None:
    second = STORY.replace("Paragraph", "Part two, paragraph")
    article = newsgrab.extract(_page(f"<p>{ornament}</p>{second}"), kind="html")
    assert ornament in article.body
    assert "Part two, paragraph 4" in article.body
    assert not article.removed or all(removal.text != ornament for removal in article.removed)

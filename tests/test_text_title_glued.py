"""A row of labels or links that a converter printed without spaces between them ("Accessibility
helpSkip to navigationSkip to content", a search form's "AdvancedInclude UnpublishedInclude ...") is
not shaped like a headline (titleshape.title_like, MIN_GLUED_WORDS words glued at a capital). A
headline with one or two names written so of its own ("OpenStack", "DevOps") is. The dumps are
invented."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.model import Block
from newsgrab.text.titleshape import title_like
from tests.harbour_dump import MENU, STORY


def _shaped(text: str) -> bool:
    return title_like(Block("p", text, [], [], 0))


@pytest.mark.parametrize("line", [
    "Harbour helpSkip to navigationSkip to contentSkip to footer",
    "Últimas NoticiasPuertoPolíticaEl MundoOpinión",
    "AdvancedInclude UnpublishedInclude RepliesInclude only posts with pictures",
])
def test_labels_glued_at_their_capitals_are_no_headline(line: str) -> None:
    assert not _shaped(line)


@pytest.mark.parametrize("line", [
    "Harbour Board Moves Its Cranes to OpenStack and DevOps Tools",
    "Why the Port's JavaScript Timetable Broke on Monday",
    "McDonald's Opens Its First Kiosk on the Quay",
])
def test_a_headline_with_names_of_its_own_written_so_stays_one(line: str) -> None:
    assert _shaped(line)


def test_a_glued_search_form_above_the_headline_is_not_the_title() -> None:
    form = "SearchAdvancedInclude UnpublishedInclude RepliesInclude only posts about the harbour crane and its boats"
    text = f"Harbour Gazette\n\n{MENU}\n\n{form}\n\nCrane Week\n\nMarch 2, 2021\n\n{STORY}\n{MENU}\n"
    assert newsgrab.extract(text, kind="text").title == "Crane Week"

"""The advertisement marker's words (newsgrab/rules/related.toml `advertisement.marker`) in the forms
whole-page text dumps print between paragraphs: the plural "Advertisements", "Sponsored Links", the
Czech and Polish "Reklama", the Japanese "スポンサード リンク" / "スポンサーリンク". Each is a line alone;
a sentence that opens with the word is the article's. Our own samples, both ways, by the rule and
through the text path."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.clean.shapes import fold
from newsgrab.rules import Rule, packaged_rules

STORY = [f"Paragraph {n} of the report says the harbour crane was repaired on day {n} and that the boats "
         "went back out the same evening, which the fishermen had waited for since the storm." for n in range(1, 4)]
MARKERS = ["Advertisements", "SPONSORED LINKS", "Sponsored Link", "Reklama", "スポンサード リンク", "スポンサーリンク",
           # the slot's label says what interrupts the story: an ad, a gallery, a video
           "ADVERTISING", "Story continues below gallery", "Article continues after this ad",
           "Story continues below video"]
PROSE = ["Advertisements for the harbour fair ran in three papers last week.",
         "Sponsored links on the council site were removed after the complaint.",
         "Reklama na přístavní festival visela na každém rohu.",
         "スポンサード リンクの表示方法は来月から変わります。",
         "Advertising revenue at the harbour paper fell by a third last year.",
         "The story continues below the waterline, where divers found the second hull."]


def _marker() -> Rule:
    return next(rule for rule in packaged_rules() if rule.id == "advertisement.marker")


@pytest.mark.parametrize("line", MARKERS)
def test_the_marker_alone_on_its_line_fires(line: str) -> None:
    assert _marker().fires(fold(line))


@pytest.mark.parametrize("line", PROSE)
def test_a_sentence_that_opens_with_the_word_does_not(line: str) -> None:
    assert not _marker().fires(fold(line))


def test_in_a_text_dump_the_marker_goes_and_the_story_stays() -> None:
    text = "The Crane Is Fixed\n\nMarch 3, 2024\n\n" + "\n\n".join(
        [STORY[0], "Advertisements", STORY[1], "スポンサード リンク", STORY[2], PROSE[0]]) + "\n"
    article = newsgrab.extract(text, kind="text")
    assert {r.text: r.rule for r in article.removed} == {"Advertisements": "advertisement.marker",
                                                           "スポンサード リンク": "advertisement.marker"}
    assert PROSE[0] in article.body

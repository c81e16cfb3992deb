"""Work the text path did twice on the same text, now done once (s34-tspeed), with the answers of the
code before: a line that opens a split link is scanned once, and the plain prose the notice score
lets go is case-folded and cut into words once.

The texts are short examples written for these tests.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsgrab.clean import reading, span
from newsgrab.clean.boilerplate import remove_boilerplate
from newsgrab.clean.views import PageFacts
from newsgrab.model import Block, Metadata
from newsgrab.rules import packaged_rules
from newsgrab.text import markup


def test_a_line_that_opens_a_split_link_is_scanned_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The scan that finds the line open goes on through the lines after it: the line is not read
    again from its start (it was, once to find it open and once to start the run)."""
    fed: list[str] = []
    feed = markup._LinkScan.feed
    monkeypatch.setattr(markup._LinkScan, "feed", lambda scan, text: fed.append(text) or feed(scan, text))
    split = ["The council posted [its plan for the old", "tram depot](/council/depot-plan) on Friday.", "",
             "[Bus times](/buses) and [tram times](/trams)"]
    assert markup.join_split_links(split) == [
        "The council posted [its plan for the old tram depot](/council/depot-plan) on Friday.", "", "",
        "[Bus times](/buses) and [tram times](/trams)"]
    # the opening line once, then the piece that closes it; the closed line of two links not at all
    assert fed == ["The council posted [its plan for the old", " tram depot](/council/depot-plan) on Friday."]


def test_a_closed_line_needs_no_scan() -> None:
    assert markup._closed_at_once("[Bus times](/buses) and [tram times](/trams)")
    assert not markup._closed_at_once("The council posted [its plan for the old")
    assert not markup._closed_at_once("a \\[bracket\\] kept as text")  # escaped: the scan decides
    assert markup._link_state("a \\[bracket\\] kept as text") == 0


#: plain prose (no word of a notice's lists): the notice score folds each and lets it go
STORY = [
    "Some of the older traders still remember when the trams ran along the street below the hill.",
    "The old depot stood empty after the last tram left the hill one wet spring.",
    "Children used to play behind its gates when they were left unlocked at night.",
    "The brick walls still stand, though the glass of the tall windows broke long ago.",
]


def test_the_prose_the_score_lets_go_is_folded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """In text input the prose the notice score does not read is searched for the site's name: its
    words, which the score's own test had cut a moment before, are not cut again."""
    folded: list[str] = []
    cut = span.folded_words
    # (the score's views are read in clean/reading.py, the site's name searched in clean/span.py)
    monkeypatch.setattr(span, "folded_words", lambda text: folded.append(text) or cut(text))
    monkeypatch.setattr(reading, "folded_words", lambda text: folded.append(text) or cut(text))
    blocks = [Block("p", text, origin=f"line {number}") for number, text in enumerate(STORY, start=1)]
    page = Metadata(site_name="Valley Courier", language="en")
    kept = remove_boilerplate(blocks, packaged_rules(), metadata=page).kept
    assert [block.text for block in kept] == STORY
    # each once (it was twice); the last is read whole again after the article, as before
    assert [Counter(folded)[text.casefold()] for text in STORY[:3]] == [1, 1, 1]


def test_unread_naming_reads_the_site_name_as_before() -> None:
    """The words handed on are those of the block's own text: the paragraph naming the site counts,
    the others do not (with the words handed on, and without)."""
    named = [*STORY[:2], "The Valley Courier ran a photograph of the depot yard on its front page.", *STORY[2:]]
    blocks = [Block("p", text, origin=f"line {number}") for number, text in enumerate(named, start=1)]
    texts = [block.text for block in blocks]
    page = PageFacts.of(Metadata(site_name="Valley Courier"))
    views: list[None] = [None] * len(blocks)
    folds = {text: (text.casefold(), span.folded_words(text.casefold())) for text in texts}
    assert span._unread_naming(blocks, texts, views, page, folds) == [2]
    assert span._unread_naming(blocks, texts, views, page, {}) == [2]

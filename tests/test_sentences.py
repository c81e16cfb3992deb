"""The one definition of a sentence's end (newsgrab/sentences.py), in the scripts we read."""

from __future__ import annotations

import pytest

from newsgrab.sentences import SENTENCE_END_RE, count_sentence_ends, ends_sentence


@pytest.mark.parametrize(
    ("text", "ends", "count"),
    [
        ("The quay reopened on Thursday. Boats queued at dawn.", True, 2),
        ("„Wir haben die beste Woche verloren.“ Er lachte.", True, 2),
        ("He asked: “Who pays for the crane?”", True, 1),
        ("港は木曜日に再開した。船は夜明けに並んだ。", True, 2),
        ("बंदरगाह गुरुवार को फिर खुला।", True, 1),
        ("Read more…", True, 1),
        # no end: a label, a decimal, an abbreviation inside a word, a URL
        ("Subscribe to our newsletter", False, 0),
        ("The price rose 3.5 per cent", False, 0),
        ("See example.org/news for more", False, 0),
    ],
)
def test_sentence_ends(text: str, ends: bool, count: int) -> None:
    assert ends_sentence(text) is ends
    assert count_sentence_ends(text) == count


def test_a_sentence_end_is_found_after_a_position() -> None:
    text = "Donate now. Your gift keeps the newsroom open"
    found = SENTENCE_END_RE.search(text, 3)
    assert found is not None and text[: found.end()] == "Donate now."

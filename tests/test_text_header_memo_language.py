"""`text/header.is_header_line` remembers a line's verdict only when reading it asked nothing of the
page's language: a byline holding a bound conjunction ("a", "i": meta/conjunctions.py) is read by the
page's language, and a verdict kept for one page's language must not answer a page of another. The
lines are written for this test."""

from __future__ import annotations

import pytest

from newsgrab.memo import Memo
from newsgrab.meta.conjunctions import byline_language, current_conjunctions, language_asks
from newsgrab.text import header


def test_a_verdict_that_asked_the_language_is_not_remembered(monkeypatch: pytest.MonkeyPatch) -> None:
    # no header reader asks the language today (the bylines it splits are read elsewhere); a reader
    # that does, as the byline splitters do, must not leave its verdict for a page of another language
    def asks_the_language(text: str) -> bool:
        return bool(current_conjunctions(text).lower_only)

    monkeypatch.setattr(header, "_is_header_line", asks_the_language)
    line = "Nora Valova a Petr Marek, 3. 5. 2021"
    header._HEADER_LINES.pop(line, None)
    with byline_language(lambda: "cs"):
        before = language_asks()
        header.is_header_line(line)
        assert language_asks() > before
    assert line not in header._HEADER_LINES


def test_a_line_with_no_bound_conjunction_is_remembered() -> None:
    line = "Nora Valova, 3 May 2021"
    header._HEADER_LINES.pop(line, None)
    with byline_language(lambda: "cs"):
        verdict = header.is_header_line(line)
    assert header._HEADER_LINES.get(line) is verdict


def test_remember_keeps_the_memo_within_its_limit() -> None:
    memo: Memo[str, int] = Memo(len, 2)
    for key in ("a", "bb", "ccc"):
        memo.remember(key, len(key))
    assert len(memo) <= 2 and memo["ccc"] == 3

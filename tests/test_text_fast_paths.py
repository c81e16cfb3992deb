"""The text path's fast paths give the answers of the plain code they stand in for.

Each shortcut (an end-anchored pattern searched from where a match can start, a regex gated by a
cheap test of the line) is checked against the plain call on generated text built from the
characters that decide it, and on examples where it must and must not fire.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgrab.text import span, title, wrap
from newsgrab.text.ends import ends_with

#: characters the end patterns look at, plus letters, spaces, line breaks, CJK and Hangul
_END_ALPHABET = [*"ab.!?:;,…\"'”’»)]([ \n", "。", "！", "道", "한", "国", "@", "/", ">", "w", "h", "t", "p", "s"]

#: (pattern, trailing, reach) as the text path calls `ends_with`
END_PATTERNS = {
    "paragraph end": (span._PARAGRAPH_END_RE, span._PARAGRAPH_TRAILING, 2),
    "not a title end": (title._NOT_TITLE_END_RE, title._NOT_TITLE_TRAILING, 2),
    "clause end": (wrap.CLAUSE_END_RE, "\n", 1),
    "CJK end": (wrap._CJK_END_RE, "\n", 1),
    "Hangul end": (wrap._HANGUL_END_RE, "\n", 1),
}


@pytest.mark.parametrize("name", sorted(END_PATTERNS))
@settings(max_examples=1500, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(_END_ALPHABET), max_size=12))
def test_end_search_agrees_with_a_full_search(name: str, text: str) -> None:
    pattern, trailing, reach = END_PATTERNS[name]
    assert ends_with(pattern, text, trailing, reach) == bool(pattern.search(text))


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("paragraph end", "Officials said on Friday.", True),
    ("paragraph end", "He said: \u201cWe will stay.\u201d)", True),
    ("paragraph end", "Read more...", False),
    ("paragraph end", "A sentence. And then a menu", False),
    ("not a title end", "Reservoirs fall to a 20-year low.", True),
    ("not a title end", "Reservoirs fall to a 20-year low", False),
    ("clause end", "the line ends here;\n", True),
    ("clause end", "the line goes on\n.", True),  # `$` before the last line break
    ("clause end", "the line goes on\n.\n\n", False),
    ("CJK end", "東京で会議が開かれた道", True),
    ("Hangul end", "서울에서 회의가 열렸다 a", False),
])
def test_end_search_examples(name: str, text: str, expected: bool) -> None:
    pattern, trailing, reach = END_PATTERNS[name]
    assert ends_with(pattern, text, trailing, reach) is expected
    assert bool(pattern.search(text)) is expected


_ADDRESS_ALPHABET = [*"ab.@/:w >\n\t", "http", "https://", "www.", "x.org"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_ADDRESS_ALPHABET), max_size=10).map("".join))
def test_address_end_agrees_with_a_full_search(text: str) -> None:
    assert wrap._ends_with_address(text) == bool(wrap._URL_END_RE.search(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("write to jane@example.org", True),
    ("see https://example.org/a/b", True),
    ("see https://example.org/a/b and more", False),
    ("<https://example.org>", True),
    ("an address, www.example.org\n", True),
    ("plain words only", False),
    ("", False),
])
def test_address_end_examples(text: str, expected: bool) -> None:
    assert wrap._ends_with_address(text) is expected
    assert bool(wrap._URL_END_RE.search(text)) is expected


def test_a_trailing_set_missing_a_closer_would_be_caught() -> None:
    """The check above can fail: leaving the closing quote out of `trailing` misses a match."""
    pattern = re.compile(r"[.!?][\"”]*$")
    text = "He left." + "\u201d" * 5
    assert pattern.search(text)
    assert not ends_with(pattern, text, "\n", 1)
    assert ends_with(pattern, text, "\"\u201d\n", 1)

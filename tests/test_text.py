"""fold_space: one definition of "the same text", with fast paths that must agree with the slow one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgrab.whitespace import _SPACE_RE, fold_space

_SPACES = [" ", "\t", "\n", "\r", "\xa0", "\u200b", "\u2009", "\u202f", "\u3000", "\x85", "\u2028"]


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"ab\u00e9", *_SPACES]), max_size=16))
def test_fast_paths_agree_with_the_regex(text: str) -> None:
    assert fold_space(text) == _SPACE_RE.sub(" ", text).strip()


def test_examples() -> None:
    assert fold_space("Already folded text.") == "Already folded text."
    assert fold_space("  two\u00a0 words \n") == "two words"
    assert fold_space("zero\u200bwidth") == "zero width"

"""The byline labels searched as whole words anywhere in a header text (`authors._LABEL_INSIDE_RE`) are
written with a branch per first letter (`BylineWords.grouped_alternation`), which is cheaper to search:
tested here to find a label in exactly the texts the plain alternation of the same labels finds one in,
on texts built to trip it (a label inside a word, at a word's end, in another case, after a mark)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgrab.meta.authors import _LABEL_INSIDE_RE
from newsgrab.meta.lexicon import byline_words

_WORDS = byline_words()
_PLAIN = re.compile(rf"(?<!\w)(?:{_WORDS.alternation(_WORDS.text_labels())})(?!\w)", re.IGNORECASE)
_PIECES = [*_WORDS.text_labels(), "By", "BY", "bY", "Von", "AUTHOR", "Tác", "giả", "Autorin", "nearby", "Bylines",
           "context", "door", "doorway", "par", "parade", "記者", "記者会見", "ſ", "ı", "İ", " ", " ", "\n", ":", "·",
           "©", "_", "9", "-", "é", "Mia", "Tran"]


@given(st.lists(st.sampled_from(_PIECES), max_size=12))
@settings(max_examples=400, deadline=None)
def test_the_grouped_labels_are_found_in_the_same_texts(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert (_LABEL_INSIDE_RE.search(text) is None) is (_PLAIN.search(text) is None)


@pytest.mark.parametrize(("text", "holds"), [
    ("Harbour wall to be rebuilt By Mia Tran 12 March 2021", True),
    ("TEXT: Mia Tran", True),
    ("Reportage — von Mia Tran", True),
    ("Harbour wall to be rebuilt nearby, the council says. Bylines and context follow.", False),
    ("The doorway of the parade hall", False),
])
def test_a_label_is_found_as_a_whole_word_in_any_case(text: str, holds: bool) -> None:
    assert (_LABEL_INSIDE_RE.search(text) is not None) is holds

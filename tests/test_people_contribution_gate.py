"""split_authors gives a byline to its contribution pattern only when the byline holds a contribution
word (meta/people.py): every match of the pattern holds one, so the names read are the same."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgrab.meta import people


def test_the_gate_opens_on_a_contribution_sentence_and_stays_shut_on_a_plain_byline() -> None:
    assert people._CONTRIBUTION_WORD_RE.search("By Ann Poe. Tom Roe contributed to this report.") is not None
    assert people.split_authors("By Ann Poe. Tom Roe contributed to this report.") == ["Ann Poe"]
    # a hard negative: a word that holds the contribution word but is another word
    assert people._CONTRIBUTION_WORD_RE.search("By Ann Poe, a contributor; uncontributed notes") is None


_PIECES = st.sampled_from(["By ", "Ann Poe", "Tom Roe", ". ", "; ", " | ", "contributed", "CONTRIBUTED", "a contribué",
                           "ont contribué", " to this report", "contributor", "e.g.", " and ", ", ", "x"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=10).map("".join))
def test_every_byline_the_contribution_pattern_cuts_passes_the_gate(text: str) -> None:
    assert people._CONTRIBUTION_RE is not None
    if people._CONTRIBUTION_RE.search(text) is not None:
        assert people._CONTRIBUTION_WORD_RE.search(text) is not None

"""A line of three sentences or more is prose, not a headline (the `prose` fact of
text/titlepoints.py): a newsletter's pitch or a quote printed between the headline and the story,
nearer the story and with the date under it, does not win over the headline above it. A headline of
one or two sentences, or one whose abbreviations end with a full stop, is not counted as prose. The
dumps are invented."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.text import titlepoints
from newsgrab.text.titlepoints import MIN_PROSE_SENTENCES, sentences
from tests.harbour_dump import MENU, STORY

HEADLINE = "Quay Notes issue 41: cranes, tides, ferries and the new quay"
#: a newsletter's pitch under the headline: three sentences, no full stop at its end
PITCH = "Quay Notes is a letter about the harbour. Want it every Monday? Sign up below!"


def _dump(headline: str, line: str) -> str:
    """A newsletter's page as w3m prints it: the headline, a rule, a line (the pitch) with its small
    print under it, the date, then the story: the line nearer the date and the story, with a
    sentence under it as a dek, outranks the headline on every other fact."""
    return (f"Harbour Gazette\n\n{MENU}\n\n{headline}\n\n{'-' * 40}\n\n{line}\n\n"
            f"No spam, ever. One letter a week.\n\nMarch 2, 2021\n\n{STORY}\n{MENU}\n")


def test_sentences_are_counted_at_their_ends() -> None:
    assert sentences(PITCH) == 3
    assert sentences("Is the harbour safe yet? No") == 2
    assert sentences("Crane week at the harbour") == 1
    assert sentences("港は再開した。船は朝から並んだ。午後には満杯") == 3


def test_abbreviations_and_quotes_are_no_sentence_ends() -> None:
    assert sentences("Gov. Ana Ruiz Opens St. Louis Quay for U.S. Ferries") == 1
    assert sentences("Port chief says: the crane is back. and running") == 1  # (a small letter after)
    assert sentences("【？】「港はお得！」と港長が認める") == 1


def test_a_pitch_of_three_sentences_under_the_headline_is_not_the_title() -> None:
    assert sentences(PITCH) >= MIN_PROSE_SENTENCES
    assert newsgrab.extract(_dump(HEADLINE, PITCH), kind="text").title == HEADLINE


def test_the_pitch_would_win_without_the_fact(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(titlepoints.POINTS, "prose", 0)
    assert newsgrab.extract(_dump(HEADLINE, PITCH), kind="text").title == PITCH


def test_a_headline_of_two_sentences_stays_the_title() -> None:
    headline = "The crane is back. The boats are not"
    assert sentences(headline) < MIN_PROSE_SENTENCES
    text = f"Harbour Gazette\n\n{MENU}\n\n{headline}\n\nMarch 2, 2021\n\n{STORY}\n{MENU}\n"
    assert newsgrab.extract(text, kind="text").title == headline

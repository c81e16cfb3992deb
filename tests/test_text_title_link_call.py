"""A line that calls the reader to follow a link that is not there ("Click here for an exclusive
photo shoot with ...": meta/linkcalls.py, words in data/link_calls.toml) is no headline: the
`link_call` fact of text/title.py. A headline that says "here" of a place stays the title. The
dumps are invented."""

from __future__ import annotations

import newsgrab
from newsgrab.meta.linkcalls import is_lost_link_call
from tests.harbour_dump import MENU, STORY

#: a promotion's call printed between the headline's header and the story: nearer the story and
#: longer than the headline, it would win without the fact
CALL = "Click here for a photo tour of the harbour crane"


def _dump(line: str) -> str:
    """A paper's page as inscriptis prints it: the headline with its date, a promotion's call over
    the story, the story."""
    return f"Harbour Gazette\n\n{MENU}\n\nCrane Week\n\nMarch 2, 2021\n\n{line}\n\n{STORY}\n{MENU}\n"


def test_a_call_to_a_lost_link_is_not_the_title() -> None:
    assert is_lost_link_call(CALL)
    assert newsgrab.extract(_dump(CALL), kind="text").title == "Crane Week"


def test_the_same_line_without_the_call_would_win() -> None:
    line = CALL.removeprefix("Click here for ").capitalize()
    assert not is_lost_link_call(line)
    assert newsgrab.extract(_dump(line), kind="text").title == line


def test_a_headline_that_says_here_of_a_place_stays_the_title() -> None:
    headline = "Spring Is Here at the Harbour, and the Boats Are Back"
    assert not is_lost_link_call(headline)
    text = f"Harbour Gazette\n\n{MENU}\n\n{headline}\n\nMarch 2, 2021\n\n{STORY}\n{MENU}\n"
    assert newsgrab.extract(text, kind="text").title == headline

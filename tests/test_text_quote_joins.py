"""A quotation cut at its link by BeautifulSoup's `get_text("\\n")` is read back as one paragraph
(text/wrap.py, `continues`): a straight quote after a space opens, one before a space closes, so the
lines around a linked, quoted name go on from each other. The samples are invented."""

from __future__ import annotations

from newsgrab.text.lines import split_blocks
from newsgrab.text.wrap import continues


def _units(text: str) -> list[str]:
    return [block.raw for block in split_blocks(text)[0]]


def test_a_quoted_link_joins_the_sentence_around_it() -> None:
    text = ("The council named the harbour plan \"\nHarbour First\n\" after a vote on Monday, and work"
            " starts in May.\n\nThe next meeting is in June.\n")
    units = _units(text)
    assert len(units) == 2
    assert units[0].startswith("The council named the harbour plan")
    assert units[0].endswith("after a vote on Monday, and work starts in May.")
    assert "Harbour First" in units[0]


def test_the_opening_and_the_closing_quote_each_join() -> None:
    assert continues('The board called it "', "Harbour First")
    assert continues("Harbour First", '" after a vote on Monday.')
    assert continues('Das Projekt heißt "', "Hafen Zuerst")  # the cue is the quote's place, not a word


def test_a_quote_that_ends_or_opens_a_line_of_its_own_does_not() -> None:
    # a closing quote at the end of a sentence, and an opening quote at the start of the next paragraph
    assert not continues('The mayor said the work was "done."', "The board met again on Friday.")
    assert not continues("The mayor spoke last.", '"We will rebuild the pier," she said.')
    assert _units('The mayor said the work was "done."\n"We will rebuild," she said.\n') == [
        'The mayor said the work was "done."', '"We will rebuild," she said.']

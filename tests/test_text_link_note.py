"""A line that ends with a link's note for screen readers ("(opens in a new window)": a share link's
or a player button's label a converter prints) is no headline (text/linknote.py, notes in
data/link_notes.toml, the `link_note` fact of text/title.py). A headline that speaks of a new window
stays the title. The data file's examples are held both ways; the dumps are invented."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

import newsgrab
from newsgrab.text.linknote import ends_with_link_note
from tests.harbour_dump import MENU, STORY

_DATA = tomllib.loads(resources.files("newsgrab.data").joinpath("link_notes.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("line", _DATA["examples"]["example"])
def test_a_line_ending_with_a_link_note_is_a_link_label(line: str) -> None:
    assert ends_with_link_note(line)


@pytest.mark.parametrize("line", _DATA["examples"]["counter_example"])
def test_a_headline_about_a_new_window_is_not(line: str) -> None:
    assert not ends_with_link_note(line)


@pytest.mark.parametrize("note", _DATA["notes"])
def test_every_note_counts_in_brackets_at_the_end_only(note: str) -> None:
    assert note == note.lower()
    assert ends_with_link_note(f"Watch the crane  ({note.upper()})")
    assert ends_with_link_note(f"Watch the crane [{note}]")
    assert not ends_with_link_note(f"Watch the crane ({note}) at dawn")
    assert not ends_with_link_note(f"Watch the crane {note}")


def _dump(button: str, headline: str) -> str:
    """A video page as inscriptis prints it: the player's buttons with their notes above the
    headline, its byline and date, the story."""
    return (f"Harbour Video\n\n{MENU}\n\nLog in\n\n{button}\n\nPlay\n\n00:15\n\n{headline}\n\n"
            f"By Anna Berg\n\nMarch 2, 2021\n\n{STORY}\n{MENU}\n")


#: the player's button sits higher and runs longer than the short headline
BUTTON = "Playing the harbour crane film in picture-in-picture (opens a new window)"


def test_a_player_button_above_the_headline_is_not_the_title() -> None:
    assert newsgrab.extract(_dump(BUTTON, "Crane Week"), kind="text").title == "Crane Week"


def test_without_its_note_the_button_line_would_win() -> None:
    # the same line without the note outranks the headline: the note is what tells them apart
    bare = BUTTON.removesuffix(" (opens a new window)")
    assert newsgrab.extract(_dump(bare, "Crane Week"), kind="text").title != "Crane Week"

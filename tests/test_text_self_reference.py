"""A line that speaks of the page itself ("this article", "this story", "this site": a dialog's, a
notice's or a button's words a converter prints) is no headline (text/selfref.py, words in
data/self_words.toml, the `self_reference` fact of text/title.py). A headline whose "this" names a
thing of its story stays the title. The data file's examples are held both ways; the dumps are invented."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

import newsgrab
from newsgrab.text.selfref import refers_to_page
from tests.harbour_dump import DEK, HEADLINE, MENU, STORY, page

_DATA = tomllib.loads(resources.files("newsgrab.data").joinpath("self_words.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("line", _DATA["examples"]["example"])
def test_a_line_that_names_the_page_refers_to_it(line: str) -> None:
    assert refers_to_page(line)


@pytest.mark.parametrize("line", _DATA["examples"]["counter_example"])
def test_a_headline_s_own_this_does_not(line: str) -> None:
    assert not refers_to_page(line)


@pytest.mark.parametrize("language", [name for name in _DATA if name != "examples"])
def test_every_language_pairs_each_demonstrative_with_each_noun(language: str) -> None:
    table = _DATA[language]
    for this in table["this"]:
        for noun in table["nouns"]:
            assert this == this.lower() and noun == noun.lower()
            assert refers_to_page(f"Read {this.title()}  {noun} later")
            assert not refers_to_page(f"Read {this}{noun} later")  # whole words only


def _dump(dialog: str, headline: str) -> str:
    """A magazine page as w3m prints it: a dialog's text between the menu's buttons, the headline
    with its standfirst, byline and date, a "save" button, the story."""
    return (f"Harbour Gazette\n\n{MENU}\n\nOpen Menu\n\n{dialog}\n\nClose Alert\n\nThe Harbour Gazette\n\n"
            f"Local News\n\n{headline}\n\nThe crane was back in time, but the boats had lost a week.\n\n"
            f"By Anna Berg\n\nMarch 2, 2021\n\nSave this story for later.\n\n{STORY}\n{MENU}\n")


#: the dialog sits higher, runs longer and retells more of the story than the short headline: without
#: the cue it wins on all three (45 points to 39)
DIALOG = "To read this article on the harbour crane and the boats again, visit your profile"


def test_a_dialog_above_the_headline_is_not_the_title() -> None:
    assert newsgrab.extract(_dump(DIALOG, "Spring on the Quay"), kind="text").title == "Spring on the Quay"


def test_a_headline_with_its_own_this_stays_the_title() -> None:
    headline = "How this harbour crane was fixed in three days"
    text = f"Harbour Gazette\n\n{MENU}\n\n{headline}\n\n{DEK}\n\nBy Anna Berg\n\n{STORY}\n{MENU}\n"
    assert newsgrab.extract(text, kind="text").title == headline
    assert newsgrab.extract(page("", f"{DEK}\n\nBy Anna Berg"), kind="text").title == HEADLINE

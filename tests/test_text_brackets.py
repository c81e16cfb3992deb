"""A bracketed line is lynx's or w3m's mark, or the author's own text (newsgrab/text/brackets.py).

The samples are invented: a story in the shape of a lynx dump, its pictures printed as their alt text
in brackets, with a figure's placeholder and a line of chat that the author set in brackets."""

from __future__ import annotations

from newsgrab.text.brackets import is_bracketed_text
from newsgrab.text.lines import split_blocks

FIGURE = "[figure 3: the two branches after the merge, with the old tip hidden]"
CHAT = "[Mira: I can't find the key anywhere, can you check the car?]"
MARKS = ["[logo]", "[IMG]", "[photo-2.jpg]", "[javascript protected email address]",
         "[Related: Storage Giant Sets Its Sights On Flash Arrays]",
         "[dims?thumbnail=980&quality=80 image uri slides gallery 1]"]
#: lynx's MathML mark is read as the formula's text (text/mathml.py), not skipped: its tests are its own


def _units(text: str) -> list[str]:
    return [block.raw for block in split_blocks(text)[0]]


def test_running_text_in_brackets_is_kept() -> None:
    text = "\n\n".join(["   The merge left two branches behind it.", "   " + FIGURE,
                        "   She sent a message before she left.", "   " + CHAT, ""])
    units = _units(text)
    assert FIGURE in units
    assert CHAT in units


def test_a_converters_marks_are_skipped() -> None:
    text = "\n\n".join(["   " + mark for mark in MARKS] + ["   The merge left two branches behind it.", ""])
    assert _units(text) == ["The merge left two branches behind it."]


def test_the_shape_both_ways() -> None:
    assert is_bracketed_text(FIGURE)
    assert is_bracketed_text(CHAT)
    assert is_bracketed_text("[Nota del editor: este artículo se actualizó el martes por la tarde.]")
    for mark in MARKS:
        assert not is_bracketed_text(mark), mark
    assert not is_bracketed_text("[MATH: <mi> a </mi> <mo> = </mo> :MATH]")  # markup, never running text

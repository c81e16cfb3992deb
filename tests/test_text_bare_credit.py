"""A photo's caption run into a credit that no label's colon opens ("... in 2023.Credit Jane Doe/EPA",
"... votes. | AP Photo", "... on Monday. (AP Photo/Jane Doe)") is no headline (media/credittail.py,
the `credit` fact of text/title.py). A headline of two sentences goes on with words after its full
stop, and an initial's or an initialism's full stop ends no sentence. Invented lines and pages."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsgrab
from newsgrab.media.credittail import _STOP_RE, ends_with_bare_credit, last_stop_end
from tests.harbour_dump import MENU, STORY


@pytest.mark.parametrize("line", [
    "The north quay crane lifts the first boat of the season in 2021.CreditCreditAnna Berg/Harbour Press",
    "The north quay crane lifts the first boat of the season. | HP Photo Close",
    "The north quay crane lifts the first boat of the season. (HP Photo/Anna Berg)",
    "Boats queue at the slipway at dawn. Anna Berg/Reuters",
    "Der Kran hebt das erste Boot ins Wasser. Foto Anna Berg",
])
def test_a_caption_run_into_its_credit(line: str) -> None:
    assert ends_with_bare_credit(line)


@pytest.mark.parametrize("line", [
    "Harbour Rates Rise Again. Fishers Shrug",  # two sentences: words after the full stop
    "Gearbox fixed by Anna M. Berg and her crew",  # an initial's full stop
    "U.S. Navy/Coast Guard drill set for the north quay",  # an initialism's
    "The crane is back after three days of repairs",  # no full stop inside
    "A 24/7 harbour office. New hours from Monday",  # digits on either side of the slash
    "The crane is back. Boats queue at the slipway, the harbour office says, and the fishing season opens",
])
def test_no_credit_after_a_headline_s_words(line: str) -> None:
    assert not ends_with_bare_credit(line)


def test_the_caption_with_its_byline_under_it_is_not_the_title() -> None:
    # the caption has the byline right under it, the headline is two lines further up: without the
    # credit the caption wins on its byline and its length
    headline = "Harbour crane back at work"
    caption = ("The north quay crane lifts the first boat of the season back into the water in 2021."
               "CreditCreditAnna Berg/Harbour Press")
    text = (f"Harbour Gazette\n\n{MENU}\n\n{headline}\n\nRepairs took three days longer than planned.\n\n"
            f"Image\n\n{caption}\n\nBy Anna Berg\n\nMarch 3, 2021\n\n{STORY}\n{MENU}\n")
    assert newsgrab.extract(text, kind="text").title == headline


def test_a_credited_caption_loses_to_a_headline_above_a_share_menu() -> None:
    # the caption is the first line under the share buttons, has the byline under it and retells the
    # story; the headline sits above the buttons: a credit outweighs all three
    headline = "Crane back on the north quay"
    caption = ("Tomas Keller watches the harbour crane lift the first boats of the season back into the water. "
               "| HP Photo Close")
    share = "\n".join(f"  * {word}" for word in ("12 Comments", "RSS", "Email", "Print"))
    text = (f"Harbour Gazette\n\n{MENU}\n\n{headline}\n\n{share}\n\n{caption}\n\n"
            f"By ANNA BERG | 3/3/21 7:15 AM\n\n{STORY}\n{MENU}\n")
    assert newsgrab.extract(text, kind="text").title == headline


_STOP_PIECES = ["a", "Q", "7", "_", "é", ".", "..", " ", "\u00a0", "’", "”", '"', ")", "(", "|", "—", "-", "·",
                "Mr", "U.S", "votes", "2021", "Photo", "AP"]


@given(st.lists(st.sampled_from(_STOP_PIECES), max_size=14))
@settings(max_examples=500, deadline=None)
def test_the_last_stop_found_from_the_right_is_the_last_one_found_from_the_left(pieces: list[str]) -> None:
    text = "".join(pieces)
    stops = list(_STOP_RE.finditer(text))
    assert last_stop_end(text) == (stops[-1].end() if stops else None)


@pytest.mark.parametrize(("text", "tail"), [
    ("Boats queue at dawn. Anna Berg/Reuters", "Anna Berg/Reuters"),
    ("M. Kuhn of the U.S. Navy. — Harbour Press", "Harbour Press"),
    ("Crane lifts the boat in 2021.’ (HP Photo)", "(HP Photo)"),
])
def test_the_tail_after_the_last_stop(text: str, tail: str) -> None:
    end = last_stop_end(text)
    assert end is not None and text[end:] == tail


@pytest.mark.parametrize("text", ["The crane lifts the boat", "M. Kuhn", "U.S. Navy", "Crane lifts the boat."])
def test_no_sentence_ends_inside_these(text: str) -> None:
    assert last_stop_end(text) is None

"""List items in hard-wrapped dumps (lynx, w3m, html2text): where one item ends and the next begins."""

from __future__ import annotations

from newsgrab.text.lines import split_blocks

#: a lynx-style page part: paragraphs indented three columns and wrapped at 74, so the dump's wrap
#: width is read from them
_PROSE = (
    "   The outer harbour reopened on Thursday after three days of repairs to the\n"
    "   crane on the north quay, and by seven o'clock the first boats were queuing\n"
    "   at the slipway with their nets on deck. Nobody had expected it so soon.\n"
)


def _items(listing: str) -> list[tuple[str, str]]:
    blocks = split_blocks("\n".join([_PROSE] * 3) + "\n" + listing)[0]
    return [(b.kind, b.raw) for b in blocks if b.kind == "li"]


def test_a_numbered_item_left_of_the_text_above_is_the_next_item_even_after_a_full_line() -> None:
    # lynx: an item's text starts at column 7, its number at column 4; item 2 fills its line
    listing = (
        "    1. Port harbour chief sought state funding for a fog-warning siren\n"
        "       system, but council unmoved\n"
        "    2. The Saltmarsh Oyster Fair will be free to attend starting next May\n"
        "    3. Van driver hurt after hitting a bollard on Quay Rd., flipping\n"
        "       vehicle\n"
    )
    assert _items(listing) == [
        ("li", "Port harbour chief sought state funding for a fog-warning siren system, but council unmoved"),
        ("li", "The Saltmarsh Oyster Fair will be free to attend starting next May"),
        ("li", "Van driver hurt after hitting a bollard on Quay Rd., flipping vehicle"),
    ]


def test_a_bullet_left_of_the_text_above_is_the_next_item() -> None:
    listing = (
        "     * Ahead Of Saturday Regatta, The Warden Writes A Touching Letter To\n"
        "       Islanders 11 comments\n"
        "     * Harbourmaster Swears-In New Pilots, Deputy Ferry Wardens 11 comments\n"
        "     * Harbour 10 comments\n"
    )
    assert [text for _, text in _items(listing)] == [
        "Ahead Of Saturday Regatta, The Warden Writes A Touching Letter To Islanders 11 comments",
        "Harbourmaster Swears-In New Pilots, Deputy Ferry Wardens 11 comments",
        "Harbour 10 comments",
    ]


def test_a_wrapped_line_at_the_column_of_the_text_above_goes_on_even_when_it_opens_like_a_bullet() -> None:
    # the wrapper put the rest of the item under its text: "o" (Portuguese "the") and "-" are words here
    listing = (
        "     * O presidente disse ontem que a reunião com os governadores será feita\n"
        "       o mais cedo possível, segundo a assessoria do palácio do governo\n"
        "     * A votação ficou marcada para a semana que vem, com o placar de quatro\n"
        "       - dois a favor da proposta - e a oposição deve recorrer ao tribunal\n"
    )
    assert [text[:24] for _, text in _items(listing)] == ["O presidente disse ontem", "A votação ficou marcada "]
    assert _items(listing)[0][1].endswith("palácio do governo")


def test_a_paragraph_wrapped_onto_a_line_that_starts_with_a_dash_stays_one_paragraph() -> None:
    text = "\n".join([_PROSE] * 3) + (
        "\n   The vote was split along the usual lines, and the final count came to four\n"
        "   - two in favour of the plan - with the opposition expected to appeal.\n"
    )
    blocks = split_blocks(text)[0]
    assert blocks[-1].kind == "p" and blocks[-1].raw.endswith("expected to appeal.")
    assert "four - two in favour" in blocks[-1].raw

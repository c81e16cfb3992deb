"""Raw markup a converter passed through (a tracking pixel in <noscript>) is not prose to the span."""

from __future__ import annotations

from newsgrab.model import Block
from newsgrab.text.span import prose_weight, text_mass


def _weight(text: str) -> float:
    return prose_weight(Block(kind="p", text=text), text_mass(text))


def test_raw_markup_a_converter_passed_through_is_not_prose() -> None:
    # long enough (over LONG_PROSE_CHARS) to pass as prose without sentence punctuation
    pixel = ('<img src="//c.example.com/c.gif?udc=true&rid=09bc8b7b76484883a023f9b400b40653&rnd=6361488'
             '&cts=1234567890&mkt=en-us&pn=news&ce=hub&ref=https%3a%2f%2fwww.example.com%2fen-us%2fnews" '
             'style="display:none" height="1" width="1" alt="tracking pixel for the news hub page" />')
    assert _weight(pixel) == 0.0
    assert _weight('<div> <img src="//c.example.com/c.gif?Red3=MSNLI_pd&rid=09bc8b7b-7648-4883-a023" /> </div>') == 0.0


def test_a_sentence_that_opens_with_a_less_than_sign_is_still_prose() -> None:
    assert _weight("<3 was all she wrote back, and the two of them did not speak again until the spring.") == 1.0
    assert _weight("< 5 percent of the vote went to the new party, far below what its leaders had hoped for.") == 1.0

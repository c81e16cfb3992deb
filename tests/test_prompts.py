"""The account endpoints of data/account_paths.toml, both ways, the control links of `prompts`, and
the places of the buttons `drop_junk` removes."""

from __future__ import annotations

import lxml.html

from newsgrab.html.prompts import is_account_path, is_control, is_prompt
from newsgrab.html.structural import CONTROL_MARK, drop_junk


def test_an_account_segment_matches_whole() -> None:
    assert is_account_path("/subscribe")
    assert is_account_path("https://news.example/de/abo/angebote?x=1")
    assert is_account_path("/account/login.html")


def test_a_segment_that_only_holds_the_word_does_not_match() -> None:
    assert not is_account_path("/news/subscribers-protest-price-rise")
    assert not is_account_path("https://login-news.example/story/1")
    assert not is_account_path("/people/login-smith")


def test_a_link_that_goes_nowhere_is_a_control() -> None:
    for html in ("<a href='#'>Show</a>", "<a>Show</a>", "<a href='javascript:void(0)'>Show</a>",
                 "<a href='/a/b' role='button'>Show</a>"):
        assert is_control(lxml.html.fragment_fromstring(html)), html


def test_a_link_to_a_page_or_an_anchor_is_no_control() -> None:
    for html in ("<a href='#fn1'>1</a>", "<a href='/news/2024/gates'>The gates</a>", "<a id='monitoring'></a>"):
        assert not is_control(lxml.html.fragment_fromstring(html)), html


_PROSE = ("The river rose by two metres overnight, and the ferry kept to the far bank until the water fell "
          "again in the afternoon.")


def _junk_dropped(html: str) -> lxml.html.HtmlElement:
    box = lxml.html.fragment_fromstring(html)
    drop_junk(box)
    return box


def test_a_removed_button_marks_its_parent() -> None:
    """The place of a button, a pressed input or a drop-down outlives it, without its words."""
    for control in ("<button>Accept</button>", "<input type='submit' value='Go'>",
                    "<select><option>A</option></select>"):
        box = _junk_dropped(f"<div><p>{_PROSE}</p><p>{control}</p></div>")
        assert box[1].get(CONTROL_MARK) == "1", control
        assert "Accept" not in box.text_content()


def test_a_text_field_a_toggle_or_an_icon_leaves_no_mark() -> None:
    """A field to type in, a toggle of a part of the page, a button without a word on it (a player's)."""
    for control in ("<input type='text' name='q'>", "<input name='q'>",
                    "<button aria-expanded='false'>Show more</button>", "<button aria-controls='g1'>Next</button>",
                    "<button aria-label='Play'><span class='icon-play'></span></button>", "<button>1x</button>",
                    "<input type='button' value='&#8250;'>"):
        box = _junk_dropped(f"<div><p>{_PROSE}</p><p>{control}</p></div>")
        assert box[1].get(CONTROL_MARK) is None, control


def test_a_box_whose_last_line_held_a_button_is_a_prompt() -> None:
    for line in ("<div><button>Load content</button></div>", "<p>Already a subscriber? <button>Sign in</button></p>",
                 "<p><button>Accept</button> <a href='/privacy'>Privacy notice</a></p>",
                 "<p>Already a subscriber? <a href='/login'>Sign in</a> <button>Subscribe</button></p>"):
        assert is_prompt(_junk_dropped(f"<div><p>{_PROSE}</p>{line}</div>")), line


def test_a_button_mid_text_or_beside_media_makes_no_prompt() -> None:
    """A button in the box's prose, or one that belongs to a gallery, a player or a code sample."""
    for html in (
        f"<div><p>{_PROSE} <button>Show more</button></p><p>{_PROSE}</p></div>",
        f"<div><figure><img src='/a.jpg'><figcaption>{_PROSE}</figcaption></figure>"
        "<div><button>Next</button></div></div>",
        f"<div><pre><code>{_PROSE}</code></pre><div><button>Copy</button></div></div>",
        f"<div><p>{_PROSE}</p><p>{_PROSE}</p><p>Every line of the box is the article's, and longer than a line of "
        f"controls may be, so a button at its end leaves it whole. <button>Print</button></p></div>",
    ):
        assert not is_prompt(_junk_dropped(html)), html

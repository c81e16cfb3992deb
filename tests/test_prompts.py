"""The account endpoints of data/account_paths.toml, both ways, and the control links of `prompts`."""

from __future__ import annotations

import lxml.html

from newsgrab.html.prompts import is_account_path, is_control


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

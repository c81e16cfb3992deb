"""bench/agreement.py's measure: token-overlap F1, fair to scripts written without spaces."""

from __future__ import annotations

from bench.agreement import token_f1


def test_the_same_words_in_another_order_agree_fully() -> None:
    assert token_f1("the ferry leaves at noon", "At noon the ferry leaves") == 1.0


def test_a_different_region_shares_little() -> None:
    body = "the harbor commission voted to extend the ferry season by three weeks"
    dialog = "add a location to your posts when you post with a location we store it"
    assert token_f1(body, dialog) < 0.2
    assert token_f1(body, "") == 0.0


def test_each_japanese_character_is_a_token() -> None:
    """A Japanese sentence is one \\w+ run: whole-run tokens would give 0 to a body that differs by
    one character; per-character tokens give most of it."""
    one = "総務省が軽減税率制度の効果試算をまとめました"
    other = "総務省が軽減税率制度の効果試算をまとめた"
    assert token_f1(one, other) > 0.9

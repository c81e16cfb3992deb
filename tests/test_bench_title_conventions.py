"""bench/title_conventions.py sorts a title miss by what the page prints (pages of our own)."""

from __future__ import annotations

from bench.title_conventions import KINDS, kind_of, page_titles

PAGE = (b"<html><head><title>Harbour wall plan adopted | Harbour Gazette</title>"
        b"<meta property='og:title' content='Harbour wall plan adopted'></head>"
        b"<body><h1>Council adopts the harbour wall plan</h1><p>Text.</p></body></html>")


def test_the_titles_a_page_prints_are_read_folded() -> None:
    heads, tags = page_titles(PAGE)
    assert heads == {"council adopts the harbour wall plan"}
    assert tags == {"harbour wall plan adopted harbour gazette", "harbour wall plan adopted"}


def test_each_miss_goes_to_its_family() -> None:
    heads, tags = page_titles(PAGE)
    assert kind_of("Harbour wall plan adopted", "Council adopts the harbour wall plan", heads, tags) == KINDS[0]
    assert kind_of("Council adopts the harbour wall plan", "Harbour wall plan adopted", heads, tags) == KINDS[1]
    assert kind_of("Harbour wall plan adopted | Harbour Gazette", "Harbour wall plan adopted", heads, tags) == KINDS[2]
    assert kind_of("Harbour wall plan adopted", "Harbour wall plan adopted | Harbour Gazette", heads, tags) == KINDS[3]
    assert kind_of("Council adopts the harbour wall plan", "Text", heads, tags) == KINDS[4]
    assert kind_of("A headline nobody printed", "Text", heads, tags) == KINDS[5]


def test_an_unreadable_page_prints_no_title() -> None:
    assert page_titles(b"") == (set(), set())

"""bench/first_line.py: a dump's first line held to the page's `<title>`, and the run without its standing."""

from __future__ import annotations

import newsgrab
import newsgrab.text.title as title_module
import newsgrab.text.titlecells as titlecells_module
from bench.first_line import first_blocks, is_title_line, title_element, without_first_line
from newsgrab.meta.titles import fold_title
from newsgrab.model import Block


def test_title_element_is_the_first_title_with_its_spaces_made_one() -> None:
    page = (b"<html><head><title>\n  Harbour ferry returns\n | Harbour Gazette </title></head>"
            b"<body><p>x</p></body></html>")
    assert title_element(page) == "Harbour ferry returns | Harbour Gazette"
    assert title_element(b"<html><body><p>No head at all</p></body></html>") == ""


def test_first_line_is_the_title_when_its_folded_words_are() -> None:
    assert is_title_line("Harbour Ferry Returns | Harbour Gazette", "harbour ferry returns — Harbour Gazette")
    assert not is_title_line("Skip to content", "Harbour ferry returns | Harbour Gazette")
    assert not is_title_line("", "")  # a page without a <title> has no first line that is it


def test_first_blocks_records_the_first_block_and_restores_the_span_search() -> None:
    import newsgrab.text.blocks as text_blocks

    original = text_blocks.find_span
    with first_blocks() as seen:
        newsgrab.extract("Tide tables for the outer islands\n\nThe tide turns at noon on Monday and again"
                         " at midnight, the harbour master said.\n", kind="text")
    assert seen == ["Tide tables for the outer islands"]
    assert text_blocks.find_span is original


def test_without_first_line_names_nothing_inside_and_restores_after() -> None:
    first = Block("p", "Harbour ferry returns after ten years | Harbour Gazette")
    before = title_module.page_title_parts(first)
    assert fold_title("Harbour ferry returns after ten years") in before
    with without_first_line():
        assert title_module.page_title_parts(first) == []
        assert titlecells_module.page_title_parts(first) == []
    assert title_module.page_title_parts(first) == before
    assert titlecells_module.page_title_parts(first) == before

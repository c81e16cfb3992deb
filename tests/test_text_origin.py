"""A text block's origin names the dump's line it starts on, and `origin_line` reads it back."""

from __future__ import annotations

from newsgrab.model import Block
from newsgrab.text.blocks import parse_text
from newsgrab.text.origin import origin_line

DUMP = """Harbour Council Approves New Ferry Timetable

By Mara Lind

The harbour council voted on Tuesday to add two evening ferries to the island route from March.

Residents had asked for later crossings for years, the chair said after the vote.
"""


def test_origin_line_reads_the_line_a_text_block_starts_on() -> None:
    assert origin_line(Block(kind="p", text="x", origin="line 12")) == 12


def test_origin_line_is_none_for_an_origin_that_names_no_line() -> None:
    assert origin_line(Block(kind="p", text="x", origin="article/p[3]")) is None
    assert origin_line(Block(kind="p", text="x", origin="")) is None
    assert origin_line(Block(kind="p", text="x", origin="line x")) is None
    assert origin_line(Block(kind="p", text="x", origin="12")) is None


def test_the_body_blocks_of_a_dump_name_the_lines_they_start_on() -> None:
    lines = DUMP.split("\n")
    blocks = parse_text(DUMP).blocks
    assert blocks
    for block in blocks:
        number = origin_line(block)
        assert number is not None
        assert lines[number - 1].strip() == block.text

"""bench/text_meta.py's title-miss families: which misses a text rule can reach at all."""

from __future__ import annotations

from types import SimpleNamespace

from bench.text_meta import title_family

DUMP = "Skip to content\nNews\nRiver ferry to run all winter\nBy Jane Doe\nThe ferry will run daily.\n"


def _pair(mine: str | None, theirs: str) -> tuple[SimpleNamespace, SimpleNamespace]:
    return SimpleNamespace(title=mine), SimpleNamespace(title=theirs)


def test_a_title_printed_nowhere_in_the_dump_is_unreachable() -> None:
    """A headline only in the page's meta tags: no line of the text can be it."""
    assert title_family(*_pair("News", "Ferry service extended through the cold season"), DUMP) == "unreachable"


def test_the_right_line_with_a_kicker_kept_is_cleaning() -> None:
    dump = DUMP.replace("River ferry", "Local | River ferry")
    mine, theirs = _pair("Local | River ferry to run all winter", "River ferry to run all winter")
    assert title_family(mine, theirs, dump) == "cleaning"


def test_another_line_taken_is_a_wrong_line() -> None:
    assert title_family(*_pair("By Jane Doe", "River ferry to run all winter"), DUMP) == "line"
    assert title_family(*_pair(None, "River ferry to run all winter"), DUMP) == "line"

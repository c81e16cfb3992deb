"""bench/title_matrix.py's choice of pages: a converter's miss beside the converters that get it."""

from __future__ import annotations

from bench.title_matrix import Verdict, listed

RIGHT: Verdict = (True, "", "River ferry to run all winter")
WRONG: Verdict = (False, "line", "Skip to content")

ROWS: dict[str, dict[str, Verdict]] = {
    "ferry": {"w3m": WRONG, "lynx": RIGHT, "bs4": RIGHT},
    "bridge": {"w3m": WRONG, "lynx": WRONG, "bs4": WRONG},
    "market": {"w3m": RIGHT, "lynx": RIGHT, "bs4": WRONG},
}


def test_a_miss_is_listed_only_where_a_named_converter_gets_the_page() -> None:
    assert listed(ROWS, ["w3m"], ["lynx"]) == ["ferry"]


def test_without_converters_to_agree_every_miss_is_listed() -> None:
    assert listed(ROWS, ["w3m"], []) == ["bridge", "ferry"]


def test_a_page_the_missing_converter_gets_right_is_not_listed() -> None:
    assert listed(ROWS, ["w3m"], ["bs4"]) == ["ferry"]
    assert listed(ROWS, ["inscriptis"], []) == []

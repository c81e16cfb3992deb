"""Names in a byline element after a label the word lists do not know, with degrees after them (issue 11)."""

from __future__ import annotations

import pytest

from newsgrab import extract
from newsgrab.data import load_toml
from newsgrab.meta.namelabels import colon_label, without_post_nominals, without_reading_time
from newsgrab.meta.people import split_authors

_PARAGRAPH = ("The harbour board voted on Tuesday to approve the new budget for the eastern docks after a "
              "debate that ran late into the evening, with dredging and the ferry pier at its centre. ") * 6


def _page(byline: str) -> str:
    return (f"<html><head><title>Harbour board approves budget</title></head><body><article>"
            f"<h1>Harbour board approves budget</h1><div class='byline'>{byline}</div>"
            f"<p>{_PARAGRAPH}</p><p>{_PARAGRAPH}</p></article></body></html>")


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Autorzy: Jan Kowalski i Anna Nowak", ["Jan Kowalski", "Anna Nowak"]),
        ("Reporter: Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Texte : Marie Dupont et Jean Martin", ["Marie Dupont", "Jean Martin"]),
    ],
)
def test_a_label_before_a_colon_keeps_the_first_name(byline: str, expected: list[str]) -> None:
    assert split_authors(byline, marked=True) == expected
    assert extract(_page(byline)).authors == expected


@pytest.mark.parametrize(
    "byline",
    [
        "Jane Doe: Jane covers the courts",  # a name, two capitalised words, is no label
        "Foto: Karla Meinert",  # a picture's credit names the photographer
        "Tom Hale | Topic: Hardware",  # a field later in the line is no label of the byline
    ],
)
def test_a_name_a_credit_or_a_later_field_is_no_label(byline: str) -> None:
    assert colon_label(byline) is None


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Updated: March 3 Jane Doe", []),  # a date label is left to the tail cut, as before
        ("Share: Twitter Facebook", []),  # so is a control
        ("Tom Hale | Topic: Hardware", ["Tom Hale"]),
    ],
)
def test_a_date_label_or_a_control_is_still_cut_to_the_end(byline: str, expected: list[str]) -> None:
    assert split_authors(byline) == expected


def test_post_nominal_letters_are_no_author_both_ways() -> None:
    data = load_toml("post_nominals.toml")
    assert split_authors(data["example"]) == data["expected"]
    assert split_authors(data["hard_negative"]) == data["hard_negative_expected"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Jane Doe, PhD", ["Jane Doe"]),
        ("Jane Doe, MSc, and John Roe, DrPH", ["Jane Doe", "John Roe"]),
        ("Jane Doe Ph.D.", ["Jane Doe"]),
        ("Md Rahman", ["Md Rahman"]),  # "Md" (Mohammad) is a given name; the degree is "MD"
    ],
)
def test_degrees_after_a_name_are_cut_in_a_byline_element(byline: str, expected: list[str]) -> None:
    assert extract(_page(byline)).authors == expected


def test_post_nominal_letters_match_their_case_only() -> None:
    assert without_post_nominals("Jane Doe MD") == "Jane Doe"
    assert without_post_nominals("MS RD") == ""
    assert without_post_nominals("Md Rahman") == "Md Rahman"


@pytest.mark.parametrize(
    "byline",
    ["Jane Doe Lesezeit 4 Minuten", "Jane Doe Lesezeit: 4 Min.", "Jane Doe Temps de lecture : 3 min",
     "Jane Doe Tiempo de lectura: 5 minutos"],
)
def test_a_reading_time_written_label_first_is_no_part_of_the_name(byline: str) -> None:
    assert extract(_page(byline)).authors == ["Jane Doe"]


def test_a_label_word_without_its_number_and_unit_is_no_reading_time() -> None:
    assert without_reading_time("Jane Doe Lesezeit 4 Minuten").split() == ["Jane", "Doe", "|"]
    assert without_reading_time("Lecture 4 of the course by Jane Doe") == "Lecture 4 of the course by Jane Doe"

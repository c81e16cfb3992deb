"""A wire story's credit line names its reporters and its writer, not its editors nor the colleagues who
added reporting ("Reporting by A and B; Writing by C; Editing by D", "By A. Additional reporting by B."):
the contribution phrases and the "Writing by" label of data/byline_words.toml."""

from __future__ import annotations

import pytest

from newsgrab.meta.people import split_authors


@pytest.mark.parametrize(("credit", "authors"), [
    ("Reporting by Nora Vale; Editing by Theo Dwyer", ["Nora Vale"]),
    ("Reporting by Nora Vale and Ivo Marsh; Writing by Theo Dwyer; Editing by Mia Tran",
     ["Nora Vale", "Ivo Marsh", "Theo Dwyer"]),
    ("By Nora Vale. Additional reporting by Ivo Marsh.", ["Nora Vale"]),
    ("Writing by Theo Dwyer", ["Theo Dwyer"]),
])
def test_the_credit_names_its_reporters_and_writer(credit: str, authors: list[str]) -> None:
    assert split_authors(credit) == authors


@pytest.mark.parametrize(("byline", "authors"), [
    ("By Nora Vale and Ivo Marsh", ["Nora Vale", "Ivo Marsh"]),  # no credit phrase: both stay
    ("Editing by Theo Dwyer", []),  # an editor alone is no author
])
def test_bylines_without_a_reporter_credit(byline: str, authors: list[str]) -> None:
    assert split_authors(byline) == authors

"""A syndicator's byline names the writer and the publication the piece came through ("Authored by
Nora Vale via The Harbour Courier,"): the person is the author, the publication the original source."""

from __future__ import annotations

import tomllib
from importlib import resources

from newsgrab import extract
from newsgrab.text.namephrase import relayed_source
from tests.sea_wall import STORY

_EN = tomllib.loads(resources.files("newsgrab.data").joinpath("byline_words.toml").read_text("utf-8"))["en"]

_STORY = STORY


def _dump(byline: str) -> str:
    return f"Harbour Towns Brace For Record Tides As Council Delays Sea Wall Vote\n\n{byline}\n\n{_STORY}"


def test_the_data_example_names_its_writer_and_source() -> None:
    article = extract(_dump(_EN["relay_example"]))
    person, source = _EN["relay_expected"]
    assert article.authors == [person]
    assert article.original_source is not None and article.original_source.name == source
    assert _EN["relay_example"] not in article.body


def test_a_byline_of_two_people_names_no_source() -> None:
    article = extract(_dump(_EN["relay_negative"]))
    assert article.authors == ["Nora Vale", "Theo Dwyer"]
    assert article.original_source is None


def test_the_relay_reads_a_domain_and_a_note_in_brackets() -> None:
    assert relayed_source("Nora Vale via The Harbour Courier (emphasis ours),") == "The Harbour Courier"
    assert relayed_source("Nora Vale, via harbourcourier.com") == "harbourcourier.com"


def test_no_person_before_the_relay_is_no_credit() -> None:
    assert relayed_source("Photos via Harbour Archive") is None  # a picture's credit, no writer
    assert relayed_source("Nora Vale via email") is None  # how to reach her, no publication


def _page(first: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    return ("<html><head><title>Harbour Towns Brace For Record Tides</title></head><body><article>"
            f"<h1>Harbour Towns Brace For Record Tides</h1><div class='entry-content'><p>{first}</p>{paragraphs}"
            "</div></article></body></html>")


def test_an_html_page_gives_the_writer_and_the_source() -> None:
    # the byline paragraph is left to the boilerplate pass, whose rule reads the source from it
    article = extract(_page(_EN["relay_example"]))
    assert article.authors == ["Nora Vale"]
    assert article.original_source is not None and article.original_source.name == "The Harbour Courier"
    assert "via" not in article.body


def test_an_html_byline_of_two_people_is_dropped_from_the_body() -> None:
    article = extract(_page(_EN["relay_negative"]))
    assert article.authors == ["Nora Vale", "Theo Dwyer"]
    assert article.original_source is None
    assert not article.body.startswith("By Nora Vale")

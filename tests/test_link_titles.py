"""A link whose title says it opens an author's archive names the author wherever its address goes:
"<a href=/profile/8812 title="Posts by Nora Vale">Nora Vale</a>". `authorlinks.titled_name`, read by
`authorlinks.author_link_name` (the header's author links and a far labelled line's linked names)."""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest

from newsgrab.meta.authorlinks import author_link_name, titled_name
from tests.byline_pages import BODY, authors_of, far


def _languages() -> list[tuple[str, dict[str, Any]]]:
    import tomllib

    data = tomllib.loads(resources.files("newsgrab.data").joinpath("byline_words.toml").read_text("utf-8"))
    return [(language, table) for language, table in data.items() if "link_titles" in table]


def _name_of(title: str) -> str:
    """The example's name: its last two words, or three after a particle ("Sanne de Vries")."""
    words = title.split()
    return " ".join(words[-3:]) if words[-2].islower() else " ".join(words[-2:])


@pytest.mark.parametrize(("language", "table"), _languages())
def test_each_languages_link_title_both_ways(language: str, table: dict[str, Any]) -> None:
    name = _name_of(table["link_title_example"])
    assert titled_name(name, table["link_title_example"]) == name, language
    assert titled_name(name, table["link_title_negative"]) is None, language
    assert table["link_title_negative"].endswith(name), language  # a hard negative: it ends with the name too


@pytest.mark.parametrize(("text", "title", "expected"), [
    ("Nora Vale", "Posts by Nora Vale", "Nora Vale"),
    ("Nora Vale", "View all posts by Nora Vale", "Nora Vale"),
    ("María R. Salcedo", "Ver todas las noticias de María R. Salcedo", "María R. Salcedo"),
    ("Ada Lin, MS, RDN", "Posts by Ada Lin, MS, RDN", "Ada Lin"),  # post-nominal letters are no name
    ("Nora Vale", "Posts by Ivo Marsh", None),  # someone else's archive
    ("Nora Vale", "Read more about Nora Vale", None),  # no archive's preposition
    ("admin", "Posts by admin", None),  # a login
    ("Kikobeats", "View all commits by Kikobeats", None),  # one word: a handle or a topic
    ("Harbour Business News Correspondent", "Posts by Harbour Business News Correspondent", None),  # a desk's role
    ("Nora Vale", "Nora Vale", None),  # the title only repeats the text
    ("Vale", "Posts by Nora Vale", None),  # the end of a word sequence, not the whole name
])
def test_titled_name(text: str, title: str, expected: str | None) -> None:
    assert titled_name(text, title) == expected


def test_a_titled_link_goes_to_its_author_whatever_its_address() -> None:
    assert author_link_name("Nora Vale", "/profile/8812", "Posts by Nora Vale") == "Nora Vale"
    assert author_link_name("Nora Vale", "/profile/8812") is None  # without the title, the address says nothing
    assert author_link_name("Nora Vale", "/profile/8812", "Read more about Nora Vale") is None


def _page_authors(header: str) -> list[str]:
    from newsgrab.html.parse import parse_html
    from newsgrab.meta.page import read_metadata

    tree = parse_html("<html><head><title>Harbour wall</title></head><body><article><h1>Harbour wall to be rebuilt</h1>"
                      f"{header}{BODY}</article></body></html>")
    return read_metadata(tree).authors


@pytest.mark.parametrize(("header", "expected"), [
    # under the headline, no label, no date, an address that is a number
    ("<div><span><a href='/profile/8812/' title='Posts by Nora Vale'>Nora Vale</a></span></div>", ["Nora Vale"]),
    # a German archive's title, the address a short login that does not spell the name
    ("<p>Von <a href='/u/aberg' title='Alle Beiträge von Anna Berg'>Anna Berg</a></p>", ["Anna Berg"]),
])
def test_a_titled_author_link_under_the_headline_names_the_author(header: str, expected: list[str]) -> None:
    assert _page_authors(header) == expected


@pytest.mark.parametrize("header", [
    "<div><a href='/topic/8812/' title='Read more about Nora Vale'>Nora Vale</a></div>",  # a topic link
    "<div><a href='/profile/8812/' title='Posts by Ivo Marsh'>Nora Vale</a></div>",  # the title names another
])
def test_no_name_from_a_link_whose_title_does_not_say_it_is_the_author_s(header: str) -> None:
    assert _page_authors(header) == []


def test_a_far_labelled_line_whose_link_is_titled_names_the_author() -> None:
    line = "<p>By <a href='/p/8812' title='Posts by Nora Vale'>Nora Vale</a></p>"
    assert authors_of(far(line)) == ["Nora Vale"]
    # a related story's card below the body is not read
    assert authors_of("", BODY + far(line)) == []

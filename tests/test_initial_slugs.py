"""A link to an author's page whose slug is the name with the given name cut to its initial, as a CMS makes
a login into an address ("Masafumi Negishi" -> "/author/mnegishi/"; meta/authorlinks.py `_initial_slug`),
names the author (the text path asks the same test of its markdown links). Another person's initial,
the surname alone, a surname too short to tell and a link that is no author page name nobody.
Every name and address here is invented."""

from __future__ import annotations

import pytest

from newsgrab.html.parse import parse_html
from newsgrab.meta.authorlinks import author_link_name
from newsgrab.meta.page import read_metadata

_BODY = f'<p>{"The harbour board voted to extend the ferry timetable into the winter months. " * 8}</p>'


@pytest.mark.parametrize(("text", "href"), [
    ("Mia Tranter", "https://harborledger.example/blog/author/mtranter/"),
    ("Mia Tranter", "/author/m-tranter"),
    ("Jürgen Maßmann", "/autor/j-massmann"),  # the surname in ASCII as data/ascii_spellings.toml spells it
    ("Rosalba C. de la Vega", "/author/rdelavega"),  # a middle initial left out, the particles kept
    ("Rosalba C. de la Vega", "/author/rvega"),  # the surname alone after the initial
])
def test_a_slug_with_the_given_name_as_its_initial_names_the_author(text: str, href: str) -> None:
    assert author_link_name(text, href) == text


@pytest.mark.parametrize(("text", "href"), [
    ("Mia Tranter", "/author/ptranter"),  # another person's initial
    ("Mia Tranter", "/author/tranter"),  # the surname alone
    ("Ana Li", "/author/ali"),  # a surname too short to tell from chance
    ("Mia Tranter", "/news/mtranter"),  # no author page
    ("harbour desk", "/author/hdesk"),  # no whole name
])
def test_other_initial_slugs_name_nobody(text: str, href: str) -> None:
    assert author_link_name(text, href) is None


def test_an_html_header_link_to_an_initial_slug_names_the_author() -> None:
    header = ('<p class="meta"><span>March 4, 2024</span> <span>投稿者</span> '
              '<a href="/blog/author/mtranter/">Mia Tranter</a></p>')
    tree = parse_html(f'<html lang="ja"><body><article><h1>Ferry timetable extended</h1>{header}{_BODY}'
                      "</article></body></html>")
    assert read_metadata(tree).authors == ["Mia Tranter"]


def test_an_html_header_link_to_another_persons_initial_names_nobody() -> None:
    header = '<p class="meta"><span>March 4, 2024</span> <a href="/blog/author/ptranter/">Mia Tranter</a></p>'
    tree = parse_html(f'<html lang="en"><body><article><h1>Ferry timetable extended</h1>{header}{_BODY}'
                      "</article></body></html>")
    assert read_metadata(tree).authors == []


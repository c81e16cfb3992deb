"""A link preview's labelled <meta> pair names the author only under a byline label (meta/labelpairs.py)."""

from __future__ import annotations

import lxml.html
import pytest

from newsgrab.html.parse import parse_html
from newsgrab.meta.labelpairs import is_byline_label, labelled_authors
from newsgrab.meta.page import read_metadata

_BODY = f'<p>{"The harbour board voted to extend the ferry timetable into the winter. " * 8}</p>'
#: the pair as a WordPress SEO plugin writes it, with the reading time in the second pair
_YOAST = ('<meta name="twitter:label1" content="{label}"><meta name="twitter:data1" content="{name}">'
          '<meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="4 minutes">')


def _page(head: str, body: str = "") -> lxml.html.HtmlElement:
    return parse_html(f'<html lang="en"><head><meta property="og:site_name" content="Harbor Ledger">{head}</head>'
                      f"<body><article><h1>Ferry timetable extended into winter</h1>{body}{_BODY}</article>"
                      "</body></html>")


@pytest.mark.parametrize(("label", "name"), [
    ("Written by", "Mia Tran"),
    ("Verfasst von", "Anna Berg"),
    ("Écrit par", "Marie Dupont"),
    ("Geschreven door", "Sanne de Vries"),
    ("Autor", "Lucía Marín"),
])
def test_the_pair_under_a_byline_label_names_the_author(label: str, name: str) -> None:
    meta = read_metadata(_page(_YOAST.format(label=label, name=name)))
    assert meta.authors == [name]
    assert meta.provenance["authors"] == "twitter"


@pytest.mark.parametrize("label", ["Est. reading time", "Reading time", "Tempo di lettura stimato", "Photo by"])
def test_a_pair_under_another_label_names_nobody(label: str) -> None:
    assert read_metadata(_page(_YOAST.format(label=label, name="Mia Tran"))).authors == []


def test_a_meta_author_comes_first_and_the_pair_is_split_like_one() -> None:
    both = _page('<meta name="author" content="Raul Ortiz">' + _YOAST.format(label="Written by", name="Mia Tran"))
    assert read_metadata(both).authors == ["Raul Ortiz"]
    pair = _page(_YOAST.format(label="Written by", name="Mia Tran and Raul Ortiz"))
    assert read_metadata(pair).authors == ["Mia Tran", "Raul Ortiz"]


def test_a_person_the_page_shows_beats_an_organisation_in_the_pair() -> None:
    tree = _page(_YOAST.format(label="Written by", name="Harbor Ledger"), '<p class="byline">By Mia Tran</p>')
    assert read_metadata(tree).authors == ["Mia Tran"]


def test_labels_are_read_by_the_lexicon_not_by_position() -> None:
    assert is_byline_label(" Written by: ") and is_byline_label("Skrevet af")
    assert not is_byline_label("Filed under") and not is_byline_label("By the way this is long")
    assert not is_byline_label("")
    assert labelled_authors({"twitter:label2": ["Written by"], "twitter:data2": ["Mia Tran"],
                             "twitter:label1": ["Reading time"], "twitter:data1": ["3 minutes"]}) == ["Mia Tran"]
    assert labelled_authors({"twitter:label1": ["Written by"]}) == []

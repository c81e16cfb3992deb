"""A labelled byline beyond the article header whose names link to their own author pages (no date
needed: the address agrees with the line), and a link to an author's page whose text keeps its label
("<a href=/contributor/mia_tran/>By Mia Tran</a>"). `authors._dated_labelled_line`, `_linked`,
`author_link_name`."""

from __future__ import annotations

import pytest

from newsgrab.html.parse import parse_html
from newsgrab.meta.authors import author_link_name
from newsgrab.meta.page import read_metadata
from tests.byline_pages import BODY, authors_of, far


@pytest.mark.parametrize(("header", "expected"), [
    (far("<p><span>By </span><a href='/staff/mia-tran/'>Mia Tran</a></p>"), ["Mia Tran"]),
    (far("<p>By <a href='/author/mia-tran'>Mia Tran</a> and <a href='/author/raul-ortiz'>Raul Ortiz</a></p>"),
     ["Mia Tran", "Raul Ortiz"]),
])
def test_a_far_labelled_line_of_author_page_links_names_the_authors(header: str, expected: list[str]) -> None:
    assert authors_of(header) == expected


@pytest.mark.parametrize("header", [
    far("<p>By <a href='/people/mia-tran/'>Mia Tran</a></p>"),  # a topic page, not an author's
    far("<p>By <a href='/author/mia-tran'>Mia Tran</a> and Raul Ortiz</p>"),  # a name no link agrees with
    far("<p>By <a href='/author/harbour-desk'>Mia Tran</a></p>"),  # the address names someone else
    far("<figure><figcaption>Photo by <a href='/staff/mia-tran/'>Mia Tran</a></figcaption></figure>"),
])
def test_no_name_from_a_far_line_its_links_do_not_agree_with(header: str) -> None:
    assert authors_of(header) == []


def test_a_linked_byline_after_the_body_starts_is_not_read() -> None:
    # a related story's card under the article
    assert authors_of("", BODY + far("<p>By <a href='/staff/mia-tran/'>Mia Tran</a></p>")) == []


def test_an_author_link_whose_text_keeps_its_label() -> None:
    assert author_link_name("By Mia Tran", "/contributor/mia_tran/") == "Mia Tran"
    assert author_link_name(" Von Hans Müller", "/autor/hans-mullen") is None  # not its slug
    assert author_link_name("Von Hans Müller", "/autor/hans-müller") == "Hans Müller"
    assert author_link_name("More by Mia Tran", "/author/mia-tran") is None  # a label inside, not opening
    # by the headline, and beyond the header (the link around the label's element)
    tree = parse_html("<html><body><article><h1>Harbour wall to be rebuilt</h1><div><a href='/contributor/mia_tran/'>"
                      f"<span>By Mia Tran</span></a></div>{BODY}</article></body></html>")
    assert read_metadata(tree).authors == ["Mia Tran"]
    assert authors_of(far("<div><a href='/contributor/mia_tran/'> <span>By Mia Tran</span> </a></div>")) == ["Mia Tran"]


@pytest.mark.parametrize(("href", "text", "expected"), [
    ("/staff/mia-tran/", "Mia Tran", "Mia Tran"),  # a newsroom's page of its own reporter
    ("/staff/", "Our staff", None),  # the newsroom's list: no slug
    ("/staff/directory", "Staff Directory", None),  # the text is not the slug
])
def test_staff_is_a_path_word_of_author_pages(href: str, text: str, expected: str | None) -> None:
    assert author_link_name(text, href) == expected


def _header_links(links: str) -> list[str]:
    """The authors of a page whose line under the headline is `links`, the body after it."""
    tree = parse_html(f"<html><body><article><h1>Harbour wall to be rebuilt</h1><div>{links}</div>{BODY}"
                      "</article></body></html>")
    return read_metadata(tree).authors


def test_an_author_link_among_many_other_links_of_a_header_part_is_read() -> None:
    # a header part's hrefs are searched joined first: the one author link among topic links still counts
    topics = "".join(f"<a href='/topics/harbour-{i}/'>Harbour {i}</a> " for i in range(200))
    assert _header_links(f"{topics}<a href='/author/nora-vale'>Nora Vale</a>") == ["Nora Vale"]
    assert _header_links(topics) == []


def test_hrefs_that_look_like_an_author_page_only_when_joined_name_no_one() -> None:
    # "/topics/author/" then " x/nora-vale": the joined text matches, no single href does
    assert _header_links("<a href='/topics/author/'>Nora Vale</a> <a href='x/nora-vale'>Nora Vale</a>") == []


def test_a_tab_inside_an_author_page_href_is_read_as_a_browser_reads_it() -> None:
    # urlsplit drops the tab ("/au\tthor/..." is "/author/..."): the joined test lets the part through
    assert _header_links("<a href='/au\tthor/nora-vale'>Nora Vale</a>") == ["Nora Vale"]


@pytest.mark.parametrize(("text", "href"), [
    ("Hans Müller", "/autor/hans-mueller"),  # ü as German URLs spell it
    ("Hans Müller", "/autor/hans-muller/"),  # ü with its mark dropped, as WordPress spells it
    ("Bjørn Lykke", "/author/bjoern-lykke"),  # a letter Unicode does not decompose
    ("Inès Carvalho", "/author/ines-carvalho"),
])
def test_an_author_slug_spells_the_name_in_ascii(text: str, href: str) -> None:
    # an address is ASCII: the slug of a name with accents spells it as a domain spells a site's name
    assert author_link_name(text, href) == text


@pytest.mark.parametrize(("text", "href"), [
    ("Hanna Müller", "/autor/hans-mueller"),  # another person's page
    ("Hans Müller", "/autor/hans-moeller"),  # ö is not ü
    ("Inès Carvalho", "/tag/ines-carvalho"),  # a topic page, not an author's
])
def test_an_ascii_slug_of_another_name_names_no_one(text: str, href: str) -> None:
    assert author_link_name(text, href) is None


def test_a_dated_linked_name_whose_address_spells_it_in_ascii() -> None:
    # no label, no author path: the user page's address spells "Jörg Lund" as "joerg-lund"
    assert authors_of(far("<div><a href=/u/joerg-lund>Jörg Lund</a> <span>05.24.16</span></div>")) == ["Jörg Lund"]
    assert authors_of(far("<div><a href=/u/jens-lund>Jörg Lund</a> <span>05.24.16</span></div>")) == []



def _header_authors(line: str) -> list[str]:
    """The authors of a page with `line` right under its headline, in the article header."""
    tree = parse_html("<html><body><article><h1>Harbour wall to be rebuilt</h1>"
                      f"{line}{BODY}</article></body></html>")
    return read_metadata(tree).authors


def test_a_credit_before_a_contributor_link_names_no_author() -> None:
    # the illustrator links to a contributor's page as the writer does; the credit's label says who is who
    assert _header_authors("<p>By <a href='/contributors/mia-tran'>Mia Tran</a> Illustration by "
                           "<a href='/contributors/ada-lin'>Ada Lin</a> May 10, 2019</p>") == ["Mia Tran"]
    assert _header_authors("<p>Photographs by: <a href='/contributors/ada-lin'>Ada Lin</a></p>") == []
    # two writers, no credit between them: both
    assert _header_authors("<p>By <a href='/author/mia-tran'>Mia Tran</a>, <a href='/author/raul-ortiz'>Raul "
                           "Ortiz</a></p>") == ["Mia Tran", "Raul Ortiz"]

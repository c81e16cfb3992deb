"""A link to an author's page whose slug spells its text as a CMS writes it (newsgrab/text/authorslug.py)."""

from __future__ import annotations

import pytest

from newsgrab.text.authorslug import slug_after_author_word, slug_spelt_name
from newsgrab.text.blocks import parse_text

#: an invented whole-page dump: a menu, the headline, a byline line to fill, the date, the story
_MENU = "  * [Home](/)\n  * [Harbours](/harbours/)\n  * [Weather](/weather/)\n"
_STORY = ("The outer harbour reopened on Thursday after three weeks of repairs to the sea wall, and the first "
          "trawlers were back at their moorings before dusk.\n\nThe harbour office said the crane that lifts "
          "boats out of the water had failed during the storm on Monday night, and a part came from the "
          "mainland on Wednesday.\n\nSkippers said the delay had cost them most of the spring catch, and "
          "the council has promised to look at the fees the harbour charges this year.\n")


def _page(byline: str) -> str:
    return f"{_MENU}\n# Fishermen Return to the Outer Harbour\n\n{byline}\n\nMarch 14, 2024\n\n{_STORY}"


@pytest.mark.parametrize(
    ("text", "href", "name"),
    [
        # the slug as a file, or numbered before or after the name
        ("Lena Moravec", "https://gazette.example/author/lena-moravec.html", "Lena Moravec"),
        ("Lena Moravec", "/auteur/5631-lena-moravec", "Lena Moravec"),
        ("Lena Moravec", "https://gazette.example/news/author/lena-moravec-1.3333505", "Lena Moravec"),
        # a particle the slug runs into the surname ("De Guzman" -> "deguzman")
        ("Paulo De Souza", "https://gazette.example/author/paulo-desouza.html", "Paulo De Souza"),
        # the slug not last: the archive's own pages or a tracking segment after it
        ("Tomáš Novák", "https://gazette.example/autori/tomas-novak/l~i:author:42/", "Tomáš Novák"),
        ("Lena Moravec", "/autor/lena_moravec/a/", "Lena Moravec"),
        # an initial the slug spells out
        ("Inés R. Galdós", "/autor/ines_robles_galdos/a/", "Inés R. Galdós"),
    ],
)
def test_a_slug_spelt_as_a_cms_writes_it_names_the_author(text: str, href: str, name: str) -> None:
    assert slug_spelt_name(text, href) == name


@pytest.mark.parametrize(
    ("text", "href"),
    [
        ("Lena Moravec", "https://gazette.example/author/harbour-staff/"),  # a desk's archive under a name
        ("Lena Moravec", "https://gazette.example/profile/lena-moravec/"),  # no author-page word
        ("Lena Moravec", "https://gazette.example/tag/lena-moravec.html"),
        ("More from this author", "/author/profile/1709/lena-moravec"),  # no name's shape
        ("Authors", "/authors/"),
        ("Lena Moravec", "/authors/"),  # nothing after the author-page word
        ("Inés R. Galdós", "/autor/ines_robles_gomez/a/"),  # the initial fits, the surname does not
        ("Inés Galdós", "/autor/ines_robles_galdos/"),  # a word missing is no initial
        ("Lena Moravec", "/author/lena-moravec-harbour"),  # the slug says more than the name
    ],
)
def test_a_slug_that_spells_something_else_names_nobody(text: str, href: str) -> None:
    assert slug_spelt_name(text, href) is None


def test_the_slug_after_the_author_word_loses_its_id_and_extension() -> None:
    assert slug_after_author_word("https://gazette.example/author/lena-moravec-4.html") == "lena-moravec"
    assert slug_after_author_word("https://gazette.example/news/lena-moravec.html") is None


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # a heading with the author's link, glued to the next link as markdownify glues them
        ("#### [Lena Moravec](https://gazette.example/author/lena-moravec.html)"
         "[View More Articles](https://gazette.example/author/lena-moravec.html)", ["Lena Moravec"]),
        # a relative link in a dump with no base URL, the slug not last
        ("[Lena Moravec](/autor/lena_moravec/a/) / [Piet Brandt](/autor/piet_brandt/a/)",
         ["Lena Moravec", "Piet Brandt"]),
        # ...not a link whose slug is a desk's, among a share row's links (no bare name under the headline)
        ("Share: [Lena Moravec](https://gazette.example/author/harbour-desk.html)", []),
        ("Share: [Lena Moravec](https://gazette.example/author/lena-moravec.html)", ["Lena Moravec"]),
    ],
)
def test_a_dump_names_the_author_its_slug_link_spells(byline: str, authors: list[str]) -> None:
    assert parse_text(_page(byline)).metadata.authors == authors


def _site_page(header: str) -> str:
    links = "".join(f"  * [{word}](https://tidewatercourier.example/{word.lower()}/)\n"
                    for word in ("Home", "Harbours", "Weather"))
    return (f"{links}\n# Fishermen Return to the Outer Harbour\n\n"
            f"[Lena Moravec](https://tidewatercourier.example/author/lena-moravec.html)\n\n{header}\n\n{_STORY}\n"
            "© 2024 Tidewater Courier\n")


def test_the_byline_printed_again_beside_its_date_is_not_the_site() -> None:
    doc = parse_text(_site_page("Lena Moravec 14 March 2024 08:10"))
    assert doc.metadata.authors == ["Lena Moravec"]
    assert doc.metadata.published == "2024-03-14"
    assert doc.metadata.site_name != "Lena Moravec"


def test_a_tag_beside_the_date_gives_way_to_the_copyright_the_own_domain_spells() -> None:
    doc = parse_text(_site_page("Trawlers 14 March 2024 08:10"))
    assert doc.metadata.authors == ["Lena Moravec"]
    assert doc.metadata.site_name == "Tidewater Courier"

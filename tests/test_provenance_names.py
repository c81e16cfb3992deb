"""The original source's name finished as the credit writes it, and its address in text input
(newsgrab/clean/provenance.py `finish_name`, `text_url`, `url_after`; data/provenance.toml).

A rule's named group or the provenance shape captures a name; where it stops (a date, a URL, "under
a Creative Commons license", "with permission"), whether a capitalised article before it belongs to
it, and whether it opens a domain are decided once for both. Text input has no link markup: the
address written on the credit's line or alone on the next one is the original's. Every example is
our own short sentence; the publications are made up.
"""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.clean.boilerplate import remove_boilerplate
from newsgrab.clean.provenance import finish_name, name_examples
from newsgrab.model import Block, Metadata
from newsgrab.rules import packaged_rules

PAGE = "https://www.example-daily.com/2024/05/story"
BODY = [
    "The city council voted on Tuesday to close two of its four public libraries by the end of the year.",
    "Officials said the savings would go to road repairs, which residents ranked first in a recent survey.",
    "Library staff will be offered jobs at the remaining branches, the council's statement said.",
    "A petition against the closures has gathered more than eight thousand signatures since March.",
    "The mayor said the decision had been the hardest of her term and promised a review in two years.",
    "Opposition councillors called the vote rushed and asked for the library budget to be published.",
]


def _source(credit: Block, language: str = "en", url: str = PAGE) -> dict[str, object]:
    blocks = [Block("p", text) for text in BODY] + [credit]
    result = remove_boilerplate(blocks, packaged_rules(), metadata=Metadata(url=url, language=language))
    return result.original_source.to_dict() if result.original_source else {}


def _text_source(credit: str) -> dict[str, object]:
    text = "\n\n".join(["Libraries to close", *BODY, credit]).encode()
    source = newsgrab.extract(text, kind="text", url=PAGE).original_source
    return source.to_dict() if source else {}


# ------------------------------------------------------------------ the data file, each language both ways
@pytest.mark.parametrize("language", sorted(name_examples()))
def test_each_language_cuts_its_example_and_keeps_its_negative_whole(language: str) -> None:
    example, expected, negative, negative_expected = name_examples()[language]
    assert _source(Block("p", example), language).get("name") == expected
    assert _source(Block("p", negative), language).get("name") == negative_expected


# ------------------------------------------------------------------ where a name stops
def test_a_name_stops_at_a_date_and_the_credit_keeps_the_date() -> None:
    es = _source(Block("p", "Publicado originalmente en El Diario Ejemplo el 3 de mayo de 2024."), "es")
    assert (es["name"], es["published"]) == ("El Diario Ejemplo", "2024-05-03")
    en = _text_source("First published by the Valley Courier on 2 April 2024.")
    assert (en["name"], en["published"]) == ("Valley Courier", "2024-04-02")


def test_a_name_stops_at_under_with_permission_and_a_url() -> None:
    assert finish_name("Lakeside Monitor under a Creative Commons license", "") == ("Lakeside Monitor", None)
    assert finish_name("Lakeside Monitor with kind permission", "") == ("Lakeside Monitor", None)
    assert finish_name("Nordsee-Rundschau mit freundlicher Genehmigung", "") == ("Nordsee-Rundschau", None)
    assert finish_name("Harbour Gazette (https://harbourgazette.example.org/a)", "")[0] == "Harbour Gazette"
    assert finish_name("Under the Bridge Quarterly", "") == ("Under the Bridge Quarterly", None)  # no end phrase


def test_quotes_go_and_a_capitalised_article_before_the_name_comes_back() -> None:
    ru = _source(Block("p", "Статья впервые опубликована в «Примерной газете»."), "ru")
    assert ru["name"] == "Примерной газете"
    text = "Cet article a été publié initialement sur Le Petit Exemple."
    assert finish_name("Petit Exemple", text) == ("Le Petit Exemple", None)
    assert finish_name("Petit Exemple", "Publié initialement dans le Petit Exemple.") == ("Petit Exemple", None)
    assert finish_name("Exemple", "Publié d'abord dans L'Exemple du Sud.")[0] == "L'Exemple"


# ------------------------------------------------------------------ a domain is the link
def test_a_name_a_rule_cut_at_a_dot_grows_into_its_domain_whose_address_is_the_url() -> None:
    credit = "This post originally appeared at valleycourier.example.com and is reposted here with permission."
    expected = {"name": "valleycourier.example.com", "url": "https://valleycourier.example.com", "published": None}
    assert _source(Block("p", credit)) == expected
    assert _text_source(credit) == expected


def test_a_domain_right_after_the_name_gives_the_url() -> None:
    source = _text_source("Original article: Harbour Monitor (harbourmonitor.example.org)")
    assert (source["name"], source["url"]) == ("Harbour Monitor", "https://harbourmonitor.example.org")


# ------------------------------------------------------------------ text input: the address on the line or under it
def test_text_input_takes_the_url_on_the_credits_line_or_alone_on_the_next() -> None:
    same = _text_source("Originally published by Harbour Gazette (https://harbourgazette.example.org/2024/a)")
    assert (same["name"], same["url"]) == ("Harbour Gazette", "https://harbourgazette.example.org/2024/a")
    below = _text_source("Quelle: Nordsee-Rundschau\nhttps://nordsee-rundschau.example.de/artikel/123")
    assert (below["name"], below["url"]) == ("Nordsee-Rundschau", "https://nordsee-rundschau.example.de/artikel/123")
    markdown = _text_source("Questo articolo è stato pubblicato originariamente su "
                            "[Il Quotidiano Esempio](https://quotidiano.example.it/articolo/9).")
    assert (markdown["name"], markdown["url"]) == ("Il Quotidiano Esempio", "https://quotidiano.example.it/articolo/9")


def test_a_url_under_a_line_that_is_no_credit_or_to_the_pages_own_site_is_no_source() -> None:
    assert _text_source("See the council's decision:\nhttps://council.example.org/decision.pdf") == {}
    own = _text_source("Quelle: Nordsee-Rundschau\nhttps://www.example-daily.com/2024/05/other")
    assert (own["name"], own["url"]) == ("Nordsee-Rundschau", None)


def test_image_credits_contributors_and_print_editions_name_no_source_in_text() -> None:
    assert _text_source("Photo courtesy of Northern Ledger.").get("name") is None
    assert _text_source("Jane Roe contributed to this report.").get("name") is None
    assert _text_source("A version of this article appears in print on May 3, 2024, Section A, Page 12 "
                        "of the City edition.").get("name") is None


@pytest.mark.parametrize("credit", ["[Dieser Artikel erschien zuerst im Hafenkurier.]",
                                    "(Dieser Artikel erschien zuerst im Hafenkurier.)",
                                    "*Dieser Artikel erschien zuerst im Hafenkurier.*"])
def test_a_bracketed_credits_opening_words_are_no_name(credit: str) -> None:
    # "[Dieser Artikel" opens the note as "Dieser Artikel" would: capitalised, and no publication
    assert _source(Block("p", credit), language="de").get("name") == "Hafenkurier"

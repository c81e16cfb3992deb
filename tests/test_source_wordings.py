"""The original source in the wordings stop 53 left (issue 12): a text header's printed URL, a
pointer to the original with no word of publication history, a bracketed source, a writer's bio
that says where this story first ran. Every sample is invented; each mechanism is tested both ways."""

from __future__ import annotations

import pytest

from bench.source_matrix import PAGE_URL, Case, all_cases, html_page, passes, run, text_dump
from newsgrab.clean.boilerplate import _names_origin
from newsgrab.clean.lexicon import vocabulary, words_of
from newsgrab.clean.provenance import finish_name
from newsgrab.model import Block, Link
from newsgrab.text.header import credit_url

_OUTLET = "https://www.harbourwire.example/2024/05/ferry-strike/"


def test_a_credit_line_takes_the_address_a_dump_printed() -> None:
    line = Block(kind="p", text=f"Source: Harbour Wire ({_OUTLET})")
    assert credit_url(line) == _OUTLET


def test_a_credit_line_prefers_its_link_and_prints_no_address_otherwise() -> None:
    linked = Block(kind="p", text=f"Via Harbour Wire ({_OUTLET})",
                   links=[Link(url="https://harbourwire.example/a", text="Harbour Wire")])
    assert credit_url(linked) == "https://harbourwire.example/a"
    assert credit_url(Block(kind="p", text="Source: Harbour Wire")) is None


@pytest.mark.parametrize(("lang", "notice", "cue"), [
    ("en", "Read the original article on the Harbour Wire site.", "read the original"),
    ("de", "Den Originalartikel lesen Sie beim Hafenblatt.", "originalartikel"),
    ("de", "Den Originalbeitrag finden Sie bei der Küstenpost.", "originalbeitrag"),
    ("fr", "Lire l'article original sur La Voix du Quai.", "lire l article original"),
    ("fr", "Lisez l'article original sur La Voix du Quai.", "lisez l article original"),
    ("es", "Lea el artículo original en El Faro del Muelle.", "lea el artículo original"),
    ("es", "Puede leer el artículo original en El Faro del Muelle.", "leer el artículo original"),
])
def test_a_pointer_to_the_original_is_a_provenance_cue(lang: str, notice: str, cue: str) -> None:
    words = words_of(notice)
    assert vocabulary(lang)["provenance"].first_hit(words, frozenset(words)) == cue


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Read the full report on the Harbour Engineering Office website."),
    ("en", "The original plan for the sea wall was drawn up in 1962."),
    ("de", "Der Originaltext des Gesetzes liegt dem Hafenamt vor."),
    ("fr", "L'article premier du règlement original du port a été abrogé."),
    ("es", "El artículo 3 de la ley original fue derogado."),
])
def test_other_documents_and_originals_are_no_cue(lang: str, sentence: str) -> None:
    words = words_of(sentence)
    assert vocabulary(lang)["provenance"].first_hit(words, frozenset(words)) is None


def test_a_closing_bracket_the_name_does_not_open_is_the_credits() -> None:
    assert finish_name("Harbour Wire)", "(Source: Harbour Wire)")[0] == "Harbour Wire"
    assert finish_name("Harbour Wire [Weekend]", "Source: Harbour Wire [Weekend]")[0] == "Harbour Wire [Weekend]"


def test_a_name_stops_where_a_lower_case_clause_runs_on() -> None:
    text = "Jane Doe is a reporter for Harbour Wire, where this story first appeared."
    assert finish_name("Harbour Wire, where this", text)[0] == "Harbour Wire"
    assert finish_name("Harbour, Dock and Rail Gazette", "Via Harbour, Dock and Rail Gazette")[0] == (
        "Harbour, Dock and Rail Gazette")


def test_a_bio_names_the_origin_only_when_it_speaks_of_this_piece() -> None:
    assert _names_origin({"provenance": 1.0, "author-bio": 1.0, "self-description": 1.0})
    assert not _names_origin({"provenance": 1.0, "author-bio": 1.0})  # "her work has appeared in X"
    assert _names_origin({"provenance": 1.0})
    assert not _names_origin({"author-bio": 1.0, "self-description": 1.0})


@pytest.mark.parametrize(("kind", "notice", "name"), [
    ("text", "Jane Doe is a reporter for Harbour Wire, where this story first appeared.", "Harbour Wire"),
    ("text", "Erika Muster ist Redakteurin bei der Küstenpost, wo dieser Text zuerst erschien.", "Küstenpost"),
    ("html", "<p>Read the original at Harbour Wire.</p>", "Harbour Wire"),
    ("text", "(Quelle: Küstenpost)", "Küstenpost"),
])
def test_the_new_wordings_name_their_source(kind: str, notice: str, name: str) -> None:
    import newsgrab

    lang = "de" if "Küstenpost" in name else "en"
    doc = html_page(lang, notice, "end") if kind == "html" else text_dump(lang, notice, "end")
    source = newsgrab.extract(doc, kind=kind, url=PAGE_URL).original_source
    assert source is not None and source.name == name


@pytest.mark.parametrize("notice", [
    "Jane Doe is a freelance writer whose work has appeared in Harbour Wire. Follow her at https://janedoe.example",
    "Read the full report on the Harbour Engineering Office website.",
])
def test_a_bio_and_a_further_reading_name_no_source(notice: str) -> None:
    import newsgrab

    article = newsgrab.extract(text_dump("en", notice, "end"), kind="text", url=PAGE_URL)
    assert article.original_source is None or article.original_source.name is None


@pytest.mark.parametrize("case", [c for c in all_cases() if c.form == "name + url printed" and c.place == "start"
                                  and c.path == "text" and c.shape in (
                                      "en 'Source: {o}'", "en 'Via {o}'", "fr 'Source : {o}'",
                                      "en 'First published in {o} on {d}.'")],
                         ids=lambda c: c.shape)
def test_a_header_credit_with_its_printed_address(case: Case) -> None:
    assert passes(case, run(case))

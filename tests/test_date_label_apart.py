"""A date's label printed in an element of its own, the date wrapped in the next one (a term/definition
pair: `<div>Updated:</div><div><span><time>`, `<dt>Aktualisiert</dt><dd>`), where the markup around
both dates may carry the same class: the printed label tells the update from the publication
(`meta.elementtext.label_before`). Invented samples (tests/sea_wall.py's story); bench/date_matrix.py
holds more ("label apart")."""

from __future__ import annotations

import lxml.html

import newsgrab
from newsgrab.meta.elementtext import label_before, lead_text
from tests.sea_wall import PARAGRAPHS, TITLE


def _page(meta: str, lang: str = "en") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f'<html lang="{lang}"><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>'
            f"{meta}{body}</article></body></html>")


def _element(markup: str, xpath: str) -> lxml.html.HtmlElement:
    found = lxml.html.fragment_fromstring(markup, create_parent="div").xpath(xpath)
    assert found
    element: lxml.html.HtmlElement = found[0]
    return element


# ------------------------------------------------------------ the label, climbed to and read
def test_the_label_before_the_container_the_date_opens() -> None:
    markup = ('<div class="d">Updated:</div><div class="d"><span><time>March 6, 2024</time></span></div>'
              '<div class="d">Original:</div><div class="d"><span><time>March 4, 2024</time></span></div>')
    first, second = _element(markup, "//time"), _element(markup, "(//time)[2]")
    assert label_before(first) == "Updated:"
    assert label_before(second) == ""  # "Original:" is no label of data/date_labels.toml: the date stays published
    assert lead_text(first) == "Updated:"  # nothing printed right before the <time>: the label above it


def test_a_definition_list_term_is_the_label() -> None:
    markup = "<dl><dt>Aktualisiert</dt><dd><time>06.03.2024</time></dd></dl>"
    assert label_before(_element(markup, "//time")) == "Aktualisiert"


def test_labels_with_a_short_word_after_them() -> None:
    markup = ("<div>Last updated on</div><div><span>6 March 2024</span></div>"
              "<div>Publié le :</div><div><b>4 mars</b></div>")
    assert label_before(_element(markup, "//span")) == "Last updated on"
    assert label_before(_element(markup, "//b")) == "Publié le :"


def test_a_row_of_a_list_is_no_label_of_the_next_cell() -> None:
    # a repository's file list: each row's commit message, then the commit's time
    markup = ('<div class="row"><div class="message"><a>Update README.md</a></div>'
              '<div class="age"><time datetime="2020-06-25T08:20:08Z">Jun 25, 2020</time></div></div>')
    assert label_before(_element(markup, "//time")) == ""


def test_a_sentence_or_a_dated_text_before_the_container_is_no_label() -> None:
    sentence = ("<p>The council says the flood maps for the lower harbour will be updated</p>"
                "<div><span><time>March 4, 2024</time></span></div>")
    assert label_before(_element(sentence, "//time")) == ""
    dated = "<li>Updated 6 March 2024</li><li><span><time>4 March 2024</time></span></li>"
    assert label_before(_element(dated, "//time")) == ""


def test_text_printed_right_before_the_date_stays_its_lead() -> None:
    markup = '<p>Tide tables: <span class="date">March 6, 2024</span></p>'
    assert lead_text(_element(markup, "//span")) == "Tide tables: "
    # text inside the container stops the climb: "Updated:" above it labels "Filed", not this date
    assert label_before(_element("<div>Updated:</div><p>Filed <time>March 4, 2024</time></p>", "//time")) == ""


# ------------------------------------------------------------ the page's dates
def test_the_publication_under_its_own_label_wins_over_the_update_above_it() -> None:
    meta = ('<div class="meta"><div class="updated-date">Updated:</div><div class="updated-date"><span>'
            '<time>March 6, 2024</time></span></div><div class="updated-date">Original:</div>'
            '<div class="updated-date"><span><time>March 4, 2024</time></span></div></div>')
    article = newsgrab.extract(_page(meta), kind="html")
    assert article.published is not None and article.published.startswith("2024-03-04")


def test_a_labelled_pair_in_divs_without_time_elements() -> None:
    meta = ('<div class="meta"><div class="date">Last updated</div><div class="date">March 6, 2024</div>'
            '<div class="date">Published</div><div class="date">March 4, 2024</div></div>')
    article = newsgrab.extract(_page(meta), kind="html")
    assert article.published is not None and article.published.startswith("2024-03-04")


def test_a_french_pair_in_list_items() -> None:
    meta = ('<ul class="meta"><li><span>Mis à jour le</span></li><li><span class="date">6 mars 2024</span></li>'
            '<li><span>Publié le</span></li><li><span class="date">4 mars 2024</span></li></ul>')
    article = newsgrab.extract(_page(meta, "fr"), kind="html")
    assert article.published is not None and article.published.startswith("2024-03-04")


def test_a_date_alone_keeps_its_day_whatever_stands_before_it() -> None:
    meta = ("<p>The council says the flood maps for the lower harbour will be updated</p>"
            '<div class="meta"><span><time>March 4, 2024</time></span></div>')
    article = newsgrab.extract(_page(meta), kind="html")
    assert article.published is not None and article.published.startswith("2024-03-04")

"""An ad slot's label read by its words alone (newsgrab/clean/adlabels.py, data/ad_labels.toml): every
language's examples are labels and its article sentences on the same topic are not, and the pass
removes a label no phrase rule knows, on HTML and on text input, while the story around it stays."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.clean.adlabels import MAX_LABEL_CHARS, ad_labels, is_ad_label
from newsgrab.clean.boilerplate import remove_boilerplate
from newsgrab.data import load_toml
from newsgrab.model import Block
from newsgrab.rules import packaged_rules
from newsgrab.rules.matcher import rule_index

LEXICON = load_toml("ad_labels.toml")
EXAMPLES = [(lang, line) for lang, entry in LEXICON.items() for line in entry["example"]]
NEGATIVES = [(lang, line) for lang, entry in LEXICON.items() for line in entry["negative"]]
STORY = [f"Paragraph {n} of the report says the harbour crane was repaired on day {n} and that the boats "
         "went back out the same evening, which the fishermen had waited for since the storm." for n in range(1, 5)]


@pytest.mark.parametrize(("lang", "line"), EXAMPLES)
def test_every_languages_example_is_a_label(lang: str, line: str) -> None:
    assert is_ad_label(line), (lang, line)


@pytest.mark.parametrize(("lang", "line"), NEGATIVES)
def test_an_article_sentence_about_advertising_is_no_label(lang: str, line: str) -> None:
    assert not is_ad_label(line), (lang, line)


def test_every_language_has_examples_both_ways() -> None:
    for lang, entry in LEXICON.items():
        assert entry["example"] and entry["negative"], lang
        assert entry["ads"], lang


def test_a_label_is_made_of_label_words_only() -> None:
    assert is_ad_label("Advertisement - story continues below")
    assert is_ad_label("**ADVERTISEMENT**")  # markdown's emphasis is no word
    assert is_ad_label("_Advertisement_")
    assert not is_ad_label("Advertisement 2019")  # a number is a word of its own
    assert not is_ad_label("The advertisement ran")  # a verb of its own
    assert not is_ad_label("Continue reading")  # onward without a direction: a more-link's call, not a slot's
    assert not is_ad_label("Story continues")
    assert is_ad_label("Story continues below")


def test_words_of_two_languages_do_not_make_a_label() -> None:
    # "pub" is a French label and an English bar: it is listed nowhere, and a German filler with an
    # English word is no label either
    assert not is_ad_label("Pub")
    assert not is_ad_label("Die Ad-Kampagne")
    # English's words join every language's: a German site's English label over a German line
    assert is_ad_label("Anzeige - Scroll to continue")


def test_a_sentences_tail_that_a_dump_wrapped_is_no_label() -> None:
    assert not is_ad_label("and sponsored content.")
    assert not is_ad_label("advertisers.")
    assert is_ad_label("advertisement")  # a lower-case label has no stop
    assert is_ad_label("Advertisement.")


def test_long_text_is_never_a_label() -> None:
    assert not is_ad_label(" ".join(["advertisement"] * 12))
    assert not is_ad_label("advertisement " * (MAX_LABEL_CHARS // 10))


def test_ad_labels_reads_each_distinct_text_once_and_keeps_order() -> None:
    assert ad_labels(["Advertisement", STORY[0], "Advertisement", ""]) == [True, False, True, False]


def test_the_label_no_rule_knows_goes_between_paragraphs_and_the_story_stays() -> None:
    label = "Publicidad - Sigue leyendo debajo"
    assert rule_index(packaged_rules()).first(label) is None  # no phrase rule knows this wording
    blocks = [Block("p", STORY[0]), Block("p", STORY[1]), Block("p", label), Block("p", STORY[2]),
              Block("p", STORY[3])]
    result = remove_boilerplate(blocks, packaged_rules())
    assert [b.text for b in result.kept] == STORY
    assert [(r.rule, r.category, r.text) for r in result.removed] == [
        ("structure.ad-label", "advertisement", label)]


def test_a_short_paragraph_about_an_advertisement_stays() -> None:
    blocks = [Block("p", STORY[0]), Block("p", "The advertisement ran in 1984."), Block("p", STORY[1]),
              Block("p", "Werbung im Fernsehen ist teuer."), Block("p", STORY[2])]
    result = remove_boilerplate(blocks, packaged_rules())
    assert not result.removed


def test_text_input_loses_the_label_line_and_keeps_the_story() -> None:
    label = "ADVERTISEMENT - SCROLL TO CONTINUE WITH CONTENT"
    text = "\n\n".join(["The Crane Is Fixed", *STORY[:2], label, *STORY[2:]]) + "\n"
    article = newsgrab.extract(text, kind="text")
    assert "SCROLL TO CONTINUE" not in article.body
    assert all(paragraph in article.body for paragraph in STORY)
    assert [(r.rule, r.category) for r in article.removed] == [("structure.ad-label", "advertisement")]


def test_html_input_loses_a_label_outside_the_slot_in_another_language() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY[:2]) + "<p>Tekst gaat verder onder de advertentie</p>" + "".join(
        f"<p>{p}</p>" for p in STORY[2:])
    html = f"<html><body><article><h1>The Crane Is Fixed</h1>{paragraphs}</article></body></html>"
    article = newsgrab.extract(html)
    assert "advertentie" not in article.body
    assert all(paragraph in article.body for paragraph in STORY)
    assert [r.rule for r in article.removed] == ["structure.ad-label"]

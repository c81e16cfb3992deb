"""The credit labels of data/credit_words.toml, every language both ways.

Each language's caption ends in a label and a colon and gives a credit without the label; the same
label inside a sentence (no colon after it) leaves the caption whole: the hard negative.
"""

from __future__ import annotations

import tomllib
from importlib import resources

import lxml.html
import pytest

from newsgrab.media.credittail import ends_with_credit
from newsgrab.media.elements import media_from_element
from newsgrab.model import Media

BASE = "https://example.org/news/story.html"

#: language -> (a caption whose credit the label opens, the credit, a caption that only names a picture)
CASES = {
    "en": ("Crowds at the harbour. Photo: Jane Doe/Reuters", "Jane Doe/Reuters",
           "The photo shows crowds at the harbour"),
    "de": ("Hochwasser in der Altstadt. Foto: Stadtarchiv", "Stadtarchiv", "Das Foto zeigt die Altstadt im Jahr 1920"),
    "fr": ("Le port au petit matin. Crédit photo : Marie Roux", "Marie Roux", "Une photo du port au petit matin"),
    "es": ("La plaza mayor en fiestas. Fuente: Archivo Municipal", "Archivo Municipal",
           "La fuente de la plaza mayor en fiestas"),
    "it": ("Il porto di Genova. Fonte: Archivio Storico", "Archivio Storico", "Una foto del porto di Genova"),
    "pt": ("O mercado do Bolhão. Imagem: Câmara do Porto", "Câmara do Porto", "Uma imagem do mercado do Bolhão"),
    "nl": ("De haven van Rotterdam. Beeld: ANP", "ANP", "Het beeld van de haven van Rotterdam"),
    "pl": ("Rynek w Krakowie. Źródło: Urząd Miasta", "Urząd Miasta", "Zdjęcie przedstawia rynek w Krakowie"),
    "ru": ("Набережная Невы. Фото: Иван Петров", "Иван Петров", "Набережная Невы на старом фото"),
}


def _item(caption: str) -> Media:
    figure = lxml.html.fragment_fromstring(f'<figure><img src="/a.jpg"><figcaption>{caption}</figcaption></figure>')
    [item] = media_from_element(figure, BASE)
    return item


def test_every_language_of_the_data_file_has_a_case() -> None:
    data = tomllib.loads(resources.files("newsgrab.data").joinpath("credit_words.toml").read_text(encoding="utf-8"))
    assert set(data["labels"]) == set(CASES)


@pytest.mark.parametrize("language", sorted(CASES))
def test_a_label_and_colon_end_the_caption_with_a_credit(language: str) -> None:
    caption, credit, _ = CASES[language]
    item = _item(caption)
    assert item.credit == credit
    assert item.caption == caption[: caption.rindex(".") + 1]


@pytest.mark.parametrize("language", sorted(CASES))
def test_the_label_inside_a_sentence_is_no_credit(language: str) -> None:
    *_, sentence = CASES[language]
    item = _item(sentence)
    assert (item.caption, item.credit) == (sentence, None)


def test_english_by_opens_a_credit_but_other_languages_words_for_of_do_not() -> None:
    assert _item("The old pier. Photo by Sam Lee").credit == "Sam Lee"
    assert _item("Bild von der Demonstration am Montag").credit is None


@pytest.mark.parametrize("language", sorted(CASES))
def test_a_line_run_into_its_credit_ends_with_one_and_a_line_naming_a_picture_does_not(language: str) -> None:
    """ends_with_credit, which the text path's headline ranking reads: the caption line with its
    credit ends with one, in every language; the same label inside a sentence does not."""
    caption, _, plain = CASES[language]
    assert ends_with_credit(caption)
    assert not ends_with_credit(plain)


def test_a_line_that_opens_with_the_label_does_not_end_with_a_credit() -> None:
    """A kicker over a headline ("Video: ...") or a label's value opens with the label: nothing before
    it is a caption, so the line is not a caption run into its credit; "© Name" or "(Photo: X)" after a
    caption is."""
    assert not ends_with_credit("Video: how the harbour crane was rebuilt")
    assert not ends_with_credit("Photo: Jane Doe/Reuters")
    assert ends_with_credit("The crane on the north quay © Harbour Office")
    assert ends_with_credit("The crane on the north quay (Photo: Harbour Office)")

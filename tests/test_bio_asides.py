"""An author's bio after the article, in the shapes a reader knows in any language: the person's name,
maybe an aside that dates them by a year ("(born 1962)", ", Jahrgang 1962,", "(née en 1970)"), a verb,
and what they write about, a verb and its preposition maybe parted by an adverb ("schreibt seit 25
Jahren über", "écrit depuis vingt ans sur"). The same sentence amid the article, or a person's words
reported at its end, stays."""

from __future__ import annotations

import pytest

from newsgrab import extract
from newsgrab.clean.cues import _NAME_YEAR_RE
from newsgrab.clean.lexicon import folded_words, vocabulary
from tests.sea_wall import PARAGRAPHS, TITLE

_DE_TITLE = "Hafenstadt verschiebt Abstimmung über neue Deichmauer erneut"
_DE = [
    "Der Stadtrat von Hafenstadt hat die Abstimmung über die neue Deichmauer am Montag zum dritten Mal verschoben. "
    "Die Anwohner der Unterstadt müssen sich damit ohne den versprochenen Schutz auf die Springfluten einstellen.",
    "Ingenieure des Wasserverbands sagten dem Rat, die Fluten würden in diesem Jahr so hoch wie seit vierzig Jahren "
    "nicht. Die alte Mauer an der Hafeneinfahrt habe an zwei Stellen Risse.",
    "Der Finanzausschuss erklärte, die Kosten seien seit der ersten Schätzung um ein Drittel gestiegen, und "
    "verlangte ein zweites Gutachten, bevor die Stadt das Geld leiht.",
]
_FR_TITLE = "Port-Elwyn reporte encore le vote sur la digue"
_FR = [
    "Le conseil municipal de Port-Elwyn a reporté lundi, pour la troisième fois, son vote sur la nouvelle digue. "
    "Les habitants du bas port devront affronter les grandes marées sans la protection promise.",
    "Les ingénieurs de l'agence de l'eau ont expliqué au conseil que les marées de cette année seraient les plus "
    "hautes depuis quarante ans, et que le vieux mur de l'entrée du port était fissuré en deux endroits.",
    "La commission des finances affirme que le coût de la digue a augmenté d'un tiers depuis la première "
    "estimation, et elle demande une contre-expertise avant tout emprunt.",
]
_EN_TITLE = TITLE
_EN = list(PARAGRAPHS)
_STORIES = {"de": (_DE_TITLE, _DE), "fr": (_FR_TITLE, _FR), "en": (_EN_TITLE, _EN)}

BIOS = [
    ("de", "Anna Berg (geboren 1962) schreibt seit 25 Jahren über Wirtschaft und Gesellschaft."),
    ("de", "Anna Berg, Jahrgang 1962, schreibt seit langem über Küstenschutz und Stadtpolitik."),
    ("fr", "Jeanne Martin (née en 1970) écrit depuis vingt ans sur le littoral et ses habitants."),
    ("en", "Nora Vale (born 1962) has written about the harbour towns for 25 years."),
    ("en", "Nora Vale, born 1962, writes mostly about ports, tides and the people who work them."),
]
NOT_BIOS = [
    ("de", "Anna Berg (geboren 1962) sagte, der Rat werde im Juni erneut über die Mauer entscheiden."),
    ("fr", "Jeanne Martin, une habitante du port, a écrit au maire pour demander une réunion publique."),
    ("en", "Nora Vale, who has lived by the harbour mouth since 1962, said she would sandbag her door again."),
]


def _text(language: str, closing: str) -> str:
    title, story = _STORIES[language]
    return "\n\n".join([title, *story, closing]) + "\n"


def _page(language: str, closing: str) -> str:
    title, story = _STORIES[language]
    paragraphs = "".join(f"<p>{p}</p>" for p in [*story, closing])
    return (f"<html lang='{language}'><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"{paragraphs}</article></body></html>")


@pytest.mark.parametrize(("language", "bio"), BIOS)
@pytest.mark.parametrize("make", [_text, _page])
def test_a_bio_after_the_article_goes(make: object, language: str, bio: str) -> None:
    article = extract(make(language, bio))  # type: ignore[operator]
    assert bio not in article.body
    assert any(r.text.startswith(bio[:30]) and "author-bio" in r.rule for r in article.removed), article.removed


@pytest.mark.parametrize(("language", "closing"), NOT_BIOS)
@pytest.mark.parametrize("make", [_text, _page])
def test_a_persons_words_at_the_end_stay(make: object, language: str, closing: str) -> None:
    assert closing in extract(make(language, closing)).body  # type: ignore[operator]


@pytest.mark.parametrize(("language", "bio"), BIOS[:3])
def test_the_same_sentence_amid_the_article_stays(language: str, bio: str) -> None:
    title, story = _STORIES[language]
    text = "\n\n".join([title, story[0], bio, story[1], story[2]]) + "\n"
    assert bio in extract(text).body


def test_a_topic_parted_by_more_than_a_few_words_is_none() -> None:
    far = folded_words("anna berg schreibt seit vielen langen jahren immer wieder briefe über die mauer")
    near = folded_words("anna berg schreibt seit 25 jahren über die mauer")
    assert "bio_topics" not in vocabulary("de").hits(far)
    assert vocabulary("de").hits(near)["bio_topics"] == "schreibt über"


def test_an_age_is_no_birth_year_aside() -> None:
    # "Ana Ruiz, 45, said ..." is news: only a year dates a bio's subject
    assert _NAME_YEAR_RE.match("Ana Ruiz, 45, said she would sandbag her door again.") is None
    assert _NAME_YEAR_RE.match("Ana Ruiz (45) said she would sandbag her door again.") is None
    dated = _NAME_YEAR_RE.match("Ana de la Ruiz (born 1962) writes about tides.")
    assert dated is not None and dated.group(0) == "Ana de la Ruiz (born 1962)"

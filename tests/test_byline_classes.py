"""A byline element named in the page's language ("article__autor", "fig-auteur", "post-forfatter"): the
word for "author" of data/byline_words.toml's class_words marks a byline element as "byline" and "author"
do, in every language that lists one; a class that only starts with such a word ("autoresize",
"autorotate") marks none."""

from __future__ import annotations

import re
import tomllib
from importlib import resources

import pytest

from newsgrab.html.parse import parse_html
from newsgrab.meta.lexicon import alternation, byline_words
from newsgrab.meta.page import read_metadata

_BODY = f'<p>{"The council voted to rebuild the harbour wall before the winter storms. " * 6}</p>'


def _authors(header: str) -> list[str]:
    tree = parse_html(f"<html><head><title>Harbour wall</title></head><body><div class=x>"
                      f"<h1>Harbour wall to be rebuilt</h1>{header}{_BODY}</div></body></html>")
    return read_metadata(tree).authors


def _class_cases() -> list[tuple[str, str, list[str], str]]:
    """(language, class word, the language's example names, those names joined by its conjunction): a
    byline with no label, which only its element's name marks."""
    data = tomllib.loads(resources.files("newsgrab.data").joinpath("byline_words.toml").read_text("utf-8"))
    return [(lang, word, t["expected"], f" {t.get('conjunctions', ['and'])[0]} ".join(t["expected"]))
            for lang, t in data.items() for word in t.get("class_words", ())]


@pytest.mark.parametrize(("language", "word", "names", "line"), _class_cases())
def test_each_languages_author_class_marks_a_byline_both_ways(language: str, word: str, names: list[str],
                                                              line: str) -> None:
    assert word.isascii() and word.isalpha() and word.islower(), (language, word)  # classnames.name_test's fast path
    assert _authors(f'<div class="article__{word}">{line}</div>') == names, (language, word)
    assert _authors(f'<div class="post-{word.upper()}-box">{line}</div>') == names, (language, word)
    # the word as the start of a longer one is no byline's name
    assert _authors(f'<div class="{word}esize {word}otate">{line}</div>') == [], (language, word)


def test_an_unlabelled_line_in_an_element_named_like_nothing_is_no_byline() -> None:
    """The hard negative of the cue: without the class the same line names nobody (no label, no link)."""
    assert _authors('<div class="x-meta">Anna Nowak i Piotr Kowalski</div>') == []
    assert _authors('<div class="article__autor">Anna Nowak i Piotr Kowalski</div>') == ["Anna Nowak", "Piotr Kowalski"]


def test_the_class_pattern_finds_the_whole_words_with_a_letter_opening_each_branch() -> None:
    """`class_pattern` is written for speed (each branch opens with a literal letter, which keeps the regex
    engine's first-character skip) and finds exactly what the plain whole-word alternation finds, in any
    case, at the start, the end and the middle of a class string."""
    words = byline_words()
    pattern = words.class_pattern()
    branch = r"[a-z]\(\?<!\[a-z\]\.\)\(\?:[a-z|]*\)\(\?!\[a-z\]\)"
    assert re.fullmatch(rf"{branch}(?:\|{branch})*", pattern), pattern
    plain = rf"(?<![a-z])(?:{alternation(words.class_words)})(?![a-z])"
    samples = [f"{before}{word}{after}" for word in (*words.class_words, "autoresize", "vautor", "kautor")
               for before in ("", "x", "-", "article__", "é", "K ") for after in ("", "s", "-box", "x", "_1", "é")]
    for sample in (*samples, *(s.upper() for s in samples), "", "post-meta"):
        for flags in (0, re.IGNORECASE):
            assert (re.search(pattern, sample, flags) is None) == (re.search(plain, sample, flags) is None), sample

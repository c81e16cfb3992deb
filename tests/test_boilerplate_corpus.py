"""The boilerplate corpus: real-style pages (HTML and text) whose must-keep sentences and must-drop
notices are listed beside them; run through `newsgrab.extract` as a user would.

Each case is `tests/boilerplate_corpus/<slug>.html|txt` plus `<slug>.toml`:
`keep` (article text: every sentence of it must be in the body), `drop` (notices: none may be in
the body), `hard_negative` (an article *about* donations, copyright, sharing ... whose sentences
all stay), optional `[original_source]` (fields the notices must be captured into).

Every case must keep all its sentences and lose all its notices (`test_case`); the totals per
category are a report, not a test: `bench/notice_corpus.py` prints them.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

import newsgrab
from newsgrab.model import Article

CORPUS = Path(__file__).parent / "boilerplate_corpus"
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?…])\s+(?=[\"“«(¿¡A-ZÀ-ÖØ-ÞА-ЯЁ0-9])")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


@dataclass(frozen=True)
class Case:
    slug: str
    path: Path
    keep: tuple[str, ...]
    drop: tuple[str, ...]
    hard_negative: bool
    family: str
    language: str
    source: dict[str, str]


def _cases() -> list[Case]:
    out = []
    for spec in sorted(CORPUS.glob("*.toml")):
        inputs = [p for p in CORPUS.glob(spec.stem + ".*") if p.suffix in (".html", ".txt")]
        assert len(inputs) == 1, f"{spec.name}: expected one .html or .txt beside it"
        data = tomllib.loads(spec.read_text(encoding="utf-8"))
        out.append(Case(spec.stem, inputs[0], tuple(data["keep"]), tuple(data.get("drop", ())),
                        bool(data.get("hard_negative")), data["family"], data.get("language", "en"),
                        dict(data.get("original_source", {}))))
    return out


CASES = _cases()


@cache
def _extract(path: Path) -> Article:
    return newsgrab.extract_file(path)


def sentences(paragraph: str) -> list[str]:
    return [s for s in _SENTENCE_SPLIT_RE.split(paragraph.strip()) if s]


def test_corpus_size_and_mix() -> None:
    assert len(CASES) >= 80
    assert sum(c.hard_negative for c in CASES) >= 15
    assert {c.path.suffix for c in CASES} == {".html", ".txt"}
    assert {c.language for c in CASES} >= {"en", "de", "fr", "es", "it", "pt", "ru"}


@pytest.mark.parametrize("case", CASES, ids=[c.slug for c in CASES])
def test_case(case: Case) -> None:
    article = _extract(case.path)
    body = _norm(article.body)
    lost = [s for p in case.keep for s in sentences(p) if _norm(s) not in body]
    assert not lost, f"article sentences lost: {lost}"
    left = [n for n in case.drop if _norm(n) in body]
    assert not left, f"notices left in the body: {left}"
    if case.source:
        got = article.original_source.to_dict() if article.original_source else {}
        for key, value in case.source.items():
            assert got.get(key) == value, f"original_source.{key}: {got.get(key)!r} != {value!r}"

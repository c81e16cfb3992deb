"""The page's language: the one it declares, else one detected from its text.

Declared tags (html lang, Content-Language, og:locale, JSON-LD inLanguage) are normalised to BCP 47
casing ("en_us" -> "en-US"). Detection, when a page declares nothing, asks the script first (Chinese,
Japanese, Korean), then the commonest function words of ten languages, and only then py3langid
(a dependency), imported on first use: its model is loaded then, once per process, so a run whose
pages declare their language or are decided by the cheaper guesses never loads it; and it is mapped
from a copy in the user's cache (langmodel.py), not unpacked again in every process.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from newsgrab.data import load_toml
from newsgrab.whitespace import ascii_gapped, ascii_letter_runs, fold_space

if TYPE_CHECKING:  # lxml stays unimported on the text-input path
    import lxml.html

_TAG_RE = re.compile(r"^(?P<primary>[a-zA-Z]{2,3})(?:[-_](?P<rest>[a-zA-Z0-9]{2,8}(?:[-_][a-zA-Z0-9]{1,8})*))?$")
#: characters of page text given to the detector (enough for a stable guess; its time grows with
#: the length)
DETECT_SAMPLE_CHARS = 1200
#: characters; below this the text is too short for a detection worth reporting
MIN_DETECT_CHARS = 80
#: characters; a page paragraph shorter than this is a menu item or a caption, not prose worth
#: sampling for detection (stricter than the content scorer's paragraph minimum: language needs prose)
MIN_SAMPLE_PARAGRAPH_CHARS = 40
_NOT_LANGUAGES = frozenset({"xx", "und", "mul", "zxx", "none"})
_WORD_RE = re.compile(r"[^\W\d_]+")
#: words; the function-word guess needs at least this many words to count from
GUESS_MIN_WORDS = 12
#: words; enough to be sure, and a bound on the guess's work
GUESS_MAX_WORDS = 400
#: characters read first for those words (GUESS_MAX_WORDS words of prose fill about 2,500), then
#: the longer prefix when the first holds too few
GUESS_PREFIX_CHARS = (2800, 4000)
#: share of the words that must be function words of the winning language (prose runs at 30-50 %)
GUESS_MIN_SHARE = 0.15
#: the winner must have this many times the hits of the runner-up
GUESS_MARGIN = 3.0


def normalise_tag(tag: str | None) -> str | None:
    """A BCP 47 tag in its usual casing, or None when `tag` is not one ("x-default", "", "und")."""
    if not tag:
        return None
    match = _TAG_RE.match(tag.strip().split(",")[0].strip())
    if not match or match["primary"].lower() in _NOT_LANGUAGES:
        return None
    primary = match["primary"].lower()
    if not match["rest"]:
        return primary
    parts = [p for p in re.split(r"[-_]", match["rest"]) if p]
    shaped = [p.upper() if len(p) == 2 else p.title() if len(p) == 4 else p.lower() for p in parts]
    return "-".join([primary, *shaped])


def first_declared(candidates: Iterable[tuple[str | None, str]]) -> tuple[str, str] | None:
    """The first valid (tag, source) among `candidates`, in the caller's order of trust."""
    for raw, source in candidates:
        tag = normalise_tag(raw)
        if tag:
            return tag, source
    return None


def sample_text(tree: lxml.html.HtmlElement) -> str:
    """Prose from the page's paragraphs, up to DETECT_SAMPLE_CHARS (read-only)."""
    parts: list[str] = []
    total = 0
    for p in tree.iter("p"):
        text = fold_space(p.text_content())
        if len(text) >= MIN_SAMPLE_PARAGRAPH_CHARS:
            parts.append(text)
            total += len(text)
            if total >= DETECT_SAMPLE_CHARS:
                break
    return " ".join(parts)[:DETECT_SAMPLE_CHARS]


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    raw = load_toml("function_words.toml")
    return {lang: frozenset(words.split()) for lang, words in raw["languages"].items()}


@lru_cache(maxsize=1)
def _languages_of_words() -> dict[str, tuple[str, ...]]:
    """Each function word with the languages that list it: a text's distinct words are looked up
    once each, instead of once per language."""
    out: dict[str, list[str]] = {}
    for lang, vocabulary in function_words().items():
        for word in vocabulary:
            out.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in out.items()}


def _first_words(text: str) -> list[str]:
    """The first GUESS_MAX_WORDS words of `text`, lowercased. The word pattern is slow on non-ASCII
    text (each character's class is looked up), so the prefixes of GUESS_PREFIX_CHARS are read first,
    shortest first: when one holds more than GUESS_MAX_WORDS words, the first ones are whole (another
    word follows them inside the prefix) and lowercased as in the whole text (lowercasing looks at one
    character's neighbours only for a final sigma, at the last word's end). Otherwise the whole text
    is read. (The shorter prefix holds enough words in 925 of the 948 texts longer than it that the
    textbench dumps detect from: the characters read fall by nearly a fifth.)"""
    for prefix in GUESS_PREFIX_CHARS:
        if len(text) <= prefix:
            break
        words = _words(text[:prefix].lower())
        if len(words) > GUESS_MAX_WORDS:
            return words[:GUESS_MAX_WORDS]
    return _words(text.lower())[:GUESS_MAX_WORDS]


def _words(lowered: str) -> list[str]:
    """`_WORD_RE`'s words of lower-cased text; in text ASCII but for non-word characters (quotes,
    dashes, spaces) they are its runs of a-z, cut without a regex (`ascii_gapped`, `ascii_letter_runs`)."""
    gapped = ascii_gapped(lowered)
    return ascii_letter_runs(gapped) if gapped is not None else _WORD_RE.findall(lowered)


def guess_by_function_words(text: str) -> str | None:
    """A language when the text's function words point clearly at one, else None (ask the detector).

    Cheap (no model to load), so a one-file shell run stays fast; deliberately strict, so an unclear
    or mixed text falls through to the statistical detector rather than getting a wrong guess.
    """
    # (the first words only, not every word of a long body; each distinct word looked up once in a
    # map of function words to their languages, not a pass over all of them per language)
    words = _first_words(text)
    if len(words) < GUESS_MIN_WORDS:
        return None
    totals = dict.fromkeys(function_words(), 0)
    languages_of = _languages_of_words()
    for word, count in Counter(words).items():
        for lang in languages_of.get(word, ()):
            totals[lang] += count
    scores = sorted(((total, lang) for lang, total in totals.items()), reverse=True)
    (best, lang), (second, _) = scores[0], scores[1]
    if best >= GUESS_MIN_SHARE * len(words) and best >= GUESS_MARGIN * max(second, 1):
        return lang
    return None


_LETTER_RE = re.compile(r"[^\W\d_]")
_KANA_RE = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d]")
_HANGUL_RE = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_HAN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_RE = re.compile(f"[{_KANA_RE.pattern[1:-1]}{_HANGUL_RE.pattern[1:-1]}{_HAN_RE.pattern[1:-1]}]")
#: share of the letters that must be Han, kana or hangul for the script to decide the language
SCRIPT_MIN_SHARE = 0.5
#: share of those CJK letters that kana must reach to make the text Japanese (its particles and
#: verb endings are kana: real Japanese prose runs far above this; Chinese has none)
KANA_MIN_SHARE = 0.1


def guess_by_script(text: str) -> str | None:
    """"ja", "ko" or "zh" when most letters are CJK, else None.

    These languages are told apart by their scripts alone (kana only in Japanese, hangul only in
    Korean, Han alone in Chinese), and spaces do not separate their words, so the function-word
    guess cannot read them; without this each such page would load the statistical detector.
    """
    if text.isascii() or not _CJK_RE.search(text):  # (one pass over a text without any, not three)
        return None
    han = len(_HAN_RE.findall(text))
    kana = len(_KANA_RE.findall(text))
    hangul = len(_HANGUL_RE.findall(text))
    cjk = han + kana + hangul
    if not cjk or cjk < SCRIPT_MIN_SHARE * len(_LETTER_RE.findall(text)):
        return None
    if kana >= KANA_MIN_SHARE * cjk:
        return "ja"
    return "ko" if hangul > han else "zh"


def detect_language(text: str) -> str | None:
    """The language of `text` as an ISO 639-1 code, or None when the text is too short to tell."""
    if len(text) < MIN_DETECT_CHARS:
        return None
    guessed = guess_by_script(text) or guess_by_function_words(text)
    if guessed:
        return guessed
    from newsgrab.meta.langmodel import classifier  # on first use: see the module docstring

    code, _score = classifier()(text)
    return str(code) if code else None

"""The class/id tokens of page chrome, article bodies and captions, compiled for fast matching.

The tokens are data (newsgrab/rules/selectors.toml), compiled once per strength into a matcher
(a word set and one trie-shaped regex). `Selectors` holds the compiled groups and remembers its
verdicts per class/id string; the prune walk (`structural.py`) and the scoring (`scoring.py`) ask it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import lxml.html

from newsgrab.data import Trie, trie_pattern
from newsgrab.html import settings
from newsgrab.memo import Memo

_STRENGTHS = ("strong", "weak", "keep", "score", "protect", "caption", "media-only", "hint")
#: what pruning does with an element, by its class/id key
PRUNE_KEEP, PRUNE_CHROME, PRUNE_CAPTION, PRUNE_MEDIA_ONLY, PRUNE_HINT = 0, 1, 2, 3, 4
#: distinct class/id strings remembered per question before its memo empties itself (a page repeats
#: its class strings and a site its theme; 50,000 short strings are a few MB)
MAX_REMEMBERED_KEYS = 50_000
_WORD_EDGE = "a-z0-9"
_WORD_RE = re.compile(f"[{_WORD_EDGE}]+")


class TokenMatcher:
    """One token group: whole-word tokens as a set, the others as one regex shaped as a trie.

    Python's re tries the branches of an alternation one by one at every position of the key; a
    branch that starts with a literal character is skipped at once when that character is not
    there, so a trie (the literals share their prefixes) mostly costs one character test per
    position. The word edge of a `^prefix` token, or of an `=word` token with punctuation, is an
    assertion placed after its literal, tested only where the literal was found. Plain `=word`
    tokens (most of the marked ones) are looked up in the key's words instead, which keeps the
    regexes small and quick to compile. A flat alternation would be slower: a lookbehind branch
    disables the first-character skip. The verdicts are remembered per class string
    (`Selectors.prune_verdicts`), so matching speed matters on a process's first pass over new sites.
    """

    __slots__ = ("_regex", "_words", "tokens")

    def __init__(self, tokens: list[str]) -> None:
        _check_tokens(tokens)
        words: set[str] = set()
        trie: Trie = {}
        for token in tokens:
            if token.startswith("=") and _WORD_RE.fullmatch(token, 1):
                words.add(token[1:])
                continue
            node = trie
            for step in _token_steps(token):
                node = node.setdefault(step, {})
            node[""] = {}  # a token ends here
        self.tokens = tuple(tokens)
        self._words = frozenset(words)
        self._regex = re.compile(trie_pattern(trie)) if trie else None

    def search(self, key: str, words: list[str] | None = None) -> str | None:
        """The matching part of `key` for a token that matches, or None. `words`: the key's words
        (`key_words(key)`), from a caller that split the key once for several groups."""
        if self._regex is not None:
            found = self._regex.search(key)
            if found:
                return str(found.group(0))
        if self._words:
            if words is None:
                words = key_words(key)
            if not self._words.isdisjoint(words):
                return next(word for word in words if word in self._words)
        return None


def key_words(key: str) -> list[str]:
    """The words of a class/id key: its runs of a-z and 0-9, the units `=word` tokens match."""
    return _WORD_RE.findall(key)


def _check_tokens(tokens: list[str]) -> None:
    """Raise ValueError for a group `TokenMatcher` cannot compile (without compiling it)."""
    if not tokens:  # not an assert: must hold under python -O
        raise ValueError("empty token group would make the selector match every element")
    for token in tokens:
        _token_steps(token)


def _token_steps(token: str) -> list[str]:
    """The characters of a token's literal, then the word-edge assertions its marker asks for."""
    marker = token[:1] if token[:1] in ("=", "^") else ""
    body = token[len(marker) :]
    if not body:
        raise ValueError(f"token {token!r} is empty once its marker is removed")
    steps = list(body)
    if marker:  # no word character before the literal (tested once it matched, on its last character)
        steps.append(f"(?<![{_WORD_EDGE}]{re.escape(body)})")
    if marker == "=":  # and none after it
        steps.append(f"(?![{_WORD_EDGE}])")
    return steps


@dataclass(frozen=True, slots=True)
class Selectors:
    """The compiled token groups: chrome to remove (strong, weak), rescue words, scoring words.

    The verdicts on class/id strings depend on these groups, so they are remembered here, one
    `Memo` per question, keyed by the string: a set compiled from other tokens has memos of its own.
    """

    strong: TokenMatcher
    weak: TokenMatcher
    keep: TokenMatcher
    positive: TokenMatcher
    negative: TokenMatcher
    protect: TokenMatcher
    caption: TokenMatcher
    media_only: TokenMatcher
    hint: TokenMatcher
    #: the tokens of the groups marked `overlay = true`: boxes laid over the page (see `structural.overlay_kind`)
    overlay: TokenMatcher
    #: class/id key -> what pruning does with it (one of the PRUNE_* verdicts)
    prune_verdicts: Memo[str, int] = field(init=False, repr=False, compare=False)
    #: class/id key -> whether the hint tokens name an article body in it
    hint_keys: Memo[str, bool] = field(init=False, repr=False, compare=False)
    #: one class or id string -> its scoring weight (negative and positive tokens)
    weights: Memo[str, float] = field(init=False, repr=False, compare=False)
    #: class/id key -> whether the overlay tokens match it
    overlay_keys: Memo[str, bool] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "prune_verdicts", Memo(lambda key: _key_verdict(key, self), MAX_REMEMBERED_KEYS))
        object.__setattr__(self, "hint_keys", Memo(lambda key: self.hint.search(key) is not None, MAX_REMEMBERED_KEYS))
        object.__setattr__(self, "weights", Memo(self._weight, MAX_REMEMBERED_KEYS))
        object.__setattr__(
            self, "overlay_keys", Memo(lambda key: self.overlay.search(key) is not None, MAX_REMEMBERED_KEYS)
        )

    def _weight(self, value: str) -> float:
        low = value.lower()
        words = key_words(low)
        weight = 0.0
        if self.negative.search(low, words):
            weight -= settings.CLASS_WEIGHT
        if self.positive.search(low, words):
            weight += settings.CLASS_WEIGHT
        return weight


def compile_selectors(raw: dict[str, object]) -> Selectors:
    """Validate the TOML data and compile each strength's groups into one matcher."""
    groups = raw.get("group")
    if not isinstance(groups, list) or not groups:
        raise ValueError("selectors.toml holds no [[group]] tables")
    tokens_by: dict[str, list[str]] = {}
    overlay: list[str] = []
    for group in groups:
        name, strength, tokens = group.get("name"), group.get("strength"), group.get("tokens")
        if strength not in _STRENGTHS:
            raise ValueError(f"group {name!r}: strength must be one of {', '.join(_STRENGTHS)}")
        if not isinstance(tokens, list) or not all(isinstance(t, str) for t in tokens):
            raise ValueError(f"group {name!r}: tokens must be a list of strings")
        _check_tokens(tokens)  # each group on its own: an empty group raises here
        key = str(name) if strength == "score" else str(strength)
        tokens_by.setdefault(key, []).extend(tokens)
        if group.get("overlay", False) is True:
            overlay.extend(tokens)
        elif "overlay" in group:
            raise ValueError(f"group {name!r}: overlay must be true or left out")
    missing = [k for k in ("strong", "weak", "keep", "positive", "negative", "protect", "caption", "media-only",
                           "hint") if k not in tokens_by]
    if missing:
        raise ValueError(f"selectors.toml defines no {', '.join(missing)} group")
    if not overlay:
        raise ValueError("selectors.toml marks no group as overlay")
    return Selectors(
        strong=TokenMatcher(tokens_by["strong"]),
        weak=TokenMatcher(tokens_by["weak"]),
        keep=TokenMatcher(tokens_by["keep"]),
        positive=TokenMatcher(tokens_by["positive"]),
        negative=TokenMatcher(tokens_by["negative"]),
        protect=TokenMatcher(tokens_by["protect"]),
        caption=TokenMatcher(tokens_by["caption"]),
        media_only=TokenMatcher(tokens_by["media-only"]),
        hint=TokenMatcher(tokens_by["hint"]),
        overlay=TokenMatcher(overlay),
    )


@lru_cache(maxsize=1)
def selectors() -> Selectors:
    """The packaged selectors, compiled once."""
    text = resources.files("newsgrab.rules").joinpath("selectors.toml").read_text("utf-8")
    return compile_selectors(tomllib.loads(text))


def attr_key(el: lxml.html.HtmlElement) -> str:
    """The lower-cased class, id and data-testid of an element, the string every token group sees.

    An id that is a slug of several words ("sharing-with-a-single-developer", made from a heading
    by a docs generator or a CMS) is text, not design vocabulary, and is left out. `data-testid`
    is kept: sites with generated class names (Medium, React apps) name their parts there.
    """
    return compose_key(el.get("class"), el.get("id"), el.get("data-testid"))


def class_key(cls: str) -> str:
    """The key of an element whose only key attribute is its class (`compose_key(cls, None, None)`):
    the class lower-cased. Named apart so a hot walk (structural.prune) can take it without the rest."""
    return cls.lower()


def compose_key(cls: str | None, ident: str | None, testid: str | None) -> str:
    if ident and ident.count("-") >= settings.SLUG_MIN_HYPHENS:
        ident = None
    if ident is None and testid is None:  # the common case, without building a list
        return class_key(cls) if cls else ""
    return " ".join(part for part in (cls, ident, testid) if part).lower()


def _key_verdict(key: str, sel: Selectors) -> int:
    """The prune verdict of a class/id key, by the first group that matches it (protect first)."""
    words = key_words(key)
    if sel.protect.search(key, words):
        return PRUNE_KEEP
    if sel.hint.search(key, words):
        return PRUNE_HINT
    if sel.strong.search(key, words) or (sel.weak.search(key, words) and not sel.keep.search(key, words)):
        return PRUNE_CHROME
    if sel.media_only.search(key, words):
        return PRUNE_MEDIA_ONLY
    if sel.caption.search(key, words):
        return PRUNE_CAPTION
    return PRUNE_KEEP

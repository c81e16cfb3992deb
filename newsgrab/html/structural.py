"""Structural cleaning: drop page chrome from the tree by tag, role, visibility and class/id tokens.

The tokens are data (newsgrab/rules/selectors.toml), compiled once per strength into a matcher
(a word set and one trie-shaped regex). They are tested in one Python walk over the tree rather
than as XPath `re:test(...)`: lxml runs EXSLT regexes through a Python callback per element, and
`contains()` chains test every token on every element, where the walk remembers its verdict per
class string. The walk does not enter a subtree it removes.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import lxml.html
from lxml import etree

from newsgrab.html import settings
from newsgrab.memo import Memo
from newsgrab.meta import pagescan

#: elements that never hold article text; removed with their content, their tail text kept.
JUNK_TAGS = (
    "script", "style", "template", "svg", "canvas", "button", "input", "select", "textarea",
    "option", "datalist", "link", "meta", "object", "applet", "map", "dialog", "math",
)  # fmt: skip
#: elements that are page chrome by definition (HTML5 sectioning outside the article).
CHROME_TAGS = frozenset({"nav", "footer", "aside", "header", "menu"})
#: ARIA landmark roles of page chrome.
CHROME_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu",
     "menubar", "tablist", "toolbar", "alert", "marquee"}
)  # fmt: skip
#: phrasing elements: page chrome is built from containers, so token rules skip these (a quarter
#: of a page's elements). <span> is still checked: bylines, datelines and "sponsored" labels live
#: in spans.
INLINE_TAGS = frozenset(
    {"a", "b", "i", "em", "strong", "img", "picture", "source", "time", "abbr", "small", "sup", "sub",
     "br", "wbr", "u", "s", "cite", "code", "font", "label", "mark", "q", "var", "kbd", "path", "use"}
)  # fmt: skip
#: elements never removed by a token match: removing them would remove the page.
PROTECTED_TAGS = frozenset({"html", "body", "main", "article"})
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_STRENGTHS = ("strong", "weak", "keep", "score", "protect", "caption", "media-only", "hint")
_KEEP, _CHROME, _CAPTION, _MEDIA_ONLY, _HINT = 0, 1, 2, 3, 4
_BODY_ITEMPROPS = frozenset({"articlebody", "reviewbody", "text"})
#: a coarse search for elements that may be an article body (a class holding one of these pieces,
#: or any itemprop); the hint tokens decide. Defined in pagescan, whose walk collects them.
HINT_PREFILTER_PIECES = pagescan.HINT_PREFILTER_PIECES
_HINT_PIECE_RE = pagescan.HINT_PIECE_RE
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
        trie: _Trie = {}
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
        self._regex = re.compile(_trie_pattern(trie)) if trie else None

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


#: a trie of token steps: a single character to match, or (longer) an assertion's regex
_Trie = dict[str, "_Trie"]


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


def _trie_pattern(node: _Trie) -> str:
    """The regex of a trie node. A search only asks whether a token is there, so a token that ends
    here ends the branch (matching "related" makes "related-posts" redundant). Character steps come
    before assertions: a character branch is skipped at once when it does not fit."""
    if "" in node:
        return ""
    branches = []
    for step, child in sorted(node.items(), key=lambda item: (len(item[0]) > 1, item[0])):
        steps = [step]
        while len(child) == 1 and "" not in child:  # a run without a fork: written out, no recursion
            [(step, child)] = child.items()
            steps.append(step)
        branches.append("".join(re.escape(step) if len(step) == 1 else step for step in steps) + _trie_pattern(child))
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


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
    #: class/id key -> what pruning does with it (_KEEP, _CHROME, _CAPTION, _MEDIA_ONLY, _HINT)
    prune_verdicts: Memo[str, int] = field(init=False, repr=False, compare=False)
    #: class/id key -> whether the hint tokens name an article body in it
    hint_keys: Memo[str, bool] = field(init=False, repr=False, compare=False)
    #: one class or id string -> its scoring weight (negative and positive tokens)
    weights: Memo[str, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "prune_verdicts", Memo(lambda key: _key_verdict(key, self), MAX_REMEMBERED_KEYS))
        object.__setattr__(self, "hint_keys", Memo(lambda key: self.hint.search(key) is not None, MAX_REMEMBERED_KEYS))
        object.__setattr__(self, "weights", Memo(self._weight, MAX_REMEMBERED_KEYS))

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
    for group in groups:
        name, strength, tokens = group.get("name"), group.get("strength"), group.get("tokens")
        if strength not in _STRENGTHS:
            raise ValueError(f"group {name!r}: strength must be one of {', '.join(_STRENGTHS)}")
        if not isinstance(tokens, list) or not all(isinstance(t, str) for t in tokens):
            raise ValueError(f"group {name!r}: tokens must be a list of strings")
        _check_tokens(tokens)  # each group on its own: an empty group raises here
        key = str(name) if strength == "score" else str(strength)
        tokens_by.setdefault(key, []).extend(tokens)
    missing = [k for k in ("strong", "weak", "keep", "positive", "negative", "protect", "caption", "media-only",
                           "hint") if k not in tokens_by]
    if missing:
        raise ValueError(f"selectors.toml defines no {', '.join(missing)} group")
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
    return _compose_key(el.get("class"), el.get("id"), el.get("data-testid"))


def _compose_key(cls: str | None, ident: str | None, testid: str | None) -> str:
    if ident and ident.count("-") >= settings.SLUG_MIN_HYPHENS:
        ident = None
    if ident is None and testid is None:  # the common case, without building a list
        return cls.lower() if cls else ""
    return " ".join(part for part in (cls, ident, testid) if part).lower()


def element_text(el: lxml.html.HtmlElement) -> str:
    """`el.text_content()` without its XPath evaluation: the same libxml2 content walk
    (xmlNodeBufGetContent for tostring, xmlNodeGetContent for XPath string()) and the same string,
    without the cost of setting up an XPath call, which on a paragraph is more than gathering its
    text. Every text this package's HTML stage measures is read this way:
    the chrome candidates' and captions' here, the paragraphs' in scoring, links' and cells' in
    blocks, the page's in content."""
    return etree.tostring(el, method="text", encoding=str, with_tail=False)


def _hidden(el: lxml.html.HtmlElement, names: list[str]) -> bool:
    """Hidden by the `hidden` attribute, `aria-hidden` or an inline display/visibility style.
    `names`: the element's attribute names, read once by the caller (a name test is cheaper than
    a `.get()`, and most elements have only a class)."""
    if "hidden" in names or ("aria-hidden" in names and el.get("aria-hidden") == "true"):
        return True
    if "style" not in names:
        return False
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE_RE.search(style))


def drop_junk(root: lxml.html.HtmlElement) -> None:
    """Remove scripts, styles, form controls and other non-text elements (C-level, one call)."""
    etree.strip_elements(root, *JUNK_TAGS, etree.Comment, etree.ProcessingInstruction, with_tail=False)


def prune(
    root: lxml.html.HtmlElement,
    *,
    tokens: bool,
    page_chars: int | None = None,
    hint_pool: list[lxml.html.HtmlElement] | None = None,
    kept: list[lxml.html.HtmlElement] | None = None,
) -> int:
    """Remove hidden elements and, with `tokens`, chrome by tag, role and class/id tokens.

    A chrome candidate that holds an article-body hint (itemprop, a CMS body class) or more than
    `MAX_PRUNED_TEXT_SHARE` of the text is kept: it is a wrapper, e.g. Blogger's `widget Blog`.
    Caption- and gallery-classed elements become <figcaption>, so the serialiser keeps their
    media, not their text. The walk does not enter a subtree it removes. `page_chars` is the
    length of the root's text when the caller knows it. `hint_pool`, when given, holds every
    element of this tree with an itemprop or a class holding a hint piece (the page scan's walk
    collects it): the body-hint test then climbs from the few real hints instead of walking each
    large candidate's subtree. `kept`, when given, receives the nodes
    left in the tree (the root and its descendants, in document order: `list(root.iter())` after
    the walk), which the walk visits anyway; the scoring pass reads them from this list instead
    of walking the tree again. Returns how many elements were removed.
    """
    sel = selectors()
    hints = _BodyHints(hint_pool, sel) if hint_pool is not None else None
    page_chars = max(len(element_text(root)) if page_chars is None else page_chars, 1)
    doomed: list[lxml.html.HtmlElement] = []
    # Per element, the attribute names are read once (`keys()`): an element without attributes
    # (many of them) needs no test but its tag, and a name test is cheaper than a `.get()`;
    # children are stacked by a reversed slice, cheaper than an iterchildren() iterator.
    survivors = [root]
    stack = root[::-1]
    while stack:
        el = stack.pop()
        tag = el.tag
        if not isinstance(tag, str):
            survivors.append(el)
            continue
        if tag not in PROTECTED_TAGS:
            names = el.keys()
            if names and _hidden(el, names) and (el.get("aria-hidden") != "true" or _small_enough(el, page_chars)):
                doomed.append(el)
                continue
            if tokens and tag not in INLINE_TAGS:
                verdict = _verdict(el, tag, sel, names)
                if verdict == _CHROME and _removable(el, sel, page_chars, hints):
                    doomed.append(el)
                    continue
                if (verdict == _CAPTION and len(element_text(el)) <= settings.MAX_CAPTION_CHARS) or (
                    verdict == _MEDIA_ONLY and _removable(el, sel, page_chars, hints)
                ):
                    el.tag = "figcaption"
                    survivors.append(el)
                    survivors.extend(el.iterdescendants())  # kept whole, not walked
                    continue
        survivors.append(el)
        stack.extend(el[::-1])
    for el in doomed:
        drop(el)
    if kept is not None:
        kept.extend(survivors)
    return len(doomed)


#: characters lxml refuses in a string handed to it (XML 1.0 allows no other C0 control), though its
#: HTML parser accepts them from a page
_XML_ILLEGAL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def drop(el: lxml.html.HtmlElement) -> None:
    """Remove `el` and its subtree, keeping its tail text in place (what `drop_tree` does).

    The tail is joined to the text before the element, and the join handed back to lxml, which
    refuses a string holding a C0 control character (U+0001 to U+001F but tab, LF and CR) though
    its parser took it from the page ("Filed under\x1f<nav>..."). Such a join is written again
    without them: they are not text a reader sees. The join is made before the first try, since
    a refused assignment can leave the old text gone.
    """
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        previous = el.getprevious()
        if previous is None:
            joined = (parent.text or "") + tail
            try:
                parent.text = joined
            except ValueError:
                parent.text = _XML_ILLEGAL_RE.sub("", joined)
        else:
            joined = (previous.tail or "") + tail
            try:
                previous.tail = joined
            except ValueError:
                previous.tail = _XML_ILLEGAL_RE.sub("", joined)
    parent.remove(el)


def _verdict(el: lxml.html.HtmlElement, tag: str, sel: Selectors, names: list[str]) -> int:
    """What the prune walk does with `el`, from its tag, role and class/id key (`names`: its attribute names)."""
    if tag in CHROME_TAGS:
        return _CHROME
    if not names:
        return _KEEP
    if "role" in names and str(el.get("role")).lower() in CHROME_ROLES:
        return _CHROME
    key = _compose_key(
        el.get("class"),
        el.get("id") if "id" in names else None,
        el.get("data-testid") if "data-testid" in names else None,
    )
    if not key:
        return _KEEP
    return sel.prune_verdicts[key]


def _key_verdict(key: str, sel: Selectors) -> int:
    """The prune verdict of a class/id key, by the first group that matches it (protect first)."""
    words = key_words(key)
    if sel.protect.search(key, words):
        return _KEEP
    if sel.hint.search(key, words):
        return _HINT
    if sel.strong.search(key, words) or (sel.weak.search(key, words) and not sel.keep.search(key, words)):
        return _CHROME
    if sel.media_only.search(key, words):
        return _MEDIA_ONLY
    if sel.caption.search(key, words):
        return _CAPTION
    return _KEEP


def _small_enough(el: lxml.html.HtmlElement, page_chars: int) -> bool:
    """Holds at most `MAX_PRUNED_TEXT_SHARE` of the page's text. An aria-hidden wrapper holding
    most of it is the page behind a consent dialog (scripts set aria-hidden while a dialog is
    open), not chrome; `hidden` and display:none stay removed whatever their size."""
    return len(el) == 0 or len(element_text(el)) <= page_chars * settings.MAX_PRUNED_TEXT_SHARE


def _removable(
    el: lxml.html.HtmlElement, sel: Selectors, page_chars: int, hints: _BodyHints | None = None
) -> bool:
    """Small enough to be chrome, and not a wrapper of the article body."""
    if len(el) == 0:
        return True
    chars = len(element_text(el))
    if chars > page_chars * settings.MAX_PRUNED_TEXT_SHARE:
        return False
    if chars < settings.MIN_WRAPPER_CHARS:
        return True  # too little text to wrap an article body: no need to search inside
    if hints is not None:
        return not hints.inside(el)
    return not any(_is_body_hint(found, sel) for found in _hint_candidates(el))


def _is_body_hint(found: lxml.html.HtmlElement, sel: Selectors) -> bool:
    """An article-body itemprop, or a class/id key the hint tokens match (verdict remembered)."""
    itemprop = found.get("itemprop")
    if itemprop and itemprop.lower() in _BODY_ITEMPROPS:
        return True
    return sel.hint_keys[attr_key(found)]


class _BodyHints:
    """The article-body hints of one page, picked from the page scan's pool on first use.

    Whether a candidate holds one is a set lookup: the elements that hold a hint are gathered once,
    climbing from each hint until an ancestor already gathered (so each element is added once,
    however many hints or candidates the page has), instead of walking each candidate's subtree.
    Elements `drop_junk` removed are detached, so their ancestors no longer include any candidate:
    the same answer as the walk.
    """

    __slots__ = ("_holders", "_pool", "_sel")

    def __init__(self, pool: list[lxml.html.HtmlElement], sel: Selectors) -> None:
        self._pool = pool
        self._sel = sel
        self._holders: set[lxml.html.HtmlElement] | None = None

    def inside(self, el: lxml.html.HtmlElement) -> bool:
        """Whether a body hint is a descendant of `el`."""
        if self._holders is None:
            holders: set[lxml.html.HtmlElement] = set()
            for found in self._pool:
                if _is_body_hint(found, self._sel):
                    for ancestor in found.iterancestors():
                        if ancestor in holders:
                            break
                        holders.add(ancestor)
            self._holders = holders
        return el in self._holders


def _hint_candidates(el: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Descendants of `el` with an itemprop or a class holding a prefilter piece, in document order.

    A Python walk with remembered class verdicts rather than one XPath
    (`descendant::*[@itemprop or contains(@class, ...)]`), which would evaluate its predicates
    on every element of every chrome candidate.
    """
    found = []
    has_piece = pagescan.HAS_HINT_PIECE
    for node in el.iterdescendants(etree.Element):
        cls = node.get("class")
        if cls is not None and has_piece[cls]:
            found.append(node)
            continue
        if node.get("itemprop") is not None:
            found.append(node)
    return found

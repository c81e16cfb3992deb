"""Site profiles: rules proposed from the paragraphs that repeat at the start or end of a site's pages.

A publisher's in-article notice is the same paragraph under every article of its site ("Support
the Harbour Post: ...", "© 2024 Harbour Post. All rights reserved."), while the article changes.
So, given many pages of one or more sites (their blocks and metadata, as the pipeline reads them),
`suggest` counts, per site, the pages whose first `HEAD_BLOCKS` or last `TAIL_BLOCKS` blocks hold
each paragraph (digits aside: "© 2023" and "© 2024" are one paragraph), and proposes a rule for
every paragraph that at least `min_pages` pages and `min_share` of the site's pages hold there and
that no loaded rule matches yet. `to_toml` writes them in the `--rules` format, each with the count
in its `note`, for a person to review, edit and pass back with `--rules FILE`.

Each proposed rule is anchored on the paragraph's own words (digits as `\\d+`, the end anchored
when the paragraph is short enough to be matched whole), scoped `leading` or `trailing` by where it
was seen, given the category the notice score reads from its words (newsgrab/clean/score.py), an
example (the paragraph as one page had it) and a hard negative (a paragraph of the same site that
the rule must leave alone: one opening with the same word if there is one). Every rule written is
checked as the loader checks a user's file (`parse_rules`): its example fires, its hard negative
does not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from newsgrab.clean.lexicon import words_of
from newsgrab.clean.score import NoticeScorer, category
from newsgrab.clean.views import BlockText, PageFacts
from newsgrab.errors import RuleError
from newsgrab.model import Block, Metadata
from newsgrab.rules import DEFAULT_MAX_CHARS, Rule, parse_rules
from newsgrab.rules.matcher import RuleIndex, rule_index
from newsgrab.whitespace import fold_space

#: blocks at each end of a page where a site's notices sit
HEAD_BLOCKS = 4
TAIL_BLOCKS = 8
#: pages of a site that must hold a paragraph (at one end), and the share of the site's pages
MIN_PAGES = 3
MIN_SHARE = 0.2
#: characters; a paragraph up to this long is matched whole (`^...$`), a longer one by its opening
WHOLE_MATCH_CHARS = 160
#: characters of a long paragraph's opening the pattern holds (cut at a word's end)
OPENING_CHARS = 80
#: characters; shorter paragraphs (a bullet, "More") tell nothing worth a rule
MIN_CHARS = 8
_DIGITS_RE = re.compile(r"\d+")
#: the characters a pattern must escape to match them as written (`re.escape` escapes spaces too)
_SPECIAL_RE = re.compile(r"[.^$*+?{}\[\]\\|()]")
_SLUG_RE = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class Page:
    """One page as the pipeline read it: its site (the host, or whatever the caller groups pages
    by), where it came from (for the notes), its blocks and its metadata."""

    site: str
    name: str
    blocks: Sequence[Block]
    metadata: Metadata | None = None


@dataclass(slots=True)
class Suggestion:
    """A proposed rule and the evidence for it."""

    site: str
    scope: str
    category: str
    pattern: str
    example: str
    hard_negative: str
    max_chars: int
    #: pages of the site holding the paragraph at that end, and the site's pages
    pages: int
    site_pages: int
    #: the page the example comes from
    seen_in: str
    id: str = ""


@dataclass(slots=True)
class _Site:
    pages: list[Page] = field(default_factory=list)


def suggest(pages: Iterable[Page], rules: Sequence[Rule] = (), *, min_pages: int = MIN_PAGES,
            min_share: float = MIN_SHARE) -> list[Suggestion]:
    """The rules the repeated paragraphs of each site call for, most widespread first. Paragraphs
    that a rule of `rules` (the packaged ones, a user's) already matches are left out."""
    sites: dict[str, _Site] = {}
    for page in pages:
        sites.setdefault(page.site, _Site()).pages.append(page)
    index = rule_index(tuple(rules))
    found: list[Suggestion] = []
    for site, held in sorted(sites.items()):
        found.extend(_site_suggestions(site, held.pages, index, min_pages, min_share))
    found.sort(key=lambda s: (-s.pages / s.site_pages, -s.pages, s.site, s.example))
    taken: Counter[str] = Counter()
    for suggestion in found:
        base = f"{suggestion.category}.{_slug(suggestion.site)}"
        taken[base] += 1
        suggestion.id = f"{base}-{taken[base]}"
    return [suggestion for suggestion in found if _loads(suggestion)]


def _site_suggestions(site: str, pages: list[Page], index: RuleIndex, min_pages: int, min_share: float
                      ) -> list[Suggestion]:
    holders: dict[tuple[str, str], set[int]] = {}
    examples: dict[tuple[str, str], tuple[str, int]] = {}
    #: every paragraph of the site's pages with the pages holding it anywhere (hard negatives: the unrepeated)
    anywhere: dict[str, set[int]] = {}
    for number, page in enumerate(pages):
        texts = [text for b in page.blocks if b.kind != "media" and (text := fold_space(b.text))]
        for position, text in enumerate(texts):
            shape = _DIGITS_RE.sub("0", text.casefold())
            anywhere.setdefault(shape, set()).add(number)
            zone = _zone(position, len(texts))
            if zone is None or not MIN_CHARS <= len(text) <= DEFAULT_MAX_CHARS or index.first(text) is not None:
                continue
            holders.setdefault((shape, zone), set()).add(number)
            examples.setdefault((shape, zone), (text, number))
    once = [examples_text for shape, held in anywhere.items() if len(held) == 1
            for examples_text in _originals(shape, pages, held)]
    found = []
    for key, holding in holders.items():
        if len(holding) < min_pages or len(holding) < min_share * len(pages):
            continue
        if key[1] == "leading" and (key[0], "trailing") in holders and len(holders[key[0], "trailing"]) >= len(holding):
            continue  # a short page's blocks are near both ends: count the paragraph once, at its end
        text, number = examples[key]
        pattern = pattern_for(text)
        compiled = re.compile(pattern, re.IGNORECASE)
        negative = _hard_negative(text, compiled, once)
        page = pages[number]
        found.append(Suggestion(
            site=site, scope=key[1], category=_category(text, page), pattern=pattern, example=text,
            hard_negative=negative, max_chars=min(DEFAULT_MAX_CHARS, max(2 * len(text), 120)),
            pages=len(holding), site_pages=len(pages), seen_in=page.name,
        ))
    return found


def _zone(position: int, count: int) -> str | None:
    """Which end of a page a block is near ("leading", "trailing"), the nearer one; None for neither."""
    from_end = count - 1 - position
    if position < HEAD_BLOCKS and position < from_end:
        return "leading"
    if from_end < TAIL_BLOCKS:
        return "trailing"
    return "leading" if position < HEAD_BLOCKS else None


def _originals(shape: str, pages: Sequence[Page], held: set[int]) -> Iterator[str]:
    """The paragraph of shape `shape` as the page holding it wrote it."""
    for number in held:
        for block in pages[number].blocks:
            text = fold_space(block.text)
            if text and _DIGITS_RE.sub("0", text.casefold()) == shape:
                yield text
                break


def pattern_for(text: str) -> str:
    """A case-insensitive pattern for a paragraph: its words, any run of digits as `\\d+`, the
    whole paragraph when it is short (`WHOLE_MATCH_CHARS`), else its opening."""
    whole = len(text) <= WHOLE_MATCH_CHARS
    if not whole:
        cut = text.rfind(" ", 0, OPENING_CHARS)
        text = text[: cut if cut > 0 else OPENING_CHARS]
    parts = _DIGITS_RE.split(text)
    pattern = r"\d+".join(_SPECIAL_RE.sub(r"\\\g<0>", part) for part in parts)
    return "^" + pattern + (r"\W*$" if whole else "")


def _hard_negative(text: str, compiled: re.Pattern[str], once: Sequence[str]) -> str:
    """A sentence of the same site that the rule must not fire on, from the paragraphs only one page
    holds (the articles' own): the one sharing most words with the notice (then the shortest),
    else the notice's words quoted inside a sentence."""
    words = {word for word in words_of(text) if len(word) >= 4}
    fitting = [m for m in once if MIN_CHARS <= len(m) <= DEFAULT_MAX_CHARS and not compiled.search(m)
               and m[-1:] in ".!?"]
    if fitting:
        return min(fitting, key=lambda m: (-len(words.intersection(words_of(m))), len(m), m))
    return f"The article quoted the line \u201c{text[:60]}\u201d in full."


def _category(text: str, page: Page) -> str:
    facts = PageFacts.of(page.metadata)
    view = BlockText.of(Block(kind="p", text=text), text, facts.vocabulary)
    scorer = NoticeScorer(facts)
    return category(view, facts, scorer.text_cues(view))


def _slug(site: str) -> str:
    return _SLUG_RE.sub("-", site.casefold().removeprefix("www.")).strip("-") or "site"


def _loads(suggestion: Suggestion) -> bool:
    """Whether the rule passes the loader's checks (a paragraph the patterns cannot hold is dropped)."""
    try:
        parse_rules("\n".join(_rule_lines(suggestion)), "suggested rules")
    except RuleError:
        return False
    return True


def to_toml(suggestions: Sequence[Suggestion], sources: str) -> str:
    """The suggestions as a rule file in the `--rules` format (each passes the loader's checks)."""
    lines = [
        f"# Rules suggested by `newsgrab rules suggest` from {sources}.",
        "# Each paragraph below repeats at the start or end of many pages of one site; review every",
        "# rule (delete the ones that are article text, widen or narrow a pattern, fix a category)",
        "# and pass the file back with `newsgrab --rules FILE`.",
    ]
    for suggestion in suggestions:
        lines += ["", *_rule_lines(suggestion)]
    return "\n".join(lines) + "\n"


def _rule_lines(s: Suggestion) -> list[str]:
    where = "end" if s.scope == "trailing" else "start"
    return [
        "[[rule]]",
        f"id = {_quote(s.id or 'suggested')}",
        f"category = {_quote(s.category)}",
        f"family = {_quote(s.site)}",
        f"scope = {_quote(s.scope)}",
        f"max_chars = {s.max_chars}",
        f"pattern = {_literal(s.pattern)}",
        f"example = {_quote(s.example)}",
        f"hard_negative = {_quote(s.hard_negative)}",
        f"note = {_quote(f'at the {where} of {s.pages} of {s.site_pages} pages of {s.site}; e.g. {s.seen_in}')}",
    ]


def _literal(value: str) -> str:
    """A TOML literal string (backslashes as written) when the value allows one, else a basic string."""
    if "'" in value or any(ch < " " or ch == "\x7f" for ch in value):
        return _quote(value)
    return f"'{value}'"


def _quote(value: str) -> str:
    """A TOML basic string."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    escaped = "".join(ch if ch >= " " and ch != "\x7f" else f"\\u{ord(ch):04x}" for ch in escaped)
    return f'"{escaped}"'

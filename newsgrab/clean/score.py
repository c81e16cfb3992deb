"""The notice score: the cues of newsgrab/clean/cues.py combined by named weights kept as data.

For every block no rule matched, the pass asks `NoticeScorer.text_cues` for its text cues
(cues.py) and sets the page ones with `with_position` and the pass's own count of repeats:

- `after-body`: the block comes after the last *anchor* of the article, `before-body`: before the
  first. Anchors are the blocks that read as prose (sentence-like, not a link line) and that the
  score would clearly keep even after the article (`anchors_at_the_end`): so an author bio or a
  donation appeal, however long, does not stretch the article over itself. A page without
  anchors (a list of links, a table) has no position cues;
- `repeated`: the page holds the same short block twice or more (furniture, not the article);
- `link-list`: the block is an item of a list of links (`shapes.link_list_items`: a run of linked
  list items, most of them no sentence): the headlines of other stories.

The score is a logistic model: `bias + sum(weight * cue)`, where a weight named `a*b` applies to the
product of two cues (the reader addressed *and* called to act). The weights and the threshold live
in newsgrab/data/notice_weights.toml; bench/notice_weights.py fits them on the labelled real pages
of the tune half (bench/notice_labels.tsv) and writes that file.

A block scored at or above the threshold is removed with the rule `score:<cue>+<cue>...` (its
strongest cues, so `--explain` shows why) and a category read from its words (`category`).
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from newsgrab.clean.cues import (
    CUE_GATES,
    CUE_KINDS,
    CUE_NEEDS_HINTS,
    CUE_NEEDS_LINKS,
    SHORTNESS_SPAN,
    TEXT_CUES,
    action_categories,
    is_link_heavy,
    shortness_of,
)
from newsgrab.clean.lexicon import ACTION_REMOVAL_CATEGORY, CALL_CATEGORIES
from newsgrab.clean.views import BlockText, PageFacts

#: the cues that depend on the other blocks of the page, set by the pass after the text cues
PAGE_CUES = ("after-body", "before-body", "repeated", "link-list")
#: characters; a block at most this long that the page holds twice or more is `repeated`
MAX_REPEATED_CHARS = 200
#: the cue values plain prose may also have (`NoticeScorer.plain_prose_anchors` tries each)
_PLAIN_PROSE_EXTRAS: tuple[dict[str, float], ...] = (
    {}, {"reader-address": 1.0}, {"reported-speech": 1.0}, {"reader-address": 1.0, "reported-speech": 1.0},
)
#: cue names the score rule shows at most (the strongest contributions)
MAX_SHOWN_CUES = 4
RULE_PREFIX = "score:"
#: the cues every block is read for, those read for some blocks only (by kind, links, hints), and
#: those that need a word of some lists (`CUE_GATES`)
_SKIPPABLE = set(CUE_GATES) | set(CUE_KINDS) | CUE_NEEDS_LINKS | CUE_NEEDS_HINTS
_PLAIN_CUES = tuple((name, cue) for name, cue in TEXT_CUES.items() if name not in _SKIPPABLE)
_KIND_CUES = {kind: tuple((name, TEXT_CUES[name]) for name, kinds in CUE_KINDS.items() if kind in kinds)
              for kinds in CUE_KINDS.values() for kind in kinds}
_LINK_CUES = tuple((name, TEXT_CUES[name]) for name in sorted(CUE_NEEDS_LINKS))
_HINT_CUES = tuple((name, TEXT_CUES[name]) for name in sorted(CUE_NEEDS_HINTS))
_GATED_CUES = tuple((name, cue, CUE_GATES[name]) for name, cue in TEXT_CUES.items() if name in CUE_GATES)


@dataclass(frozen=True, slots=True)
class Weights:
    """The model: a bias, a weight per cue or product of cues (`a*b`), and a probability threshold."""

    bias: float
    weights: Mapping[str, float]
    threshold: float
    #: probability at the end of the article under which a block anchors the article (clear prose)
    anchor_threshold: float = 0.5
    #: for `logit`: each cue's weights, as (second cue of a product or "", weight)
    terms: Mapping[str, tuple[tuple[str, float], ...]] = field(default_factory=dict)

    #: the thresholds as logits, so a verdict needs no exponential
    threshold_logit: float = 0.0
    anchor_logit: float = 0.0
    #: `plain_prose_min_chars()`, computed once
    plain_prose_chars: int = 0
    #: for `contributions`: the weights that can push a score up, as (name, its cues, weight), in file order
    raising: tuple[tuple[str, tuple[str, ...], float], ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "threshold_logit", math.log(self.threshold / (1.0 - self.threshold)))
        object.__setattr__(self, "anchor_logit", math.log(self.anchor_threshold / (1.0 - self.anchor_threshold)))
        terms: dict[str, list[tuple[str, float]]] = {}
        for name, weight in self.weights.items():
            left, _, right = name.partition("*")
            terms.setdefault(left, []).append((right, weight))
        object.__setattr__(self, "terms", {cue: tuple(found) for cue, found in terms.items()})
        object.__setattr__(self, "plain_prose_chars", self.plain_prose_min_chars())
        object.__setattr__(self, "raising", tuple((name, tuple(name.split("*")), weight)
                                                  for name, weight in self.weights.items() if weight > 0))

    @classmethod
    def parse(cls, text: str) -> Weights:
        data = tomllib.loads(text)
        weights = {str(k): float(v) for k, v in dict(data.get("weights", {})).items()}
        known = set(TEXT_CUES) | set(PAGE_CUES)
        for name in weights:
            unknown = [part for part in name.split("*") if part not in known]
            if unknown:
                raise ValueError(f"notice_weights.toml: unknown cue {', '.join(unknown)} in {name!r}")
        threshold = float(data.get("threshold", 0.5))
        anchor = float(data.get("anchor_threshold", threshold))
        if not 0.0 < anchor <= threshold < 1.0:
            raise ValueError("notice_weights.toml: need 0 < anchor_threshold <= threshold < 1")
        return cls(float(data.get("bias", 0.0)), weights, threshold, anchor)

    def logit(self, cues: Mapping[str, float]) -> float:
        total = self.bias
        terms = self.terms
        for cue, value in cues.items():
            for right, weight in terms.get(cue, ()):
                total += weight * (value * cues.get(right, 0.0) if right else value)
        return total

    def plain_prose_min_chars(self) -> int:
        """The shortest length from which a paragraph that ends as a sentence and holds no word of
        a notice's lists, no address, link, markup hint or site name, and is not repeated, both
        anchors the article and stays wherever it sits, whatever else it holds (its only other
        cues can be `reader-address` and `reported-speech`): such a block need not be read.
        `SHORTNESS_SPAN` + 1 when no length is safe."""
        found = SHORTNESS_SPAN + 1
        for length in range(SHORTNESS_SPAN, -1, -1):
            for extra in _PLAIN_PROSE_EXTRAS:
                cues = {"shortness": shortness_of(length), **extra}
                logit = self.logit(cues)
                if (logit + self.gain(cues, "after-body") >= self.anchor_logit
                        or logit + self.gain(cues, "before-body") >= self.threshold_logit):
                    return found
            found = length
        return found

    def gain(self, cues: Mapping[str, float], cue: str) -> float:
        """What setting `cue` to 1 adds to the logit of `cues` (which do not hold it)."""
        total = 0.0
        for name, weight in self.weights.items():
            left, _, right = name.partition("*")
            if left == cue:
                total += weight * (cues.get(right, 0.0) if right else 1.0)
            elif right == cue:
                total += weight * cues.get(left, 0.0)
        return total

    def probability(self, cues: Mapping[str, float]) -> float:
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, self.logit(cues)))))

    def contributions(self, cues: Mapping[str, float]) -> list[tuple[str, float]]:
        """The cues (and products) that pushed the score up, strongest first."""
        found = []
        for name, parts, weight in self.raising:  # a weight of 0 or less pushes nothing up: not multiplied out
            value = cues.get(parts[0], 0.0)
            for part in parts[1:]:  # the product `math.prod` takes, in the same order, without a generator
                value *= cues.get(part, 0.0)
            if value:
                found.append((name, weight * value))
        return sorted(found, key=lambda item: -item[1])


@cache
def packaged_weights() -> Weights:
    """The weights shipped in newsgrab/data/notice_weights.toml (read once per process)."""
    return Weights.parse(resources.files("newsgrab.data").joinpath("notice_weights.toml").read_text("utf-8"))


class NoticeScorer:
    """The cues and the score of the blocks of one page."""

    def __init__(self, page: PageFacts, weights: Weights | None = None) -> None:
        self.page = page
        self.weights = weights or packaged_weights()

    def text_cues(self, view: BlockText) -> dict[str, float]:
        """The text cues of one block that fired (non-zero). Cues that cannot fire on the block
        (by its kind, links, hints or words: `CUE_KINDS`, `CUE_GATES`...) are not asked."""
        found = {}
        hits, page, block = view.hits, self.page, view.block
        cues = _PLAIN_CUES + _KIND_CUES.get(block.kind, ())
        if block.link_chars:
            cues += _LINK_CUES
        if block.hints:
            cues += _HINT_CUES
        for name, cue in cues:
            value = cue(view, page)
            if value:
                found[name] = value
        if hits:
            for name, cue, gate in _GATED_CUES:
                if not gate.isdisjoint(hits):
                    value = cue(view, page)
                    if value:
                        found[name] = value
        return found

    def anchors_at_the_end(self, cues: Mapping[str, float]) -> bool:
        """Whether the block would read as clear prose even after the article (its probability
        there under `anchor_threshold`): only such blocks anchor the article, so a notice the
        score is unsure of (an author bio, a donation appeal) does not stretch it over itself."""
        return self.weights.logit({**cues, "after-body": 1.0}) < self.weights.anchor_logit

    def with_position(self, cues: Mapping[str, float], index: int, first_anchor: int, last_anchor: int
                      ) -> dict[str, float]:
        """The cues with the position ones set; a page without anchors has no position cues."""
        placed = dict(cues)
        if last_anchor < 0:
            return placed
        if index > last_anchor:
            placed["after-body"] = 1.0
        if index < first_anchor:
            placed["before-body"] = 1.0
        return placed

    def is_notice(self, cues: Mapping[str, float]) -> bool:
        """Whether the score says notice for these cues (at or above the threshold)."""
        return self.weights.logit(cues) >= self.weights.threshold_logit

    def verdict(self, view: BlockText, cues: Mapping[str, float]) -> tuple[str, str] | None:
        """(rule, category) when the score says notice, else None."""
        if self.weights.logit(cues) < self.weights.threshold_logit:
            return None
        shown = [name for name, _ in self.weights.contributions(cues)[:MAX_SHOWN_CUES]]
        return RULE_PREFIX + "+".join(shown), category(view, self.page, cues)


def category(view: BlockText, page: PageFacts, cues: Mapping[str, float]) -> str:
    """The removal category of a scored notice, from its strongest evidence: a credit, a bio, the
    first call to act it makes, the first notice topic it names, else its form."""
    if cues.get("provenance"):
        return "syndication"
    if cues.get("author-bio"):
        return "author-bio"
    found = action_categories(view, page)
    calls = [c for c in found if c in CALL_CATEGORIES]
    if calls:
        return ACTION_REMOVAL_CATEGORY.get(calls[0], calls[0])
    if found:
        return ACTION_REMOVAL_CATEGORY.get(found[0], found[0])
    if is_link_heavy(view) or cues.get("list-item"):
        return "related"
    if cues.get("handles-urls"):
        return "contact"
    return "navigation"



"""The in-article boilerplate pass: rules plus structure, with an audit entry for every removal.

Blocks come in from either input kind. The pass:

1. matches every block against the rules (the first rule that fires wins);
2. finds the article's body span: the first and last *substantive* blocks (unmatched, long
   enough, sentence-like), so `leading` rules apply only before the body and `trailing` rules only
   after it, and an article paragraph *about* donations or copyright is never in scope;
3. removes separators ("*", "***", "---", <hr>) that only fence notices;
4. removes weak blocks in the head or tail (short, link-heavy, a bare URL, email or handle) that
   sit among removed notices: an unseen publisher's footer goes with its neighbours;
5. captures provenance (original source name, URL, date) from the rules' named groups.

Categories named in `keep` stay in the body but provenance is captured all the same.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsgrab import settings
from newsgrab.model import Block, OriginalSource, Removal
from newsgrab.rules import Rule
from newsgrab.text import fold_space

#: characters; an unmatched block at least this long that reads as prose anchors the body span.
SUBSTANTIVE_CHARS = 60
#: a block made only of fence characters
_SEPARATOR_RE = re.compile(r"^[\s*\-_=~•·#+]{1,40}$")
#: a block that is just a URL, email address, @handle or a short run of them
_CONTACT_ONLY_RE = re.compile(
    r"^(?:[\w.+-]+@[\w-]+\.[\w.-]+|@\w{2,}|(?:https?://|www\.)\S+|[\s,;:|/•·-]|or|and|via)+$", re.IGNORECASE
)
_SENTENCE_END_RE = re.compile(r"[.!?…]['\"’”»)]*$")
_HEADING_KINDS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


@dataclass(slots=True)
class BoilerplateResult:
    """What the pass kept, what it removed (in document order) and any provenance it found."""

    kept: list[Block]
    removed: list[Removal] = field(default_factory=list)
    original_source: OriginalSource | None = None
    #: all blocks in order with their removal (None when kept), for --explain
    timeline: list[tuple[Block, Removal | None]] = field(default_factory=list)


def _is_separator(block: Block) -> bool:
    return block.kind == "hr" or bool(block.text and _SEPARATOR_RE.match(block.text))


def _is_substantive(block: Block, text: str) -> bool:
    if block.kind in _HEADING_KINDS or block.kind in ("hr", "media"):
        return False
    if len(text) < SUBSTANTIVE_CHARS or block.link_density > settings.LINK_HEAVY_DENSITY:
        return False
    return bool(_SENTENCE_END_RE.search(text)) or len(text) >= settings.SHORT_BLOCK_CHARS


def _is_weak(block: Block, text: str) -> bool:
    """Short and not prose: a leftover of a footer or a share bar rather than article text."""
    if block.kind == "media":
        return False
    if not text:
        return True
    if len(text) > settings.SHORT_BLOCK_CHARS:
        return False
    return bool(_CONTACT_ONLY_RE.match(text) or block.link_density >= settings.LINK_HEAVY_DENSITY)


def _first_match(rules: Sequence[Rule], text: str) -> tuple[Rule, re.Match[str]] | None:
    for rule in rules:
        match = rule.fires(text)
        if match:
            return rule, match
    return None


def _capture(source: OriginalSource, match: re.Match[str], block: Block) -> None:
    groups = {k: v.strip(" .,;") for k, v in match.groupdict().items() if v}
    name = groups.get("name")
    if name and not source.name:
        source.name = name
        if not source.url:
            for link in block.links:
                if fold_space(link.text) == name:
                    source.url = link.url
                    break
    if groups.get("url") and not source.url:
        source.url = groups["url"]
    if groups.get("published") and not source.published:
        from newsgrab.dates import parse_date

        source.published = parse_date(groups["published"])


def remove_boilerplate(
    blocks: Sequence[Block], rules: Sequence[Rule], keep: frozenset[str] = frozenset()
) -> BoilerplateResult:
    """Run the pass over one article's blocks."""
    texts = [fold_space(b.text) for b in blocks]
    hits = [_first_match(rules, t) if t else None for t in texts]

    # 2. the body span: where rules of each scope may fire
    substantive = [i for i, b in enumerate(blocks) if hits[i] is None and _is_substantive(b, texts[i])]
    first_body = substantive[0] if substantive else len(blocks)
    last_body = substantive[-1] if substantive else -1

    verdict: list[tuple[str, str] | None] = [None] * len(blocks)
    source = OriginalSource()
    for i, hit in enumerate(hits):
        if hit is None:
            continue
        rule, match = hit
        if rule.scope == "leading" and i >= first_body:
            continue
        if rule.scope == "trailing" and i <= last_body:
            continue
        verdict[i] = (rule.id, rule.category)
        if rule.captures:
            _capture(source, match, blocks[i])

    # 4. weak blocks among notices in the head and the tail go with their neighbours
    for zone in (range(0, min(first_body, len(blocks))), range(last_body + 1, len(blocks))):
        _sweep_zone(blocks, texts, verdict, list(zone))

    # 3. separators that fence notices (or open/close the article) go
    for i, block in enumerate(blocks):
        if verdict[i] is None and _is_separator(block) and _fences_notice(blocks, verdict, i):
            verdict[i] = ("structure.separator", "separator")

    kept: list[Block] = []
    removed: list[Removal] = []
    timeline: list[tuple[Block, Removal | None]] = []
    for block, text, decision in zip(blocks, texts, verdict, strict=True):
        if decision is None or decision[1] in keep:
            kept.append(block)
            timeline.append((block, None))
        else:
            removal = Removal(rule=decision[0], category=decision[1], text=text)
            removed.append(removal)
            timeline.append((block, removal))
    return BoilerplateResult(kept, removed, None if source.is_empty() else source, timeline)


def _sweep_zone(
    blocks: Sequence[Block], texts: Sequence[str], verdict: list[tuple[str, str] | None], zone: list[int]
) -> None:
    """Remove weak unmatched blocks in a head/tail zone that holds at least one removed notice."""
    notices = [i for i in zone if verdict[i] is not None]
    if not notices:
        return
    for i in zone:
        if verdict[i] is not None or _is_separator(blocks[i]) or not _is_weak(blocks[i], texts[i]):
            continue
        nearest = verdict[min(notices, key=lambda j: abs(j - i))]
        verdict[i] = ("structure.notice-cluster", nearest[1] if nearest else "navigation")


def _fences_notice(blocks: Sequence[Block], verdict: Sequence[tuple[str, str] | None], i: int) -> bool:
    """A separator goes when the next non-separator block (or the previous one) is removed, or at an end."""
    after = next((j for j in range(i + 1, len(blocks)) if not _is_separator(blocks[j])), None)
    before = next((j for j in range(i - 1, -1, -1) if not _is_separator(blocks[j])), None)
    if after is None or before is None:
        return True
    return verdict[after] is not None

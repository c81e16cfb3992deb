"""The article's body span and the blocks the notice score reads, with their cues.

The boilerplate pass (boilerplate.py) scopes its rules by the body span: `leading` rules fire only
before its first substantive block, `trailing` ones only after its last. The notice score's position
cues (`after-body`, `before-body`) are set from the span's anchors, the prose the score would keep
even after the article. Which blocks the score reads is decided here too: the deployed pass reads
only the blocks a notice can be (`_scored_chars`, reading.py); the weights' fit (bench/notice_weights.py,
through `notice_cues(..., every_block=True)`) reads every block of the fit's window, plain prose
included, so the rows it learns from do not depend on the weights it is fitting. In text input the
article ends where its footer begins, a separator that fences notices (`_footer_fence`) or the run of
notices the text closes on (`_text_footer`), and the footer is read whole; the blocks right above
that run are then read as an article's last blocks are (`_read_above_footer`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from newsgrab.clean.closingbio import closing_bios, reads_as_bio, taken_after
from newsgrab.clean.lexicon import folded_words
from newsgrab.clean.reading import read_blocks, read_view
from newsgrab.clean.score import MAX_REPEATED_CHARS, NoticeScorer, Weights
from newsgrab.clean.shapes import (
    SUBSTANTIVE_CHARS,
    fold,
    from_text,
    is_label,
    is_prose_line,
    is_separator,
    is_substantive,
    link_list_items,
)
from newsgrab.clean.textshapes import headline_list_items
from newsgrab.clean.views import BlockText, PageFacts
from newsgrab.model import Block, Metadata
from newsgrab.rules import DEFAULT_MAX_CHARS, Rule
from newsgrab.rules.matcher import rule_index

#: characters; the notice score reads a block this short wherever it sits (a notice line amid the
#: article: "Related: ...", "Sign up for our newsletter") ...
SCORED_MID_CHARS = 80
#: ... one up to this long among the first `SCORED_HEAD_ZONE` or last `SCORED_TAIL_ZONE` blocks,
#: where notices gather ...
SCORED_SHORT_CHARS = 240
SCORED_HEAD_ZONE = 3
SCORED_TAIL_ZONE = 6
#: ... and one up to this long among the first `SCORED_HEAD_BLOCKS` or last `SCORED_TAIL_BLOCKS` (on
#: the labelled pages, longer blocks the score would take are as often article prose as notices)
SCORED_LONG_CHARS = 400
SCORED_HEAD_BLOCKS = 2
SCORED_TAIL_BLOCKS = 4
#: what the weights' fit reads (`notice_cues(..., every_block=True)`): every block up to
#: `FIT_SHORT_CHARS` wherever it sits, and up to the rules' `DEFAULT_MAX_CHARS` among the first
#: `FIT_HEAD_BLOCKS` or last `FIT_TAIL_BLOCKS`, plain prose included: the window the shipped weights
#: were first fitted in, wider than the deployed one so the fit sees the prose the pass keeps unread
FIT_SHORT_CHARS = 240
FIT_HEAD_BLOCKS = 4
FIT_TAIL_BLOCKS = 10
#: a page whose blocks name the site this often (at least this many, and this share of them) is
#: about its publisher (a press release, a company blog): there naming the site tells nothing
SELF_REFERENCE_MIN_BLOCKS = 3
SELF_REFERENCE_SHARE = 0.25
#: share of the blocks after a separator in a text, and of its paragraphs (`SUBSTANTIVE_CHARS` or
#: more), that must read as notices for the rest to be its footer (`_footer_fence`)
FENCED_NOTICE_SHARE = 0.5
#: notices (rule hits or blocks the score takes after the article) a text's closing run holds at
#: least, for the run to be its footer (`_text_footer`)
TEXT_FOOTER_MIN_NOTICES = 2
#: the cues of what a notice says (a call, its topics, the publisher speaking, an address, a credit):
#: a block naming the site with one of them is a notice naming it, not news about the publisher
_NOTICE_EVIDENCE = frozenset({"call-to-action", "imperative", "notice-topic", "publisher-voice", "self-description",
                              "provenance", "author-bio"})


@dataclass(slots=True)
class Span:
    """The blocks the score reads (None: matched by a rule, empty or media), their cues with the
    page ones set, which read as article prose, and the first and last of those (the body span)."""

    views: list[BlockText | None]
    cues: list[dict[str, float]]
    substantive: list[bool]
    first: int
    last: int


def body_span(blocks: Sequence[Block], texts: Sequence[str], hits: Sequence[object], scorer: NoticeScorer,
              every_block: bool = False) -> Span:
    """The body span and the score's cues. Rules are scoped by the span of the substantive blocks
    (long prose); the score's position cues by its anchors: any sentence of prose, short ones too
    ("Officials gave no further details."), that the score would keep even after the article.
    `every_block`: read every block of the fit's window (`FIT_*`), plain prose included."""
    # the score reads the blocks a notice can be: short ones anywhere, longer ones nearer the ends
    # (`_scored_chars`), but no block it need not read (reading.py, once per distinct block a page repeats)
    counts = Counter(texts)
    longest = _fit_chars if every_block else _scored_chars
    # the plain prose `read_view` case-folded and cut into words and then let go, by its text: in text input
    # `_unread_naming` reads those same blocks' words (each was folded twice)
    folds: dict[str, tuple[str, list[str]]] | None = {} if from_text(blocks) else None
    views, cues = read_blocks(blocks, texts, [(hits[i] is None or scoped(hits[i])) and 0 < len(texts[i]) <= longest(
        i, len(blocks)) for i in range(len(blocks))], scorer, counts, every_block, folds)
    # only a block that names the site and says nothing a notice says counts: a press release names
    # its company in its news, a cross-post names its publisher in one notice after another
    naming = [i for i, c in enumerate(cues) if c.get("self-reference") and _NOTICE_EVIDENCE.isdisjoint(c)]
    if folds is not None:  # in text the site's name is read off the page itself: count the prose the
        naming += _unread_naming(blocks, texts, views, scorer.page, folds)  # score skips that names it too
    prose = sum(1 for i, b in enumerate(blocks) if texts[i] and b.kind != "media")
    dilute = len(naming) >= SELF_REFERENCE_MIN_BLOCKS and len(naming) >= SELF_REFERENCE_SHARE * prose
    for i, view in enumerate(views):
        if view is None:
            continue
        if dilute:
            cues[i].pop("self-reference", None)  # a page about its own publisher names it throughout
        if counts[texts[i]] > 1 and len(texts[i]) <= MAX_REPEATED_CHARS:
            cues[i]["repeated"] = 1.0  # the page says it twice or more: furniture, not the article
    # a block the score does not read anchors it when it reads as prose; an item of a list of links never
    # does, and says so to the score; nor does an item of an unlinked list of headlines in text that
    # carries no links (textshapes.py), the same list as a converter that drops links prints it
    closing_notice = partial(_closing_notice, blocks, texts, hits, views, cues, scorer) if from_text(blocks) else None
    teasers = headline_list_items(blocks, texts, hits, closing_notice)
    linked = [a or b for a, b in zip(link_list_items(blocks, texts), teasers, strict=True)]
    for i, view in enumerate(views):
        if view is not None and linked[i]:
            cues[i]["link-list"] = 1.0
    # an anchor reads as prose and stays at the end: the score is asked only of the prose-shaped blocks
    substantive, anchors = [False] * len(blocks), []
    for i, b in enumerate(blocks):
        if hits[i] is None and not linked[i] and ((long := is_substantive(b, texts[i])) or is_prose_line(
                b, texts[i])) and (views[i] is None or scorer.anchors_at_the_end(cues[i])):
            substantive[i] = long
            anchors.append(i)
    first_anchor, last_anchor = (anchors[0], anchors[-1]) if anchors else (len(blocks), -1)
    fence = _footer_fence(blocks, texts, hits, views, cues, scorer, first_anchor, last_anchor) if from_text(
        blocks) else None
    if fence is not None:  # the article ends at the separator: what follows is its footer, read whole
        last_anchor = max((i for i in anchors if i < fence), default=-1)
        substantive[fence:] = [False] * (len(blocks) - fence)
        for i in range(fence + 1, len(blocks)):
            views[i], cues[i] = _read_whole(blocks, texts, hits, views, cues, scorer, i)
    elif (from_text(blocks) and (footer := _text_footer(blocks, texts, hits, views, cues, scorer)) is not None
          and footer > first_anchor):  # the article ends where the text's closing run of notices begins
        anchors = _read_above_footer(blocks, texts, hits, views, cues, scorer, linked, counts, anchors, footer, dilute)
        kept = set(anchors)  # (a list's `in` per block: quadratic in a long dump)
        substantive = [is_body and (i >= footer or i in kept) for i, is_body in enumerate(substantive)]
        last_anchor = max((i for i in anchors if i < footer), default=-1)
        substantive[footer:] = [False] * (len(blocks) - footer)
        for i in range(footer, len(blocks)):
            views[i], cues[i] = _read_whole(blocks, texts, hits, views, cues, scorer, i)
    if from_text(blocks) and fence is None and anchors:  # the article's last anchors, read as its end is
        last_anchor = _read_last_anchors(blocks, texts, hits, views, cues, scorer, anchors, last_anchor)
    placed = [scorer.with_position(cues[i], i, first_anchor, last_anchor) if views[i] is not None else {}
              for i in range(len(blocks))]
    if from_text(blocks) and fence is None:  # an author's card under the story, above the page's furniture
        read = partial(_read_whole, blocks, texts, hits, views, cues, scorer)
        for i in closing_bios(blocks, texts, partial(reads_as_bio, read),
                              partial(taken_after, read, hits, scorer)):
            views[i], found = read(i)
            placed[i] = {**found, "after-body": 1.0}
    body = [i for i, is_body in enumerate(substantive) if is_body]
    first, last = (body[0], body[-1]) if body else (len(blocks), -1)
    return Span(views, placed, substantive, first, last)


#: the article's last anchors `_read_last_anchors` reads at most, one after the other
LAST_ANCHORS_READ = 3


def _read_last_anchors(blocks: Sequence[Block], texts: Sequence[str], hits: Sequence[object],
                       views: list[BlockText | None], cues: list[dict[str, float]], scorer: NoticeScorer,
                       anchors: list[int], last_anchor: int) -> int:
    """The last anchor once the article's last anchors are read as a page's last blocks are. In HTML
    the page ends with the article, so the block after its last paragraph (an affiliate note, a
    "Posted on ... by ..." line) is among the last blocks and read up to `SCORED_LONG_CHARS`; a
    whole-page dump goes on with menus and a footer that no run of notices makes a footer
    (`_text_footer`), which leaves that block mid-page, too long to be read there: skipped, it
    anchors the article and keeps every notice above it from being `after-body`. Walking back from
    the last anchor, one the score skipped is read whole; if it would not anchor the article after
    its end it no longer does, and the walk goes on (`LAST_ANCHORS_READ` at most). It stops at the
    first anchor that holds (prose, or a block the score had read and kept) and never drops the
    first anchor, so a short story keeps its span. Text input only: the HTML weights' fit never saw
    this (an HTML page's last blocks are read anyway). `views` and `cues` take the blocks read."""
    kept = [a for a in anchors if a <= last_anchor]
    for _ in range(LAST_ANCHORS_READ):
        if len(kept) < 2:
            break
        a = kept[-1]
        if views[a] is not None or not texts[a] or len(texts[a]) > SCORED_LONG_CHARS:
            break
        view, found = _read_whole(blocks, texts, hits, views, cues, scorer, a)
        if view is None or scorer.anchors_at_the_end(found):
            break
        views[a], cues[a] = view, found
        kept.pop()
    return kept[-1] if kept else last_anchor


def _closing_notice(blocks: Sequence[Block], texts: Sequence[str], hits: Sequence[object],
                    views: Sequence[BlockText | None], cues: Sequence[dict[str, float]], scorer: NoticeScorer,
                    k: int) -> bool:
    """Whether the score takes block `k`, a paragraph under a teaser list, as a notice after the
    article (a bio). A module function bound by `partial`, not a closure in `body_span`: compiled by
    mypyc, a nested function and its frame's environment hold each other, a cycle only the cyclic
    collector frees, which kept every page's blocks, views and scorer alive until its next pass."""
    view, found = _read_whole(blocks, texts, hits, views, cues, scorer, k)
    return view is not None and scorer.is_notice({**found, "after-body": 1.0})


def _unread_naming(blocks: Sequence[Block], texts: Sequence[str], views: Sequence[BlockText | None],
                   page: PageFacts, folds: dict[str, tuple[str, list[str]]]) -> list[int]:
    """The blocks the score does not read (long prose) that name the site: a company's press release
    names it in paragraph after paragraph, and its standfirst calling the reader to its product
    ("... will deliver ...") is its news, not the site's notice (text input only: there the name
    comes from the page's own furniture, and the HTML path's weights were fitted without this)."""
    if not (page.names.words or page.names.phrases or page.domain_labels or page.embedded_labels):
        return []
    out = []
    for i, block in enumerate(blocks):
        if views[i] is None and texts[i] and block.kind != "media":
            read = folds.get(texts[i])
            folded = read[0] if read is not None else texts[i].casefold()
            if page.names_in(read[1] if read is not None else folded_words(folded), folded):
                out.append(i)
    return out


def _footer_fence(blocks: Sequence[Block], texts: Sequence[str], hits: Sequence[object],
                  views: Sequence[BlockText | None], cues: Sequence[dict[str, float]], scorer: NoticeScorer,
                  first_anchor: int, last_anchor: int) -> int | None:
    """The separator line ("*", "* * *", "---") of a text after which the rest is a notice footer,
    or None. A text's footer is often fenced so, and a notice in it that reads as plain prose (an
    author bio, a disclaimer in words no list holds) would anchor the article and keep every notice
    above it from being `after-body`. The first separator inside the article after which the first
    block and at least half of the blocks (`FENCED_NOTICE_SHARE`) are notices once read as after the
    article: a section break is followed by more of the story, which the score keeps there too. The
    blocks after a separator are read whole for this (`_read_whole`), wherever they sit: a footer of
    one-line blocks puts a paragraph among them (a reader's note) too far from the end to be read.

    Each block after the first separator is read once, and each separator's shares come from counts
    summed from the end: reading every block after each separator made a dump with a separator every
    few lines quadratic (10,000 lines of a story with its "* * *" breaks: 6 s, 20,000: 25 s)."""
    fences = [fence for fence in range(first_anchor + 1, last_anchor) if is_separator(blocks[fence], texts[fence])]
    if not fences:
        return None
    after = [i for i in range(fences[0] + 1, len(blocks))
             if texts[i] and blocks[i].kind != "media" and not is_separator(blocks[i], texts[i])]
    read = [_read_whole(blocks, texts, hits, views, cues, scorer, i) for i in after]
    notices = [hits[i] is not None or (view is not None and scorer.is_notice({**found, "after-body": 1.0}))
               for i, (view, found) in zip(after, read, strict=True)]
    # and so are half its paragraphs: a section of the story under a notice-like heading ("Our
    # partner: ...") goes on in prose the score keeps, however many short lines a page's footer adds
    long = [len(texts[i]) >= SUBSTANTIVE_CHARS for i in after]
    # notices, paragraphs and paragraphs that are notices among after[k:], for each k
    notices_from, paragraphs_from, notice_paragraphs_from = [0] * (len(after) + 1), [0] * (len(after) + 1), \
        [0] * (len(after) + 1)
    for k in range(len(after) - 1, -1, -1):
        notices_from[k] = notices_from[k + 1] + notices[k]
        paragraphs_from[k] = paragraphs_from[k + 1] + long[k]
        notice_paragraphs_from[k] = notice_paragraphs_from[k + 1] + (notices[k] and long[k])
    first = 0  # the first block after the fence, in `after`
    for fence in fences:
        while first < len(after) and after[first] < fence:
            first += 1
        if (first < len(after) and notices[first]
                and notices_from[first] >= FENCED_NOTICE_SHARE * (len(after) - first)
                and notice_paragraphs_from[first] >= FENCED_NOTICE_SHARE * paragraphs_from[first]):
            return fence
    return None


def _text_footer(blocks: Sequence[Block], texts: Sequence[str], hits: Sequence[object],
                 views: Sequence[BlockText | None], cues: Sequence[dict[str, float]], scorer: NoticeScorer
                 ) -> int | None:
    """The first block of the run of notices a text ends on (its footer), or None. The score reads
    long blocks only among the last few (`SCORED_TAIL_BLOCKS`), counted from the end of the input:
    in HTML the page's footer is gone by then, but a whole-page text dump ends on it (a newsletter
    box, a forum prompt, a sister title's ad: one block a line), so a notice right after the article
    (the author's "Email X at ... or follow him @...", a bio) sits out of reach, is not read, and
    anchors the article for every notice above it. Walking back from the end, each block is read
    whole (`_read_whole`) as it would be after the article: a rule's notice or one the score takes
    there extends the run, a short label line ("Harbour Tides Winter 2019") or a separator is
    passed over, and the first block that reads as anything else (prose, the article's last
    paragraph) ends it. A run of `TEXT_FOOTER_MIN_NOTICES` or more is a footer."""
    start, notices = None, 0
    for i in range(len(blocks) - 1, -1, -1):
        block, text = blocks[i], texts[i]
        if not text or block.kind == "media" or is_separator(block, text):
            continue
        if hits[i] is None or scoped(hits[i]):
            view, found = _read_whole(blocks, texts, hits, views, cues, scorer, i)
            if view is None or not scorer.is_notice({**found, "after-body": 1.0}):
                if is_label(block, text):
                    continue
                break
        notices += 1
        start = i
    return start if notices >= TEXT_FOOTER_MIN_NOTICES else None


def _read_above_footer(blocks: Sequence[Block], texts: Sequence[str], hits: Sequence[object],
                       views: list[BlockText | None], cues: list[dict[str, float]], scorer: NoticeScorer,
                       linked: Sequence[bool], counts: Counter[str], anchors: list[int], footer: int,
                       dilute: bool) -> list[int]:
    """The anchors once the blocks right above a text's footer are read as the last blocks of an
    article are (`_scored_chars` counted from the footer, not from the end of the dump): in HTML the
    page ends with the article, so a notice after its last paragraph (a newsletter offer, a privacy
    promise, a sponsor's line) sits among the last blocks and is read however long; a whole-page dump
    goes on with a footer, which leaves that notice mid-page, too long to be read, and makes it an
    anchor that keeps every notice above it from being `after-body`. A block read so that would not
    anchor the article after its end no longer anchors it. `dilute`: the page names its publisher
    throughout, so naming it is no self-reference (as in `body_span`)."""
    dropped = set()
    for i in range(max(footer - SCORED_TAIL_ZONE, 0), footer):
        if (views[i] is not None or not texts[i] or not (hits[i] is None or scoped(hits[i]))
                or len(texts[i]) > _scored_chars(i, footer)):
            continue
        repeated = counts[texts[i]] > 1 and len(texts[i]) <= MAX_REPEATED_CHARS
        view = read_view(blocks[i], texts[i], scorer, repeated)
        if view is None:
            continue
        views[i], cues[i] = view, scorer.text_cues(view)
        if dilute:
            cues[i].pop("self-reference", None)
        if repeated:
            cues[i]["repeated"] = 1.0
        if linked[i]:
            cues[i]["link-list"] = 1.0
        if not scorer.anchors_at_the_end(cues[i]):
            dropped.add(i)
    return [i for i in anchors if i not in dropped] if dropped else anchors


def _read_whole(blocks: Sequence[Block], texts: Sequence[str], hits: Sequence[object],
                views: Sequence[BlockText | None], cues: Sequence[dict[str, float]], scorer: NoticeScorer, i: int
                ) -> tuple[BlockText | None, dict[str, float]]:
    """A block of a text's footer as the score reads it, however long and wherever it sits (up to the
    rules' `DEFAULT_MAX_CHARS`): the view and cues the pass has, or new ones for a block it skipped."""
    if views[i] is not None or not (hits[i] is None or scoped(hits[i])) or not 0 < len(texts[i]) <= DEFAULT_MAX_CHARS:
        return views[i], cues[i]
    view = read_view(blocks[i], texts[i], scorer, False, every_block=True)
    return view, scorer.text_cues(view) if view is not None else {}


def scoped(hit: object) -> bool:
    """Whether a rule hit (`(rule, match)`) is of a `leading` or `trailing` rule: one the pass applies
    only outside the body span. The score reads such a block too, and decides it where the rule does
    not apply (a "Follow X on Mastodon" line that a trailing rule knows, above the article's first
    paragraph): otherwise knowing a notice's words would hide it from the score."""
    return isinstance(hit, tuple) and getattr(hit[0], "scope", "anywhere") != "anywhere"


def _scored_chars(i: int, count: int) -> int:
    """The longest block the score reads at position `i` of `count` blocks."""
    from_end = count - 1 - i
    if i < SCORED_HEAD_BLOCKS or from_end < SCORED_TAIL_BLOCKS:
        return SCORED_LONG_CHARS
    if i < SCORED_HEAD_ZONE or from_end < SCORED_TAIL_ZONE:
        return SCORED_SHORT_CHARS
    return SCORED_MID_CHARS


def _fit_chars(i: int, count: int) -> int:
    """The longest block the weights' fit reads at position `i` of `count` blocks (`FIT_*`)."""
    if i < FIT_HEAD_BLOCKS or count - 1 - i < FIT_TAIL_BLOCKS:
        return DEFAULT_MAX_CHARS
    return FIT_SHORT_CHARS


def notice_cues(blocks: Sequence[Block], rules: Sequence[Rule], metadata: Metadata | None = None,
                weights: Weights | None = None, every_block: bool = False) -> list[dict[str, float] | None]:
    """Each block's notice cues as the pass sees them (position included; the anchors depend on
    `weights`, the packaged ones by default), None where a rule matched or the score does not read
    the block. With `every_block`, every block of the fit's window is read (`FIT_*`, plain prose
    included): what bench/notice_weights.py fits the weights on, so its rows do not depend on which
    blocks the deployed pass may skip under the weights it is fitting."""
    texts = [fold(b.text) for b in blocks]
    index = rule_index(rules if isinstance(rules, tuple) else tuple(rules))
    hits = [index.first(t) if t else None for t in texts]
    span = body_span(blocks, texts, hits, NoticeScorer(PageFacts.of(metadata), weights), every_block)
    return [span.cues[i] if view is not None else None for i, view in enumerate(span.views)]

"""What the notice score reads of a page's blocks: each block's view (`read_view`) and text cues.

The body span (span.py) asks for the view and cues of every block the score may take. A page says
some short blocks again and again (a menu, a share bar, "Advertisement" between the sections; in the
fuzzing's worst text dump, 10^5 separator lines), and two blocks with the same text, kind and markup
hints, with no link and no media, read the same to every cue: the cues read a block's text, its kind,
its hints and its links (a credit's), nothing else of it. So `read_blocks` reads such a block once
per page; each copy gets a view of its own (whose `block` is its own: a removal names its block) over
the same words and lists, and a cue dict of its own, which the pass goes on to change.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from newsgrab.clean.lexicon import folded_words
from newsgrab.clean.score import MAX_REPEATED_CHARS, NoticeScorer
from newsgrab.clean.views import BlockText, has_address
from newsgrab.model import Block
from newsgrab.sentences import ends_sentence


def read_blocks(blocks: Sequence[Block], texts: Sequence[str], read: Sequence[bool], scorer: NoticeScorer,
                counts: Counter[str], every_block: bool, folds: dict[str, tuple[str, list[str]]] | None
                ) -> tuple[list[BlockText | None], list[dict[str, float]]]:
    """The views (`read_view`) and text cues of the blocks `read` marks (None and no cues for the
    others); a block the page repeats, with no link and no media, read once per text, kind and hints."""
    views: list[BlockText | None] = []
    cues: list[dict[str, float]] = []
    seen: dict[tuple[str, str, tuple[str, ...]], tuple[BlockText | None, dict[str, float]]] = {}
    for block, text, wanted in zip(blocks, texts, read, strict=True):
        if not wanted:
            views.append(None)
            cues.append({})
            continue
        twice = counts[text] > 1
        key = (text, block.kind, block.hints) if twice and not block.links and not block.media and not (
            block.link_chars) else None
        known = seen.get(key) if key is not None else None
        if known is not None:
            view, found = known
            views.append(None if view is None else BlockText(block, view.text, view.words, view.present, view.hits,
                                                             view.folded))
            cues.append(dict(found))
            continue
        view = read_view(block, text, scorer, twice and len(text) <= MAX_REPEATED_CHARS, every_block, folds)
        found = scorer.text_cues(view) if view is not None else {}
        if key is not None:
            seen[key] = view, dict(found)
        views.append(view)
        cues.append(found)
    return views, cues


def read_view(block: Block, text: str, scorer: NoticeScorer, repeated: bool, every_block: bool = False,
              folds: dict[str, tuple[str, list[str]]] | None = None) -> BlockText | None:
    """The block as the score reads it, or None when the score need not read it: media, a block
    carrying a recording (a video, the audio of the story: the article's own; images are as often
    a notice's icons, logos and banners), and plain prose (`Weights.plain_prose_min_chars`: a
    paragraph that ends as a sentence with no word of a notice's lists, no address, link, markup
    hint or site name, which anchors the article and stays whatever the rest of its cues; read all
    the same with `every_block`, since which prose is plain depends on the weights being fitted)."""
    if block.kind == "media" or _carries_recording(block):
        return None
    folded = text.casefold()
    words = folded_words(folded)
    page = scorer.page
    if (not every_block and block.kind == "p" and len(text) >= scorer.weights.plain_prose_chars and not repeated
            and not block.link_chars and not block.hints and ends_sentence(text) and not has_address(text)
            and not page.vocabulary.holds_evidence(words, folded) and not page.names_in(words, folded)):
        if folds is not None:
            folds[text] = folded, words
        return None
    return BlockText.of(block, text, page.vocabulary, folded, words)


def _carries_recording(block: Block) -> bool:
    # most blocks carry no media: the empty list is answered without a generator
    return bool(block.media) and any(item.kind != "image" for item in block.media)

"""The author's bio that closes a story in a whole-page text dump, placed after the article.

A theme prints the writer's card under the story ("Ana Ruiz is a staff reporter who covers the
harbour ..."), and on the HTML path the page ends soon after it, so the card sits among the last
blocks, is read, and goes as a notice after the body. A whole-page dump goes on past the card with
what the page prints under a story: a label over other stories ("More on the port strike",
"See also:"), a comment form, the comments themselves. That text holds prose the score keeps (a
comment, a teaser, a comment policy), which anchors the article below the card: the card is then
neither read (too long for mid-page) nor `after-body`, and stays in the body.

`closing_bios` finds such a card by its shape and place, not by whose name it gives: a paragraph
the score reads as a bio (`author-bio`: a person's name opening it, a verb of being or doing, a
profession or what the person writes about) with less of the article's prose after it than before
it, under which the page's furniture begins: past the notices right under it, a label line (a
heading, or a short line with no sentence) over another line of furniture, or no line at all.
Inside a story a paragraph of that shape introduces someone it quotes ("Ana Ruiz is a professor
of ..."), and the story goes on under it in prose, or under a subheading that prose follows at
once (a newsletter's next item: the hard negative the second test is for). Text input only: the
HTML path's last blocks are read where they are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from newsgrab.clean.score import NoticeScorer
from newsgrab.clean.shapes import SUBSTANTIVE_CHARS, is_label, is_separator
from newsgrab.clean.views import BlockText
from newsgrab.model import Block

#: a block read whole by index: its view and cues (span.py's `_read_whole`, bound by `partial`)
Reader = Callable[[int], tuple[BlockText | None, dict[str, float]]]

#: blocks a card's next label line may sit under it at most, notices passed over (an "E-mail us" line,
#: a follow prompt: the card's own company)
MAX_NOTICES_UNDER = 2
#: of the article's prose (characters of paragraphs of `SUBSTANTIVE_CHARS` or more), the share that may
#: come after the card at most: a card closes the story, it does not open its last section
MAX_PROSE_AFTER_SHARE = 0.5


def closing_bios(blocks: Sequence[Block], texts: Sequence[str], reads_as_bio: Callable[[int], bool],
                 is_notice: Callable[[int], bool]) -> list[int]:
    """The paragraphs that are an author's card closing the story (see the module docstring).
    `reads_as_bio(i)`: the score reads block i, whole, with the `author-bio` cue; `is_notice(i)`: it
    (or a rule) takes block i after the article."""
    prose = [len(texts[i]) if blocks[i].kind == "p" and len(texts[i]) >= SUBSTANTIVE_CHARS else 0
             for i in range(len(blocks))]
    total = sum(prose)
    found: list[int] = []
    before = 0
    for i, block in enumerate(blocks):
        before += prose[i]
        # the cheap tests first: the score reads a paragraph whole only when the rest holds
        if (block.kind != "p" or not prose[i] or total - before > MAX_PROSE_AFTER_SHARE * (before - prose[i])
                or not _opens_with_a_name(texts[i])):
            continue
        if _furniture_under(blocks, texts, i, is_notice) and reads_as_bio(i):
            found.append(i)
    return found


def _opens_with_a_name(text: str) -> bool:
    """Whether a paragraph opens with two capitalised words, as a bio opens with its person's name
    (the `author-bio` cue reads the rest)."""
    first = text.split(maxsplit=2)
    return len(first) >= 2 and first[0][0].isupper() and first[1][0].isupper()


def _furniture_under(blocks: Sequence[Block], texts: Sequence[str], i: int, is_notice: Callable[[int], bool]
                     ) -> bool:
    """Whether the page's furniture begins under block i: past at most `MAX_NOTICES_UNDER` notices,
    a label line (a heading or a short line with no sentence) over another line of furniture (a
    label, a list's item) or over nothing, or no line at all (the span a converter's dump gives the
    pass may stop at the card). A story's last section opens with a subheading over its prose; the
    page's furniture is one short line over another ("More on the strike" over a headline, "Reader
    comments" over a commenter's name)."""
    lines = _lines_under(blocks, texts, i)  # walked only as far as the answer needs: a few lines
    for n, j in enumerate(lines):
        if is_label(blocks[j], texts[j]):
            after = next(lines, None)
            return after is None or blocks[after].kind == "li" or is_label(blocks[after], texts[after])
        if n >= MAX_NOTICES_UNDER or not is_notice(j):  # (every line before j was a notice passed over)
            return False
    return True


def _lines_under(blocks: Sequence[Block], texts: Sequence[str], i: int) -> Iterator[int]:
    """The blocks under block i that print a line: not empty, not a picture, not a separator."""
    for j in range(i + 1, len(blocks)):
        if texts[j] and blocks[j].kind != "media" and not is_separator(blocks[j], texts[j]):
            yield j


def reads_as_bio(read: Reader, k: int) -> bool:
    """Whether block k, read whole, has the `author-bio` cue. Module functions bound by `partial`, as
    span.py's `_closing_notice` is: a closure in `body_span` would hold its frame (mypyc)."""
    return bool(read(k)[1].get("author-bio"))


def taken_after(read: Reader, hits: Sequence[object], scorer: NoticeScorer, k: int) -> bool:
    """Whether a rule or the score, reading block k whole after the article, takes it."""
    return hits[k] is not None or scorer.is_notice({**read(k)[1], "after-body": 1.0})

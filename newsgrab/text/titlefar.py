"""The headline of a story whose run find_span opened too low, found by its own header and lead.

find_span takes the longest run of prose for the article; on a page whose story opens with a short
paragraph or a list (an archive notice's bullets, a gallery, a deals list), the run may open tens of
lines under the story's header, and the headline search (title.py), which looks a few dozen lines
above the run, then takes a teaser, a list item or a caption there, with no byline or date under
it. The story's own headline is still printed where a headline is: with its byline or dateline
right under it, and over paragraphs of prose that retell it. A related story's teaser has its date
but no paragraphs under it (a summary cut short at most, or a blurb that does not retell it); a
photo's caption has no dateline, or ends with its credit. Kept apart from title.py, which ranks the
lines near the run; this is asked only when the line that ranking found has no header line under it.
"""

from __future__ import annotations

import re

from newsgrab.media.credittail import ends_with_bare_credit, ends_with_credit
from newsgrab.model import Block
from newsgrab.text.echo import lead_words, retold
from newsgrab.text.header import is_header_line
from newsgrab.text.span import prose_weight, text_mass
from newsgrab.text.titlepoints import ECHO_LOOKBACK
from newsgrab.text.titleshape import names_people, title_like
from newsgrab.text.titletop import dated_below

#: a sentence's end with more after it, after a space or run on into the next word: a line of two
#: sentences (a blurb, a transcript's "Thank you. [Laughter]") or a caption run into its credit ("...
#: at the north pier.Jane Doe / Archive"), where a headline is one phrase
SENTENCE_INSIDE_RE = re.compile(r"[^\W\d_]{2}[.!?][\"”’)\]]?(?:\s+\S|[^\W\d_])")
#: the ends of a teaser's summary cut short ("... Because..."): a related story's blurb under its
#: headline and date, where a story's own opening paragraph runs whole
CUT_ENDS = ("...", "…")
#: blocks under a headline where the first paragraph of its story is looked for: past its byline and
#: dateline, a share bar's line and a photo with its caption
OWN_LEAD_REACH = 8


def headline_over_story(blocks: list[Block], start: int) -> int | None:
    """The nearest line above the article's first paragraph `blocks[start]` that is shaped like a
    headline, is no list item, no header line, no caption and no list of people's names, has a byline
    or dateline under it (`dated_below`) and is retold by the paragraphs of prose that follow its own
    header (`own_lead`): the story's headline over the story's opening, above a run that opened
    lower. Only lines above ECHO_LOOKBACK are read: the headline search weighed every dated
    headline-shaped line nearer the run (a gallery's captions, a photo's alt text under the headline)
    and passed them over. None when no line is."""
    for index in range(start - ECHO_LOOKBACK - 1, -1, -1):
        block = blocks[index]
        if (block.kind == "li" or not title_like(block) or is_header_line(block.text) or _credited(block.text)
                or SENTENCE_INSIDE_RE.search(block.text) or names_people(block.text)):
            continue
        if not dated_below(blocks, index):
            continue
        lead = own_lead(blocks, index)
        if lead is None or blocks[lead].text.endswith(CUT_ENDS) or not retold(block.text, lead_words(blocks, lead)):
            continue
        return index
    return None


def _credited(text: str) -> bool:
    """Whether a line ends with a picture's credit (media/credittail.py): a photo's caption between the
    headline and the story, which the byline under it dates as it dates the headline."""
    return ends_with_credit(text) or ends_with_bare_credit(text)


def _prose(block: Block) -> bool:
    """Whether a block is a paragraph of prose (find_span's `prose_weight`)."""
    return block.kind == "p" and prose_weight(block, text_mass(block.text)) > 0


def own_lead(blocks: list[Block], index: int) -> int | None:
    """The first paragraph of prose (no header line) among the OWN_LEAD_REACH blocks under a line:
    the opening of the story a headline tops. None when there is none so near (a teaser in a list,
    the next teaser under it)."""
    for at in range(index + 1, min(len(blocks), index + 1 + OWN_LEAD_REACH)):
        block = blocks[at]
        if _prose(block) and not is_header_line(block.text):
            return at
    return None

"""The publisher's own appeal amid the article: a paragraph that names the site and calls the reader.

A site sets its appeals into its articles as well as under them: a donation box between two
paragraphs ("Please help us out ... You can support <site> for as little as $1"), an invitation to
its community ("Listeners of <podcast> are chatting on Discord! Join us ..."), a pitch for the
site's own network ("... you should join me and a whole bunch of founders on <site>"). Amid the
article the notice score (score.py) reads only short blocks (span.py, `SCORED_MID_CHARS`): a
paragraph there is most often prose, and reading each one costs a tokenisation. What marks the
appeal, in any language, is the publisher speaking of itself by name: `appeals` reads a longer
block only when it names the site (its site name or domain, `PageFacts.names_in`, tested first as
plain substrings, short ones as words, so most paragraphs are never tokenised), and takes it only when the score,
without the position cues it lacks there, is clearly sure of it (`CLEAR_LOGIT`): the publisher's
voice and a call to the reader, not a sentence that merely names the site.

Article prose that names its own publisher stays: a press release's news of its company reads as
news (no call to the reader), reported or quoted words count against, a paragraph about the
site's own fundraising is about it, not addressed to the reader, and a block the rules or the
score already decided is not read again.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from newsgrab.clean.lexicon import folded_words
from newsgrab.clean.score import NoticeScorer, category
from newsgrab.clean.views import BlockText, PageFacts
from newsgrab.model import Block

#: characters; the longest block read here (a boxed appeal, not a section of the article)
MAX_APPEAL_CHARS = 600
#: the score's logit a block must reach here: a probability of 0.9, above the pass's threshold
#: (0.52), since amid the article the block has no position cue and most such blocks are prose
CLEAR_LOGIT = math.log(0.9 / 0.1)
#: the kind of block an appeal comes as: a paragraph set into the text (a list item naming the site
#: is more often one of the article's own items, a product or a service of a list the pass sweeps whole)
_APPEAL_KINDS = frozenset({"p"})


#: characters; a name literal shorter than this is looked for as a whole word between spaces (a two- or
#: three-letter domain label, "al", "ign", is inside most paragraphs' words)
MIN_INNER_LITERAL_CHARS = 4


def _name_literals(page: PageFacts) -> tuple[tuple[str, ...], frozenset[str]]:
    """What a block that names the site holds (case-folded): one of the long strings anywhere, or one
    of the short ones as a word between spaces. The site name's words (the longest of each phrase:
    a phrase needs all of its words) and the domain's labels; `names_in` decides."""
    names = page.names
    found = {*names.words, *names.prefixes, *(max(phrase, key=len) for phrases in names.phrases.values()
                                              for phrase in phrases), *page.domain_labels, *page.embedded_labels}
    inner = tuple(sorted(literal for literal in found if len(literal) >= MIN_INNER_LITERAL_CHARS))
    return inner, frozenset(literal for literal in found if len(literal) < MIN_INNER_LITERAL_CHARS)


def appeals(blocks: Sequence[Block], texts: Sequence[str], views: Sequence[BlockText | None],
                 scorer: NoticeScorer) -> dict[int, str]:
    """The blocks of at most `MAX_APPEAL_CHARS` the score did not read (`views[i]` is None: too long
    for where they sit) that name the site and that the score reads as a clear notice, each with the
    category it reads from their words."""
    page = scorer.page
    inner, short = _name_literals(page)
    if not inner and not short:
        return {}
    found: dict[int, str] = {}
    for i, block in enumerate(blocks):
        text = texts[i]
        if views[i] is not None or block.kind not in _APPEAL_KINDS or not 0 < len(text) <= MAX_APPEAL_CHARS:
            continue
        folded = text.casefold()
        if not any(map(folded.__contains__, inner)):
            split = folded.split()  # a short literal is a word; a label written as words opens with a head
            if (not short or short.isdisjoint(split)) and page.spelled_heads.isdisjoint(split):
                continue
        words = folded_words(folded)
        if not page.names_in(words, folded):
            continue
        view = BlockText.of(block, text, page.vocabulary, folded, words)
        cues = scorer.text_cues(view)
        if scorer.weights.logit(cues) >= CLEAR_LOGIT:
            found[i] = category(view, page, cues)
    return found

"""The shapes of blocks the boilerplate pass tells apart: article prose (the body span's anchors),
separators, prompts, labels, address lines and the other weak leftovers of a notice cluster.

Each is a predicate of one block and its whitespace-folded text, in any publisher's words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsgrab import settings
from newsgrab.clean.ornaments import is_ornament_line
from newsgrab.clean.views import ADDRESS_RE, has_address
from newsgrab.model import Block
from newsgrab.sentences import ends_sentence
from newsgrab.whitespace import fold_space

#: characters; an unmatched block at least this long that reads as prose anchors the body span.
SUBSTANTIVE_CHARS = 60
#: characters; a shorter sentence is not taken for article prose by the score's anchors ("Thanks!")
MIN_PROSE_LINE_CHARS = 25
#: characters; a short imperative line ("Subscribe today!") is at most this long.
IMPERATIVE_MAX_CHARS = 80
#: share of a block's characters left once URLs, emails and handles are taken out, at or below
#: which the block is "mostly an address" (a footer's contact or donation line).
ADDRESS_REST_SHARE = 0.3
#: linked list items in a run from which the run is a list of links (`link_list_items`)
MIN_LINK_LIST_ITEMS = 2

#: characters; the longest separator line
_SEPARATOR_MAX_CHARS = 40
#: a line of separator characters ("*", "***", "---")
_SEPARATOR_RE = re.compile(rf"^[\s*\-_=~•·#+—–]{{1,{_SEPARATOR_MAX_CHARS}}}$")
HEADING_KINDS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: a short line that tells the reader to do something: the shape of a prompt, in any publisher's
#: words. Verbs that also start ordinary sentences ("Like many towns ...", "Read on ...") only
#: count with a prompt's object ("like us", "read more").
_IMPERATIVE_RE = re.compile(
    r"^(?:please |now |→ |» )?(?:subscribe|donate|sign up|sign in|log in|click|tap|tweet|register|upgrade|"
    r"chip in|don't miss|learn more|see more|check out|find us|"
    r"share (?:this|it|on|via|with (?:your )?friends)|follow (?:us|me|him|her|them|@|on)|like us|"
    r"support (?:us|our|independent|this)|join (?:us|our|the (?:conversation|discussion|community))|"
    r"read (?:more|the full|our|the original)|watch (?:the (?:full )?video|now|live|here|more)|"
    r"listen (?:now|here|to (?:the|this|our) (?:podcast|episode|article|story))|"
    r"download (?:the|our) (?:app|pdf|report)|get (?:our|the latest|access|updates|it)|help us|"
    r"become a (?:member|patron|supporter|subscriber)|leave a (?:comment|reply|tip)|give (?:now|today|what)|"
    r"contribute (?:now|today|here)|visit (?:our|us|the \w+ store|[\w-]+\.(?:com|org|net))|connect with|"
    r"stay (?:tuned|informed|connected)|"
    r"keep (?:\w+ ){0,3}going|print (?:this|article)|email (?:us|this|the author)|comment (?:below|here|on this)|"
    r"abonnieren|jetzt teilen|folgen sie|unterstützen sie|spenden sie|abonnez|partagez|suivez|soutenez|"
    r"suscríbete|comparte|síguenos|apoya|iscriviti|condividi|seguici|sostieni|assine|compartilhe|siga-nos|"
    r"apoie|подпишитесь|поделитесь|поддержите)\b",
    re.IGNORECASE,
)
#: "..., the mayor said": a reported instruction is article prose, not a prompt
_ATTRIBUTION_RE = re.compile(
    r",[\"”’]? (?:\w+ ){0,3}(?:said|says|told|urged|asked|warned|added|wrote|recalled|explained)\b", re.IGNORECASE
)
def from_text(blocks: Sequence[Block]) -> bool:
    """Whether the blocks come from text input (the text path names each block's line in `origin`)."""
    return bool(blocks) and blocks[0].origin.startswith("line ")


def fold(text: str) -> str:
    """`fold_space`: the same string as a split and a join (str.split() folds every Unicode space
    but U+200B, which `fold_space` folds as well), and a text folded already (an HTML block's,
    each folded when its block was made) is given back after one printable-and-spaces check,
    without a split and a join."""
    return fold_space(text)


def is_separator(block: Block, text: str) -> bool:
    # the regex takes at most `_SEPARATOR_MAX_CHARS` characters (and a final newline `$` allows):
    # a longer text, most blocks, is answered without it
    # a typographic ornament ("◆◆◆", "────", "⁂": ornaments.py) is tested only when that pattern fails
    return block.kind == "hr" or bool(text and len(text) <= _SEPARATOR_MAX_CHARS + 1 and (
        _SEPARATOR_RE.match(text) or (not text[0].isalnum() and len(text) <= _SEPARATOR_MAX_CHARS
                                      and is_ornament_line(text))))


def is_substantive(block: Block, text: str) -> bool:
    """Prose that anchors the body span: long enough, sentence-like, not a link list or a prompt."""
    if block.kind in HEADING_KINDS or block.kind in ("hr", "media"):
        return False
    if len(text) < SUBSTANTIVE_CHARS or block.link_density > settings.LINK_HEAVY_DENSITY:
        return False
    if is_prompt(text):
        return False
    return ends_sentence(text) or len(text) >= settings.SHORT_BLOCK_CHARS


def mostly_address(text: str) -> bool:
    """A block that is mostly URLs, emails or handles: a contact or payment line, not prose."""
    if not has_address(text):
        return False
    rest = ADDRESS_RE.sub("", text)
    if rest == text:
        return False
    letters = sum(ch.isalnum() for ch in rest)
    return letters <= ADDRESS_REST_SHARE * len(text)


def is_weak(block: Block, text: str) -> bool:
    """Short and not prose: a leftover of a share bar, a donation box or a link list."""
    if block.kind == "media":
        return False
    if not text:
        return True
    if len(text) > settings.SHORT_BLOCK_CHARS:
        return False
    if mostly_address(text) or block.link_density >= settings.LINK_HEAVY_DENSITY:
        return True
    return is_prompt(text)


def is_prompt(text: str) -> bool:
    """A short imperative line addressed to the reader (not one quoted in a report)."""
    return len(text) <= IMPERATIVE_MAX_CHARS and bool(_IMPERATIVE_RE.match(text)) and not _ATTRIBUTION_RE.search(text)


def is_label(block: Block, text: str) -> bool:
    """A heading, or a short line without a sentence in it ("Twitter", "Related posts"): footer furniture."""
    if block.kind in HEADING_KINDS:
        return True
    return block.kind != "media" and len(text) <= SUBSTANTIVE_CHARS and not ends_sentence(text)


def is_prose_line(block: Block, text: str) -> bool:
    """A sentence of article prose however short: it ends as a sentence, is no heading, link line or prompt."""
    return (block.kind not in HEADING_KINDS and block.kind != "media" and len(text) >= MIN_PROSE_LINE_CHARS
            and block.link_density <= settings.LINK_HEAVY_DENSITY and ends_sentence(text)
            and not is_prompt(text))


def link_list_items(blocks: Sequence[Block], texts: Sequence[str]) -> list[bool]:
    """Which blocks are items of a list of links: a run of two or more linked list items, most of
    them no sentence (headlines of other stories). Such an item never anchors the article, however
    long the last teaser is ("Want the best tools to get healthy? Check out our picks ..."); a list
    of references, whose items end as sentences, still does."""
    found = [False] * len(blocks)
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and blocks[j].kind == "li" and blocks[j].link_chars:
            j += 1
        if j - i >= MIN_LINK_LIST_ITEMS and 2 * sum(not ends_sentence(texts[k]) for k in range(i, j)) > j - i:
            found[i:j] = [True] * (j - i)
        i = max(j, i + 1)
    return found

"""Share buttons set into the article, as a whole-page converter prints them: rows of labels, lone buttons.

A page's share bar often sits between the story's paragraphs or right under its first one, not only at
its end. In HTML the stage reads its markup (a `share` class, a button's hint); a converter keeps only
what a reader sees: the buttons' labels on one line ("Facebook Twitter Xing LinkedIn WhatsApp Mail",
"Share Print E-mail") or each on its own line, and in markdown or lynx's list the buttons' links, which
go to a sharer with the page's own address in the query (`facebook.com/sharer?u=`, `twitter.com/intent/
tweet?url=`, a `mailto:?` with no recipient). The `share.lone-network-label` rule takes a lone label
after the article only (`trailing`): amid the article a lone "Facebook" may be an item of the article's
own list of platforms. So amid the article the shape decides, the same in every language:

- a row: a short line, two share targets side by side (only space or a "|", "•", "·", "/" between),
  whose words are all share targets or share verbs (data/share_names.toml `names`, `row_words`), or
  three of them at least making half its words ("Compartir WhatsApp Telegram Copiar"). A headline
  that names two joins them with a comma or a word ("Facebook, Twitter Remove Accounts ..."), and
  a subheading has words of its own ("WhatsApp Facebook outage");
- a button: a line of a word or three whose every link goes to a sharer (data/share_links.toml:
  "Tweet", "シェア", "Facebook" linked to `facebook.com/dialog/feed?...`);
- next to a row or a button, a line that is one share target or verb alone goes with it (a markdown
  list of buttons whose last one links elsewhere, lynx's "Share" over the row).

Text input only (`Block.origin` "line N"): an HTML page's buttons are markup the stage has read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from newsgrab.clean.shapes import from_text
from newsgrab.data import load_toml
from newsgrab.model import Block

#: characters; a row of share buttons' labels is at most this long
MAX_SHARE_ROW_CHARS = 80
#: share words from which a row with words of other kinds is one, when they are half its words at least
MIN_MIXED_ROW_WORDS = 3
#: words a share button's line has at most ("Share on Facebook" is three)
MAX_BUTTON_WORDS = 3
#: tokens that may stand between two buttons' labels in a row and keep them side by side
_ROW_SEPARATORS = frozenset({"|", "•", "·", "/", "-", "–", "—"})
#: what a token may carry around its word ("(Facebook)", "Pinterest)", "*Share*")
_STRIP = "()[]{}*_\"'“”‘’<>+#!?."
_KINDS = frozenset({"p", "li"})


@cache
def _share_words() -> frozenset[str]:
    """Every share target and share verb (data/share_names.toml `names` and `row_words`), folded."""
    data = load_toml("share_names.toml")
    return frozenset(word.casefold() for word in (*data["names"], *data["row_words"]))


@cache
def _sharer() -> tuple[re.Pattern[str], str]:
    """The pattern of a sharer's link (data/share_links.toml `endpoints`) and the e-mail share's prefix."""
    data = load_toml("share_links.toml")
    endpoints = "|".join(re.escape(endpoint) for endpoint in data["endpoints"])
    return re.compile(rf"https?://(?:www\.|m\.)?(?:{endpoints})", re.IGNORECASE), data["mail_share"]


def is_sharer_link(url: str) -> bool:
    """Whether a link goes to a share button's endpoint: a sharer with the page in its query, or a
    mail with no recipient ("mailto:?subject=..."); a profile page or a contact address is no share."""
    pattern, mail = _sharer()
    return url.startswith(mail) or pattern.match(url) is not None


def is_share_row(text: str) -> bool:
    """Whether a line is a row of share buttons' labels (see the module): short, two share words side
    by side, and all its words share words, or three of them at least that are half its words."""
    if len(text) > MAX_SHARE_ROW_CHARS:
        return False
    words: list[bool] = []  # per word: a share word
    side_by_side = False
    joined = False  # the previous token let the next word stand beside it (no comma or colon after it)
    for token in text.split():
        if token in _ROW_SEPARATORS:
            continue
        word = token.strip(_STRIP)
        share = word.casefold() in _share_words()
        side_by_side = side_by_side or (share and joined)
        joined = share and not token.endswith((",", ":", ";"))
        words.append(share)
    shared = sum(words)
    return side_by_side and (shared == len(words) or (shared >= MIN_MIXED_ROW_WORDS and 2 * shared >= len(words)))


def _is_button(block: Block, text: str) -> bool:
    """A line of a word or three whose every link goes to a sharer ("Tweet", "シェア")."""
    return (bool(block.links) and len(text.split()) <= MAX_BUTTON_WORDS
            and all(is_sharer_link(link.url) for link in block.links))


def _is_lone_share_word(text: str) -> bool:
    return len(text.split()) == 1 and text.strip(_STRIP).casefold() in _share_words()


def share_rows(blocks: Sequence[Block], texts: Sequence[str]) -> list[bool]:
    """Which blocks of text input are share buttons set into the article (see the module): rows of
    their labels, lone buttons linked to a sharer, and the lone share words next to either."""
    found = [False] * len(blocks)
    if not from_text(blocks):
        return found
    for i, block in enumerate(blocks):
        if block.kind in _KINDS and not block.media:
            found[i] = is_share_row(texts[i]) or _is_button(block, texts[i])
    if not any(found):
        return found
    # the lone labels beside them, walking out from each found block in both directions
    for order in (range(len(blocks)), range(len(blocks) - 1, -1, -1)):
        step = 1 if order.step > 0 else -1
        for i in order:
            k = i + step
            if (found[i] and 0 <= k < len(blocks) and not found[k] and blocks[k].kind in _KINDS
                    and _is_lone_share_word(texts[k])):
                found[k] = True
    return found

"""Two versions of one headline: when the headline the page shows beats the title its metadata gives.

A page often writes its headline twice: once in the <h1> the reader sees, once for elsewhere, a
share card (og:title, twitter:title) or the search results' line (<title>). The versions written for
elsewhere are edited to fit: shortened, a kicker added, a word swapped ("Harbour row: Quayside snubs
Mara Quill ... | Coast News" for the <h1> "Quayside snubs Mara Quill, says settle T&B locally").
When the two are versions of one headline, the shown one is the article's own (`shown_beats`).

The bar differs with the source. A share card's title is a version when most of the shown headline's
words are in it (`is_version_of`). A <title> is the page's own name for itself and keeps its place
unless it is the shown headline cut short (`is_cut_version`): fewer words, all of them but one the
headline's ("Mara Quill Is No Longer In The Running For Harbourmaster Of Saltmarsh" under the <h1> "Mara
Quill Is No Longer In The Running To Become Quayside Council's Harbourmaster Of Saltmarsh"), as search-result
titles are cut to a line. A <title> as long as the <h1> that words it otherwise ("TideKit v3 with
chart input and map output" beside "TideKit v3 beta: chart input, map output test") is another
title, not a cut, and stays. Shape only, no words of any language.
"""

from __future__ import annotations

from newsgrab.meta.titles import MIN_HEADLINE_WORDS, WORD_RE, fold_title

#: share of the shown headline's words the other title must hold to be a version of it
SHARED_WORDS_OF_A_VERSION = 0.6
#: the other title may be at most this many times as long (in words) as the shown headline
MAX_VERSION_LENGTH_RATIO = 2.5
#: words of a cut <title> that need not be the shown headline's (the one word an editor swaps in)
MAX_SWAPPED_WORDS = 1
#: title sources written for share cards, whose version of the headline the shown one beats
SOCIAL_SOURCES = frozenset({"opengraph", "twitter"})
#: the source label of the page's <title> (page.py `_read_title`)
TITLE_TAG_SOURCE = "title-tag"


def shown_beats(source: str, shown: str, other: str) -> bool:
    """Whether the headline `shown` on the page beats `other`, the title read from `source`: a share
    card's version of it (`is_version_of`), or a <title> that is the shown headline cut short
    (`is_cut_version`). A JSON-LD headline is never beaten: it is the headline alone."""
    if source in SOCIAL_SOURCES:
        return is_version_of(shown, other)
    return source == TITLE_TAG_SOURCE and is_cut_version(shown, other)


def is_version_of(shown: str, other: str) -> bool:
    """Whether the headline `shown` on the page and `other` (og:title, a JSON-LD headline) are two
    versions of one headline: most of the shown headline's words are in the other, and it is long
    enough to be a headline (a short <h1> is a section or the site's banner)."""
    words = WORD_RE.findall(shown.casefold())
    if len(words) < MIN_HEADLINE_WORDS or _holds_whole(shown, other):
        return False
    other_words = WORD_RE.findall(other.casefold())
    if len(other_words) > MAX_VERSION_LENGTH_RATIO * len(words):
        return False  # a short <h1> inside a long title is a banner or a section, not the headline
    if len(other_words) >= MIN_HEADLINE_WORDS and _in_order(other_words, words):
        # the other is the shown headline with words left out, cut for a share card: "... on Her Coat"
        # for the <h1> "... on Her Céline Coat: 'I Wore It Four Times and Didn't Notice!'"
        return True
    others = set(other_words)
    return sum(w in others for w in words) >= SHARED_WORDS_OF_A_VERSION * len(words)


def is_cut_version(shown: str, title: str) -> bool:
    """Whether `title` is the shown headline cut short: headline-sized, fewer words than `shown`, and
    every word of it but `MAX_SWAPPED_WORDS` one of the shown headline's. Not a title that the shown
    text holds whole (the <h1> adds a kicker or a label to it: the title is the headline)."""
    words = WORD_RE.findall(shown.casefold())
    title_words = WORD_RE.findall(title.casefold())
    if not MIN_HEADLINE_WORDS <= len(title_words) < len(words) or _holds_whole(shown, title):
        return False
    shown_words = set(words)
    return sum(w not in shown_words for w in title_words) <= MAX_SWAPPED_WORDS


def _holds_whole(shown: str, other: str) -> bool:
    """Whether the shown text holds the other whole, with a kicker or a label glued on."""
    folded_other = fold_title(other)
    return bool(folded_other) and folded_other in fold_title(shown)


def _in_order(part: list[str], whole: list[str]) -> bool:
    """Whether the words of `part` all occur in `whole`, in the same order (gaps allowed)."""
    rest = iter(whole)
    return all(word in rest for word in part)

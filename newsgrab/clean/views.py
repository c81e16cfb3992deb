"""What the notice cues read: the page's facts (`PageFacts`) and one block's text (`BlockText`),
with the text tests they share with the boilerplate pass (a sentence's end, a web address).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from newsgrab import urls
from newsgrab.clean.lexicon import Vocabulary, WordSet, folded_words, vocabulary, words_of
from newsgrab.model import Block, Metadata

#: characters; a domain label at least this long is looked for inside words too (handles, e-mails)
MIN_EMBEDDED_LABEL_CHARS = 6
#: characters; a domain label at least this long is also read written as words ("Harbour Lights" for
#: harbourlights.example): shorter ones ("ap", "bbc", "ign") spell too many word pairs by chance
MIN_SPELLED_LABEL_CHARS = 6
#: characters; the first word of a spelled label is at least this long (not "a" + "bcnews")
MIN_SPELLED_HEAD_CHARS = 2
#: site names that name nothing in particular, never taken as the page naming itself
_GENERIC_NAMES = frozenset({"news", "home", "blog", "the", "online", "com", "www", "magazine", "journal"})
#: an address, a handle, a URL or a bare domain. An e-mail address is tried only where its run of name
#: characters starts: from inside the run it fails where the start failed, after reading to the run's
#: end again (quadratic in a long word: 40,000 letters and an "@" took 3 s)
ADDRESS_RE = re.compile(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+|@\w{2,}|(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|io|co|me|info|ru|de|fr)\b/?\S*",
    re.IGNORECASE,
)
#: a top-level domain after a dot: the cheap half of a web address (the word before it is checked apart)
_TLD_RE = re.compile(r"\.(?:com|org|net|io|co|me|info|ru|de|fr)\b", re.IGNORECASE)


def has_address(text: str) -> bool:
    """Whether `text` holds a URL, an e-mail address, a social handle or a bare domain ("example.org").
    A search per top-level domain rather than a generator over `finditer`: most texts hold none,
    and are answered by one search."""
    if "@" in text or "://" in text or "www." in text:
        return True
    found = _TLD_RE.search(text)
    while found is not None:
        if found.start() and text[found.start() - 1].isalnum():
            return True
        found = _TLD_RE.search(text, found.end())
    return False



@dataclass(frozen=True, slots=True)
class PageFacts:
    """What the cues know of the page: the names it goes by, its domain, its authors, its words."""

    #: the site's names as one word set (phrases of words)
    names: WordSet
    domain_labels: tuple[str, ...]
    #: the domain labels long enough to be looked for inside words (`MIN_EMBEDDED_LABEL_CHARS`)
    embedded_labels: tuple[str, ...]
    authors: tuple[tuple[str, ...], ...]
    vocabulary: Vocabulary
    #: `domain_labels` as a set
    domain_set: frozenset[str] = frozenset()
    #: the labels of `MIN_SPELLED_LABEL_CHARS` or more, read written as two words or more (`spells_label`)
    spelled_labels: tuple[str, ...] = ()
    #: the words a spelled label can open with: each one's proper prefixes (a block holding none spells none)
    spelled_heads: frozenset[str] = frozenset()

    @classmethod
    def of(cls, metadata: Metadata | None, own_site: str | None = None) -> PageFacts:
        """`own_site`: a text page's own domain (no URL to read it from), whose labels name the
        site as a URL's do (`boilerplate.remove_boilerplate`'s `named_site`)."""
        if metadata is None:
            return cls(WordSet.of(()), (), (), (), vocabulary(None))
        names = {tuple(words_of(metadata.site_name))} if metadata.site_name else set()
        labels: set[str] = set()
        host = (urls.hostname(metadata.url) or own_site or "").lower()
        for label in host.split(".")[:-1]:
            if len(label) >= 3 and label not in ("www", "com", "co", "org", "net", "amp", "m"):
                labels.add(label)
        names = {name for name in names if name and not set(name) <= _GENERIC_NAMES}
        authors = tuple(tuple(words_of(author)) for author in metadata.authors if author)
        # a name of several words written as one is how a handle or an address spells it
        # ("Global Research": "@crg_globalresearch", "publications@globalresearch.ca"): text input
        # has no URL to take the domain from, but its notices give their handles and addresses
        joined = {"".join(name) for name in names if len(name) > 1}
        embedded = tuple(sorted(label for label in labels | joined if len(label) >= MIN_EMBEDDED_LABEL_CHARS))
        # a text page's domain written as words stands in for the site name it lacks (an HTML page
        # reads its name from its head; there a URL's label as words named the article's subject,
        # "Obama White House" on an archive of that office, more often than the site)
        spelled = tuple(sorted(label for label in labels if len(label) >= MIN_SPELLED_LABEL_CHARS
                                and label.isalpha())) if own_site and not metadata.url and not names else ()
        heads = frozenset(label[:end] for label in spelled for end in range(MIN_SPELLED_HEAD_CHARS, len(label)))
        return cls(WordSet.of(" ".join(name) for name in sorted(names)), tuple(sorted(labels)), embedded, authors,
                   vocabulary(metadata.language), frozenset(labels), spelled, heads)

    def names_in(self, words: list[str], folded: str, present: frozenset[str] | None = None) -> bool:
        """Whether a text (its words, its case-folded self, the set of its words if the caller has
        it) names the site: its site name as words, a domain label as a word or, for the long
        ones and the site name written as one word, inside a word (a handle, an e-mail, a URL:
        "@crg_globalresearch")."""
        if (self.names.words or self.names.phrases) and self.names.holds(words, words if present is None else present):
            return True
        # the block's set, when there is one, meets the page's few labels from their side
        if self.domain_labels and not self.domain_set.isdisjoint(words if present is None else present):
            return True
        # most pages have no label long enough; the others test theirs without a generator
        if self.embedded_labels and any(map(folded.__contains__, self.embedded_labels)):
            return True
        return bool(self.spelled_heads) and self.spells_label(words, words if present is None else present)

    def spells_label(self, words: list[str], present: Collection[str]) -> bool:
        """Whether the block writes a long domain label as consecutive words: "Harbour Lights" for
        harbourlights.example, "Indie Hackers" for indiehackers.com. A domain joins the words of the
        name it stands for; where the markup is gone (text input has no site name from a page's
        head) the name as the text prints it is the only way a notice names its own site. In every
        script written with spaces. A block with no word a label opens with is answered by one set test."""
        if self.spelled_heads.isdisjoint(present):
            return False
        for i, word in enumerate(words):
            if word not in self.spelled_heads:
                continue
            for label in self.spelled_labels:
                joined, k = word, i + 1
                while len(joined) < len(label) and k < len(words) and label.startswith(joined):
                    joined, k = joined + words[k], k + 1
                if joined == label:
                    return True
        return False


@dataclass(slots=True)
class BlockText:
    """One block's text as the cues read it: folded, its case-folded words, the set of them, and
    the word lists of the vocabulary it holds a word of (`Vocabulary.hits`)."""

    block: Block
    text: str
    words: list[str]
    present: frozenset[str]
    hits: dict[str, str]
    #: the text case-folded
    folded: str

    @classmethod
    def of(cls, block: Block, text: str, vocabulary: Vocabulary, folded: str | None = None,
           words: list[str] | None = None) -> BlockText:
        """`folded` and `words` are `text` case-folded and its words, when the caller has them."""
        if folded is None:
            folded = text.casefold()
        if words is None:
            words = folded_words(folded)
        present = frozenset(words)
        return cls(block, text, words, present, vocabulary.hits(words, present, folded), folded)

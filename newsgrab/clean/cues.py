"""The notice cues: what makes a block read as a publisher's notice, in anyone's words.

Each cue is a named function of one block (and what the page says about itself) that returns a
number from 0 to 1. None of them knows a publisher's phrase: they look for the shape of a notice,
with the word lists of newsgrab/data/notice_cues.toml (nine languages):

- `self_reference`: the block names the site (its site name, its domain);
- `publisher_voice`: the publisher speaks of itself ("our newsroom", "this site", "unsere Redaktion");
- `reader_address`: the reader is addressed in the second person (you, Sie, du, vous, usted, você...);
- `call_to_action` / `imperative`: a word that calls the reader to act (donate, subscribe, follow,
  share, comment...), anywhere in the block / as its first word;
- `notice_topic`: a word of a notice's topic that is no call (copyright, photo credit, related...);
- `disclosure`: the piece or its publisher, as the subject of a short block, is sponsored or earns
  a commission ("This sponsored deal is brought to you by X", "Disclosure: ZDNet may earn ...");
- `self_description`: the block speaks of the article itself ("this article", "this episode",
  "dieser Beitrag", "cet article"): the piece is news, a notice is about the piece;
- `provenance`: a publication credit (first/originally/zuerst/initialement + a name or a date);
- `author_bio`: a person (often the byline's) as the subject, a profession or "writes about";
- `names_author`: the block names the page's own author (the byline's name, from the metadata);
- `handles_urls`, `link_share`, `shortness`, `no_sentence`, `heading`, `list_item`, `headline`: the
  form of a notice line; `markup`: the HTML around it (buttons, forms, class tokens: `Block.hints`);
- `reported_speech`, `quotation`: quotes and "said", blockquotes: reported or quoted words are
  article prose.

The page cues (before the first body paragraph, after the last one, said twice on the page, an item
of a list of links) depend
on the other blocks and are set by the pass (newsgrab/clean/score.py, boilerplate.py). How the
cues combine is data too (newsgrab/data/notice_weights.toml).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from newsgrab import settings
from newsgrab.clean.credits import DOMAIN_RE, credited_date, credited_name, links_away
from newsgrab.clean.lexicon import (
    ACTION_PREFIX,
    CALL_CATEGORIES,
    WordSet,
    platforms,
    words_of,
)
from newsgrab.clean.views import BlockText, PageFacts, has_address
from newsgrab.meta.lexicon import byline_words
from newsgrab.sentences import SENTENCE_END_RE, ends_sentence

#: characters; a block longer than this is never a provenance credit or an author bio
MAX_CREDIT_CHARS = 600
#: characters; a credit this short needs no "this article" to be one ("Originally published on X.")
SHORT_CREDIT_CHARS = 160
#: characters at and above which `shortness` is 0 (a notice line is short; a notice paragraph is not
#: ruled out, only not helped)
SHORTNESS_SPAN = 240
#: words a bio's subject (a person's name) may take before its verb
MAX_NAME_WORDS = 4
#: words a headline-shaped line has at most, and the share of them capitalised
MAX_HEADLINE_WORDS = 16
HEADLINE_CAPITALISED_SHARE = 0.6
#: words; a sentence opening with a call to act is one when it is at most this long
MAX_CALL_WORDS = 14
_HEADING_KINDS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

_QUOTE_RE = re.compile("[“”„«»\"]")
#: the particles a person's name holds between its capitalised words (data/byline_words.toml "particles")
_PARTICLE = byline_words().alternation(byline_words().particles)
#: a person's name opening a block: capitalised words, with the particles names hold ("Pieter de Vries")
_LEADING_NAME_RE = re.compile(
    rf"^(?:[A-ZÀ-ÖØ-ÞА-ЯЁŁŚŻŹĆŃ][\w'’.-]*\s+(?:(?:{_PARTICLE})\s+)*)"
    r"{1," + str(MAX_NAME_WORDS) + "}"
)
#: a person's name and an aside right after it that dates the person by a year ("Nora Vale (born 1962)",
#: "Anna Berg, Jahrgang 1962,", "Jeanne Martin, née en 1970,"): the bio's verb follows the aside. A
#: year, not an age: "Ana Ruiz, 45, said ..." is news
_NAME_YEAR_RE = re.compile(
    rf"^[A-ZÀ-ÖØ-ÞА-ЯЁŁŚŻŹĆŃ][\w'’.-]*(?:\s+(?:(?:{_PARTICLE})\s+)*"
    r"[A-ZÀ-ÖØ-ÞА-ЯЁŁŚŻŹĆŃ][\w'’.-]*){1,3}"
    r"\s*(?:\(([^()]{0,30}\b(?:1[89]|20)\d\d)\)|,([^,]{0,30}\b(?:1[89]|20)\d\d),)")


_CALLS = frozenset(ACTION_PREFIX + category for category in CALL_CATEGORIES)


def self_reference(view: BlockText, page: PageFacts) -> float:
    """1 when the block names the site: its site name as words, or its domain label (also inside a
    handle, an e-mail or a URL: "@crg_globalresearch")."""
    return 1.0 if page.names_in(view.words, view.folded, view.present) else 0.0


def publisher_voice(view: BlockText, page: PageFacts) -> float:
    """1 when the publisher speaks of itself: a first-person plural and a publisher's noun ("our
    newsroom", "unsere Redaktion"), or a demonstrative right before one ("this site", "ce site")."""
    if "publisher" not in view.hits:
        return 0.0
    if "we" in view.hits:
        return 1.0
    if "this" in view.hits:
        publisher, this, words = page.vocabulary["publisher"], page.vocabulary["this"], view.words
        for i in range(len(words) - 1):
            if words[i + 1] in publisher.words and this.first_hit([words[i]], frozenset((words[i],))):
                return 1.0
    return 0.0


def self_description(view: BlockText, page: PageFacts) -> float:
    """1 when the block speaks of the article itself: a demonstrative right before an article noun
    ("this article", "this episode", "dieser Beitrag", "cet article", "este artículo"). An article
    tells of the world; a notice tells of the article: its sponsor, its first publication, who helped
    write it, what may be done with it ("Jane Roe contributed to this report", "*This article appears
    in the May issue", "share this post"). Not the bare noun: news says "the report found"."""
    this, words = page.vocabulary["this"], view.words
    nouns = page.vocabulary["article_nouns"]
    for i in range(len(words) - 1):  # `is_word`: no one-word list cut for each word
        if this.is_word(words[i]) and nouns.opens(words[i + 1 :]):
            return 1.0
    return 0.0


def reader_address(view: BlockText, page: PageFacts) -> float:
    """1 when the block speaks to the reader in the second person (you, du, Sie, vous, usted, вы...)."""
    if "reader" in view.hits:
        return 1.0
    v = page.vocabulary
    if v.reader_cased and not view.present.isdisjoint(v.reader_cased_folded):
        # "Sie"/"Ihr" are "you" only capitalised mid-sentence; lower case they are "they"/"her"
        for match in re.finditer(r"(?<=[^.!?:\s])\s+(\w+)", view.text):
            if match.group(1) in v.reader_cased:
                return 1.0
    return 0.0


def call_to_action(view: BlockText, page: PageFacts) -> float:
    """1 when the block holds a word that calls the reader to act (donate, subscribe, follow,
    share, comment, contact, download) in any language of the vocabulary. A platform's name is
    no call on its own: news tells of photos posted to Facebook and firms paid through PayPal
    ("a video he shared on Facebook started a quarrel"); a call says what to do there ("follow
    us on Facebook"). The lists keep the names, so a bare row of them still reads as `follow`."""
    return 1.0 if any(_calls_in(view, page)) else 0.0


def _calls_in(view: BlockText, page: PageFacts) -> Iterator[str]:
    """The call lists of which the block holds a word other than a platform's name."""
    named = platforms()
    for name in _CALLS.intersection(view.hits):
        if view.hits[name].split(" ", 1)[0] not in named:
            yield name
            continue
        # the list's first word in the block is a platform's name: does it hold another?
        rest = [word for word in view.words if word not in named]
        if page.vocabulary[name].first_hit(rest, frozenset(rest)) is not None:
            yield name


def imperative(view: BlockText, page: PageFacts) -> float:
    """1 when a sentence of the block opens with a call to act ("Subscribe now", "Folgen Sie uns",
    "Síguenos", "Donate securely"), after an optional "please". A call is said in few words: a
    longer sentence that opens with one tells a story ("Subscribe now, pay later offers helped ..."),
    and one that goes on to say who said it quotes someone's words ("Follow the money, one councillor
    said", "Share the road, the new signs tell drivers"): the same shape as `reported_speech`."""
    if _CALLS.isdisjoint(view.hits):
        return 0.0
    text = view.text
    said = page.vocabulary["attribution"] if "attribution" in view.hits else None
    for match in _SENTENCE_OPENING_RE.finditer(text):
        end = SENTENCE_END_RE.search(text, match.end(1))
        sentence = text[match.start(1) : end.end() if end else len(text)]
        if len(sentence.split()) > MAX_CALL_WORDS:
            continue
        if said is not None and said.first_hit(rest := words_of(sentence)[1:], frozenset(rest)) is not None:
            continue
        opening = words_of(match.group(1))
        if opening and opening[0] in _PLEASE:
            opening = opening[1:]
        if not opening or opening[0] in platforms():
            continue
        if any(page.vocabulary[name].opens(opening) for name in _CALLS.intersection(view.hits)):
            return 1.0
    return 0.0


#: a sentence's first words, past the marks a note opens with ("[Sign up ...]", "*Follow us*", "(Bitte ...")
_SENTENCE_OPENING_RE = re.compile(r"(?:^|[.!?…:]\s+)[\[(*_«„“\"‘]*(\w[\w'’-]*(?:\s+\w[\w'’-]*){0,3})")
_PLEASE = frozenset({"please", "bitte", "por", "per", "prosimy", "пожалуйста", "alsjeblieft", "svp"})


def notice_topic(view: BlockText, page: PageFacts) -> float:
    """1 when the block holds a word of a notice's topic that is no call to act: copyright, a
    disclaimer, a photo credit, an advertisement, related reading."""
    return 0.0 if page.vocabulary.topics.isdisjoint(view.hits) else 1.0


def disclosure(view: BlockText, page: PageFacts) -> float:
    """1 when the block discloses who pays for the piece: a word of a disclaimer (sponsored,
    affiliate, earn a commission, disclosure...) in a short block whose subject is the piece or its
    publisher, opening it after at most a short label ("Disclosure:"): a demonstrative ("This
    sponsored deal is brought to you by X", "This week's podcast is sponsored by Y", "Dieser
    Beitrag enthält Affiliate-Links") or the site's name ("Disclosure: ZDNet may earn a commission
    ..."). News tells of sponsors too, with another subject ("a panel sponsored by the bank",
    "participants signed a disclaimer"), and says so in longer paragraphs."""
    text = view.text
    if _DISCLAIMER not in view.hits or len(text) > SHORTNESS_SPAN:
        return 0.0
    label = _LABEL_END_RE.search(text, 0, MAX_LABEL_CHARS + 1)
    subject = words_of(text[label.end():] if label else text)[:MAX_SUBJECT_WORDS]
    if subject and (page.vocabulary["this"].opens(subject) or page.names_in(subject, " ".join(subject))):
        return 1.0
    return 0.0


#: characters a label before a disclosure's subject has at most ("Disclosure:", "Note to readers:")
MAX_LABEL_CHARS = 30
#: words of the block (after its label) in which a disclosure names the site ("The Harbour Post may ...")
MAX_SUBJECT_WORDS = 3
_DISCLAIMER = DISCLAIMER_LIST = ACTION_PREFIX + "disclaimer"
_LABEL_END_RE = re.compile("[:\uff1a]")


def action_categories(view: BlockText, page: PageFacts) -> list[str]:
    """The lists of `actions` the block holds a word of, calls to act first (the data file's order)."""
    return [name[len(ACTION_PREFIX):] for name in page.vocabulary.lists
            if name in view.hits and name.startswith(ACTION_PREFIX)]


def provenance(view: BlockText, page: PageFacts) -> float:
    """1 when the block credits a publication: a word of publication history ("first published",
    zuerst, initialement, originalmente, впервые...) or a source label opening the block ("Source:",
    "Quelle:"), with a publication's name or a date, in a block that is short, opens with the credit
    or speaks of itself as an article ("this article", "dieser Beitrag")."""
    text = view.text
    if len(text) > MAX_CREDIT_CHARS:
        return 0.0
    labelled = "source_labels" in view.hits and _opens_with(view, page.vocabulary["source_labels"])
    if not labelled and "provenance" not in view.hits:
        return 0.0
    if not (labelled or len(text) <= SHORT_CREDIT_CHARS or "article_nouns" in view.hits
            or _opens_with(view, page.vocabulary["provenance"])):
        return 0.0
    named = credited_name(view, page, authors_too=True) or links_away(view, page)  # ("Quelle: x.de, dpa": a domain)
    return 1.0 if credited_date(text) or named or (labelled and DOMAIN_RE.search(text) is not None) else 0.0


def _opens_with(view: BlockText, wordset: WordSet) -> bool:
    """Whether the block's first words are a word (or phrase) of `wordset`."""
    return wordset.opens(view.words)


def author_bio(view: BlockText, page: PageFacts) -> float:
    """1 when the block is an author bio: it opens with a person's name (the byline's, or two to
    four capitalised words) followed by a verb of being or doing, and names a profession or says
    what the person writes about."""
    text = view.text
    if len(text) > MAX_CREDIT_CHARS:
        return 0.0
    if "professions" not in view.hits and "bio_topics" not in view.hits:
        return 0.0
    words = view.words
    opening = _LEADING_NAME_RE.match(text)
    # a name is two capitalised words or more ("The" alone opens sentences, not bios)
    name_words = len(opening.group().split()) if opening and len(opening.group().split()) >= 2 else 0
    for author in page.authors:
        if author and words[: len(author)] == list(author):
            name_words = max(name_words, len(author))
        elif author and words[:1] == [author[-1]]:
            name_words = max(name_words, 1)
    if dated := _NAME_YEAR_RE.match(text):  # "Nora Vale (born 1962) has written about ..."
        name_words = len(words_of(dated.group(0)))
    elif not 1 <= name_words <= MAX_NAME_WORDS:
        return 0.0
    after = words[name_words : name_words + 3]
    return 1.0 if page.vocabulary["bio_verbs"].first_hit(after, frozenset(after)) is not None else 0.0


def names_author(view: BlockText, page: PageFacts) -> float:
    """1 when the block names the page's own author (the byline's name, of two words or more: a
    person's): an article tells of other people, the notices after it tell of who wrote it ("Ann
    Lee is on Twitter at ...", "Ann Lee's new book is out now", "Email Ann Lee at ..."). In the body
    the author is seldom named; `after-body*names-author` is what the weights make of it."""
    for author in page.authors:
        if len(author) < 2 or author[0] not in view.present:
            continue
        words, size = view.words, len(author)
        if any(words[i : i + size] == list(author) for i, word in enumerate(words) if word == author[0]):
            return 1.0
    return 0.0


def handles_urls(view: BlockText, page: PageFacts) -> float:
    """1 when the block holds a URL, an e-mail address or a social handle."""
    return 1.0 if has_address(view.text) else 0.0


def link_share(view: BlockText, page: PageFacts) -> float:
    """The share of the block's text that is link text."""
    return view.block.link_density


def shortness(view: BlockText, page: PageFacts) -> float:
    """1 for an empty block, falling to 0 at `SHORTNESS_SPAN` characters."""
    return shortness_of(len(view.text))


def shortness_of(length: int) -> float:
    return max(0.0, 1.0 - length / SHORTNESS_SPAN)


def no_sentence(view: BlockText, page: PageFacts) -> float:
    """1 when the block does not end as a sentence does (a label, a link line, a credit)."""
    return 0.0 if ends_sentence(view.text) else 1.0


def heading(view: BlockText, page: PageFacts) -> float:
    """1 for a heading block."""
    return 1.0 if view.block.kind in _HEADING_KINDS else 0.0


def list_item(view: BlockText, page: PageFacts) -> float:
    """1 for a list item (link lists of related stories are lists)."""
    return 1.0 if view.block.kind == "li" else 0.0


def reported_speech(view: BlockText, page: PageFacts) -> float:
    """1 when the block quotes someone or reports what someone said: article prose, not a notice.
    A verb of saying that opens the block is an instruction ("Tell us what you think"), not a report."""
    if _QUOTE_RE.search(view.text):
        return 1.0
    said = view.hits.get("attribution")
    return 1.0 if said is not None and view.words[:1] != said.split()[:1] else 0.0


def headline(view: BlockText, page: PageFacts) -> float:
    """1 for a line shaped like a headline (the teaser of another story): three to sixteen words,
    no sentence end, most words capitalised."""
    if not 3 <= len(view.words) <= MAX_HEADLINE_WORDS + 4 or ends_sentence(view.text):
        return 0.0
    words = view.text.split()
    if not 3 <= len(words) <= MAX_HEADLINE_WORDS:
        return 0.0
    lettered = [w for w in words if w[:1].isalpha()]
    capitalised = sum(1 for w in lettered if w[0].isupper())
    return 1.0 if lettered and capitalised >= HEADLINE_CAPITALISED_SHARE * len(lettered) else 0.0


def quotation(view: BlockText, page: PageFacts) -> float:
    """1 for a quotation block (a blockquote: a quoted passage or an embedded post's text)."""
    return 1.0 if view.block.kind == "quote" else 0.0


def markup(view: BlockText, page: PageFacts) -> float:
    """1 when the HTML around the block marks it as page furniture (see `Block.hints`)."""
    return 1.0 if view.block.hints else 0.0


#: the text cues by name, in the order of the weights file
TEXT_CUES: dict[str, Callable[[BlockText, PageFacts], float]] = {
    "self-reference": self_reference,
    "publisher-voice": publisher_voice,
    "self-description": self_description,
    "reader-address": reader_address,
    "call-to-action": call_to_action,
    "imperative": imperative,
    "notice-topic": notice_topic,
    "disclosure": disclosure,
    "provenance": provenance,
    "author-bio": author_bio,
    "names-author": names_author,
    "handles-urls": handles_urls,
    "link-share": link_share,
    "shortness": shortness,
    "no-sentence": no_sentence,
    "heading": heading,
    "list-item": list_item,
    "headline": headline,
    "reported-speech": reported_speech,
    "quotation": quotation,
    "markup": markup,
}


#: the cues that are 0 unless the block is of one of these kinds, or has links or markup hints
#: (the scorer skips them otherwise; tests/test_boilerplate_score.py checks the skip changes nothing)
CUE_KINDS: dict[str, frozenset[str]] = {
    "heading": _HEADING_KINDS, "list-item": frozenset({"li"}), "quotation": frozenset({"quote"}),
}
CUE_NEEDS_LINKS = frozenset({"link-share"})
CUE_NEEDS_HINTS = frozenset({"markup"})
#: for the cues that need a word of some lists: those lists (a block holding none skips the cue)
CUE_GATES: dict[str, frozenset[str]] = {
    "publisher-voice": frozenset({"publisher"}),
    "self-description": frozenset({"article_nouns"}),
    "call-to-action": _CALLS,
    "imperative": _CALLS,
    "disclosure": frozenset({_DISCLAIMER}),
    "provenance": frozenset({"provenance", "source_labels"}),
    "author-bio": frozenset({"professions", "bio_topics"}),
}


def is_link_heavy(view: BlockText) -> bool:
    return view.block.link_density > settings.LINK_HEAVY_DENSITY

"""Header lines of a text input (title, "By X", "Site, July 11, 2021", "Region: ...") as metadata.

Scraped and copy-pasted articles carry their metadata as lines next to the headline. A pasted
article has them at the top (`read_header`: reading stops at the first block that is not a header
line, so an article sentence is never eaten). A whole-page dump has them around the headline, among
share buttons and photo captions (text/around.py: every block near the headline is tried, with
`take_header_line` and the date-line tests of text/headerdates.py). Either way the lines read are
taken out of the body: the body keeps no header lines.
"""

from __future__ import annotations

import re

from newsgrab import settings
from newsgrab.media.classify import PRINTED_ADDRESS_RE
from newsgrab.memo import Memo
from newsgrab.meta.conjunctions import language_asks
from newsgrab.meta.dates import DATE_PHRASE_RE, has_digit, may_hold_date, parse_date
from newsgrab.meta.lexicon import date_labels
from newsgrab.meta.people import split_authors
from newsgrab.meta.roles import is_outlet, person_and_outlet, person_with_outlet
from newsgrab.meta.titles import fold_title
from newsgrab.model import Block, Metadata, OriginalSource
from newsgrab.text.byline import (
    BYLINE_RE,
    BYLINE_WORDS,
    MAX_TIME_TAIL_WORDS,
    TRAILING_BY_RE,
    UNSPACED_BYLINE_RE,
    byline_names,
    first_credit,
    undoubled,
    unglued_byline,
    without_handle,
)
from newsgrab.text.datelines import TEXT_DATE_RE, date_first, linked_label_date, numeric_date
from newsgrab.text.headerdates import DATE_PREPOSITIONS, is_reading_time, name_date, person_before_bar, two_dates

# the date shapes moved to text/headerdates.py; the text path imports them from here too (`as`: re-exported)
from newsgrab.text.headerdates import MAX_HEADER_LINE_CHARS as MAX_HEADER_LINE_CHARS
from newsgrab.text.headerdates import SEPARATOR_RE as SEPARATOR_RE
from newsgrab.text.headerdates import is_date_label as is_date_label
from newsgrab.text.headerdates import is_dateline as is_dateline
from newsgrab.text.headerdates import labelled_date as labelled_date
from newsgrab.text.headerdates import take_dates as take_dates
from newsgrab.text.namephrase import AGENCY_RE, byline_copy, is_byline_phrase, name_before_affiliation, relayed_source
from newsgrab.text.postline import read_post_line
from newsgrab.text.unlabelled import BAR_LIKE_RE, is_unlabelled_candidate, name_over_prose, take_unlabelled

_TAG_LINE_RE = re.compile(
    r"^(?P<label>regions?|themes?|topics?|tags?|categor(?:y|ies)|keywords?|in-depth reports?|filed under|"
    r"sections?|subjects?|schlagworte|schlagwörter|rubrik(?:en)?|themen|kategorien|mots-clés|thèmes?|rubriques?|"
    r"catégories?|etiquetas|temas|secci(?:ón|ones)|categorías|argomenti|categorie|tópicos|categorias|seções|"
    r"рубрик[аи]|темы|теги|tematy|kategorie|tagi|onderwerpen|rubrieken|categorieën)\s*:\s*(?P<values>.*)$",
    re.IGNORECASE,
)
_SOURCE_LINE_RE = re.compile(r"^(?:source|originally published (?:at|on|in|by)|via)\s*:?\s+(?P<name>.{2,120})$",
                             re.IGNORECASE)
#: a credit line with its date ("Originally published by Example Post, 3 May 2024"): its date is the
#: original's, so the line fills `original_source` and leaves the page's own `published` alone
FIRST_PUBLISHED_RE = re.compile(
    r"^(?:originally|first) (?:published|appeared|posted) (?:at|on|in|by)\s+(?P<name>.{2,120})$", re.IGNORECASE)
HEADER_KINDS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li"})
#: unlabelled lines tolerated between header lines (a subtitle and a name, as Substack copies have)
MAX_PENDING = 2
#: what parts a labelled date from a byline after it: a separator or a comma (only a part that opens with
#: a byline's label is read: "Published March 4, 2024, author: Jane Doe")
_PARTS_RE = re.compile(rf"{SEPARATOR_RE.pattern}|,\s+")
#: a word with a digit in it, where a byline's reading time or time stamp starts ("5 min read", "8h")
_NUMBER_WORD_RE = re.compile(r"(?<!\S)\S*\d")


def read_header(blocks: list[Block], meta: Metadata, *, title_first: bool) -> int:
    """Read metadata from the header lines at the top (the first block is the title when
    `title_first`); return how many blocks they take."""
    index = 0
    limit = min(len(blocks), settings.MAX_HEADER_LINES)
    if title_first:
        meta.title = blocks[0].text
        meta.provenance["title"] = "header-line"
        index = 1
    end = index
    pending: list[Block] = []  # short unlabelled lines between header lines (a subtitle, a bare name)
    while index < limit:
        block = blocks[index]
        if block.kind in HEADER_KINDS and take_header_line(block, meta):
            if pending and not take_unlabelled(pending, meta, after_title=end == 1 and meta.title is not None):
                break
            pending.clear()
            index += 1
            if index < limit and TRAILING_BY_RE.search(block.text) and _take_by_object(blocks[index], meta):
                index += 1  # "Published on March 3, 2026 by" / "The Harbour Courier": the "by"'s link on its line
            end = index
            continue
        if block.kind in HEADER_KINDS and len(pending) < MAX_PENDING and (
                is_unlabelled_candidate(block.text) or is_reading_time(block.text)):  # "Lesezeit: 4 Min."
            pending.append(block)
            index += 1
            continue
        break
    if len(pending) == 1 and (end > int(title_first) or person_with_outlet(pending[0].text) is not None) and (
            index < len(blocks) and name_over_prose(pending[0], blocks[index], meta)):
        end += 1  # "Title" / "March 3, 2026" / "Nora Vale, University of Harbourtown" / the first paragraph
    return end


def _take_by_object(line: Block, meta: Metadata) -> bool:
    """Read the line under a header line that ends in its byline word ("Published on March 3, 2026 by"
    / "The Harbour Courier"): a converter ends a line at the link the word is followed by. A person's
    name is the author (when none is known); a publication's name is the publisher, read as a "Name,
    Date" line's name is: the site when none is known, else, when another, the original source. True
    when the line was read; a sentence, or a line with a digit, is not."""
    if line.kind not in HEADER_KINDS or not is_unlabelled_candidate(line.text) or has_digit(line.text):
        return False
    if names := [name for name in byline_names(line.text) if not is_outlet(name)]:
        if not meta.authors:
            meta.authors = names
            meta.provenance["authors"] = "byline"
        return True
    name = line.text.strip(" .,;|")
    if not name[:1].isupper() or is_byline_phrase(name, line.text):
        return False
    if meta.site_name is None:
        meta.site_name = name
        meta.provenance["site_name"] = "header-line"
    elif name.casefold() != meta.site_name.casefold() and (
            meta.original_source is None or not meta.original_source.name):
        meta.original_source = (meta.original_source or OriginalSource()).fill(name=name)
        meta.provenance["original_source"] = "header-line"
    return True


#: lines whose answers are kept at most (a dump asks about a few hundred)
MAX_REMEMBERED_LINES = 4096


def is_header_line(text: str) -> bool:
    """Whether a line is a byline, a dateline, a tag line, a "Name, Date" line or a post line ("Tuesday
    22 October 2019 by Jane Q. Doe", text/postline.py: not a headline). The headline search asks it of
    the same lines several times (a line's title shape, the byline or date under a candidate, the
    teaser cards above the story): the answer is remembered in a bounded `Memo` when it is a function of
    the text alone, i.e. when reading it asked nothing of the page's language (a byline holding a bound
    conjunction, "Jan Novák a Petr", splits by the language: meta/conjunctions.py); otherwise a page of
    another language would be answered with this one's verdict."""
    known = _HEADER_LINES.get(text)
    if known is not None:
        return known
    asks = language_asks()
    verdict = _is_header_line(text)
    if language_asks() == asks:  # a verdict that read the page's language holds for that language only
        _HEADER_LINES.remember(text, verdict)
    return verdict


def _is_header_line(text: str) -> bool:
    """`is_header_line`'s check, asked once per line text (`_HEADER_LINES`)."""
    if len(text) > MAX_HEADER_LINE_CHARS:
        return False
    if BYLINE_RE.match(text) or _TAG_LINE_RE.match(text) or text.casefold() in BYLINE_WORDS:
        return True
    if byline_copy(text) is not None:  # "Jane Doe by Jane Doe": an avatar's name joined to the byline
        return True
    return has_digit(text) and (name_date(text) is not None or labelled_date(text) is not None
                                or read_post_line(text) is not None)


_HEADER_LINES: Memo[str, bool] = Memo(_is_header_line, MAX_REMEMBERED_LINES)


def _names_before_date(who: str) -> str:
    """What a byline names ends where a date or a contact starts: "Ivo Marsh 2019-03-11T14:27:08Z
    Tides & Weather" (a theme prints the section's links after the byline's date) names Ivo Marsh,
    not the section; "Elsa Brannock elsab@example.com(509) 418-2297" and "Tobin Hallgarth@thallgarth"
    (an e-mail address, a handle glued to the name) name the person before them; "Jane Doe 5 min
    read", "Jane Doe 2 days ago" (a reading time or a time stamp, a few words from the first digit to
    the end) names Jane Doe. The date is read from the whole line (take_dates); the names are the
    part before the first of these, as the HTML path's byline cleaner stops a name at a date."""
    cut = len(who)
    found = TEXT_DATE_RE.search(who) if has_digit(who) and may_hold_date(who) else None
    if found is not None:
        cut = found.start()
    number = _NUMBER_WORD_RE.search(who, 0, cut) if has_digit(who) else None
    if number is not None and number.start() > 0 and len(who[number.start():].split()) <= MAX_TIME_TAIL_WORDS:
        cut = number.start()
    at = who.find("@", 0, cut)
    if at > 0:
        word = who.rfind(" ", 0, at) + 1  # the word that holds the "@": a handle glued to a name, or an address
        cut = at if who[word:at][:1].isupper() else word
    if not cut:
        return who
    kept = who[:cut].rstrip(" ,|–—-:")
    names, _, last = kept.rpartition(" ")
    # the word before the date in the byline's language ("Door Jane Doe op 4 maart", "Par Jane Doe le 4 mars")
    return names if found is not None and names and last in DATE_PREPOSITIONS else kept


def take_header_line(block: Block, meta: Metadata, *, name_is_author: bool = False) -> bool:
    """Read one header line into `meta`; False when the line is not a header line.

    `name_is_author`: the name of a "Name, Date" line is the author (in a whole page with no
    byline) rather than the site; otherwise the first such line names the site and a second one
    the original source.
    """
    block = unglued_byline(block)
    text = block.text
    posted = read_post_line(text)  # "Posted on 14 March 2019 by jdoe", "November 19, 2019 by Jane Doe"
    if posted is not None:
        if posted.date is not None:
            take_dates(posted.date, meta)  # "Updated March 12, 2024 by Jane Doe" is a modified date
        if not meta.authors:
            meta.authors = posted.authors
            meta.provenance["authors"] = "byline"
        return True
    byline = BYLINE_RE.match(text) or UNSPACED_BYLINE_RE.match(text)
    if byline:
        who = name_before_affiliation(_names_before_date(first_credit(byline["who"])))
        authors = [name for name in split_authors(undoubled(who)) if ":" not in name]
        # a sentence that opens with "By" names nobody ("By signing up, ...", "By the time of X, Y ..."); a
        # phrase after a name is the person's bio run on ("By Jane Doe, a deputy editor ..."): the names before it
        first_phrase = next((at for at, name in enumerate(authors) if is_byline_phrase(name, text)), len(authors))
        authors = authors[:first_phrase]
        if authors and not meta.authors:
            meta.authors = authors
            meta.provenance["authors"] = "byline"
        relayed = relayed_source(first_credit(byline["who"])) if authors else None
        if relayed and (meta.original_source is None or not meta.original_source.name):
            # "Authored by Nora Vale via The Harbour Courier,": the piece's original, credited on its byline
            meta.original_source = (meta.original_source or OriginalSource()).fill(name=relayed)
            meta.provenance["original_source"] = "header-line"
        take_dates(byline["who"], meta)
        return bool(authors)
    tags = _TAG_LINE_RE.match(text)
    if tags:
        for value in re.split(r"\s*[,;|]\s*", tags["values"]):
            value = value.strip(" .")
            if value and value.casefold() not in {t.casefold() for t in meta.tags}:
                meta.tags.append(value)
                meta.provenance.setdefault("tags", "header-line")
        return True
    credit = FIRST_PUBLISHED_RE.match(text) if has_digit(text) else None
    credit_date = DATE_PHRASE_RE.search(text) if credit is not None and may_hold_date(text) else None
    if credit is not None and credit_date is not None:  # "First published by Example Post, 3 May 2024":
        source_name = text[credit.start("name"): credit_date.start()].strip(" ,.;:|–—-(")  # the source's date
        meta.original_source = (meta.original_source or OriginalSource()).fill(
            name=source_name or None, published=parse_date(credit_date.group()), url=credit_url(block))
        meta.provenance["original_source"] = "header-line"
        return True
    labelled = labelled_date(text) if has_digit(text) else None
    if labelled is not None:
        field_name, labelled_when = labelled
        if getattr(meta, field_name) is None:
            setattr(meta, field_name, labelled_when)
            meta.provenance[field_name] = "header-line"
        for part in _PARTS_RE.split(text)[1:]:  # "Updated: 12 July 2021 | By Jane Doe", "..., author: Jane Doe"
            if (byline := BYLINE_RE.match(part.strip())) and byline["who"].lstrip()[:1].isupper():  # not "by the"
                take_header_line(Block(kind="p", text=part.strip()), meta)
        return True
    both = two_dates(text) if has_digit(text) else None
    if both is not None:
        head, field_name, second_when = both
        if getattr(meta, field_name) is None:  # the label names its date's field; the first is the other one
            setattr(meta, field_name, second_when)
            meta.provenance[field_name] = "header-line"
        if field_name == "modified":  # the first date is the publication, with a name maybe ("Jane Doe, 3 May ...")
            take_header_line(Block(kind="p", text=head), meta, name_is_author=name_is_author)
        elif meta.modified is None and (first_when := parse_date(head)):  # the last change, printed first
            meta.modified = first_when
            meta.provenance["modified"] = "header-line"
        return True
    pair = name_date(text) if has_digit(text) else None
    source = _SOURCE_LINE_RE.match(text)
    if source and pair is None:
        meta.original_source = (meta.original_source or OriginalSource()).fill(
            name=source["name"].strip(" ."), url=credit_url(block))
        meta.provenance["original_source"] = "header-line"
        return True
    if pair is None:
        first = date_first(text) if has_digit(text) else None
        if first is None:
            linked = linked_label_date(block) if has_digit(text) else None
            if linked is not None and meta.published is None:  # "[media](/tags/media/) Sept. 2, 2016"
                meta.published = linked
                meta.provenance["published"] = "header-line"
            return linked is not None
        if meta.published is None:
            meta.published = first[0]
            meta.provenance["published"] = "header-line"
        if first[1] and not meta.authors:
            meta.authors = first[1]
            meta.provenance["authors"] = "byline"
        return True
    name, phrase, label = pair
    if name and block.link_chars >= len(text):
        return False  # one link as a whole, words and date: another page's headline ("related"), no header's
    when = parse_date(phrase) or numeric_date(phrase)
    if when is None:
        return False
    field_name = "modified" if label and date_labels().is_modified(label) else "published"
    if getattr(meta, field_name) is None:
        setattr(meta, field_name, when)
        meta.provenance[field_name] = "header-line"
        bars = BAR_LIKE_RE.sub(" | ", name) if name else name  # "Nora Vale · Courier · May 3" as "|" is
        if bars and "|" in bars and (signed := person_and_outlet(bars)) is not None:  # "Nora Vale | Courier | May 3"
            if not meta.authors:
                meta.authors = [signed[0]]
                meta.provenance["authors"] = "header-line"
            name, name_is_author = signed[1], False  # the outlet is the site's name, as a "Name, Date" line's
        elif name and "|" in name and AGENCY_RE.search(name.rsplit("|", 1)[-1]):
            name = None  # "New Delhi | News Nation Bureau | May 3": a dateline's place and the desk, no site
        elif name and not meta.authors and person_before_bar(text, name, meta.site_name):
            name_is_author = True  # "Nora Vale | May 3, 2024": a theme's byline row, where an outlet writes ","
        if name and name_is_author:
            authors = split_authors(without_handle(name))
            if authors:
                meta.authors = authors
                meta.provenance["authors"] = "header-line"
        elif name and not meta.site_name and not _holds_author(name, meta.authors):
            meta.site_name = name
            meta.provenance["site_name"] = "header-line"
    elif field_name == "published" and name and not name_is_author and name.casefold() != (
            meta.site_name or "").casefold():
        # a second "Name Date" line names the publication the piece first ran in, and when
        meta.original_source = (meta.original_source or OriginalSource()).fill(
            name=name, published=when, url=credit_url(block))
        meta.provenance["original_source"] = "header-line"
    return True


def credit_url(block: Block) -> str | None:
    """The original's address on a credit line: its link, else the address a dump printed in it
    ("Source: X (https://x.example/a)", "Via X (https://...)"): a converter that drops link markup
    (inscriptis, get_text, a copy) or writes the address out keeps only the printed one."""
    if block.links:
        return block.links[0].url
    printed = PRINTED_ADDRESS_RE.search(block.text)
    return printed.group() if printed else None


def _holds_author(name: str, authors: list[str]) -> bool:
    """Whether a "Name, Date" line's name holds an author already read (folded): the byline printed
    again beside its date once an author link above it named the author ("Nora Vale / Ivo Marsh Madrid
    27 OCT 2012" under "[Nora Vale](/autor/nora_vale/)"), not the site's name. (An original's it may be:
    a cross-post's byline names the source it reprints, and its "Source, Date" line the day it ran there.)"""
    folded = fold_title(name)
    return any(key and key in folded for key in map(fold_title, authors))

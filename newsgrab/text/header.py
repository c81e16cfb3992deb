"""Header lines of a text input (title, "By X", "Site, July 11, 2021", "Region: ...") as metadata.

Scraped and copy-pasted articles carry their metadata as lines above the body. They are read here,
after the text has become blocks, and taken out of the body: the body keeps no header lines.
Reading stops at the first block that is not a header line, so an article sentence is never eaten.
"""

from __future__ import annotations

import re

from newsgrab import settings
from newsgrab.meta.dates import DATE_PHRASE_RE, parse_date
from newsgrab.meta.lexicon import date_labels
from newsgrab.meta.people import split_authors
from newsgrab.model import Block, Metadata, OriginalSource

_SENTENCE_END_RE = re.compile(r"[.!?…:;\"'”’»)\]]$")
_BYLINE_RE = re.compile(r"^(?:by|written by|par|von|por|di|door|автор:?)\s+(?P<who>.{2,200})$", re.IGNORECASE)
#: "Posted on 14 November 2023 by Jane Doe" (WordPress themes' entry-meta line, copied as text)
_POSTED_BY_RE = re.compile(
    r"^(?:posted|published|written)(?:\s+on)?\s+(?P<date>.{6,40}?)\s+by\s+(?P<who>[^.]{2,120})$", re.IGNORECASE
)
_TAG_LINE_RE = re.compile(
    r"^(?P<label>regions?|themes?|topics?|tags?|categor(?:y|ies)|keywords?|in-depth reports?|filed under|"
    r"sections?|subjects?|schlagworte|mots-clés|etiquetas|temas)\s*:\s*(?P<values>.*)$",
    re.IGNORECASE,
)
_SOURCE_LINE_RE = re.compile(r"^(?:source|originally published (?:at|on|in|by)|via)\s*:?\s+(?P<name>.{2,120})$",
                             re.IGNORECASE)
_DATE_LABEL_RE = re.compile(
    rf"^(?:(?P<label>{date_labels().alternation()}|date)\b\s*(?:on|:)?\s*)?(?P<date>.+)$",
    re.IGNORECASE,
)
_HEADER_KINDS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li"})
#: a bare person's name: two to four capitalised words (with particles like "de", "van")
_PERSON_RE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:(?:de|da|van|von|der|del|la|le|bin|al)\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3}$"
)
#: unlabelled lines tolerated between header lines (a subtitle and a name, as Substack copies have)
MAX_PENDING = 2
#: characters; a subtitle (dek) is at most this long
MAX_SUBTITLE_CHARS = 250
#: characters; a name in a "Name, Date" header line is at most this long (longer is a sentence)
MAX_HEADER_NAME_CHARS = 80


def read_header(blocks: list[Block], meta: Metadata) -> int:
    """Read metadata from the header lines at the top; return how many blocks they take."""
    index = 0
    limit = min(len(blocks), settings.MAX_HEADER_LINES)
    first = blocks[0] if blocks else None
    if (
        first is not None
        and first.kind in ("p", "h1", "h2")
        and 0 < len(first.text) <= settings.MAX_TITLE_CHARS
        and not first.text.endswith(".")
        and not _is_header_line(first.text)
    ):
        meta.title = first.text
        meta.provenance["title"] = "header-line"
        index = 1
    end = index
    pending: list[Block] = []  # short unlabelled lines between header lines (a subtitle, a bare name)
    while index < limit:
        block = blocks[index]
        if block.kind in _HEADER_KINDS and _take_header_line(block, meta):
            if pending and not _take_unlabelled(pending, meta, after_title=end == 1 and meta.title is not None):
                break
            pending.clear()
            index += 1
            end = index
            continue
        if block.kind in _HEADER_KINDS and _is_unlabelled_candidate(block.text) and len(pending) < MAX_PENDING:
            pending.append(block)
            index += 1
            continue
        break
    return end


def _is_unlabelled_candidate(text: str) -> bool:
    """A short line that is not a sentence: maybe a subtitle or an author's bare name."""
    return 0 < len(text) <= MAX_SUBTITLE_CHARS and not text.endswith((".", ":"))


def _take_unlabelled(pending: list[Block], meta: Metadata, *, after_title: bool) -> bool:
    """Read unlabelled header lines that sit before a real header line; False if one is not readable.

    A bare person's name ("Jane Doe" above "Mar 3, 2023", as Substack and Medium copies have it)
    becomes the author; a line right after the title becomes the description (a dek/subtitle).
    Anything else means the header ended before these lines, so they stay in the body.
    """
    for position, block in enumerate(pending):
        if _PERSON_RE.match(block.text) and not meta.authors:
            meta.authors = [block.text]
            meta.provenance["authors"] = "header-line"
        elif position == 0 and after_title and meta.description is None:
            meta.description = block.text
            meta.provenance["description"] = "header-line"
        else:
            return False
    return True


def _is_header_line(text: str) -> bool:
    return bool(_BYLINE_RE.match(text) or _TAG_LINE_RE.match(text) or _name_date(text))


def _name_date(text: str) -> tuple[str | None, str] | None:
    """Split "Name, Date" / "Name Date" / "Date" header lines; None when the line is not one."""
    if len(text) > MAX_HEADER_NAME_CHARS + 40:
        return None
    match = DATE_PHRASE_RE.search(text)
    if not match or text[match.end():].strip(" .|"):
        return None
    name = text[: match.start()].strip(" ,|–—-:")
    labelled = _DATE_LABEL_RE.match(name + ":") if name else None
    if not name or (labelled and labelled["label"]):
        return None, match.group(0)
    if len(name) > MAX_HEADER_NAME_CHARS or (_SENTENCE_END_RE.search(name) and name.endswith(".")):
        return None
    return name, match.group(0)


def _take_header_line(block: Block, meta: Metadata) -> bool:
    text = block.text
    posted = _POSTED_BY_RE.match(text)
    if posted and parse_date(posted["date"]):
        if meta.published is None:
            meta.published = parse_date(posted["date"])
            meta.provenance["published"] = "header-line"
        if not meta.authors:
            meta.authors = split_authors(posted["who"])
            meta.provenance["authors"] = "byline"
        return True
    byline = _BYLINE_RE.match(text)
    if byline:
        authors = split_authors(byline["who"])
        if authors and not meta.authors:
            meta.authors = authors
            meta.provenance["authors"] = "byline"
        return bool(authors)
    tags = _TAG_LINE_RE.match(text)
    if tags:
        for value in re.split(r"\s*[,;|]\s*", tags["values"]):
            value = value.strip(" .")
            if value and value.casefold() not in {t.casefold() for t in meta.tags}:
                meta.tags.append(value)
                meta.provenance.setdefault("tags", "header-line")
        return True
    label = _DATE_LABEL_RE.match(text)
    if label and label["label"]:
        when = parse_date(label["date"])
        if when is None:
            return False
        field_name = "modified" if date_labels().is_modified(label["label"]) else "published"
        if getattr(meta, field_name) is None:
            setattr(meta, field_name, when)
            meta.provenance[field_name] = "header-line"
        return True
    source = _SOURCE_LINE_RE.match(text)
    if source and not _name_date(text):
        meta.original_source = (meta.original_source or OriginalSource()).fill(
            name=source["name"].strip(" ."), url=block.links[0].url if block.links else None)
        meta.provenance["original_source"] = "header-line"
        return True
    pair = _name_date(text)
    if pair is None:
        return False
    name, phrase = pair
    when = parse_date(phrase)
    if meta.published is None:
        meta.published = when
        meta.provenance["published"] = "header-line"
        if name and not meta.site_name:
            meta.site_name = name
            meta.provenance["site_name"] = "header-line"
    elif name and name.casefold() != (meta.site_name or "").casefold():
        # a second "Name Date" line names the publication the piece first ran in, and when
        meta.original_source = (meta.original_source or OriginalSource()).fill(
            name=name, published=when, url=block.links[0].url if block.links else None)
        meta.provenance["original_source"] = "header-line"
    return True

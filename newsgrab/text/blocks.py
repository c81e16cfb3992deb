"""Plain and markdown-ish text (a pasted article or a whole page as a converter printed it) to blocks.

`parse_text` reads a known header block at the top (headerblock.py), turns the lines into units
(lines.py) and each unit's inline syntax into plain text with its links and media (inline.py). Then
it finds the article (span.py). When page chrome sits above it, the headline is looked for above
the first paragraph (title.py) and the header lines around it are read (header.py); a pasted article
has its title and header lines at the top, read in order. The result is the same `Block`s the HTML
stage produces, so one boilerplate pass serves both, and the body keeps no header lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgrab import urls
from newsgrab.media.labels import as_medium
from newsgrab.meta.dates import date_from_url, published_or_update
from newsgrab.meta.titles import fold_title
from newsgrab.model import Block, Metadata
from newsgrab.text.around import read_around, read_around_copies
from newsgrab.text.byline import BYLINE_RE, drop_headline_subject
from newsgrab.text.bylineonce import take_byline_once
from newsgrab.text.captiontwice import drop_printed_twice
from newsgrab.text.datefallback import (
    date_by_lone_heading,
    date_by_share_links,
    date_by_wire_dateline,
    date_under_headline,
    short_dated_lines,
    take_dateline_once,
    take_labelled_once,
    take_name_dateline_once,
)
from newsgrab.text.farther import read_bio, read_far_above, read_into_article
from newsgrab.text.gluedate import read_glued_dates
from newsgrab.text.gluedrole import without_glued_role
from newsgrab.text.header import (
    MAX_HEADER_LINE_CHARS,
    is_dateline,
    read_header,
    take_header_line,
)
from newsgrab.text.headerblock import MAX_BLOCK_LINES, read_header_block
from newsgrab.text.inline import Inline, convert_inline, convert_syntax, has_syntax
from newsgrab.text.lines import RawBlock, split_blocks
from newsgrab.text.mediaside import set_aside
from newsgrab.text.namephrase import MIN_NAME_WORDS_BEFORE_TAIL, name_before_agency
from newsgrab.text.origin import LINE_ORIGIN
from newsgrab.text.site import (
    Hosts,
    at_own_host,
    cut_site_tails,
    edge_hosts,
    linked_keys,
    own_domain,
    own_keys,
    read_site,
)
from newsgrab.text.span import find_span, first_prose, is_prose
from newsgrab.text.teasers import headline_below_label
from newsgrab.text.title import TitleChoice, find_title
from newsgrab.text.titlecells import headline_cell
from newsgrab.text.titlefar import headline_over_story
from newsgrab.text.titleline import headline_shown_under_title
from newsgrab.text.titleshape import is_dek, opens_with_title
from newsgrab.text.titletop import (
    banner_over,
    dated_below,
    headline_by_dateline,
    headline_by_lone_heading,
    headline_inside,
)
from newsgrab.whitespace import fold_space

#: blocks above the article's first paragraph where header lines are read when no headline is found
HEADER_LOOKBACK = 6
#: blocks above the headline where header lines are read (a date or section line printed above it)
HEADER_LOOKBACK_ABOVE_TITLE = 2
#: blocks at the top of a text without page chrome that may come before its first paragraph (a
#: cookie notice or a site's line above the headline) for the headline to be looked for among them
CLEAN_TITLE_LOOKAHEAD = 6
#: lynx's mark for an image without alt text: its file name (or URL) in brackets, which a wrapped line
#: may have cut at a space ("[netgear.jpg?width=640&amp;quality=2 0&amp;dpr=0.05]"); not a markdown
#: link whose label is a file name ("[photo.jpg](/photo.jpg)")
_IMAGE_NAME_RE = re.compile(r"\[[^\s\[\]]*\.(?:jpe?g|png|gif|webp|svg|bmp|avif)(?:[?#][^\[\]]*)?\](?!\()\s*",
                            re.IGNORECASE)
#: lynx prints the `&apos;` entity as U+02BC (MODIFIER LETTER APOSTROPHE), a letter to a word
#: tokenizer, where the page and the HTML path have "'": "NYCʼs", "Donʼt". Read back as "'", except
#: between two letters outside ASCII (Ukrainian writes its apostrophe with that sign)
_MODIFIER_APOSTROPHE = "\u02bc"
_MODIFIER_APOSTROPHE_RE = re.compile(r"(?<![^\W\d_a-zA-Z])\u02bc|\u02bc(?![^\W\d_a-zA-Z])")
#: blocks of the article where header lines are still read (a byline under the lead photo's caption)
HEADER_LOOKAHEAD = 3
#: paragraphs (a standfirst, a promo) a header line may sit under below a title's first line; under
#: more, the story has begun (a short story's related teaser or comment is in the window's reach)
MAX_PROSE_OVER_HEADER = 1
#: characters; a prose block at least this long is a paragraph of a story (a blog's tagline, a motto
#: and a one-line description over the headline are shorter)
MIN_STORY_PARAGRAPH_CHARS = 150


@dataclass(slots=True)
class TextDocument:
    """Blocks of the article body (header lines taken out) and what the header lines said."""

    blocks: list[Block]
    metadata: Metadata
    #: the domain the text links to or prints most when the caller gave no URL (`site.own_domain`):
    #: the boilerplate pass's stand-in for the page's host; never reported as the article's `url`
    own_domain: str | None = None
    #: `own_domain` when the text prints it at its bare or "www." host (`site.at_own_host`): the
    #: domain whose labels the notice score reads as the page naming itself
    named_domain: str | None = None


def _to_block(raw: RawBlock, base: str | None, refs: dict[str, str], converted: dict[str, Inline]
              ) -> tuple[Block, list[str]]:
    """A raw unit as a block, and the names of its links to an author's page left relative.

    `converted` remembers the inline reading of each text with syntax for one document: a whole
    page prints its menus, share bars and teasers at the top and again at the foot (some 15-20% of
    a markdown dump's units are a text printed before), and the reading depends on the text, the
    base and the references alone. A unit printed again gets lists of its own (no block shares a
    list with another; the links and media in them are values nothing changes)."""
    if raw.kind in ("pre", "hr"):
        return Block(kind=raw.kind, text=raw.raw.strip("\n"), origin=f"{LINE_ORIGIN}{raw.line}"), []
    if raw.kind == "table":
        rows = []
        links = []
        media = []
        for row in raw.raw.split("\n"):
            cells = [convert_inline(cell, base, refs) for cell in row.strip().strip("|").split("|")]
            for cell in cells:
                links.extend(cell.links)
                media.extend(cell.media)
            if any(cell.text for cell in cells):
                rows.append(" | ".join(cell.text for cell in cells))
        return Block(kind="table", text="\n".join(rows), links=links, media=media,
                     origin=f"{LINE_ORIGIN}{raw.line}"), []
    text = raw.raw
    # (both brackets and a "]" no "(" follows: in a markdown dump most "]" open a link's target)
    if "[" in text and "]" in text and text.count("]") > text.count("]("):
        text = _IMAGE_NAME_RE.sub("", text)
    if not has_syntax(text):  # most units: what convert_inline makes of them, without its Inline on the way
        return Block(raw.kind, fold_space(text), [], [], 0, raw.ordered, f"{LINE_ORIGIN}{raw.line}"), []
    inline = converted.get(text)
    if inline is None:
        inline = converted[text] = convert_syntax(text, base, refs)
    else:
        inline = Inline(inline.text, list(inline.links), list(inline.media), inline.link_chars,
                        list(inline.author_names))
    plain, media = as_medium(inline.text, inline.media, drawn="![" in text) if inline.media else (inline.text, [])
    # (positional: kind, text, links, media, link_chars, ordered, origin: a block a unit; keywords cost)
    return Block("media" if not plain and media else raw.kind, plain, inline.links, media,
                 min(inline.link_chars, len(plain)), raw.ordered, f"{LINE_ORIGIN}{raw.line}"), inline.author_names


def parse_text(text: str, base_url: str | None = None) -> TextDocument:
    """Turn one text input into body blocks and header metadata."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if _MODIFIER_APOSTROPHE in text:
        text = _plain_apostrophes(text)
    header_block = read_header_block(text.split("\n", MAX_BLOCK_LINES)[:MAX_BLOCK_LINES])
    if header_block is not None:  # blank its lines, so the line numbers of --explain stay right
        lines = text.split("\n")
        text = "\n" * header_block.lines + "\n".join(lines[header_block.lines:])
    # a reader service's "URL Source:" is the page's address: the base of its relative links and pictures
    source = header_block.fields.get("url") if header_block is not None and base_url is None else None
    base = urls.absolute(source, None) if isinstance(source, str) else base_url
    document, every_block = _parse(text, base_url, base)
    if header_block is not None:  # what the tool wrote down outranks what the lines suggest
        header_block.apply(document.metadata)
    meta = document.metadata
    # the site's name from what the whole text prints twice; without a URL, the domain it names most
    hosts = edge_hosts(every_block) if base_url is None and every_block else None
    read_site(every_block, meta, hosts)
    if hosts is not None:
        document.own_domain = own_domain(hosts)
        document.named_domain = at_own_host(hosts, document.own_domain)
    if meta.authors:
        _cut_organisation_tails(meta, every_block, hosts)
    published = published_or_update(meta.published, meta.modified)
    if published != meta.published:  # the text's only date is its update
        meta.published = published
        meta.provenance["published"] = meta.provenance.get("modified", "header-line")
    if meta.published is None and (from_url := date_from_url(base_url)) is not None:
        # no date printed near the article: the day its own address spells (/2019/11/19/), as in HTML
        meta.published = from_url
        meta.provenance["published"] = "url"
    return document


def _cut_organisation_tails(meta: Metadata, every_block: list[Block], hosts: Hosts | None) -> None:
    """The authors without the agency or the site's own name a converter ran into the person's
    ("Nora Vale Associated Press", "Nora Vale BuzzFeed UK": text/namephrase.py, text/site.py), or a
    role it glued to the name ("Nora ValeReporter": text/gluedrole.py), read once the site's name is
    known. `hosts`: `edge_hosts`, when the text has no URL."""
    authors = [name_before_agency(without_glued_role(name)) for name in meta.authors]
    if len(authors) > 1 or len(authors[0].split()) > MIN_NAME_WORDS_BEFORE_TAIL:
        hosts = hosts if hosts is not None else edge_hosts(every_block)
        authors = cut_site_tails(authors, own_keys(meta, hosts), linked_keys(hosts))
    meta.authors = list(dict.fromkeys(authors))


def _plain_apostrophes(text: str) -> str:
    """The text with lynx's U+02BC for `&apos;` read back as "'" (see _MODIFIER_APOSTROPHE): every
    one that is not between two letters outside ASCII."""
    return _MODIFIER_APOSTROPHE_RE.sub("'", text)


def _parse(text: str, base_url: str | None, base: str | None) -> tuple[TextDocument, list[Block]]:
    """The document, and every block of the text (the page's furniture too); `base`: of relative URLs."""
    raw_blocks, refs = split_blocks(text)
    converted: dict[str, Inline] = {}
    pairs = [pair for raw in raw_blocks
             if (pair := _to_block(raw, base, refs, converted))[0].text or pair[0].media]
    every_block = [block for block, _ in pairs]
    # the readers below count text blocks only: media-only blocks come back where they were printed
    blocks, aside = set_aside(every_block)
    link_names = [names for block, names in pairs if block.kind != "media"]
    meta = Metadata(url=base_url)
    if not blocks:  # a text of pictures only
        return TextDocument(blocks=aside.put_back([], blocks, -1, 1), metadata=meta), every_block
    span = find_span(blocks)
    start = body_start = span.start
    below: int | None = None  # the headline under a label at the top of a text without chrome
    banner = 0  # the short lines over a dated headline there (a kicker, a trail, a site's name): no body
    if start == 0:  # no page chrome above the article: a pasted article, or text cleaned already
        start = first_prose(blocks, CLEAN_TITLE_LOOKAHEAD)
        titled = opens_with_title(blocks)
        below = headline_below_label(blocks, start) if start > 1 else None
        if below is None and (dated := headline_by_dateline(blocks)) is not None:
            # a short banner above a headline with its dateline: the story starts under them
            below, banner = dated, banner_over(blocks, dated)
            start = max(start, dated + 1 + first_prose(blocks[dated + 1:], CLEAN_TITLE_LOOKAHEAD))
        if below is None and not titled and (lone := headline_by_lone_heading(blocks)) is not None:
            # a short banner above the text's one main heading: the story starts under it
            below = lone
            start = max(start, lone + 1 + first_prose(blocks[lone + 1:], CLEAN_TITLE_LOOKAHEAD))
        if titled and start > 1 and (below or find_title(blocks, start, headings_only=True).index or 0) > 0:
            titled = False  # a site's banner line above the headline: the headline is the one further down
        if start == 0 or titled:
            body = blocks[:span.end]
            body = body[read_header(body, meta, title_first=titled):]
            drop_headline_subject(meta)  # a kicker over the date that the headline names ("Sea Wall")
            if titled and (shown := headline_shown_under_title(blocks, start or CLEAN_TITLE_LOOKAHEAD + 1)):
                meta.title = shown  # the `<title>` line's headline without the site's name around it
            if titled and (not meta.authors or meta.published is None):
                body = _read_below_header(body, meta)
            if not meta.authors:  # or in its writer's bio under the story
                read_bio(blocks, span.end, meta)
            # a date glued to a name or a section under the title line or another printing of it, as
            # a text with chrome has it read (text/gluedate.py)
            datelines = (read_glued_dates(blocks, 0, meta.title or "", meta)
                         if titled and meta.published is None else set())
            datelines |= _last_resort_dates(blocks, raw_blocks, start, span.end, 0 if titled else None, meta)
            if datelines:  # the datelines read out of the header's reach leave the body too
                body = [block for block in body if not any(block is blocks[index] for index in datelines)]
            body = aside.put_back(body, blocks, -1, span.end)
            return TextDocument(blocks=drop_printed_twice(body, meta.title), metadata=meta), every_block
    # a few lines above the first paragraph of a text without chrome may hide its headline: only a heading,
    # the line the <title> names or a label's line the story retells; only header lines leave the body
    title = TitleChoice(below, blocks[below].text) if below else find_title(
        blocks, start, headings_only=body_start == 0)
    if (body_start and (title.index is None or not dated_below(blocks, title.index))
            and (inside := headline_inside(blocks, start, span.end)) is not None):
        # no dated headline above the run, which opened above its own (at a notice, the site's
        # blurbs): the story starts under the headline inside it
        start = inside + 1 + first_prose(blocks[inside + 1:span.end], CLEAN_TITLE_LOOKAHEAD)
        title = find_title(blocks, start)
    if (body_start and (title.index is None or not dated_below(blocks, title.index))
            and (far := headline_over_story(blocks, start)) is not None
            and (title.text is None or fold_title(blocks[far].text) != fold_title(title.text))):
        # the story's headline far over a run that opened low; a copy of it that the search found
        # lower (a sticky header's) keeps its place, and the header lines read around it stay
        title = TitleChoice(far, blocks[far].text)
    if title.index is not None and below is None and title.index > 0:
        title.text = headline_cell(blocks, title.index, start, text) or title.text
    if title.index is not None:
        meta.title = title.text
        meta.provenance["title"] = "header-line"
    low = start - HEADER_LOOKBACK if title.index is None else title.index - HEADER_LOOKBACK_ABOVE_TITLE
    # in a text without chrome nothing after its first paragraph is a header line
    high = start if body_start == 0 else min(span.end, start + HEADER_LOOKAHEAD)
    dek = None if title.index is None or title.index + 1 >= start else title.index + 1  # (no media among blocks)
    dek = dek if dek is not None and is_dek(blocks[dek]) else None
    # a bare name under the dek sits next to it as a byline sits next to the headline
    taken = read_around(blocks, max(0, low), high, meta, names_before=start, link_names=link_names,
                        title_at=() if title.index is None else (title.index,) if dek is None else (title.index, dek))
    drop_headline_subject(meta)  # a kicker that names the headline's subject is no byline
    if title.index is not None and (not meta.authors or meta.published is None):
        taken |= read_around_copies(blocks, title.index, meta.title or "", meta)  # by another printing of it
    if not meta.authors or meta.published is None:  # or under the article's first lines
        taken |= read_into_article(blocks, high, span.end, meta, story=start)
    if title.index is not None and (not meta.authors or meta.published is None):  # or further above it
        taken |= read_far_above(blocks, title.index, max(0, low), meta)
    if not meta.authors:  # or in the author's bio under the story
        read_bio(blocks, span.end, meta)
    if not meta.authors and (once := take_byline_once(blocks, span.end, meta, start=body_start)) is not None:
        taken.add(once)  # or in the one byline the page prints, wherever it sits
    if title.index is not None and meta.published is None:  # or glued to a name or a section under it
        taken |= read_glued_dates(blocks, title.index, meta.title or "", meta)
    taken |= _last_resort_dates(blocks, raw_blocks, start, span.end, title.index, meta)
    if title.index is not None:
        taken.add(title.index)
        if dek is not None and dek not in taken and meta.description is None:
            meta.description = blocks[dek].text
            meta.provenance["description"] = "header-line"
            taken.add(dek)
    body = [block for index, block in enumerate(blocks[body_start:span.end], start=body_start)
            if index not in taken and index >= banner and (index >= start or body_start == 0)]
    # the media between the paragraphs, and the lead photo between the headline and the first one
    low = -1 if body_start == 0 else start if title.index is None else title.index
    body = aside.put_back(body, blocks, low, span.end)
    return TextDocument(blocks=drop_printed_twice(body, meta.title), metadata=meta), every_block


def _last_resort_dates(blocks: list[Block], raw_blocks: list[RawBlock], start: int, end: int,
                       headline: int | None, meta: Metadata) -> set[int]:
    """Date a text whose lines around the headline printed no date (text/datefallback.py): by the
    lines under its one first-level heading, a publication date it labels once, the day the
    address its share buttons share spells, the one day its bare datelines above the story name, or
    a date in a header line's shape between the headline and the story; return the indices of the
    datelines read. `start` and `end` are the article's first paragraph and
    its end, `headline` the headline found (None for none)."""
    dated = date_by_lone_heading(blocks, headline, meta)
    # the lines the three readers below walk, read once (none when dated: each reader takes nothing
    # then). No early return on that test: mypyc would hold `meta.published` None after it
    lines = short_dated_lines(blocks) if meta.published is None else []
    if (once := take_labelled_once(blocks, end, meta, lines)) is not None:
        dated.add(once)
    if (meta.published is None and date_from_url(meta.url) is None
            and (day := date_by_share_links(raw.raw for raw in raw_blocks))):
        meta.published = day  # the page's own address, as its buttons share it (a known URL outranks it)
        meta.provenance["published"] = "share-link"
    if (once := take_dateline_once(blocks, start, meta, lines)) is not None:
        dated.add(once)
    if (once := take_name_dateline_once(blocks, start, meta, lines)) is not None:
        dated.add(once)
    if (once := date_under_headline(blocks, headline, start, meta)) is not None:
        dated.add(once)
    date_by_wire_dateline(blocks, headline, start, meta)  # the story's first words (the block stays)
    return dated


def _read_below_header(body: list[Block], meta: Metadata) -> list[Block]:
    """The body without the header lines found a little below a title's first line: a page whose
    `<title>` line opens the dump (markdownify, inscriptis) prints its chrome, byline and dateline
    under it ("Zurück zur Übersicht" / "Von" / "Moritz Hallbeck" / "publiziert am 25. September
    2018" / the headline again), where the in-order reading of a pasted article's header stops at
    the first line that is not one. Above the first paragraph they are read as the lines around a
    headline are (text/around.py); below it, up to HEADER_LOOKAHEAD blocks past the lookahead a
    headline may hide in, only a dateline or a labelled byline is (a standfirst or a promo may come
    first: "Mar. 5, 2024, 7:15 AM UTC" / "By Jane Doe"), never a source or tag line, which a
    pasted article may end with."""
    first = first_prose(body, CLEAN_TITLE_LOOKAHEAD)
    taken = read_around(body, 0, first, meta, names_before=first)
    paragraphs = 0
    for index in range(first, min(len(body), CLEAN_TITLE_LOOKAHEAD + HEADER_LOOKAHEAD)):
        block = body[index]
        paragraphs += len(block.text) >= MIN_STORY_PARAGRAPH_CHARS and is_prose(block)
        if paragraphs > MAX_PROSE_OVER_HEADER:
            break  # the story has begun: a date under its second paragraph is a teaser's or a comment's
        if len(block.text) > MAX_HEADER_LINE_CHARS or not (is_dateline(block.text) or BYLINE_RE.match(block.text)):
            continue
        if take_header_line(block, meta):
            taken.add(index)
    return [block for index, block in enumerate(body) if index not in taken] if taken else body

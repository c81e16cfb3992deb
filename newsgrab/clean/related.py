"""Links to other stories: teasers of the same site's articles, found by markup and position.

A reader tells a "read next" box from the article at a glance, in any language, without reading
its words: each item is a headline that *is* a link, the link points at another article of the
same site (a long slug, a date or an id in its path), and the items come in a run after the last
paragraph of the article, or one stands alone amid it, all link. Their wording is no help: a teaser
is a headline like any other, so the notice score (newsgrab/clean/score.py), which reads words,
misses most of them. This module reads only shapes:

- `article_shaped`: a URL path that names one article (`/2017/06/29/travel/long-trip.html`,
  `/story/google-fitbit-future-of-wearables/`, `/politik/article123456789`), not a section, a tag
  page or the home page. Slugs are split at hyphens only: a wiki's underscored titles
  (`/wiki/Under_the_Red_Sky`) name things (an album, a town), and an encyclopedia's lists of them
  are its body;
- `is_teaser`: a block that opens with such a link to the page's own site, whose link text is a
  headline (several words, or a run of CJK characters), after at most a short kicker ("Read
  also:", a section's name), or a block that is mostly such links;
- `related_blocks`: the teasers of the page's closing run (from the end back, over teasers, media,
  headings, separators, short lines and blocks already removed) when it holds two or more, with
  the link-heavy blocks among them and the run's labels (the short lines and headings over its
  teasers and between them, "More from the desk", whatever their words); and anywhere, a teaser
  that is one on its own: mostly link and no sentence ("Read also: <headline>"), nearly all link,
  or a short label ending in a colon and then only its link, whatever closes it ("Pro tip:
  <headline>!", "関連記事：<headline>。"). A linked heading amid the article is not one (the
  sections of a list article: "19) Ingrid Goes West", linked to its review), but three or more
  teasers amid it, each mostly link, with nothing between them but pictures, short lines and
  headings, are a box of other stories (`BOX`): no teaser of it heads text; not when a line of the
  article ending in a colon introduces them ("The report points to three earlier stories:");
- and after the article's last prose, three or more headline-long headings without links that head
  nothing but pictures and short lines (`HEADLINES`): a list of stories whose card links the markup
  did not hand on (`<a href><div><img><h3>headline</h3></div></a>`); not headings over a deals
  list's links, nor a list article's headings, which head its paragraphs;
- `is_promo`: a house promotion of another page, wherever its link goes (a series' page, a shop,
  a short link): a short label ending in a colon, a blurb, and one link that is the block's last
  word or two and names nothing ("Harbour Nights: a podcast on the docks after dark. Listen here.",
  "Also from us: <a book's title>, on sale here."). The link's words are no help and are not read: the shape is
  the label, the single link and where it sits. Article prose that ends on a link ("the ruling
  is here") has no label; a label over a sentence that names its links ("<film>: streaming on
  <service> and <service>.") links names; a handle or an address ("Account: @name") is a name too.

"The same site" is the page's own registrable domain, read by `ownsite.own_site`: whatever sister host
the page or its links are on ("m.", "edition.", "www."), a link left relative, and for a page read
without its URL (or under an address none of its links share) the host its links lead to.

A body paragraph that links a story inside its prose stays: its link does not open it, it is not
mostly link, and one such paragraph after the body makes no run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsgrab.clean.ownsite import is_relative, own_site, site_key
from newsgrab.clean.ownsite import site_of as site_of
from newsgrab.clean.shapes import HEADING_KINDS, is_separator
from newsgrab.model import Block
from newsgrab.sentences import ends_sentence
from newsgrab.urls import article_shaped as article_shaped
from newsgrab.urls import names_a_page

#: teasers in a run after the body from which the run is related reading
MIN_TAIL_TEASERS = 2
#: words a teaser's opening link text has at least (a headline, not "here" or "Read more") ...
MIN_HEADLINE_WORDS = 3
#: ... or characters, for scripts written without spaces (Chinese, Japanese)
MIN_HEADLINE_CHARS_CJK = 8
#: characters a teaser's headline link may follow (a kicker: "Read also:", "WORLD", "Lesen Sie auch:")
MAX_KICKER_CHARS = 30
#: words a kicker without a colon has at most ("À lire aussi", "LEER MÁS")
MAX_KICKER_WORDS = 3
#: characters; a teaser (headline, maybe a one-line summary) is at most this long
MAX_TEASER_CHARS = 400
#: share of link text from which a block of article links is a teaser whatever opens it
TEASER_LINK_SHARE = 0.5
#: share of link text from which a teaser that ends as a sentence ("Why can't she sing?") is one on its own
SOLO_LINK_SHARE = 0.8
#: share of the text after a teaser's label ("Pro tip:", "Lesen Sie auch:") that is link, from which the
#: teaser is one on its own even when it ends as a sentence ("Read more: Why can't she sing?")
LABELLED_LINK_SHARE = 0.9
#: share of link text from which a block in the closing run goes with the teasers around it
TAIL_LINK_SHARE = 0.4
#: words and characters a promotion's closing link has at most ("here", "Read it here", "this way")
MAX_CALL_LINK_WORDS, MAX_CALL_LINK_CHARS = 2, 15
#: words between a promotion's label and its link at least (a blurb, not a label and its link)
MIN_BLURB_WORDS = 3
#: characters; a short line without a sentence end (a date, a label, a byline) the closing run passes over
MAX_PASSED_LINE_CHARS = 60
#: the shapes `related_blocks` finds, named in the removal's rule (`structure.related-<shape>`)
CLOSING_RUN, ON_ITS_OWN, PROMO, HEADLINES, BOX = "run", "single", "promo", "headlines", "box"
#: teasers, each mostly link, in a run amid the article from which the run is a box of other stories
MIN_BOX_TEASERS = 3
#: headings that head no text after the article's last prose from which they are a list of stories
MIN_HEADING_RUN = 3
_TEASER_KINDS = frozenset({"p", "li"}) | HEADING_KINDS
#: bullets, arrows and emoji a teaser may open with before its link
_LEAD_RE = re.compile(r"^[\W_]+")
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
#: the colon that ends a teaser's label (ASCII or full-width)
_LABEL_END_RE = re.compile("[:\uff1a]")
#: what may close a teaser after its link: sentence ends, brackets, quotes
_CLOSING_CHARS = " .!?…:;,)]»”\"'\u3002\uff01\uff1f"


def _same_site(url: str, site: str) -> bool:
    """Whether a link stays on the page's site (`site`: a registrable domain, `ownsite.own_site`): a
    link left relative does, and one to any host of the same registrable domain ("www.", "m.",
    "edition." or none)."""
    if is_relative(url):
        return True
    host = site_of(url)
    return bool(host) and site_key(host) == site_key(site)


def headline_long(text: str) -> bool:
    """Whether a link text or a line is as long as a headline: `MIN_HEADLINE_WORDS` words, or in a script
    written without spaces `MIN_HEADLINE_CHARS_CJK` of its characters (textshapes.py reads list items so too)."""
    return len(text.split()) >= MIN_HEADLINE_WORDS or len(CJK_RE.findall(text)) >= MIN_HEADLINE_CHARS_CJK


def is_teaser(block: Block, text: str, site: str) -> bool:
    """Whether the block is the teaser of another article of the site: it opens with a headline
    that links an article-shaped path of `site` (a registrable domain; a link left relative is the
    site's whatever it is), or most of it is links to such paths."""
    if block.kind not in _TEASER_KINDS or not block.links or len(text) > MAX_TEASER_CHARS:
        return False
    # neither test below can pass for a block mostly not link whose links are no headline (a paragraph
    # linking a name): its links' addresses are not read
    if block.link_density < TEASER_LINK_SHARE and not any(headline_long(link.text) for link in block.links):
        return False
    ours = [link for link in block.links if _same_site(link.url, site) and article_shaped(link.url)]
    if not ours:
        return False
    if len(ours) == len(block.links) and block.link_density >= TEASER_LINK_SHARE:
        return True
    headline = next((link for link in ours if headline_long(link.text)), None)
    if headline is None:
        return False
    label = _LEAD_RE.sub("", " ".join(headline.text.split())).casefold()
    at = _LEAD_RE.sub("", text).casefold().find(label)
    return 0 <= at <= MAX_KICKER_CHARS


def links_own_page(block: Block, text: str, site: str) -> bool:
    """Whether the block is all link (`SOLO_LINK_SHARE`), a headline long, every link to a page of the
    site (`site`; any path but the home page, a listing's or a wiki's underscored title): one item of a
    box of links whose addresses need not name an article (a video's landing page, `?vid=123`)."""
    if block.kind not in _TEASER_KINDS or not block.links or len(text) > MAX_TEASER_CHARS:
        return False
    if block.link_density < SOLO_LINK_SHARE or not headline_long(max((link.text for link in block.links), key=len)):
        return False
    return all(_same_site(link.url, site) and names_a_page(link.url) for link in block.links)


def _stands_alone(block: Block, text: str) -> bool:
    """Whether a teaser is one on its own, wherever it sits: mostly link ("Lesen Sie auch: <headline>",
    "Read more: <headline>") and not a sentence of the article, unless nearly all of it is the link."""
    if block.kind in HEADING_KINDS:  # a linked heading amid the article heads a section of a list article
        return False
    return block.link_density >= SOLO_LINK_SHARE or (
        block.link_density >= TEASER_LINK_SHARE and not ends_sentence(text)) or _label_then_link(block, text)


def _label_then_link(block: Block, text: str) -> bool:
    """Whether the teaser is a short label ending in a colon and then only its link, but for what
    closes it ("Pro tip: Get more meal ideas here!", "Read more: Why the port closed."): the label
    shortens its link share, the closing "!" or "." makes it end as a sentence, yet nothing in it
    is the article's. A sentence that merely links its end ("Does this item bring you joy?") has
    no label."""
    label = _LABEL_END_RE.search(text, 0, MAX_KICKER_CHARS + 1)
    if label is None:
        return _kicker_then_link(block, text)
    rest = text[label.end():].strip().rstrip(_CLOSING_CHARS)
    return bool(rest) and block.link_chars >= LABELLED_LINK_SHARE * len(rest)


def _kicker_then_link(block: Block, text: str) -> bool:
    """Whether the teaser is a kicker without a colon and then one headline link that closes it ("À lire
    aussi Pourquoi le port a fermé ?", "READ MORE Why did it close?"): the kicker is a few words and no
    sentence, the headline opens on a capital, as a headline does after a label. Prose that runs into its
    link ("Earlier the port <closed for nine days>.") runs on in lower case."""
    if len(block.links) != 1:
        return False
    link = " ".join(block.links[0].text.split()).rstrip(_CLOSING_CHARS)
    body = text.rstrip(_CLOSING_CHARS)
    if not link or not body.endswith(link) or not link[0].isupper():
        return False
    kicker = body[:len(body) - len(link)].strip()
    return (0 < len(kicker) <= MAX_KICKER_CHARS and len(kicker.split()) <= MAX_KICKER_WORDS
            and not any(ch in ".!?\u3002" for ch in kicker))


#: what makes a link text name something: a digit, a handle, an address
_NAMING_RE = re.compile(r"[\d@./:]")
#: what ends a sentence or a label, after which a capital opens the next ("... Here.")
_OPENERS = ".!?:\uff1a\u3002"


def is_promo(block: Block, text: str) -> bool:
    """Whether the block promotes another page by its shape (see the module docstring): a label
    ending in a colon within `MAX_KICKER_CHARS`, then a blurb (`MIN_BLURB_WORDS`), and a single link that closes the
    block, of at most `MAX_CALL_LINK_WORDS` words, naming nothing (no digit, handle or address,
    no capital but where a sentence opens)."""
    if len(block.links) != 1 or block.kind not in _TEASER_KINDS or len(text) > MAX_TEASER_CHARS:
        return False
    label = _LABEL_END_RE.search(text, 0, MAX_KICKER_CHARS + 1)
    if label is None or not any(ch.isalpha() for ch in text[:label.start()]):
        return False
    call = " ".join(block.links[0].text.split()).rstrip(_CLOSING_CHARS)
    if (not call or len(call) > MAX_CALL_LINK_CHARS or len(call.split()) > MAX_CALL_LINK_WORDS
            or _NAMING_RE.search(call)):
        return False
    body = text.rstrip(_CLOSING_CHARS)
    if not body.endswith(call):
        return False  # the link is not the closing words
    before = body[:len(body) - len(call)].rstrip()
    if len(before[label.end():].split()) < MIN_BLURB_WORDS:
        return False  # no blurb: a label and its link ("Main article: Firefox", "Photo: Reuters")
    opens = before.endswith(tuple(_OPENERS))
    return not any(ch.isupper() for ch in (call[1:] if opens else call))


def _passed(block: Block, text: str, removed: bool) -> bool:
    """Whether the closing run goes on over this block (it neither starts nor ends a run)."""
    return (removed or block.kind == "media" or block.kind in HEADING_KINDS or is_separator(block, text)
            or (len(text) <= MAX_PASSED_LINE_CHARS and not ends_sentence(text)))


def _labels_run(block: Block, text: str) -> bool:
    """Whether a block the closing run passed over is one of its labels: a short line that is no
    sentence ("More from the desk", "Lesen Sie auch", "最新記事"), neither media nor a separator. The
    label of a box of links is as much furniture as the links, and its words (any language's, any
    site's "More Great X Stories") are no help: where it sits, over the teasers, is what tells."""
    return (bool(text) and block.kind != "media" and not is_separator(block, text)
            and len(text) <= MAX_PASSED_LINE_CHARS and not ends_sentence(text))


def _heading_run(blocks: Sequence[Block], texts: Sequence[str], removed: Sequence[bool], top: int) -> list[int]:
    """The blocks of a closing run (from `top`, the first block after the article's last prose, to the
    end) that is a list of other stories whose links the markup did not hand on (a card whose `<a>`
    wraps its picture and headline): `MIN_HEADING_RUN` headline-long headings or more that head no
    text, since nothing but pictures, short lines (a date, a kicker, a count) and blocks already
    taken stands between them, none of them a link; with the short lines between them and the last
    card's own (its date), not the page's closing lines after it. A section of the article
    heads its prose, which ends the run before it; a list article's items are headings over paragraphs,
    a deals list's over their links."""
    headings = [i for i in range(top, len(blocks)) if not removed[i] and blocks[i].kind in HEADING_KINDS
                and not blocks[i].links and headline_long(texts[i])]
    if len(headings) < MIN_HEADING_RUN or any(
            blocks[i].links and not removed[i] for i in range(headings[0], len(blocks))):
        return []  # a heading over links heads them (a deals list's sections over its shops' items)
    end = headings[-1] + 1  # the last card's own short lines (its date, its count) up to what follows them
    while end < len(blocks) and not removed[end] and _labels_run(blocks[end], texts[end]):
        end += 1
    return headings + [i for i in range(headings[0], end) if blocks[i].kind not in HEADING_KINDS
                       and not removed[i] and _labels_run(blocks[i], texts[i])]


def _boxes(blocks: Sequence[Block], texts: Sequence[str], removed: Sequence[bool],
           teasers: Sequence[bool]) -> list[int]:
    """The blocks of the boxes of other stories set amid the article: runs of `MIN_BOX_TEASERS` teasers
    or more, each mostly link, with nothing between them but what `_passed` allows (pictures, short
    lines, headings that are no teaser, blocks already taken), so no teaser of the run heads text;
    with the short lines over the box and between its teasers. A teaser amid the article is not one
    when it stands over the article's prose: a list article's linked item titles each head a review."""
    out: list[int] = []
    run: list[int] = []
    for i in range(len(blocks) + 1):
        if i < len(blocks) and teasers[i] and blocks[i].link_density >= TEASER_LINK_SHARE:
            run.append(i)
        elif i < len(blocks) and run and _passed(blocks[i], texts[i], removed[i]):
            continue
        else:
            if len(run) >= MIN_BOX_TEASERS and not _introduced(blocks, texts, removed, run[0]):
                start = run[0]
                while start > 0 and not removed[start - 1] and _box_label(blocks[start - 1], texts[start - 1]):
                    start -= 1  # the box's label ("Read also", "Más noticias")
                teasing = set(run)
                out += [k for k in range(start, run[-1] + 1) if k in teasing or (not removed[k] and _labels_run(
                    blocks[k], texts[k]))]
            run = []
    return out


def _box_label(block: Block, text: str) -> bool:
    """Whether the line over a box is its label: a few words, no sentence (`_labels_run`), a kicker's length."""
    return len(text) <= MAX_KICKER_CHARS and _labels_run(block, text)


def _introduced(blocks: Sequence[Block], texts: Sequence[str], removed: Sequence[bool], first: int) -> bool:
    """Whether the article's own words introduce the run at `first`: the text line before it (pictures
    passed over) ends in a colon and is longer than a label ("The plan needs only three things:"),
    so the links are the article's list, whatever they link."""
    for i in range(first - 1, -1, -1):
        if removed[i] or blocks[i].kind == "media" or not texts[i]:
            continue
        return len(texts[i]) > MAX_KICKER_CHARS and texts[i].rstrip()[-1:] in ":\uff1a"
    return False


def related_blocks(blocks: Sequence[Block], texts: Sequence[str], removed: Sequence[bool],
                   page_url: str | None, site_name: str | None = None) -> dict[int, str]:
    """The blocks that are links to other stories of the page's site (see the module docstring),
    each with the shape that found it (`CLOSING_RUN`, `ON_ITS_OWN`, `PROMO`, `BOX`, `HEADLINES`).
    `removed`: the blocks the pass already took (the closing run goes over them; they are not given
    again); `site_name`: the page's name for its site, which tells its own host when it has no URL
    (`ownsite.own_site`)."""
    # a promotion of another page by its shape, wherever its link goes
    found: dict[int, str] = {i: PROMO for i, b in enumerate(blocks) if not removed[i] and is_promo(b, texts[i])}
    site = own_site(page_url, blocks, site_name)
    # no site known, and no link left relative (which is the page's own by what it is): no link is a teaser
    knows_site = bool(site) or any(is_relative(link.url) for block in blocks for link in block.links)
    teasers = [is_teaser(b, texts[i], site) for i, b in enumerate(blocks)] if knows_site else [False] * len(blocks)
    # a single story linked on its own anywhere: mostly link, no sentence of its own
    found.update((i, ON_ITS_OWN) for i, is_one in enumerate(teasers)
                 if is_one and _stands_alone(blocks[i], texts[i]))
    # the closing run: from the end back, over teasers, link-heavy blocks and what `_passed` allows
    tail: list[int] = []
    top = None  # the first block of the region the run reaches (None: no prose above it, no label)
    for i in range(len(blocks) - 1, -1, -1):
        if teasers[i] or (blocks[i].link_density >= TAIL_LINK_SHARE and not removed[i]):
            tail.append(i)
        elif not _passed(blocks[i], texts[i], removed[i]):
            top = i + 1
            break
    if sum(teasers[i] for i in tail) >= MIN_TAIL_TEASERS:
        found.update(dict.fromkeys(tail, CLOSING_RUN))
        # ... with its own labels: the short lines over its blocks and between them
        found.update((i, CLOSING_RUN) for i in range(top if top is not None else len(blocks), tail[0])
                     if i not in found and not removed[i] and _labels_run(blocks[i], texts[i]))
    elif top is not None:
        found.update(dict.fromkeys(_heading_run(blocks, texts, removed, top), HEADLINES))
    # ... and a box of the site's links amid the article, whatever their addresses name (a video's page)
    boxable = [t or (knows_site and links_own_page(b, texts[i], site)) for i, (b, t) in enumerate(zip(
        blocks, teasers, strict=True))]
    if sum(boxable) >= MIN_BOX_TEASERS:
        for i in _boxes(blocks, texts, removed, boxable):
            found.setdefault(i, BOX)
    return {i: how for i, how in sorted(found.items()) if not removed[i]}

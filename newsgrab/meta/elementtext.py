"""What a reader sees of an element: its text with a space between elements, without the text of
scripts inside it, read no further than a byline can be long; and the text right before it.

The page scan reads bylines and datelines through these: a byline element holds its names and dates
in separate inline elements ("Nell Hardacre<br>November 12"), now and then a <script> (a tracker's
JSON), and now and then turns out to be a whole author box, which need not be read to the end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import lxml.etree
import lxml.html

from newsgrab.meta.lexicon import date_labels
from newsgrab.whitespace import fold_space

#: characters of a preceding element's text read as the label of a <time> ("Updated", "Aktualisiert am")
LEAD_TEXT_CHARS = 40
#: containers a date's label may stand outside of (<div>label</div><div><span><time>)
MAX_LABEL_LEVELS = 3


def spaced_text(el: lxml.html.HtmlElement) -> str:
    """Text with a space between elements: "Nell Hardacre<br>November 12" is two things, not one word."""
    return fold_space(" ".join(shown_text(el)))


def shown_text(el: lxml.html.HtmlElement) -> Iterator[str]:
    """The text pieces of `el` a reader sees: a <script> or <style> inside a byline is no part of it."""
    hidden = {node.text for node in el.iter("script", "style", "template") if node.text}
    return (piece for piece in el.itertext() if piece not in hidden) if hidden else el.itertext()


def short_spaced_text(el: lxml.html.HtmlElement, limit: int) -> str:
    """`spaced_text(el)` when it is at most `limit` characters, else "" (too long to be a byline).

    Stops reading once the folded words pass `limit`: a byline- or date-named element is now and
    then a whole author box or comment thread, whose text need not be joined and folded. The words
    of each text piece are what `fold_space` of the joined text keeps (str.split and `\\s` agree),
    except around U+200B, which only fold_space's regex treats as space.
    """
    words: list[str] = []
    size = -1  # length of " ".join(words)
    for piece in shown_text(el):
        if "\u200b" in piece:
            text = spaced_text(el)
            return text if len(text) <= limit else ""
        part = piece.split()
        if part:
            size += len(part) + sum(map(len, part))
            if size > limit:
                return ""
            words += part
    return " ".join(words)


#: elements a reader sees as lines of their own: in a byline element each is a separate thing
#: ("<div>By Joe Davidson</div><div>Washington Post</div>" is a name and the paper it wrote for)
_BLOCK_TAGS = frozenset({"div", "p", "li", "ul", "ol", "dl", "dd", "dt", "section", "header", "footer", "address",
                         "table", "tr", "td", "h1", "h2", "h3", "h4", "h5", "h6"})
_HIDDEN_TAGS = frozenset({"script", "style", "template"})
#: elements `line_lead` reads back from an element at most: a line holds a few dozen inline elements
LINE_LEAD_NODES = 64
#: runs of block separators and the space around them
_SEPARATORS_RE = re.compile(r"(?:\s*\|\s*)+")


def has_blocks(el: lxml.html.HtmlElement) -> bool:
    """Whether `el` holds an element that is a line of its own (a <div> or <p> inside a byline)."""
    return any(isinstance(child.tag, str) and child.tag in _BLOCK_TAGS for child in el.iterdescendants())


def line_lead(el: lxml.html.HtmlElement) -> str:
    """The text a reader sees on the same line before `el`: "" when `el` is a block or opens a line (no
    text before it in the blocks that hold it, or only a block: "<p><span>By</span> ...",
    "</div><span>By ..."); "Anton D." for the "Von Brandt" of "<span>Anton D.</span> <span>Von
    Hoff</span>" (a particle in a name, not a German byline's label).

    Read no further back than LINE_LEAD_NODES elements (siblings and the inline elements that hold
    `el`, nearest first): the bylines and dates this serves sit a few elements into their line, and
    the page scan asks this of every link or label it walks, so a row of thousands of inline
    elements read whole before each of them was quadratic (2,000 empty links after a headline, 38 KB: 5 s of CPU)."""
    pieces: list[str] = []
    node = el
    budget = LINE_LEAD_NODES
    while not (isinstance(node.tag, str) and node.tag in _BLOCK_TAGS):
        parent = node.getparent()
        if parent is None:
            break
        budget -= 1
        if budget < 0:
            break
        for before in node.itersiblings(preceding=True):
            budget -= 1
            if budget < 0:
                return fold_space(" ".join(reversed(pieces)))
            if before.tail:
                pieces.append(before.tail)
            if isinstance(before.tag, str) and before.tag in _BLOCK_TAGS:
                return fold_space(" ".join(reversed(pieces)))  # a line starts after a block
            if isinstance(before.tag, str) and before.tag not in _HIDDEN_TAGS:
                pieces.append(" ".join(shown_text(before)))
        pieces.append(parent.text or "")
        node = parent
    return fold_space(" ".join(reversed(pieces)))


def block_spaced_text(el: lxml.html.HtmlElement) -> str:
    """`spaced_text(el)` with " | " where a block element starts or ends.

    Markup, not words: a byline element whose lines are blocks ("By Joe Davidson" in one <div>,
    "Washington Post" in the next) prints them as separate lines, so the paper or place on the
    second line is no part of the name on the first; inline elements ("By <span>Joe</span>") join.
    """
    pieces: list[str] = []
    for event, node in lxml.etree.iterwalk(el, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else None
        block = tag in _BLOCK_TAGS and node is not el
        if event == "start":
            if block:
                pieces.append("|")
            if tag is not None and tag not in _HIDDEN_TAGS and node.text:
                pieces.append(node.text)
        else:
            if block:
                pieces.append("|")
            if node is not el and node.tail:
                pieces.append(node.tail)
    return _SEPARATORS_RE.sub(" | ", fold_space(" ".join(pieces))).strip(" |")


def lead_text(el: lxml.html.HtmlElement) -> str:
    """The text right before `el` ("Updated" in "Updated <time>...</time>"), else the label before the
    container `el` opens (`label_before`).

    A comment or processing instruction before `el` ("Updated <!-- x --><time>") is not an element:
    only its tail is text, so the search goes on past it (lxml's text_content() refuses such nodes).
    """
    for previous in el.itersiblings(preceding=True):
        if previous.tail:
            return previous.tail if previous.tail.strip() else label_before(el)
        if isinstance(previous.tag, str):
            return fold_space(previous.text_content())[-LEAD_TEXT_CHARS:]
    parent = el.getparent()
    text = (parent.text or "") if parent is not None else ""
    return text if text.strip() else label_before(el)


def label_before(el: lxml.html.HtmlElement) -> str:
    """The short label printed before `el` across blank space and the containers `el` opens, or "".

    A term/definition pair prints its label in one element and wraps the date in another, one or two
    levels down: `<div>Updated:</div><div><span><time>Mar 6, 2018</time></span></div>` beside
    `<div>Original:</div><div>...Dec 21, 2016...</div>`, or `<dt>Aktualisiert</dt><dd><time>`. The
    markup around both dates may carry the same class (a theme's "updated-date" on each), so the
    printed label is what tells them apart. Climbed only while nothing is printed before `el` in its
    container, and kept only when it is a date label (`_as_label`): a previous item's text, a
    commit message or a headline is no label of this one."""
    node = el
    for _level in range(MAX_LABEL_LEVELS + 1):
        for previous in node.itersiblings(preceding=True):
            if previous.tail and previous.tail.strip():
                return _as_label(previous.tail)
            if isinstance(previous.tag, str):
                shown = fold_space(previous.text_content())
                if shown:
                    return _as_label(shown)
        parent = node.getparent()
        if parent is None:
            return ""
        if parent.text and parent.text.strip():
            return _as_label(parent.text)
        node = parent
    return ""


def _as_label(text: str) -> str:
    """`text` when it is a date label of data/date_labels.toml, maybe with one short word after it
    ("Updated:", "Last updated on", "Zuletzt aktualisiert am", "Publié le"), else "": a row's text
    before its date (a commit message "Update README.md", a teaser, a headline) is no label."""
    text = fold_space(text).strip()
    return text if _date_label_re().fullmatch(text) else ""


@lru_cache(maxsize=1)
def _date_label_re() -> re.Pattern[str]:
    labels = date_labels()
    phrases = sorted({*labels.modified, *labels.published}, key=len, reverse=True)
    alternation = "|".join(re.escape(phrase) for phrase in phrases)
    return re.compile(rf"(?:{alternation})(?:\s+[^\W\d_]{{1,3}})?\s*[:：]?", re.IGNORECASE)

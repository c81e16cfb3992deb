"""Comment threads inside the article region, read from the DOM's shape.

A reader tells a box of readers' comments from the article at a glance, in any language, without
reading a word: its children repeat one unit, and each unit is a person's short say with their
name and its date, not a part of the article.

A **comment thread** (`thread_cues`) is a container whose children repeat one unit (the same tag
and first class word), two or more of them, holding most of its text, each a comment:

- a name: a short line with letters that is an element's whole text and a line of its own (a
  linked handle, a bold name, a `<cite>`, also set inline straight under the unit, between its
  blocks), or an avatar (a picture declared no larger than `MAX_AVATAR_PX`, or named one);
- a date or time: a `<time>`, or a short line of its own written in digits ("07/04/2013 17:29",
  "3 h", "2 years");
- a text of its own (outside links, beside its name line and its date lines: a recent-posts box's
  linked headline and date under it say nothing), and at most `MAX_COMMENT_CHARS` with its replies;
- and, for the shape alone, a control (a `<button>`, a link to a fragment or to `javascript:`:
  "Reply", "Report") or an avatar in each.

What the article repeats is told apart by the same reading: a unit holding a headline (a story's
card, a live blog's entry) is none; a name, a date or a link set into a paragraph of prose ("in
1962", a citation's fragment link) is the paragraph's, not a line of its own; a few names taking
turns over many units is a transcript or an interview (`MIN_DISTINCT_NAMES`). Markup words
(`comment`, `reply`, `disqus`...: data/thread_words.toml) or a text area make two comments a
thread; without them it takes `MIN_BARE_UNITS` with a control or an avatar each.

`thread_containers` reads the page as written, before the content stage drops its buttons and
prunes boxes by their class words: a thread left in the article region has lost by then the
controls, the avatars and the names' boxes ("comment-author", "comment-meta") that tell it.
`family_elements` then gives every element of a thread inside the region, and the short heading
over it ("12 comments"), the hint `comment-thread:<cues>`; the serialiser hands it on with the
block (`Block.hints`), and the boilerplate pass removes the block as `structure.comments:<cues>`.

What it costs: every comment has a date, so the walk starts from the dates, and finding them
means reading every text under its root once (`datelines.dated_parents`): over a whole page, 6-9%
of the HTML path (stop 52). The content stage therefore runs it only under the elements whose
class or id names a comment section (`threadgate.gated_threads`), and a retry on the markup
parsed again takes the first attempt's threads by their place (`threads_again`).
"""

from __future__ import annotations

from collections.abc import Container, Iterator, Sequence

import lxml.html
from lxml import etree

from newsgrab.html.datelines import DATE_RE, DIGIT_RE, MAX_DATE_CHARS, dated_parents
from newsgrab.html.structural import HEADING_TAGS
from newsgrab.meta.classnames import is_thread_name
from newsgrab.whitespace import fold_space

#: the hint a thread gives its blocks (`Block.hints`), read by the boilerplate pass (clean/threads.py)
COMMENT_HINT = "comment-thread"
#: comments a thread holds at least with a markup word or a text area ...
MIN_MARKED_UNITS = 2
#: ... and without one (the shape alone, a control or an avatar in each)
MIN_BARE_UNITS = 3
#: share of a container's repeated units that must be comments
MIN_UNIT_SHARE = 0.75
#: share of a container's text its units hold at least (the rest: a count heading, a form, a "more" link)
MIN_UNITS_TEXT_SHARE = 0.6
#: characters of a name line at most, and words of a name (a date line's: datelines.MAX_DATE_CHARS)
MAX_NAME_CHARS, MAX_NAME_WORDS = 40, 4
#: characters a name's or a date's line may hold beside it ("says:", "·", "|", "Posted by")
MAX_LINE_COMPANY_CHARS = 25
#: characters of a comment's own text (outside links) at least, and of a comment with its replies at most
MIN_COMMENT_CHARS, MAX_COMMENT_CHARS = 15, 3000
#: pictures declared no larger than this are avatars (px, both sides)
MAX_AVATAR_PX = 100
#: share of a thread's signed comments whose names differ at least (a transcript's turns repeat two or three)
MIN_DISTINCT_NAMES = 0.5
#: share of the region's text a thread holds at most (more: it is the region's matter, a forum's thread)
MAX_REGION_SHARE = 0.5
#: characters of the heading line over a thread that goes with it ("12 comments", "Readers respond")
MAX_LABEL_CHARS = 60
#: headings a comment never holds (a story card's, a live blog entry's, a section's headline)
_HEADLINE_TAGS = frozenset({"h1", "h2", "h3"})
#: classes that stripe a list's items in turn or only lay them out (not what the item is)
_SERIAL_CLASSES = frozenset({"odd", "even", "alt", "first", "last", "active", "selected", "clearfix"})
#: elements that sit inside a line of text rather than making one
_INLINE_TAGS = frozenset({"a", "span", "b", "strong", "i", "em", "sup", "sub", "small", "cite", "font", "time",
                          "abbr", "u", "mark", "bdi", "label"})


def _marked(el: lxml.html.HtmlElement) -> bool:
    """Whether `el`'s class or id holds a comment thread's markup word (data/thread_words.toml)."""
    key = f"{el.get('class') or ''} {el.get('id') or ''}"
    return bool(key.strip()) and is_thread_name(key)


def _units(el: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The children of `el` that repeat one unit (its most common tag and first class word, the
    striping classes passed over), when two or more do: a thread's comments are made alike, a
    page's sections are not."""
    groups: dict[tuple[str, str], list[lxml.html.HtmlElement]] = {}
    for child in el:
        if isinstance(child.tag, str):
            groups.setdefault(_key(child), []).append(child)
    best = max(groups.values(), key=len, default=[])
    return best if len(best) >= 2 else []


def _key(el: lxml.html.HtmlElement) -> tuple[str, str]:
    """What makes repeated units alike: the tag and the first class word, the striping classes
    passed over."""
    classes = el.get("class")
    first = next((w for w in classes.split() if w.casefold() not in _SERIAL_CLASSES), "") if classes else ""
    return str(el.tag), first


def _runs(el: lxml.html.HtmlElement, linked: bool) -> Iterator[tuple[lxml.html.HtmlElement, str, bool]]:
    """Each text run under `el`, in document order, with the element it sits in and whether it is
    inside a link (`linked`: `el` is, or sits in, one)."""
    if el.text and el.text.strip():
        yield el, el.text, linked
    for child in el:
        if isinstance(child.tag, str):
            yield from _runs(child, linked or child.tag == "a")
        if child.tail and child.tail.strip():
            yield el, child.tail, linked


def _avatar(img: lxml.html.HtmlElement) -> bool:
    """A picture declared no larger than an avatar, or named one."""
    named = f"{img.get('class') or ''} {img.get('src') or ''} {img.get('alt') or ''}".casefold()
    if "avatar" in named:
        return True
    sides = [(img.get(a) or "").strip().removesuffix("px") for a in ("width", "height")]
    return all(s.isdigit() for s in sides) and max(int(s) for s in sides) <= MAX_AVATAR_PX


def _control(el: lxml.html.HtmlElement) -> bool:
    """A reply, like or report control: a button, or a link to a fragment or to script."""
    if el.tag == "button" or el.get("role") == "button" or el.get("onclick") is not None:
        return True
    if el.tag != "a":
        return False
    href = (el.get("href") or "").strip().casefold()
    return href.startswith(("#", "javascript:")) or "replytocom" in href


class _Line:
    """Whether a short text stands as a line of its own in a unit, each block element's text read once."""

    __slots__ = ("_sizes", "_unit")

    def __init__(self, unit: lxml.html.HtmlElement) -> None:
        self._unit = unit
        self._sizes: dict[lxml.html.HtmlElement, int] = {}

    def own(self, node: lxml.html.HtmlElement, line: str) -> bool:
        """The first element above `node` (itself included) that is not inline (a paragraph, a
        div) holds little text beside `line` (a "says:", a "·"): a name, a date or a reply link
        set into a paragraph of prose is the paragraph's ("in 1962", a citation's fragment link).
        When the climb reaches the unit itself, the line is the run of inline siblings around
        `node` between the unit's block children: `<li><cite>Name</cite> <span>3 h</span><p>...`
        sets the name and the time on a line above the text, as a reader sees it."""
        block: lxml.html.HtmlElement | None = node
        below: lxml.html.HtmlElement | None = None
        while block is not None and block is not self._unit and block.tag in _INLINE_TAGS:
            block, below = block.getparent(), block
        if block is None:
            return False
        key = below if block is self._unit and below is not None else block
        size = self._sizes.get(key)
        if size is None:
            size = self._sizes[key] = self._run_size(key) if key is below else len(fold_space(block.text_content()))
        return size <= len(line) + MAX_LINE_COMPANY_CHARS

    @staticmethod
    def _run_size(el: lxml.html.HtmlElement) -> int:
        """Characters of the run of inline elements around `el` (a child of the unit), up to the
        block elements on either side, with the text between them."""
        parts = [el.text_content(), el.tail or ""]
        for side in (el.itersiblings(preceding=True), el.itersiblings()):
            for sibling in side:
                if not isinstance(sibling.tag, str) or sibling.tag not in _INLINE_TAGS:
                    break
                parts.append(sibling.text_content())
                parts.append(sibling.tail or "")
        return len(fold_space(" ".join(parts)))


def comment_parts(unit: lxml.html.HtmlElement) -> tuple[frozenset[str], str]:
    """The cues of one comment among the parts of `unit` (`name`, `avatar`, `date`, `text`,
    `control`: see the module docstring) and its name, casefolded ("" when none). A unit holding a
    headline, or longer than `MAX_COMMENT_CHARS`, has none."""
    cues: set[str] = set()
    own = total = 0
    name = ""
    lines = _Line(unit)
    for node, text, linked in _runs(unit, unit.tag == "a"):
        if node.tag in _HEADLINE_TAGS:
            return frozenset(), ""
        line = fold_space(text)
        total += len(line)
        if total > MAX_COMMENT_CHARS:
            return frozenset(), ""
        said = 0 if linked else len(line)
        if node.tag == "time" or len(line) > MAX_NAME_CHARS or not lines.own(node, line):
            own += 0 if node.tag == "time" else said
            continue
        if len(line) <= MAX_DATE_CHARS and any(ch.isdigit() for ch in line) and DATE_RE.search(line):
            cues.add("date")  # a date line is no text of the comment's own: a dated headline card has no more
        elif (not name and len(line.split()) <= MAX_NAME_WORDS and sum(ch.isalpha() for ch in line) >= 2
              and not _control(node) and fold_space(node.text_content()) == line):
            cues.add("name")  # its one name line is no text of its own either; a later short line is
            name = line.casefold()  # (a comment of one short sentence, a CJK line without spaces)
        else:
            own += said
    if own < MIN_COMMENT_CHARS:
        return frozenset(), ""
    cues.add("text")
    for node in unit.iter("time", "img", "a", "button", "span", "div"):
        if node.tag == "time":
            cues.add("date")
        elif node.tag == "img":
            if _avatar(node):
                cues.add("avatar")
        elif _control(node) and (node.tag == "button" or lines.own(node, fold_space(node.text_content()))):
            cues.add("control")
    return frozenset(cues), name


def _is_comment(cues: frozenset[str]) -> bool:
    """A comment: its text, a date, and a name or an avatar."""
    return "text" in cues and "date" in cues and ("name" in cues or "avatar" in cues)


def _is_bare_comment(cues: frozenset[str]) -> bool:
    """A comment told by its shape alone: with a control or an avatar too (a reference list's items,
    a transcript's turns have dates and names, but not these in every one)."""
    return _is_comment(cues) and ("control" in cues or "avatar" in cues)


def thread_cues(el: lxml.html.HtmlElement, dated: Container[lxml.html.HtmlElement] | None = None) -> tuple[str, ...]:
    """The cues that make `el` a comment thread (see the module docstring), else (): the count of
    comments ("units=4"), `markup` and `form` when they are there, and `avatar` and `control`
    when every comment has one.

    `dated`: the children of `el` known to hold a date (`datelines.dated_parents`), when the caller has them. A
    unit without one is no comment, so too many such units end it by set lookups alone, before
    any unit's text is read: most containers above a date are a page's sections and wrappers,
    one of them dated (the article's dateline), the others not."""
    units = _units(el)
    if len(units) < MIN_MARKED_UNITS:
        return ()
    allowed = len(units) - max(MIN_MARKED_UNITS, MIN_UNIT_SHARE * len(units))  # misses before it cannot be one
    if dated is not None and sum(unit not in dated for unit in units) > allowed:
        return ()
    # the units' texts first (C-level): too short, too long or without a digit (no date), a unit is
    # no comment, and enough of those end it before any walk (a menu, a page's sections)
    fits = []
    size = 0
    for unit in units:
        text = unit.text_content()
        size += len(text)
        fit = MIN_COMMENT_CHARS <= len(text) <= 2 * MAX_COMMENT_CHARS and DIGIT_RE.search(text) is not None
        fits.append(fit)
        if not fit:
            allowed -= 1
            if allowed < 0:
                return ()
    unit_set = set(units)  # the units' texts are read once: only the other children's are added
    others = sum(len(c.text_content()) for c in el if isinstance(c.tag, str) and c not in unit_set)
    if size < MIN_UNITS_TEXT_SHARE * (size + others):
        return ()  # an article beside two comment-shaped boxes: the walk goes down to the boxes
    parts: list[tuple[frozenset[str], str]] = []
    for unit, fit in zip(units, fits, strict=True):
        if not fit:
            continue
        cues, name = comment_parts(unit)
        if not _is_comment(cues):
            allowed -= 1
            if allowed < 0:
                return ()
            continue
        parts.append((cues, name))
    names = [name for _cues, name in parts if name]
    if len(set(names)) < MIN_DISTINCT_NAMES * len(names):
        return ()  # a few names taking turns: a transcript, an interview
    marks = [mark for mark, present in (("markup", _marked(el) or any(_marked(u) for u in units[:2])),
                                        ("form", next(el.iter("textarea"), None) is not None)) if present]
    bare = sum(_is_bare_comment(cues) for cues, _name in parts)
    if not marks and (bare < MIN_BARE_UNITS or bare < MIN_UNIT_SHARE * len(units)):
        return ()
    every = [cue for cue in ("avatar", "control") if all(cue in cues for cues, _name in parts)]
    return (f"units={len(parts)}", *marks, *every)


def thread_containers(root: lxml.html.HtmlElement) -> list[tuple[lxml.html.HtmlElement, str]]:
    """The outermost comment threads under `root`, each with its hint and cues
    ("comment-thread:units=4+markup+avatar"), read on the page as written (see the module docstring).

    Every comment has a date, so the walk starts from the dates: the short lines written in digits
    and the `<time>` elements (`datelines.dated_parents`). Only an element with two or more children holding one,
    two of them made alike (a unit repeats: `_repeats`), may be a thread, and only the elements
    above a date are walked down: a page's menus, its article's paragraphs and its pictures'
    vector paths are not read at all; but every text under `root` is read once, to find the dates."""
    dated = dated_parents(root)
    found: list[tuple[lxml.html.HtmlElement, str]] = []
    stack = [root]
    while stack:
        node = stack.pop()
        holding = dated.get(node)
        if holding is None:
            continue
        cues = thread_cues(node, holding) if len(holding) >= MIN_MARKED_UNITS and _repeats(holding) else ()
        if cues:
            found.append((node, f"{COMMENT_HINT}:{'+'.join(cues)}"))
        else:
            stack.extend(c for c in reversed(node) if c in holding)
    return found


def threads_again(found: Sequence[tuple[lxml.html.HtmlElement, str]], elements: Sequence[lxml.html.HtmlElement],
                  fresh: lxml.html.HtmlElement) -> list[tuple[lxml.html.HtmlElement, str]]:
    """The threads `found` on the page as written, whose every element is listed in `elements` in
    document order (`PageScan.elements`), in `fresh`, a new parse of the same markup (the content
    stage's retry): the same elements by their place, so the retry does not read the page again."""
    if not found:
        return []
    again = list(fresh.iter(etree.Element))
    return [(again[elements.index(el)], hint) for el, hint in found]


def _repeats(children: set[lxml.html.HtmlElement]) -> bool:
    """Whether two of `children` (an element's children that hold a date) are made alike (`_units`'
    key: tag and first class word). A thread's units are its most common kind of child, and all
    but a quarter of them hold a date, so two dated ones share a key; a page's sections (a dated
    header beside an undated body) do not, and need no look at the element's other children."""
    seen: set[tuple[str, str]] = set()
    for child in children:
        key = _key(child)
        if key in seen:
            return True
        seen.add(key)
    return False


def family_elements(elements: Sequence[lxml.html.HtmlElement],
                    containers: Sequence[tuple[lxml.html.HtmlElement, str]]) -> dict[lxml.html.HtmlElement, str]:
    """Every element of the `containers` (`thread_containers`) that sit inside the region's
    `elements`, and of the short heading line over each, with the container's hint. A container
    that is a region element itself, or holds more than `MAX_REGION_SHARE` of the region's text,
    is the region's own matter (a forum's thread, a social post's replies) and is left."""
    found: dict[lxml.html.HtmlElement, str] = {}
    if not containers:
        return found
    region = set(elements)
    most = MAX_REGION_SHARE * sum(len(fold_space(el.text_content())) for el in elements)
    for container, hint in containers:
        if not any(parent in region for parent in container.iterancestors()) \
                or len(fold_space(container.text_content())) > most:
            continue
        for inner in container.iter():
            found[inner] = hint
        label = container.getprevious()
        if (label is not None and label.tag in HEADING_TAGS
                and 0 < len(fold_space(label.text_content())) <= MAX_LABEL_CHARS):
            for inner in label.iter():
                found[inner] = hint
    return found

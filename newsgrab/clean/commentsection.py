"""A readers' comment section after the story, opened by its heading: the heading and everything under it.

Under a story a page prints its comments under a heading that counts them, in the site's language
("12 comments", "3 Kommentare", "Responses (4)", "12 thoughts on “The Crane Is Fixed”", "评论 (12)"),
then the entries, each a name, a date line and the reader's text, then the reply form. The HTML stage
finds a thread by its markup when the section is named in it (html/threads.py, the `comment-thread`
hint); a page whose markup names nothing, and any text dump, keeps the entries as body: each reads as
prose, and a long thread anchors the article's span below the story. What a reader sees is the
heading, and it is what this reads, with one shape to confirm it: a date line among the blocks right
under it (a comment's "March 3, 2024 at 9:12 am", "12. März 2024 um 14:02"). The heading's words are
data (data/comment_headings.toml), the count and the date are the same in every language.

Hard negatives: a story's section headed "Comments" (no date line under it), a count in a byline
("By Mara Lind | 12 comments": above the story, where no section is looked for), a sentence about
comments ("12 comments on the plan were received ...": a sentence, no heading), a story quoting a
reader's comment, a timeline of dated items in the body (no heading over it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from newsgrab.data import Trie, load_toml, trie_pattern
from newsgrab.meta.dates import has_date
from newsgrab.meta.reltime import is_relative_time
from newsgrab.model import Block
from newsgrab.sentences import ends_sentence

#: the removal of the heading and the blocks under it (category `comments`)
SECTION_REMOVAL = ("structure.comment-section", "comments")
#: characters; a comment section's heading is at most this long (a count, a word and the story's title)
MAX_HEADING_CHARS = 160
#: blocks under the heading among which a comment's date line must stand (a name, "says:", the date)
DATE_WINDOW = 6
#: characters; a comment's date line is at most this long ("Tom Reed says: March 3, 2024 at 9:12 am")
MAX_DATE_LINE_CHARS = 60
#: paragraphs of the story above the heading; with fewer the page is the comments' (a forum, a letters page)
MIN_STORY_PARAGRAPHS = 2
#: lines holding a form's field under a comment heading or prompt that make it the reply form's
MIN_FORM_FIELDS = 2
#: characters; a field's label line is at most this long ("Name *", "E-Mail-Adresse *", "Website [ ]")
MAX_FIELD_LINE_CHARS = 40
#: a label with the required field's star ("Name *", "Courriel *"), as every converter prints it
_REQUIRED_LABEL_RE = re.compile(r"^[^\W\d][\w .'-]{0,30}\s?\*$")
#: characters of a word for comments that a line must hold before the patterns are tried ("comme")
STEM_CHARS = 5
#: characters of the title after "{n} {noun} on": a story's title, not a paragraph
MAX_TITLE_CHARS = 120
#: the quotes a titled heading opens the story's title with ("12 thoughts on “Title”"): without them
#: "3 responses to the housing crisis" is a story's own subheading
_QUOTES = "[\"“”„«»‘’‚'「『]"


@cache
def _heading_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Every language's comment section headings (data/comment_headings.toml), as three patterns: a
    count of none ("No comments", "0 Kommentare", "Comments (0)"), a count joined to the story's title
    ("12 thoughts on “Title”"), and any heading (a count, or the word alone)."""
    empty: list[str] = []
    titled: list[str] = []
    every: list[str] = []
    for language in load_toml("comment_headings.toml").values():
        noun = "(?:{})".format("|".join(re.escape(word) for word in sorted(language["nouns"], key=len, reverse=True)))
        zero = "(?:{})".format("|".join(["0", *(re.escape(word) for word in language["none"])]))
        words = (*language["numbers"], *language["none"])
        n = "(?:{})".format("|".join([r"\d+", *(re.escape(word) for word in words)]))
        empty += [rf"{zero}\s*{noun}", rf"{noun}\s*[(\[]\s*0\s*[)\]]", rf"{noun}\s*:?\s*0"]
        alone = "|".join(re.escape(word) for word in language["alone"])
        every += [rf"{n}\s*{noun}", rf"{noun}\s*[(\[]\s*{n}\s*[)\]]", rf"{noun}\s*:?\s*{n}", rf"(?:{alone})"]
        if language["on"]:
            joins = "|".join(re.escape(word) for word in language["on"])
            titled.append(rf"{n}\s+{noun}\s+(?:{joins})\s+{_QUOTES}.{{1,{MAX_TITLE_CHARS}}}")

    def compiled(forms: list[str]) -> re.Pattern[str]:
        return re.compile(rf"^(?:{'|'.join(forms)})\s*[:.]?$", re.IGNORECASE)

    return compiled(empty), compiled(titled), compiled(every + titled)


@cache
def _stem_re() -> re.Pattern[str]:
    """The first letters of every language's words for comments, folded ("comme", "komme", "댓글"), as
    a trie (`trie_pattern`): a heading holds one, and the search costs a fraction of the patterns'
    on the lines that hold none, most of those read."""
    trie: Trie = {}
    for language in load_toml("comment_headings.toml").values():
        for word in (*language["nouns"], *language["alone"]):
            node = trie
            for char in word.casefold()[:STEM_CHARS]:
                node = node.setdefault(re.escape(char), {})
            node[""] = {}
    return re.compile(trie_pattern(trie))


def heading_kind(text: str) -> str | None:
    """Whether a line is a comment section's heading (see the module), and which: "empty" (a count of
    none), "titled" (a count and the story's title) or "counted" (a count or the word alone); None for
    any other line, a sentence among them ("12 comments on the plan were received ...")."""
    if not text or len(text) > MAX_HEADING_CHARS:
        return None
    if _stem_re().search(text.casefold()) is None or (ends_sentence(text) and not text.endswith(":")):
        return None
    empty, titled, every = _heading_res()
    if empty.match(text):
        return "empty"
    if titled.match(text):
        return "titled"
    return "counted" if every.match(text) else None


def is_comment_heading(text: str) -> bool:
    """Whether a line is a comment section's heading of any kind (`heading_kind`)."""
    return heading_kind(text) is not None


@cache
def _field_re() -> re.Pattern[str]:
    """A converter's empty form field ("[ ]", "______"): data/form_fields.toml, as text/formfield.py reads it."""
    return re.compile("|".join(load_toml("form_fields.toml")["patterns"]))


def is_field_line(text: str) -> bool:
    """A short line of a form: a label with the required field's star ("Email *") or an empty field
    as w3m or lynx print one ("Website [ ]", "Name * ______")."""
    if not text or len(text) > MAX_FIELD_LINE_CHARS:  # a text area's row alone may run longer ("_____...")
        return bool(text) and not any(char.isalnum() for char in text) and _field_re().search(text) is not None
    return _REQUIRED_LABEL_RE.match(text) is not None or _field_re().search(text) is not None


def _is_date_line(text: str) -> bool:
    return 0 < len(text) <= MAX_DATE_LINE_CHARS and (has_date(text) or is_relative_time(text))


def comment_section(blocks: Sequence[Block], texts: Sequence[str], substantive: Sequence[bool],
                    first_body: int, prompts: Sequence[bool] = ()) -> int | None:
    """The index of the heading that opens the page's comment section (see the module), or None: the
    first comment heading after `MIN_STORY_PARAGRAPHS` paragraphs of the story that names the story's
    title in quotes, or counts none and has no paragraph under it (a story's "No comment" section has),
    or has a comment's date line among the `DATE_WINDOW` blocks under it (a count or the word alone:
    "12 Kommentare" and "Comments" may be a share bar's count or a story's section) or the reply
    form's field lines (`MIN_FORM_FIELDS`: "Name *", "Email * ______"). A comment prompt a rule took
    (`prompts`: "Leave a Reply", "Add a Comment", "Kommentar schreiben") opens it the same way. Everything from
    it to the end of the region is the section."""
    story = 0
    for i in range(max(first_body, 0), len(blocks)):
        if substantive[i]:
            story += 1
            continue
        if story < MIN_STORY_PARAGRAPHS or blocks[i].kind == "media":
            continue
        kind = heading_kind(texts[i])
        prompt = bool(prompts) and prompts[i]
        if kind is None and not prompt:
            continue
        if kind == "titled" or (kind == "empty" and not any(substantive[i + 1:])):
            return i
        under = range(i + 1, min(i + 1 + DATE_WINDOW, len(blocks)))
        if any(_is_date_line(texts[k]) for k in under):  # a comment's date: a count, a word or a prompt
            return i
        if sum(is_field_line(texts[k]) for k in under) >= MIN_FORM_FIELDS:  # the reply form under it
            return i
    return None


def section_blocks(blocks: Sequence[Block], texts: Sequence[str], substantive: Sequence[bool],
                   first_body: int, prompts: Sequence[bool] = ()) -> range:
    """The blocks of the page's comment section (`comment_section`): its heading and every block under
    it, an empty range on a page with none. The pictures among them (avatars) are the caller's to keep."""
    start = comment_section(blocks, texts, substantive, first_body, prompts)
    return range(start, len(blocks)) if start is not None else range(0)

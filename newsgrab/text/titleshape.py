"""The shape of a headline line in a text dump, and of the `<title>` line and a standfirst.

Kept apart from the ranking (title.py) because every stage that asks "could this line be a title"
(the clean-text opening, the label lines above a headline, the teaser lists) asks it the same way:
a few words to a long sentence's worth, mostly letters, no full stop at the end, not a link, a
label's value, a date, a byline, a row of share buttons or of labels glued together, a form's field
and its labels, or a phrase printed twice over.
"""

from __future__ import annotations

import re
from functools import cache

from newsgrab.data import load_toml
from newsgrab.meta.lexicon import alternation, calendar_words
from newsgrab.meta.titles import fold_title
from newsgrab.model import Block
from newsgrab.text.byline import PERSON_RE, byline_names
from newsgrab.text.ends import ends_with
from newsgrab.text.formfield import holds_form_field
from newsgrab.text.header import is_header_line
from newsgrab.text.morecall import cut_with_more
from newsgrab.whitespace import ascii_alpha_runs, ascii_gapped

#: separators between a headline and the site's name in a `<title>` ("Headline | Site", "Headline - Site")
TITLE_SEPARATOR_RE = re.compile(r"\s+(?:\||–|—|-|::|·|•|»|«)\s+")
#: what every match of TITLE_SEPARATOR_RE holds: a separator's (last) character and a space after it.
#: A text without it has no separator; the test is a fast scan for one character of a class, where
#: the separator pattern is tried again at every space (most lines of a page have spaces, few a separator)
TITLE_SEPARATOR_HINT_RE = re.compile(r"[|–—\-:·•»«]\s")
#: a line that ends a sentence (or a list's lead-in) is not a headline; "?" and "!" may end one. The
#: full stop of Chinese and Japanese ("。", and the full-width "．") ends a sentence as "." does
NOT_TITLE_END_RE = re.compile(r"(?:[^.]\.|[,;:。．])[\"'”’»)]*$")
#: what `NOT_TITLE_END_RE` lets trail its punctuation, and the line break its `$` may stand before
NOT_TITLE_TRAILING = "\"'”’»)\n"
#: an initialism in capitals ending a line ("... Relations With U.S.", "... Ambassador to the U.N."):
#: its last full stop is the abbreviation's, not a sentence's, and a headline may end with one; not
#: after a comma, where it is a place closing a caption or a sentence ("..., Elizabeth, N.J."), nor in
#: small letters (a clock's "3:15 p.m.")
_INITIALISM_END_RE = re.compile(r"(?:^|[^,\s]\s|\()(?:[^\W\d_a-z]\.){2,}[\"'”’»)]*$")
#: the arrow between two steps of a breadcrumb trail ("Home › Tech › Gadgets", "Site > Features > Column");
#: "»" only where no "«" opens a quote (French prints spaces inside its quotes: "« Vape Wave » et « 6 Days »")
_CRUMB_ARROW_RE = re.compile(r"\s(?:›|>|≫|＞|→)\s")
_CRUMB_GUILLEMET_RE = re.compile(r"\s»\s")
_CRUMB_ARROW_CHAR_RE = re.compile("[›>≫＞→»]")
#: arrows a line has at least to be a breadcrumb trail: one may join a kicker to a headline
MIN_CRUMB_ARROWS = 2
#: words (titleshape.length_words) each side of a single arrow has at most for the line to be a trail
#: of two steps ("Home > Security", "ホーム > セキュリティ事件"): a section's label is a word or three,
#: a headline after a kicker's arrow runs longer
MAX_CRUMB_STEP_WORDS = 3
WIDE_RE = re.compile("[\u2e80-\u9fff\uac00-\ud7a3]")
#: a word glued to the next at its capital ("helpSkip", "NoticiasSociedad", "AdvancedInclude"): two
#: small letters, a capital, a small letter, in Latin script. A converter that joins elements without
#: a space glues a row of links or a form's labels so ("Accessibility helpSkip to navigationSkip to
#: content", "AdvancedInclude UnpublishedInclude RepliesInclude ..."); a headline holds one or two
#: such names of its own ("OpenStack", "DevOps", "JavaScript"), not MIN_GLUED_WORDS
_GLUED_RE = re.compile(r"[a-zß-öø-ÿ]{2}[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]")
MIN_GLUED_WORDS = 3
_LETTER_RE = re.compile(r"[^\W\d_]")
#: every ASCII character but a letter deleted: an ASCII text's letters (`_LETTER_RE`'s matches in it)
#: counted by `str.translate`, a C loop, without a match object a character
_ASCII_NOT_LETTER = {code: None for code in range(128) if not chr(code).isalpha()}
_TOKEN_RE = re.compile(r"\w+")
#: a short label and a colon opening a line ("Photo: ...", "Image Credit: ...", "Filed to:...")
_LABEL_RE = re.compile(r"^[^\W\d_][\w ]{0,20}:\s*(.*)$")
HEADING_KINDS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: a short marker in brackets opening a photo's caption before the people it names ("(L-R) Jane Doe,
#: John Roe", "(From left) ..."): the caption reads as their names without it
_CAPTION_MARKER_RE = re.compile(r"^\([^()]{1,12}\)\s+")
#: names a list of people has at least, and words a name in it has at most (first, middle and last): two
#: names in title case read as much as a place and its region ("Santa Fe, New Mexico"), a slogan
#: ("Good Tides, Good Harbours") or a headline ("Icebergs and Existential Dread")
MIN_LISTED_NAMES = 3
MAX_LISTED_NAME_WORDS = 3
#: a word's contraction or possessive ending ("Trump's", "Won't", "It's"), which no name has
_CONTRACTION_RE = re.compile(r"\w['’](?:s|t|re|ll|ve|d|m)\b")
#: a word of letters only (a name's parts are; "2018", "G4" are not)
_WORD_RE = re.compile(r"[^\W\d_]+")
#: share of a name-shaped line's words that the article prints in small letters, above which the line
#: is made of words, not names ("The Shipping Clock": "the", "shipping"; at half or more, a
#: section's label, "Business Monday", outranked its headline: bench/meta miamiherald, tune half)
MIN_LOWER_WORDS_SHARE = 0.5

#: characters at the end of a line where an initialism is looked for (a space and "N.Y.C." with a quote)
MAX_INITIALISM_CHARS = 12
#: share of its words a line ending with an initialism capitalises more than, to be a headline (in title case)
MIN_INITIALISM_CAPITALS_SHARE = 0.5
#: words a headline has at least (or wide CJK characters, which have no spaces between words)
MIN_TITLE_WORDS = 2
MIN_TITLE_WIDE_CHARS = 6
#: Chinese and Japanese characters that count as one word of a line's length (`length_words`): as many
#: as MIN_TITLE_WIDE_CHARS is to MIN_TITLE_WORDS. Korean is left out: it spaces its words
WIDE_CHARS_PER_WORD = MIN_TITLE_WIDE_CHARS // MIN_TITLE_WORDS
_UNSPACED_RE = re.compile("[\u2e80-\u9fff]")
#: words a headline has at most
MAX_TITLE_WORDS = 30
#: share of a headline's characters (spaces aside) that are letters at least
MIN_TITLE_LETTER_SHARE = 0.5
#: characters; a plain first line longer than this is the first paragraph of cleaned text, not a title
MAX_PLAIN_TITLE_CHARS = 150
#: words after a label's colon at most (separators aside) for the line to be the label's value, not a
#: headline with a kicker ("Analysis: Drought Pushes Central Asian Neighbours Toward a Deal")
MAX_LABELLED_WORDS = 4
#: a label's value's separators between its parts, which are not its words
_VALUE_SEPARATORS = frozenset({"|", "-", "–", "—", "--", "/", "·", "•"})
#: characters; a standfirst is at most this long
MAX_DEK_CHARS = 300


def title_like(block: Block) -> bool:
    """Shaped like a headline: a few words, mostly letters, no full stop at the end, not a link,
    date, byline, breadcrumb, row of share buttons, form field or a phrase printed twice over (a logo's
    alt text and name)."""
    text = block.text
    if block.kind not in HEADING_KINDS and block.kind not in ("p", "li"):
        return False
    if text.endswith(("...", "…")) or (ends_with(NOT_TITLE_END_RE, text, NOT_TITLE_TRAILING, 2)
                                        and not _ends_with_initialism(text)):
        return False
    if ("…" in text or "..." in text) and cut_with_more(text):
        return False  # a teaser cut short, its call to read on after the ellipsis
    if text.startswith("(") and text.endswith(")"):
        return False  # an aside in brackets: a photo's credit, a list price, "(opens in a new window)"
    if block.kind not in HEADING_KINDS and block.link_chars * 2 > len(text):
        return False  # (a heading may link to its own page, a line that is a link is a teaser)
    words = text.split()
    if len(words) > MAX_TITLE_WORDS:
        return False
    if len(words) < MIN_TITLE_WORDS and (text.isascii() or len(WIDE_RE.findall(text)) < MIN_TITLE_WIDE_CHARS):
        return False  # (a wide character is not ASCII)
    letters = len(text.translate(_ASCII_NOT_LETTER)) if text.isascii() else len(_LETTER_RE.findall(text))
    if letters < MIN_TITLE_LETTER_SHARE * (len(text) - len(words) + 1):
        return False
    label = _LABEL_RE.match(text)
    if label and (_value_words(label.group(1)) <= MAX_LABELLED_WORDS or ": " in label.group(1)):
        return False  # "Photo: Jane Doe, AP", "Tested by: J. Doe RRP: £24 More info: ...": labels and values
    half = len(words) // 2
    if len(words) % 2 == 0 and words[:half] == words[half:]:
        return False
    if len(_GLUED_RE.findall(text)) >= MIN_GLUED_WORDS:
        return False  # a row of labels printed without spaces between them
    if is_breadcrumb(text) or is_share_row(text):
        return False
    if holds_form_field(text):
        return False  # a form's label, empty field and button ("Search [          ] Go"; formfield.py)
    if len(words) == 2 and (words[0][0].isdigit() or words[1][0].isdigit()) and _day_month_re().match(text):
        return False  # a day and a month alone: a calendar tile over a post, not its headline
    return not is_header_line(text)


def _value_words(text: str) -> int:
    """The words of a label's value, the separators between its parts aside ("Image credit: Jane Doe |
    Agency", "Location: Downtown — Harbour City, Northshire"): a "|" or a dash is no word of it; a
    number or an "&" is ("Hidden Coast: Sado Island, Nara & Kyoto", "Founder Dies At 56" are headlines)."""
    return sum(1 for word in text.split() if word not in _VALUE_SEPARATORS)


def names_people(text: str) -> bool:
    """Whether a line is shaped like a person's name, or is a list of people's names and nothing
    else: MIN_LISTED_NAMES names or more joined by commas (and "and"), each a person's name of at most
    MAX_LISTED_NAME_WORDS words, maybe after a caption's marker in brackets ("Jane Doe, John Roe and
    Ann Poe", "(L-R) Jane Doe, John Roe, Ann Poe"). Such a line is the caption of a photo of the people it
    names, a panel's list of speakers or a byline; a headline says what they did ("Doe and Roe Settle
    Their Suit"). A headline in title case may read as names between its commas ("Jane Doe, Port's
    New Chief, Sails On"): its parts run longer than a name, or hold a contraction or a possessive,
    which a name never ends a word with."""
    if PERSON_RE.match(text):
        return True
    if "," not in text:
        return False  # (most lines: no list to read)
    text = _CAPTION_MARKER_RE.sub("", text, count=1).rstrip()
    if _CONTRACTION_RE.search(text):
        return False
    names = byline_names(text)
    return (len(names) >= MIN_LISTED_NAMES and text.endswith(names[-1])
            and all(len(name.split()) <= MAX_LISTED_NAME_WORDS for name in names))


def lower_words(text: str) -> frozenset[str]:
    """The words a text prints in small letters (running text's common words, in every script that
    has capitals): the words a title-case line shares with them are words, not names. Read from
    the article's first blocks (some 2,000 characters): an ASCII text, or one whose other characters
    are no word characters (curly quotes, dashes: `ascii_gapped`), is cut into its letter runs
    without the regex, which looks up each character's class (the cut of the text path's longest
    text, some 1% of its time)."""
    gapped = ascii_gapped(text)
    words = _WORD_RE.findall(text) if gapped is None else ascii_alpha_runs(gapped)
    return frozenset(filter(str.islower, set(words)))


def of_common_words(text: str, lower: frozenset[str]) -> bool:
    """Whether more than MIN_LOWER_WORDS_SHARE of a line's words are words that the article prints
    in small letters (`lower`, from `lower_words`): a headline in title case ("The Shipping
    Clock", "On Recent Harbour Disputes") has a name's shape (`names_people`), and a person's
    name is not made of the story's common words. Self-reference, no word list: the article says
    which words are common."""
    words = _WORD_RE.findall(text)
    common = sum(1 for word in words if word.casefold() in lower)
    return common > MIN_LOWER_WORDS_SHARE * len(words)


def is_breadcrumb(text: str) -> bool:
    """Whether a line is a breadcrumb trail: MIN_CRUMB_ARROWS arrows or more between its parts
    ("Home › IT › Gadgets › Article"), or one arrow between two steps of a label's length ("Home >
    Security", MAX_CRUMB_STEP_WORDS each). A trail may end with the headline, but it is the site's
    path to the page, which a page prints over its headline, not the headline: no headline steps
    twice, and one arrow in a headline follows a kicker with a headline's length of words after it."""
    if (">" not in text) if text.isascii() else _CRUMB_ARROW_CHAR_RE.search(text) is None:
        return False  # (most lines: no arrow to count; of the arrows, ">" alone is ASCII)
    steps = _CRUMB_ARROW_RE.split(text)
    if "«" not in text:
        steps = [step for part in steps for step in _CRUMB_GUILLEMET_RE.split(part)]
    if len(steps) > MIN_CRUMB_ARROWS:
        return True
    # one arrow: a trail of two steps when both are a label's length, not a kicker and its headline
    return len(steps) == 2 and all(0 < length_words(step) <= MAX_CRUMB_STEP_WORDS for step in steps)


@cache
def _day_month_re() -> re.Pattern[str]:
    """A day and a month name and nothing else, either way round ("13 Aug", "Nov 20", "22 December";
    months of every language in data/calendar_words.toml): the date a blog prints as a tile over its
    post, or a list of dated entries prints over each. is_header_line reads no date without a year;
    a headline that names a day says what happened on it. Built once."""
    month = calendar_words().month_alternation()
    return re.compile(rf"(?:\d{{1,2}}\.?\s+(?:{month})\.?|(?:{month})\.?\s+\d{{1,2}})$", re.IGNORECASE)


@cache
def _share_pair_re() -> re.Pattern[str]:
    """Two share targets (data/share_names.toml) side by side, only space between them; read once."""
    one = alternation(load_toml("share_names.toml")["names"])
    return re.compile(rf"(?<![\w-])(?:{one})\s+(?:{one})(?![\w-])", re.IGNORECASE)


def is_share_row(text: str) -> bool:
    """Whether a line is a row of share buttons as a converter prints their labels ("Twitter Facebook
    Email Print", "WhatsApp Facebook Pinterest Download"): two share targets side by side with nothing
    but space between them. A row of buttons sits right above or under the story, and its labels are
    capitalised words of a short line, the shape of a kicker or a headline; a headline that names two
    of them joins them with a comma or a word ("Facebook, Twitter Remove ...", "Facebook and Twitter
    Ban ...")."""
    return _share_pair_re().search(text) is not None


def _ends_with_initialism(text: str) -> bool:
    """Whether a line in title case ends with an initialism (`_INITIALISM_END_RE`, looked for in its
    last few characters only: the pattern is anchored at the end). A sentence that ends with one
    ("... drills by South Korea and the U.S.") is in sentence case: most of its words are in small
    letters."""
    if _INITIALISM_END_RE.search(text, max(0, len(text) - MAX_INITIALISM_CHARS)) is None:
        return False
    words = text.split()
    return sum(1 for word in words if word[0].isupper()) > MIN_INITIALISM_CAPITALS_SHARE * len(words)


def opens_with_title(blocks: list[Block]) -> bool:
    """Whether the first block of a text without page chrome is its title: a first- or second-level
    heading, or a plain line shaped like a headline that is no longer than one (MAX_PLAIN_TITLE_CHARS)
    and not in capitals (a dateline, "BAAR, SWITZERLAND"). A paragraph (a sentence, or a line too
    long for a headline) is never taken: cleaned text opens with one. Nor is the text's only block
    (media aside): all there is of it is the story (a page whose story is one list item or one short
    paragraph), and taken for the title it would leave the body empty, whatever its shape."""
    first = blocks[0]
    if not title_like(first) or not any(block.kind != "media" for block in blocks[1:]):
        return False
    if first.kind in ("h1", "h2"):
        return True
    return first.kind == "p" and len(first.text) <= MAX_PLAIN_TITLE_CHARS and not first.text.isupper()


def page_title_parts(first: Block) -> list[str]:
    """The folded parts of a `<title>`-style first line: the whole and each run of its parts."""
    parts = TITLE_SEPARATOR_RE.split(first.text)
    out = [fold_title(first.text)]
    for start in range(len(parts)):
        for end in range(start + 1, len(parts) + 1):
            if (start, end) != (0, len(parts)):
                out.append(fold_title(" ".join(parts[start:end])))
    return [part for part in out if part]



def link_line_names(blocks: list[Block], low: int, high: int) -> list[str]:
    """The folded texts of the lines `blocks[low:high]` that lynx's line of the page's `<link>` titles
    names (`_opens_one_part`): lynx prints first, after a "#", the titles of the page's feeds and
    alternates, and a blog's feed of a post's comments is titled with the post's headline after the
    site's name and a separator ("#Site » Feed Site » Comments Feed Site » <headline> Comments
    Feed", in any language). The page's head naming a line is what the `<title>` line's naming it is
    (title.py's `page_title`). The line's first part is the site's (its name, or its banner's words:
    "#evolve extension for Mercurial Evolve: Concepts"), and a line of section feeds without
    separators lists the site's menu: neither names a headline. The first block under the line is
    the page's banner, as under the `<title>` line. None when the first block is no such line."""
    head = blocks[0].text if blocks else ""
    if len(head) < 2 or head[0] != "#" or head[1] in "# ":
        return []
    starts = [" ".join(_TOKEN_RE.findall(part.casefold())) + " " for part in TITLE_SEPARATOR_RE.split(head)[1:]]
    return [fold_title(block.text) for block in blocks[max(2, low):high]
            if starts and _opens_one_part(block.text, starts) and fold_title(block.text)]


def _opens_one_part(text: str, starts: list[str]) -> bool:
    """Whether a line's words (MIN_TITLE_WORDS or more, or MIN_TITLE_WIDE_CHARS wide characters) open
    one of the `starts` (the word tokens of the parts between the link line's separators) and no other."""
    tokens = _TOKEN_RE.findall(text.casefold())
    if len(tokens) < MIN_TITLE_WORDS and len(WIDE_RE.findall(text)) < MIN_TITLE_WIDE_CHARS:
        return False
    run = " ".join(tokens) + " "
    return sum(1 for start in starts if start.startswith(run)) == 1


def is_dek(block: Block) -> bool:
    """A standfirst: one or two sentences of plain text under the headline."""
    text = block.text
    return block.kind == "p" and not block.link_chars and len(text) <= MAX_DEK_CHARS and text.endswith((".", "!", "?"))


def length_words(text: str) -> int:
    """A line's length in words, in any script: its words between spaces, and for the Chinese and
    Japanese text in them, which writes no spaces between words, one more per WIDE_CHARS_PER_WORD
    characters (a 24-character headline says as much as an English one of eight words, and a
    three-word menu label in Latin letters beside it must not outweigh it)."""
    words = len(text.split())
    if text.isascii():
        return words
    return words + len(_UNSPACED_RE.findall(text)) // WIDE_CHARS_PER_WORD

"""Bylines in a text's header lines: the labels that open one ("By", "Von:", "Analysis by"), the
lines that pair a byline with a date ("Posted by Jane Doe on ..."), and bare names that are a byline
without its label ("Tom Kessel, AP Auto Writer").

Kept apart from text/header.py, which decides which lines are header lines and fills the metadata,
because this is the part that follows the byline vocabulary: every label comes from
data/byline_words.toml through meta.lexicon, the same words meta/people.py reads in a page's byline
element, so a word added to the file is read in both.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsgrab.meta.conjunctions import Conjunctions, current_conjunctions
from newsgrab.meta.dates import has_digit
from newsgrab.meta.language import function_words
from newsgrab.meta.lexicon import byline_words, date_labels
from newsgrab.meta.people import split_authors
from newsgrab.meta.reltime import is_relative_time
from newsgrab.meta.roles import is_organisation
from newsgrab.model import Block, Metadata
from newsgrab.text.controls import names_a_control
from newsgrab.text.namephrase import AGENCY_RE, NAME_PARTICLE, byline_copy, without_by_copy
from newsgrab.text.origin import origin_line
from newsgrab.whitespace import fold_space

_WORDS = byline_words()
#: a word of a script that puts no space between words: kana and CJK ideographs
_UNSPACED_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
#: the labels of data/byline_words.toml written in such a script ("著者", "投稿者", "记者"): no sentence
#: there puts a space after a word, so a space after one of them parts a label from its value as a
#: colon does ("投稿者 Hiroki Tanabe", "著者 山田太郎 イラスト 佐藤花子": a credit list's <dt>/<dd>)
_UNSPACED_LABELS = _WORDS.alternation(
    label for label in _WORDS.text_labels() if _UNSPACED_RE.fullmatch(label)) or "(?!)"  # none: never
#: those labels, each as a line holds it alone without its colon (text/labelalone.py)
UNSPACED_LABEL_WORDS = frozenset(label for label in _WORDS.text_labels() if _UNSPACED_RE.fullmatch(label))
#: a byline's opening label, in the languages of data/byline_words.toml: an opener with or without a colon
#: ("By Jane Doe", "Von: Anna Berg"), any other label with one ("Author: Jane Doe"), maybe after a space as
#: French typography sets it ("Texte : Anne Roy", "Auteurs : ..."); the names follow
BYLINE_RE = re.compile(
    rf"^(?:(?:{_WORDS.alternation(_WORDS.opening_labels())})(?:\s*:\s*|\s+)"
    rf"|(?:{_WORDS.alternation(_WORDS.text_labels())})\s?:\s*)(?P<who>.{{2,200}})$",
    re.IGNORECASE,
)
#: an unspaced script's label with a colon (full-width too) or a space, the names after it ("記者：張偉",
#: "投稿者 Hiroki Tanabe"): read where a header line is read (header.take_header_line), not where a
#: line's being a byline weighs in ranking the headline (BYLINE_RE there, its reach as it was)
UNSPACED_BYLINE_RE = re.compile(rf"^(?:{_UNSPACED_LABELS})(?:\s*[:：]\s*|\s+)(?P<who>.{{2,200}})$")
#: the next label of a credit list in an unspaced script, after a space ("山田太郎 イラスト 佐藤花子")
_NEXT_CREDIT_RE = re.compile(rf"\s+(?:{_UNSPACED_LABELS})(?:\s*[:：]|\s)")
#: a byline's opening label on a line of its own, the name on the next line ("By", "Author:")
BYLINE_WORDS = frozenset(_WORDS.opening_labels()) | {f"{label}:" for label in _WORDS.text_labels()}
#: the word before a byline's names, inside a line ("11/19/2019 by Jane Doe")
_BY_WORD = rf"(?:{_WORDS.alternation(_WORDS.openers)})"
#: a line that ends in a byline word, the name on the next line ("6:20 AM PST 03/12/2019 by")
TRAILING_BY_RE = re.compile(rf"(?:^|\s){_BY_WORD}$", re.IGNORECASE)
#: the verbs and prepositions of a post line, in the languages of data/byline_words.toml
_POSTED = rf"(?:{_WORDS.alternation(_WORDS.posted)})"
_DATE_PREPOSITION = rf"(?:{_WORDS.alternation(_WORDS.date_prepositions)})"
#: "Posted on 14 November 2023 by Jane Doe", "Publié le 3 mars 2021 par Marie Dupont" (WordPress themes'
#: entry-meta line, copied as text)
POSTED_BY_RE = re.compile(
    rf"^{_POSTED}(?:\s+{_DATE_PREPOSITION})?\s+(?P<date>.{{6,40}}?)\s+{_BY_WORD}\s+(?P<who>[^.]{{2,120}})$",
    re.IGNORECASE,
)
#: "Posted by Jane Doe on November 19, 2019, 6:21 AM EST", "Publicado por Ana García el 3 de marzo de 2021"
BY_ON_RE = re.compile(
    rf"^{_POSTED}\s+{_BY_WORD}\s+(?P<who>.{{2,80}}?)\s+{_DATE_PREPOSITION}\s+(?P<date>.{{6,60}})$",
    re.IGNORECASE,
)
#: "6:20 AM PST 03/12/2019 by Jane Doe", "November 19, 2019 by Jane Doe": the date first, then the byline;
#: the only full stops in the name are its initials' ("Tuesday 22 October 2019 by Jane Q. Doe"), a stop after
#: a lower-case word ends a sentence, which no byline is
DATE_BY_RE = re.compile(rf"^(?P<date>[^|]{{6,60}}?)\s+{_BY_WORD}\s+(?P<who>(?:[^.|]|(?<=\b[A-Z])\.){{2,80}})$",
                        re.IGNORECASE)
#: a bare person's name: two to four capitalised words (with particles like "de", "van")
PERSON_RE = re.compile(
    rf"^[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:{NAME_PARTICLE}\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]+){{1,3}}$"
)
#: a byline opener glued to the name after it, as converters print "by<a>Jane Doe</a>" ("byJane Doe"):
#: the opener in lower case, a capital right after it
_GLUED_OPENER_RE = re.compile(rf"^(?P<opener>{_WORDS.alternation(_WORDS.openers)})(?=[A-ZÀ-ÖØ-Þ])")
#: a date label glued to the name before it, as inscriptis prints "<dd>Jane Doe</dd><dt>Publish date:</dt>"
#: ("Author:Jane DoePublish date:Oct 4, 2018"): a lower-case letter runs into a capitalised label and its
#: colon (data/date_labels.toml, every language)
_GLUED_DATE_LABEL_RE = re.compile(
    rf"(?<=[a-zß-ÿ])(?=[A-ZÀ-ÖØ-ÞА-Я])(?=(?i:{date_labels().alternation()})\s*:)")
#: characters; an agency's name in capitals is its initials at most this long ("AP", "AFP", "XINHUA")
MAX_AGENCY_INITIALS = 6


@lru_cache(maxsize=64)
def _name_joiners_re(conjunctions: Conjunctions) -> re.Pattern[str]:
    """What joins the names of a byline: commas, "&" and the conjunctions of the page being read
    (meta/conjunctions.py; those bound to a language, "a", "dan", "un", in lower case only, as
    `split_authors` splits on them: another language's between two full names only). Compiled once
    per set of conjunctions (a language's)."""
    bound = (*conjunctions.lower_only, *conjunctions.foreign)
    lower = rf"|(?-i:\b(?:{_WORDS.alternation(bound)})\b)" if bound else ""
    return re.compile(rf"(?:[\s,&]|\b(?:{_WORDS.alternation(conjunctions.plain)})\b{lower})*", re.IGNORECASE)


#: words of the role or agency after a byline's names at most ("Senior Correspondent, The Daily Post")
MAX_ROLE_WORDS = 6
#: words of a time stamp after a byline's names at most ("1 day ago", "05.24.16 5:42 AM", "on Mar 17 11 min")
MAX_TIME_TAIL_WORDS = 5
#: the digits of a time stamp: a number and its unit ("1 day ago", "8h", "11 min"), a date's or a
#: clock's digits ("05.24.16", "5:42"); not a count in brackets ("Font Size [100%]", "Episode 32")
_TIME_STAMP_RE = re.compile(r"(?:^|\s)(?:\d{1,4}\s?[^\W\d_]{1,8}\b|\d{1,4}[:./-]\d{1,2})")
#: an image a converter prints in brackets at the start of a line, its alt text or file name cut short:
#: w3m's "[avatar-jou] Jane Doe", lynx's "[jane-doe-headshot.jpg] Jane Doe" (an author's photo before the
#: name); a form's checkbox ("[ ]", "[X]", "[*]") or a field ("[          ]") holds no such word
_IMAGE_PLACEHOLDER_RE = re.compile(r"^\[[^\[\]\s]{2,80}\]\s*")
#: a social handle ending a name's line ("Paul Doe@pauldoe", "Paul Doe @pauldoe")
_HANDLE_RE = re.compile(r"(?<=\w)\s?@\w{2,30}$")
#: a social handle alone on its line ("@janedoe", "@jane_d_doe")
_LONE_HANDLE_RE = re.compile(r"@\w{2,30}")
#: a byline word opening what follows the names ("Jane Doe by Jane Doe")
_BY_WORD_RE = re.compile(rf"(?:{_WORDS.alternation(_WORDS.openers)})\s+", re.IGNORECASE)
#: a role (data/byline_words.toml "roles") in the first two words after the names, maybe after an
#: adjective ("Contributor", "Senior Politics Editor", "Staff Writer")
_ROLE_WORD_RE = re.compile(rf"^(?:\w+\s+)?(?:{_WORDS.alternation(_WORDS.roles)})\b", re.IGNORECASE)
#: the words of a link or button after an author's name to the end of the line, maybe glued to the name
#: (data/byline_words.toml "interface": "Jane Doe Follow", "Jane DoeView More Articles")
_INTERFACE_TAIL_RE = re.compile(
    rf"(?:\s+|(?<=[a-z])(?=[A-Z]))(?i:{_WORDS.alternation(_WORDS.interface)})\b.*$")
#: a person's name opening an author's bio, maybe with a social handle in brackets after it, then its
#: verb (data/byline_words.toml "bio_verbs": "Jane Doe (@janedoe) is a staff writer at ...",
#: "Jane Doe covers ...")
_BIO_OPENING_RE = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:(?:de|da|van|von|der|del|la|le|bin|al)\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3})"
    rf"(?:\s*\(@\w{{2,30}}\))?\s+(?=(?:{_WORDS.alternation(_WORDS.bio_verbs)})\s)")
#: a role of data/byline_words.toml anywhere in a few words ("is a freelance reporter", "is an Opinion contributor")
_ROLE_IN_RE = re.compile(rf"\b(?:{_WORDS.alternation(_WORDS.roles)})\b", re.IGNORECASE)
#: a role of data/byline_words.toml that ends a line or comes before a comma ("... Senior Editor, Example Post")
_ROLE_END_RE = re.compile(rf"\b(?:{_WORDS.alternation(_WORDS.roles)})\s*(?:,|$)", re.IGNORECASE)
#: one capitalised word of a name, alone on its line ("Sarah", "O'Neil", "Stokel-Walker")
_NAME_WORD_RE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]+")
#: the function words of every language of data/function_words.toml: no person's name opens with one
_FUNCTION_WORDS = frozenset(word for words in function_words().values() for word in words)
#: a quotation mark: a title quoted after a comma is a heading's or a citation's, never a role's
_QUOTE_RE = re.compile(r"[\"“”„«»]")
#: words after a bio's name within which its role is named ("is the host and senior editor of ...")
MAX_BIO_ROLE_WORDS = 6
#: characters; a name in a "Name, Date" header line is at most this long (longer is a sentence)
MAX_HEADER_NAME_CHARS = 80


def byline_names(text: str) -> list[str]:
    """The people a line names when it is a byline without its "By": one or more persons' names on a
    line of their own, maybe with a role or an agency after a comma ("Jane Doe", "Tom Kessel, AP
    Auto Writer", "Nora Pellin and Ada Vesey, Associated Press") or with what a theme prints beside
    an author's name (`_is_name_tail`: "Jane Doe 2 hours ago", "Jane Doe@janedoe", "Jane Doe Senior
    Editor, Example Post"; a link or button after it is left out: "Jane Doe View More Articles"); [] for
    anything else: a line in capitals (a section), an organisation or a section's name ("Business
    News"), a control's label ("Social Sharing", text/controls.py), a place, a sentence, a role alone
    ("Senior Reporter", an author's card's line under a name a converter left out), a heading or a
    citation that goes on after its comma with a quotation or a "!" or "?" ('Scope Hoisting, "magic
    comments", and more!'). An author's photo a converter prints before the name is left out
    (`without_image`: "[avatar-jou] Jane Doe • 8h")."""
    text = without_image(text)
    if len(text) > MAX_HEADER_NAME_CHARS or text.isupper():
        return []
    text = _INTERFACE_TAIL_RE.sub("", without_handle(without_by_copy(text)))
    names = split_authors(text)
    if not names or not text.startswith(names[0]):
        return []
    if any(not PERSON_RE.match(name) or name.isupper() or is_organisation(name) or _is_role_only(name)
           or names_a_control(name) for name in names):
        return []
    end = text.find(names[-1]) + len(names[-1])
    between = text[:end]
    for name in names:
        between = between.replace(name, " ", 1)
    # the names are the whole line up to a comma: only "and" or commas join them, a role may follow
    if not _name_joiners_re(current_conjunctions(between)).fullmatch(between):
        return []
    rest = text[end:]
    if not rest.strip() or _is_name_tail(rest, names):
        return names
    if not rest.startswith(",") or has_digit(text):
        return []
    if len(rest.split()) > MAX_ROLE_WORDS:  # "Nollywood Actress, Kate Doe Is Looking Stunning In ..."
        return []
    # a heading or a citation goes on after its comma, a role does not: "Scope Hoisting, "magic
    # comments", and more!", 'M. Jones, D. Hardt, "The OAuth 2.0 ...'
    if rest.rstrip().endswith(("!", "?")) or _QUOTE_RE.search(rest):
        return []
    return names


def card_names(text: str) -> list[str]:
    """The people an author's card names when a converter prints it as one line: a person's name and
    then a link or button of data/byline_words.toml "interface", maybe glued to it ("Jane DoeView More
    Articles", "Jane Doe Follow"); [] for a line without such a tail ("Quiet Harbour Nights",
    a subtitle shaped like a name) or without a person's name before it ("Share View More Articles").
    The tail is the card's markup printed as words: a bare name-shaped line has no such sign, so only
    this shape is read ahead of the header's "Name, Date" lines (text/around.py)."""
    if len(text) > MAX_HEADER_NAME_CHARS or _INTERFACE_TAIL_RE.search(text) is None:
        return []
    return byline_names(text)


def _is_role_only(name: str) -> bool:
    """Whether a name-shaped part is a role alone, every word of it a role of data/byline_words.toml
    ("Senior Reporter", "Contributing Writer": the line an author's card prints under the name, which
    a converter that drops the name's link leaves next to the headline); "Jane Chief" is a name."""
    return all(_ROLE_IN_RE.fullmatch(word) for word in name.split())


def bio_name(text: str) -> str | None:
    """The person an author's bio is about: a paragraph that opens with a person's name (two to four
    capitalised words, maybe a social handle in brackets after it), goes on with a verb of being or
    doing (data/byline_words.toml "bio_verbs") and names a role (data/byline_words.toml "roles") in its
    next MAX_BIO_ROLE_WORDS words ("Jane Doe (@janedoe) is an Opinion contributor at Example and the host
    of ...", "Jane Doe is a freelance reporter covering ..."); None for anything else: a name with a
    comma after it, an organisation, a name in capitals, a sentence that names no role ("Jane Doe said
    on Tuesday ..."). Whose bio it is the caller's position tells (text/farther.py read_bio): inside a
    story a sentence of this shape tells of someone it quotes."""
    opening = _BIO_OPENING_RE.match(text)
    if opening is None or is_organisation(opening["name"]) or opening["name"].isupper():
        return None
    words = text[opening.end():].split()[:MAX_BIO_ROLE_WORDS]
    return opening["name"] if _ROLE_IN_RE.search(" ".join(words)) else None


def name_over_lines(blocks: list[Block], index: int) -> tuple[str, int]:
    """The name a byline's label on a line of its own introduces, from `blocks[index]` (the line under
    the label), and how many lines it takes: the line itself, or it and the next when each is one
    capitalised word and the two are consecutive lines of the text ("By" / "Tim" / "Herrera": get_text
    keeps the newline the page's source has inside the author's link, and a converter's line ends
    there). Two consecutive one-word lines that make no person's name (an agency over a dateline's
    city, "Reuters" / "Washington") are left apart."""
    first = blocks[index]
    if index + 1 < len(blocks) and _NAME_WORD_RE.fullmatch(first.text):
        second = blocks[index + 1]
        joined = f"{first.text} {second.text}"
        line = origin_line(first)
        if (_NAME_WORD_RE.fullmatch(second.text) and line is not None and origin_line(second) == line + 1
                and PERSON_RE.match(joined) and not is_organisation(joined)):
            return joined, 2
    return first.text, 1


def names_a_role(text: str, names: list[str]) -> bool:
    """Whether a line of names (`byline_names`) goes on after them with a role of data/byline_words.toml
    that ends the line or comes before a comma and the desk ("Jane Doe Senior Politics Editor, Example
    Post", "Jane Doe, Staff Writer", "Jane Doe Contributor"): an author's line as a theme prints it. A
    menu's run of capitalised words holds a role's word inside it, not at its end ("Events Video
    Special Issues Jobs", "Contact Us Staff Contribute")."""
    end = text.find(names[-1]) + len(names[-1]) if names else -1
    if not 0 < end < len(text) or _ROLE_END_RE.search(text, end) is None:
        return False
    # a publication named after a role opens with an article ("The Hollywood Reporter"), a person does not
    return names[0].split()[0].casefold() not in _FUNCTION_WORDS


def is_role_line(text: str) -> bool:
    """Whether a line is a role alone, as an author's card prints it under the name or the bio ("Staff
    Writer", "Ideas Contributor", "Senior Reporter"): at most MAX_ROLE_WORDS words, no full stop, a
    role of data/byline_words.toml among them."""
    words = text.split()
    return 0 < len(words) <= MAX_ROLE_WORDS and not text.endswith(".") and _ROLE_IN_RE.search(text) is not None


def without_image(text: str) -> str:
    """A line without the image a converter prints in brackets before its words ("[avatar-jou] Jane Doe"
    -> "Jane Doe": w3m prints an image as its alt text cut short, lynx as its file name, and an author's
    photo sits before the byline's name); a checkbox ("[ ] Madhya Pradesh", "[X] Daily Newsletter") or any
    other line is left as it is."""
    return _IMAGE_PLACEHOLDER_RE.sub("", text, count=1) if text[:1] == "[" else text


def is_handle(text: str) -> bool:
    """Whether a line is a social handle alone ("@janedoe"), as a theme prints it under an author's
    name; an e-mail address or a sentence that mentions a handle is not."""
    return _LONE_HANDLE_RE.fullmatch(text) is not None


def without_handle(text: str) -> str:
    """A name's line without the social handle a theme prints after it ("Paul Doe@pauldoe", "Paul Doe
    @pauldoe" -> "Paul Doe"); an e-mail address ("jane@example.com") is left as it is."""
    return _HANDLE_RE.sub("", text)


def _is_name_tail(rest: str, names: list[str]) -> bool:
    """Whether what follows a line's names is what a theme prints beside an author's name, not more
    of a sentence: the name again after a byline word
    (a link's text and its screen-reader copy: "Jane Doe by Jane Doe"), a role without its comma
    ("Jane Doe Senior Politics Editor, Example Post", data/byline_words.toml "roles"), or a short time
    stamp (a relative time, "Jane Doe 1 day ago", "Jane Doe • 8h", "Jane Doe 05.24.16 5:42 AM": a digit, a few words,
    no full stop)."""
    tail = rest.strip(" ,•·|–—-")
    words = tail.split()
    if not words or tail.endswith((".", "!", "?")):
        return False
    by = _BY_WORD_RE.match(tail)
    if by is not None:
        return tail[by.end():].strip() in names
    if is_relative_time(tail):  # "Jane Doe an hour ago", "Иван Петров 3 часа назад" (data/relative_times.toml)
        return True
    if has_digit(tail):  # a number with its unit ("1 day", "8h") or a date's or a clock's digits ("5:42")
        return len(words) <= MAX_TIME_TAIL_WORDS and _TIME_STAMP_RE.search(tail) is not None
    return rest[:1] == " " and len(words) <= MAX_ROLE_WORDS and _ROLE_WORD_RE.match(" ".join(words[:2])) is not None


def agency_names(text: str) -> list[str]:
    """The agency a line names when it is a byline of organisations alone ("Associated Press",
    "Reuters", "Harbour News wire services", a desk: "Our Harbour Staff"); [] for anything else: a
    person (`byline_names` reads those), a section's name ("Business News", no agency word), a role
    ("Staff Writer"), a line in capitals that is no initials ("AUTO NEWS"), a sentence. Read only on
    the line above a dateline under a headline or under its lead photo's caption."""
    text = fold_space(text)
    if len(text) > MAX_HEADER_NAME_CHARS or has_digit(text) or (text.isupper() and len(text) > MAX_AGENCY_INITIALS):
        return []
    names = split_authors(text)
    if not names or not all(AGENCY_RE.search(name) and is_organisation(name) for name in names):
        return []
    # a role with a desk's word is an author's card's line, no desk ("Staff Writer", "Staff Reporter")
    return [] if any(_is_role_only(name) for name in names) else names


def undoubled(who: str) -> str:
    """A byline's names printed once: "Abel RoskinAbel Roskin", "Andrea Lund Andrea Lund" (a theme prints
    the author's link text and a screen-reader or hover copy of it side by side, and a converter joins them)
    -> "Abel Roskin", with a byline word between the copies too (`without_by_copy`); anything else as it
    is. Only a name of two words or more is halved: "Tom Tom" may be one person's name, a repeated name of
    several words is not."""
    text = without_by_copy(who.strip())
    for half in ((len(text) + 1) // 2, len(text) // 2):
        one, other = text[:half].strip(), text[half:].strip()
        if one == other and " " in one:
            return one
    return text if text != who.strip() else who


def unglued_byline(block: Block) -> Block:
    """The block with a space put back between a byline's opener and the name glued to it ("byJoseph
    F. Marek on April 21, 2016" -> "by Joseph F. Marek ..."; inscriptis and html2text drop the space
    before a link), and a separator before a date label glued to the name ("Author:Jane DoePublish
    date:Oct 4, 2018" -> "Author:Jane Doe | Publish date:Oct 4, 2018"; inscriptis joins a definition
    list's terms and values); the block itself for anything else. A lower-case word of no language
    runs into a capital: the shape says the two were apart in the page."""
    text = block.text
    if has_digit(text) and ":" in text:  # "Author:Jane DoePublish date:Oct 4, 2018": the label parted off
        text = _GLUED_DATE_LABEL_RE.sub(" | ", text)
    glued = _GLUED_OPENER_RE.match(text)
    if glued is not None:
        text = f"{glued['opener']} {text[glued.end():]}"
    text = byline_copy(text) or text
    return block if text == block.text else Block(kind=block.kind, text=text, links=block.links)


def drop_headline_subject(meta: Metadata) -> None:
    """Take back the authors a bare name gave (provenance "header-line") when the headline names them:
    the story's subject printed as a kicker or a topic tag beside it ("Greta Lindholm" over "Greta Lindholm:
    'My next movie ...'", "Nissan" by "... what we really want from Nissan PH"), not its byline, which
    a headline does not name. Self-reference, no words: the name whole in the headline, case aside.
    Only in a cased script: one without spaces has no word ends to tell, and a column's title there
    names its author ("松村太郎のAppleニュース一気読み"). A labelled byline ("By Jane Doe") is left as it is."""
    if meta.provenance.get("authors") != "header-line" or not meta.title:
        return
    if any(_in_headline(name, meta.title) for name in meta.authors):
        meta.authors = []
        del meta.provenance["authors"]


def _in_headline(name: str, title: str) -> bool:
    """Whether `title` holds `name` as whole words (case aside), `name` being in a cased script. Found
    by `str.find`, not a pattern built for each name (compiling one costs more than the reading)."""
    if not any(char.lower() != char.upper() for char in name):
        return False
    folded, key = title.casefold(), name.casefold()
    start = folded.find(key)
    while start >= 0:
        end = start + len(key)
        if not _is_word_char(folded[start - 1: start]) and not _is_word_char(folded[end: end + 1]):
            return True
        start = folded.find(key, start + 1)
    return False


def _is_word_char(char: str) -> bool:
    """Whether a one-character string is a word's character, as the pattern `\\w` reads one ("" is not)."""
    return char.isalnum() or char == "_"


def first_credit(who: str) -> str:
    """A byline's names up to the next label of a credit list in an unspaced script ("山田太郎 イラスト
    佐藤花子" -> "山田太郎": the author, then the illustrator's credit, which a converter prints on one
    line); anything else as it is."""
    found = _NEXT_CREDIT_RE.search(who)
    return who[:found.start()] if found else who

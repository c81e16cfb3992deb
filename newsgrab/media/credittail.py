"""A photo's caption run into its credit with no label's colon: "... in 2023.Credit Jane Doe/EPA".

The HTML path splits a caption from its credit by their elements; a whole-page converter prints
both on one line, and `ends_with_credit` reads the credit only where a label and a colon (or "by")
open it ("... Photo: Jane Doe"; the patterns captions.py splits a figure's text with, kept here,
away from lxml, so that a text run never loads the HTML parser). Pages also credit a picture with the label alone
or with an agency's tag: "... the budget in 2023.CreditCreditJane Doe/EPA, via Shutterstock" (the
label printed twice, once for the screen reader), "... electoral votes. | AP Photo Close" (a
lightbox's close button after it), "... on Monday. (AP Photo/Jane Doe)". The shape holds in every
language: a sentence ends inside the line, and the few words after its full stop are a credit, a
credit label (data/credit_words.toml, read through the HTML path's list) among their first words
or a slash between two names ("Jane Doe/Reuters"). A headline does not end a sentence and go on
with a credit; one made of two sentences goes on with words ("Rates Rise Again. Markets Shrug").

`is_credited_caption` reads a whole line as a picture's caption with its credit, labelled or bare:
what the HTML path takes out of a figure into `media`, which a converter prints as a line of its
own between the article's paragraphs (the boilerplate pass reads it, clean/textshapes.py).
"""

from __future__ import annotations

import re
from functools import cache

from newsgrab.data import load_toml

#: characters; a credit line longer than this is prose that mentions a photo, not a credit
MAX_CREDIT_CHARS = 120


def _credit_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The credit line's patterns, built from the labels of data/credit_words.toml.

    The first finds a credit at the end of a caption ("... Photo: Jane Doe/Reuters", "... (© City
    Archive)"); the second strips the label from the credit it found.
    """
    data = load_toml("credit_words.toml")
    labels = {w.lower() for words in data["labels"].values() for w in words}
    connectors = {w.lower() for words in data["connectors"].values() for w in words}
    label = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(labels, key=lambda w: (-len(w), w)))
    joint = "|".join([*(re.escape(w) for w in sorted(connectors, key=len, reverse=True)), ":"])
    opener = rf"(?:{label})\s*(?:{joint})"
    credit = re.compile(
        rf"(?:^|[\s(\[|–—-])(?P<credit>{opener}\s*[^()\[\]]+|©\s*[^()\[\]]+|\(c\)\s*[^()\[\]]+)[)\]]?\s*$",
        re.IGNORECASE,
    )
    return credit, re.compile(rf"^(?:{opener}|©|\(c\))\s*", re.IGNORECASE)


#: a credit at the end of a caption, and its label (the HTML path's captions.py splits a figure's text with them)
CREDIT_RE, CREDIT_LABEL_RE = _credit_patterns()


@cache
def _label_heads() -> tuple[str, ...]:
    """The first word of every credit label, lowercased, with the copyright marks: a line that holds
    none of them cannot match CREDIT_RE, which tries its long alternation of labels at every space
    of a line (most lines of a text hold no credit: this spares them the search)."""
    labels = {w.lower() for words in load_toml("credit_words.toml")["labels"].values() for w in words}
    return tuple(sorted({label.split()[0] for label in labels} | {"©", "(c)"}))


@cache
def _label_heads_re() -> re.Pattern[str]:
    """`_label_heads` as one pattern with a branch per first character ("f(?:uente|onte|otos|oto)"):
    a search finds one of them where the text holds one, as asking the text for each head does,
    with one walk through the text instead of one for each of the 31 heads (twice as fast on the
    lines the text dumps ask it of). The engine tries only the branch of the character it is
    at, and a head that holds another ("fotos", "foto") changes nothing: any match will do."""
    groups: dict[str, list[str]] = {}
    for head in sorted(_label_heads(), key=lambda head: (-len(head), head)):
        groups.setdefault(head[0], []).append(re.escape(head[1:]))
    return re.compile("|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in sorted(groups.items())))


def _may_hold_credit(text: str) -> bool:
    """Whether `text` holds a credit label's first word or a copyright mark (see `_label_heads`)."""
    return _label_heads_re().search(text.lower()) is not None


def ends_with_credit(text: str) -> bool:
    """Whether a line is a caption run into its picture's credit: some text, then a credit line
    ("... at the Economic Club last week. Photo: Jane Doe", "... in Flushing (Photo: AP)", "... © City
    Archive"). A line that opens with the label ("Video: how the bridge was built") is a kicker over a
    headline or a label's value, not a caption with its credit."""
    match = CREDIT_RE.search(text)
    return bool(match and len(match["credit"]) <= MAX_CREDIT_CHARS and text[: match.start("credit")].strip(" (|–—-"))


def ending_credit(text: str) -> str | None:
    """The credit a line ends with, its label kept ("... at the docks. Photo: Jane Doe" -> "Photo:
    Jane Doe"), when `ends_with_credit` holds, else None: what the label says it credits (a picture,
    or a text's source) is the caller's to read."""
    match = CREDIT_RE.search(text) if _may_hold_credit(text) else None
    if match and len(match["credit"]) <= MAX_CREDIT_CHARS and text[: match.start("credit")].strip(" (|–—-"):
        return match["credit"]
    return None


#: a sentence's full stop inside a line: after two letters or digits ("in 2023.", "votes."; not an
#: initial's or an initialism's, "M. Kuhn", "U.S. Army"), maybe a closing quote, a separator
_STOP_RE = re.compile(r"[^\W_]{2}\.[\"”’)]*\s*(?:[|•·–—-]\s*)?(?=[^\W\d_(]|\()")
#: words after the last full stop at most for them to be a credit, not a sentence
MAX_TAIL_WORDS = 8
#: words of the tail among which a credit label opens the credit ("AP Photo", "Getty Images Photo")
LABEL_REACH = 2
#: two names on either side of a slash: an agency's tag and its photographer ("AP Photo/Jane Doe",
#: "Jane Doe/Reuters"); letters, not digits ("24/7", "9/11")
_SLASH_RE = re.compile(r"[^\W\d_]/[^\W\d_]")


@cache
def _label_re() -> re.Pattern[str]:
    """A credit label of data/credit_words.toml at a word's start ("Credit", "CreditCreditJane":
    converters run the label into the name), among the tail's first words (read once)."""
    labels = {word.lower() for words in load_toml("credit_words.toml")["labels"].values() for word in words}
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(labels, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})", re.IGNORECASE)


def last_stop_end(text: str) -> int | None:
    """Where the last match of _STOP_RE in a text ends (None: the text has none), found from its last
    full stop back rather than by matching from every position of the line (a line's call a quarter of
    the time). The match of a stop starts two characters before its full stop and takes nothing after
    it but quotes, spaces and a separator, which no other match starts with: so each stop's match is
    the one a search from the left finds, and the rightmost stop that matches gives the last match."""
    dot = len(text)
    while (dot := text.rfind(".", 0, dot)) >= 2:
        stop = _STOP_RE.match(text, dot - 2)
        if stop is not None:
            return stop.end()
    return None


def ends_with_bare_credit(text: str) -> bool:
    """Whether a line is a caption run into a credit that no colon opens: the words after its last
    sentence's full stop (MAX_TAIL_WORDS at most) open with a credit label within LABEL_REACH words,
    or hold a slash between two names."""
    return _bare_credit_end(text) is not None


def _bare_credit_end(text: str) -> int | None:
    """Where the sentence before a bare credit ends (`ends_with_bare_credit`; None: the line ends with
    none), for `is_credited_caption` to read the credit without finding the stop again."""
    end = last_stop_end(text)
    if end is None:
        return None
    tail = text[end:].lstrip("(")
    words = tail.split()
    if not words or len(words) > MAX_TAIL_WORDS:
        return None
    label = _label_re()
    if any(label.match(word.lstrip("|(")) for word in words[:LABEL_REACH]) or _SLASH_RE.search(tail):
        return end
    return None


#: characters; a line longer than this is a paragraph, whatever it ends with: a converter glues a
#: picture's credit to the paragraph above it ("... in 2015. Photo: Jane Doe", a player's "... move
#: forward. Video"), where a caption runs to a sentence or two (the longest seen: 310)
MAX_CAPTION_CHARS = 320
#: a web address inside a line: a scheme, or a host with a path ("pic.twitter.com/x1Y2z3")
_ADDRESS_RE = re.compile(r"://|[^\W_]\.[^\W\d_]{2,}/")


@cache
def _text_source_re() -> re.Pattern[str]:
    """A label of data/credit_words.toml `text_sources` (or "©", "(c)") opening a credit: it credits
    words or data, or claims a copyright, not a picture (read once)."""
    labels = {word.lower() for words in load_toml("credit_words.toml")["text_sources"].values() for word in words}
    alternation = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
    return re.compile(rf"[|(\s]*(?:©|\(c\)|(?:{alternation})(?!\w))", re.IGNORECASE)


def is_credited_caption(text: str) -> bool:
    """Whether a line is a picture's caption with its credit: it ends with a labelled credit ("...
    protest jibe (Image: Harbour Press)", "... on Thursday Credit: Jane Doe/AFP",
    `ending_credit`) or a bare one ("... on Tuesday. (Jane Doe/AP)", `ends_with_bare_credit`)
    whose label names no text's source nor a copyright ("... rose by a third. Source: Harbour Board"
    credits the facts; data/credit_words.toml `text_sources`), no longer than MAX_CAPTION_CHARS, and it
    holds no web address: a post embedded from a social network ends on its picture's address ("...
    my friend. pic.twitter.com/x1Y2z3"), a citation on its URL, and both are the article's."""
    if len(text) > MAX_CAPTION_CHARS or ("/" in text and _ADDRESS_RE.search(text)):  # (both forms hold a "/")
        return False
    credit = ending_credit(text)
    if credit is not None:
        return not _text_source_re().match(credit)
    end = _bare_credit_end(text)
    if end is None:
        return False
    tail = text[end:]
    # (a label alone names no one: "... move forward. Video" is a player's label after a paragraph)
    return len(tail.split()) > 1 and not _text_source_re().match(tail)


#: words a credit line's photographer has (a person's name: "Ana Ruiz", "Tomas R. Berg") and its
#: holder has at most ("Harbour Press", "The Harbour Gazette")
CREDIT_NAME_WORDS = (2, 4)
MAX_HOLDER_WORDS = 5
#: characters a credit line alone on its line has at most
MAX_CREDIT_LINE_CHARS = 60
#: a name's lower-case particle ("Pieter de Vries", "Ana da Silva") has at most this many letters
MAX_PARTICLE_CHARS = 3


def is_credit_line(text: str) -> bool:
    """Whether a line is a picture's credit alone, with no caption and no label: a person's name, a
    slash and who holds the picture ("Ana Ruiz/Harbour Press", "Tomas R. Berg / The Harbour
    Gazette", "(Mara Lind/AFP)"). A converter prints the credit of a figure on a line of its own
    under (or over) its caption, as the HTML stage's figure holds it apart, and no article's line is
    a name, a slash and a name: a menu pairs single words ("Sales/Marketing", "HTML/CSS"), a heading
    asks or labels ("What should/can you use?", "This Month/Quarter:"), a dateline names places
    with a colon ("Washington/ New Delhi:"). The photographer is two to four capitalised words
    (`CREDIT_NAME_WORDS`), the holder one to `MAX_HOLDER_WORDS`, no digit anywhere, one slash or two
    ("Ana Ruiz/Harbour Press/AP")."""
    if len(text) > MAX_CREDIT_LINE_CHARS or "/" not in text:
        return False
    line = text.strip()
    if line.startswith("(") and line.endswith(")"):
        line = line[1:-1]
    line = line.removesuffix(".").removesuffix(")")
    parts = [part.split() for part in line.split("/")]
    if not 2 <= len(parts) <= 3 or not CREDIT_NAME_WORDS[0] <= len(parts[0]) <= CREDIT_NAME_WORDS[1]:
        return False
    return _is_name(parts[0]) and all(1 <= len(part) <= MAX_HOLDER_WORDS and _is_name(part) for part in parts[1:])


def _is_name(words: list[str]) -> bool:
    """Whether words are a name: each opens with a capital letter and holds letters only (with "."
    "-" "'" "&": "R.", "Stokel-Walker", "O'Hara", "A&E"), but a short lower-case particle inside."""
    for k, word in enumerate(words):
        if not all(ch.isalpha() or ch in ".-'’&" for ch in word) or not word[0].isalpha():
            return False
        if word[0].isupper():
            continue
        if not (0 < k < len(words) - 1 and len(word) <= MAX_PARTICLE_CHARS):
            return False
    return True


#: characters a credit label alone on its line has at most
MAX_LABEL_LINE_CHARS = 24
#: what a credit label alone on its line may carry around its word: "(Credit:", "Credit...", "Image"
_LABEL_LINE_RE = re.compile(r"^\(?\s*(?P<label>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?)\s*(?::|\.\.\.|…)?$")


def is_credit_label(text: str) -> bool:
    """Whether a line is a credit's label alone ("Credit", "(Credit:", "Credit...", "Photo:"): a label
    of data/credit_words.toml that is no text's source ("Source:" over a paragraph names its facts),
    the line a converter prints over a picture's credit or caption, as a figure's label for a screen
    reader or the first half of "Credit: Jane Doe/AP" broken in two."""
    match = _LABEL_LINE_RE.match(text.strip()) if len(text) <= MAX_LABEL_LINE_CHARS else None
    if match is None:
        return False
    label = match["label"].lower()
    return label in _picture_labels()


@cache
def _picture_labels() -> frozenset[str]:
    """The labels of data/credit_words.toml that credit a picture (not `text_sources`), lowercased."""
    data = load_toml("credit_words.toml")
    sources = {word.lower() for words in data["text_sources"].values() for word in words}
    return frozenset(word.lower() for words in data["labels"].values() for word in words) - sources

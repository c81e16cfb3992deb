"""Whether the words a line prints before its date are a name or a phrase, in any script, and where a
byline's name ends when words run on after it.

A "Name, Date" header line (text/header.py) names its author or its site before the date; a teaser
or a sentence that ends in a date has the same shape. In a cased script the capitals tell them apart
(a sentence's last word is lower case); in Korean, Chinese or Japanese there are none, and a teaser's
headline run into its dateline was read as a byline of two "names". A byline's name may run on into
the publication or the column the person writes for ("By Jane Doe for The Harbour Post"), joined by
a lower-case word, which no person's name holds but its particles; a name may also be printed twice
round its byline word ("Jane Doe by Jane Doe": an avatar's name and the byline that repeats it, on
one line). Kept apart from header.py, which reads the line; this is what the words' shape says.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsgrab.meta.conjunctions import Conjunctions, current_conjunctions
from newsgrab.meta.language import function_words
from newsgrab.meta.lexicon import byline_words
from newsgrab.meta.people import MIN_COMMON_WORD_LETTERS, is_phrase
from newsgrab.meta.roles import AGENCY_RE as AGENCY_RE
from newsgrab.meta.roles import RELAY_RE, is_organisation

#: words; a name before a date in a script without case has at most this many in one part ("글 홍길동 기자",
#: "山田 太郎"): more make a phrase (a teaser's headline, "... 주민 의견 듣기로 기사입력 :[ 2024-05-02")
MAX_UNCASED_NAME_WORDS = 3
#: what parts the names of a list in such a script (a comma, the ideographic comma, the Arabic comma)
_PARTS_RE = re.compile(r"[,、،]")
#: the lower-case particles a person's name holds between its capitalised words ("Ana de la Vega", "Jan van
#: Dijk"; data/byline_words.toml "particles")
NAME_PARTICLE = rf"(?:{byline_words().alternation(byline_words().particles)})"
#: a lower-case word, then a capitalised word: in a byline, where a name runs on into whom the person
#: writes for ("... for The Harbour Post", "... pour Le Monde"), unless a particle or a conjunction (`_Joiners`)
_RUNS_ON = r"\s(?!(?:{particle}|{words})\s)[a-zß-ÿ]+\s+(?=[A-ZÀ-ÖØ-Þ])"


class _Joiners:
    """The patterns that read a conjunction between two names, for the conjunctions of the page being
    read (meta/conjunctions.py: the text's guessed language, or every language's where it is unknown),
    Latvian "un" among them. Each reads its conjunction before a name of two words or more, and the
    run-on cut after a whole name: where another language's bound conjunction ("a" on an English page)
    joins too, two full names, so it is read as the page's own are ("Nora Vale un Piet Marrow" on an
    English page is not cut to "Nora Vale" as a name running on into an outlet); whether it splits a
    name ("Thomas a Kempis") stays `split_authors`' call (`joined_full_names`). The patterns are
    case-sensitive, so a bound conjunction ("a", "dan") joins in lower case only."""

    __slots__ = ("last_name", "next_name", "runs_on")

    def __init__(self, conjunctions: Conjunctions) -> None:
        joiner = byline_words().alternation((*conjunctions.plain, *conjunctions.lower_only, *conjunctions.foreign))
        self.runs_on = re.compile(_RUNS_ON.format(particle=NAME_PARTICLE, words=joiner))
        #: a conjunction between two names, each with its place or outlet ("... in Berlin and Piet Marrow in Paris")
        self.next_name = re.compile(rf",?\s+(?P<joiner>{joiner})\s+(?=[A-ZÀ-ÖØ-Þ])")
        #: a person's name (two to four capitalised words, maybe with particles) ending the words before that
        #: word, as the whole of them or after a comma, "&" or a conjunction: the byline's last name
        self.last_name = re.compile(
            rf"(?:^|[,&]\s*|\s(?:{joiner})\s+)[A-ZÀ-ÖØ-Þ][\w'’.-]+"
            rf"(?:\s+(?:{NAME_PARTICLE}\s+)*[A-ZÀ-ÖØ-Þ][\w'’.-]+){{1,3}}$")


@lru_cache(maxsize=64)
def _joiners_for(conjunctions: Conjunctions) -> _Joiners:
    """`_Joiners` compiled once per set of conjunctions (a language's)."""
    return _Joiners(conjunctions)


def _joiners(text: str) -> _Joiners:
    """`_Joiners` for the page being read; its language asked only where `text` holds a bound conjunction."""
    return _joiners_for(current_conjunctions(text))


#: a role's word (data/byline_words.toml "roles": "staff", "bureau", "writer"): a tail that holds one is
#: the desk of the organisation named before it or the person's job, no agency of its own
_ROLE_RE = re.compile(rf"\b(?:{byline_words().alternation(byline_words().roles)})\b", re.IGNORECASE)
#: a person's name alone: two to four capitalised words, maybe with particles ("Nora Vale", "Ana de la Vega")
_PERSON_RE = re.compile(rf"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:{NAME_PARTICLE}\s+)*[A-ZÀ-ÖØ-Þ][\w'’.-]+){{1,3}}")
#: a name, then a byline word, maybe glued to it, then the same name: a link's text and its screen-reader
#: copy ("Lars QuentBy Lars Quent, Staff"); the case of the name is kept, the opener's is not
_OPENER = byline_words().alternation(byline_words().openers)
_BY_COPY_RE = re.compile(rf"^(?P<one>[^\W\d_][^,|]{{2,60}}?)\s*(?P<by>(?i:{_OPENER}))\s+(?P=one)(?=$|[\s,|])")
#: the openers, folded: what a label printed twice ends with ("Promoted Posts by Promoted Posts by": `byline_copy`)
_OPENERS = frozenset(opener.casefold() for opener in byline_words().openers)
#: characters; an agency's name this short is its initials, written in capitals after a name ("AP", "ANSA")
MAX_INITIALS_CHARS = 4
#: the marks a word of a sentence read as a byline may carry ("definition." of "By definition. Thus ...")
_WORD_MARKS = ".,;:!?[]()"
#: four lower-case words in a row: a line that runs on as a sentence ("By the way, the council of Port
#: Elwyn postponed its vote"), which a byline row never does (its names are capitalised, its roles short)
_SENTENCE_RUN_RE = re.compile(r"(?:(?<![\w'’-])[a-zß-ÿа-я][\w'’-]*[,;]?\s+){4}")
#: words a person's name has at least before an organisation's name (an agency's, the site's) is cut off after it
MIN_NAME_WORDS_BEFORE_TAIL = 2


def is_sentence_before_date(name: str, longest: int) -> bool:
    """Whether the words before a line's date are a sentence, which makes the line no header line:
    longer than `longest` characters, ending in a full stop or a lower-case word ("... visits Paris on
    14 July 2019")."""
    return len(name) > longest or name.endswith(".") or name.rsplit(None, 1)[-1].islower()


def uncased_name(name: str) -> str | None:
    """The words before a line's date as its name, or None when they are a phrase in a script without
    case, where the lower-case test above has nothing to read: a part between commas of more than
    MAX_UNCASED_NAME_WORDS words. A person's name there is one word, maybe with a role after it, so a
    run of words is a teaser's title printed before its dateline ("시청 앞 광장에 새 분수, 여름 전에
    주민 의견 듣기로 기사입력 :[ 2024-05-02 09:10 ]"): the line is still a dateline, with no name."""
    if any(char.lower() != char.upper() for char in name):
        return name  # a cased script: its capitals tell a name, and `is_sentence_before_date` reads them
    return None if any(len(part.split()) > MAX_UNCASED_NAME_WORDS for part in _PARTS_RE.split(name)) else name


def name_before_affiliation(who: str) -> str:
    """A byline's names without the publication or column they run on into after a lower-case word
    ("Jane Doe for The Harbour Post" -> "Jane Doe", "Jane Doe and John Roe for Harbour Radio" -> "Jane
    Doe and John Roe": a converter prints "By <a>Jane Doe</a> for <a>The Harbour Post</a>" as one run of
    words); anything else as it is: a name with its particles ("Ana de la Vega"), names joined by a
    conjunction, an organisation with its own lower-case word ("Organization for Open Maps": one
    capitalised word before it, no person's name)."""
    if " " not in who:
        return who
    joiners = _joiners(who)
    found = joiners.runs_on.search(who)
    if found is None or joiners.last_name.search(who, 0, found.start()) is None:
        return who
    # a second name after a conjunction with a place or an outlet of its own: "Nora Vale in Berlin and
    # Piet Marrow in Paris" names both (an outlet's own "and", "... for Harbour Radio and TV", has no
    # name with a run-on word after it)
    joined = joiners.next_name.search(who, found.end())
    if joined is not None and (second := name_before_affiliation(who[joined.end():])) != who[joined.end():]:
        return f"{who[:found.start()]} {joined['joiner']} {second}"
    return who[:found.start()]


def relayed_source(who: str) -> str | None:
    """The publication a byline says the piece came through, after the person's name and a relay word
    ("Nora Vale via The Harbour Courier (emphasis ours)," -> "The Harbour Courier"; data/byline_words.toml
    `relays`):
    a syndicator credits the original so, on the byline's line, and a converter prints it as one line.
    None when the words before it are no person's name ("Photos via Harbour Archive")."""
    found = RELAY_RE.search(who) if " " in who else None
    if found is None:
        return None
    before = who[:found.start()].rstrip(" ,")
    if _joiners(before).last_name.search(before) is None:
        return None
    return found["source"]


def is_person_name(text: str) -> bool:
    """Whether `text` has a person's name's shape: two to four capitalised words, maybe with particles."""
    return _PERSON_RE.fullmatch(text) is not None


def name_before_agency(who: str) -> str:
    """A byline's name without the agency printed after it with no separator ("Nora Vale Associated
    Press" -> "Nora Vale", "Nora Vale Reuters" -> "Nora Vale"): a converter runs the name's line and
    the agency's line of a byline card into one, and the whole run was reported as one person. The
    shortest tail that is an agency (an organisation with a word of data/byline_words.toml "agencies")
    after a person's name of two words or more is cut; a tail that is one descriptor ("Press", "Wire":
    `agency_descriptors`) names no agency and may be the name's last word ("Ada Lin Press"); a tail
    with a role's word is a desk, and the words before it name its organisation, no person ("Harbour
    Gazette Editorial Staff", "Our Foreign Staff"); anything else is as it is."""
    words = who.split()
    if len(words) <= MIN_NAME_WORDS_BEFORE_TAIL or AGENCY_RE.search(who) is None:
        return who
    for start in range(len(words) - 1, MIN_NAME_WORDS_BEFORE_TAIL - 1, -1):
        tail = words[start:]
        if not tail[0][0].isupper() or (len(tail) == 1 and not _names_agency_alone(tail[0])):
            continue
        joined = " ".join(tail)
        if AGENCY_RE.search(joined) is None or not is_organisation(joined):
            continue
        if _ROLE_RE.search(joined):  # a desk of the name before it ("Harbour Gazette Editorial Staff")
            return who
        # the agency's article belongs to it, not to the name ("Nora Vale The Associated Press")
        while start > 0 and words[start - 1].casefold() in _function_words():
            start -= 1
        head = " ".join(words[:start])
        return head if start >= MIN_NAME_WORDS_BEFORE_TAIL and is_person_name(head) else who
    return who


def _names_agency_alone(word: str) -> bool:
    """Whether one word after a name may be an agency's whole name: no descriptor ("Press", "Wire":
    `agency_descriptors`), and initials in capitals ("AP", "DPA"; "Ap" or "Efe" is a word of a
    person's name in some language), a longer name capitalised ("Reuters")."""
    return word.casefold() not in byline_words().agency_descriptors and (
        word.isupper() or len(word) > MAX_INITIALS_CHARS)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """Every language's function words (data/function_words.toml): no person's name ends with one."""
    return frozenset().union(*function_words().values())


def without_by_copy(text: str) -> str:
    """A name's line without the copy of the name a byline word joins to it ("Lars QuentBy Lars Quent,
    Staff" -> "Lars Quent, Staff": a link's text and its screen-reader copy, which a converter glues);
    what follows the second copy is kept. A name of one word is left as it is ("Tom by Tom")."""
    copy = _BY_COPY_RE.match(text)
    if copy is None or " " not in copy["one"].strip():
        return text
    return copy["one"].strip() + text[copy.end():]


def byline_copy(text: str) -> str | None:
    """The byline a line holds after a copy of its name ("Ikran Dahir by Ikran Dahir" -> "by Ikran
    Dahir", "Desk Name By Desk Name on May 2, 2019" -> "By Desk Name on May 2, 2019"), None for any
    other line. An author's avatar or card prints the name, then the byline repeats it, and lynx and
    w3m join the two on one line, where no line-opening byline pattern reads it. The name is of two
    words or more, as `without_by_copy` asks; a label printed twice with its opener each time
    ("Promoted Posts by Promoted Posts by", a sponsor box's heading) is no byline: nothing follows the
    second copy but the opener."""
    if text.find(text[:3], 3) < 0:  # the copy repeats the name's first letters: most lines fail here, cheaply
        return None
    copy = _BY_COPY_RE.match(text)
    if copy is None or " " not in copy["one"].strip():
        return None
    if text[copy.end():].strip().casefold() in _OPENERS:
        return None
    return f"{copy['by']} {copy['one'].strip()}{text[copy.end():]}"


def is_byline_phrase(name: str, line: str) -> bool:
    """Whether a part a text's "By ..." line names is a phrase, not a person: what the HTML path drops
    from a page's visible byline (`people.is_phrase`: three or more words, one a long lower-case word,
    "definition of the Hermitian matrix" of a proof's "By definition of ..."), and a part of two or more
    words with no capital, one of them a long lower-case word (MIN_COMMON_WORD_LETTERS), on a `line`
    that is not all lower case: a sentence's "By signing up" or "By the numbers" under a capitalised
    "By", a bio's "a deputy editor", "other outlets" split off after "By Jane Doe, ...". A person's name
    capitalises its words in every cased script; a line typed all in lower case ("by jane doe") keeps
    its names, and a script without case has no lower-case words, so neither is ever a phrase here. A part
with no capital of short words is a phrase too on a line that runs on as a sentence (four lower-case
words in a row, `_SENTENCE_RUN_RE`): "By the way, the council of Port Elwyn postponed ...", where a
person's name typed in lower case sits on a short row ("By jane doe | March 4")."""
    # the words, each without a sentence's marks ("By definition. Thus ..."), marks alone left out ("[ jdoe")
    words = [word.strip(_WORD_MARKS) for word in name.split() if any(ch.isalpha() for ch in word)]
    if is_phrase(" ".join(words)):
        return True
    if not words or line.islower() or any(word[:1].isupper() for word in words):
        return False
    if len(words) >= 2 and any(word.islower() and word.isalpha() and len(word) >= MIN_COMMON_WORD_LETTERS
                               for word in words):
        return True
    # short lower-case words on a line that runs on as a sentence: "By the way, the council postponed ..."
    return _SENTENCE_RUN_RE.search(line) is not None

"""Two credits the provenance words cannot read: a print-issue line, and a credit in a language
written without spaces or capitals (newsgrab/data/provenance.toml `print_issue`, and `history`,
`openers`, `before`, `after`, `links`, `bans` of ja, zh and ko).

A print-issue line ("This story appears in the May 2024 issue of X", "X's June issue is on
newsstands") holds no publication-history word, and whether it credits another publication depends
on X alone: on a page of X's own site it says where the page's own print edition ran, as "appears in
print" does, so it names no source. That is decided by self-reference: X spells the page's site name
or one label of its domain, whole ("Example Daily") or by its words' first letters ("New York
Magazine" -> "nymag"), as a masthead shortens itself into its domain.

In Japanese, Chinese and Korean the notice cues' words (case-folded \\w runs) are whole clauses, and
no capital marks where a name starts. The name of a credit is read by its shape instead: a bracket
pair next to the history word (《X》, 「X」) holds it, else it runs from the credit's opening (本記事は,
本文, 이 기사는) or the last clause break up to the particle before the word (Xで…に掲載, X에 게재), or
from the particle after the word to the next break (转载自X). A credit holding a reprint ban
(無断転載, 不得转载, 무단전재) credits nobody: it is a copyright line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsgrab.data import load_toml

#: characters before or after a history word that the name is looked for in
WINDOW_CHARS = 60
#: characters; a name longer than this is a clause the shape ran into, not a publication
MAX_NAME_CHARS = 40
#: where a name starts or stops in running CJK text: clause breaks and brackets
_BREAKS = "、，,。．.：:；;（）()【】[]「」『』《》〈〉“”\"!！?？\n"
_PAIRS = {"「": "」", "『": "』", "《": "》", "〈": "〉", "“": "”"}
#: a date in CJK writing (2023年4月2日, 2023년 4월 2일), read to ISO
_CJK_DATE_RE = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?(?:자|付|付け)?")


@dataclass(frozen=True, slots=True)
class _Shapes:
    print_issue: tuple[re.Pattern[str], ...]
    history: tuple[str, ...]
    bans: tuple[str, ...]
    openers: tuple[str, ...]
    before: tuple[str, ...]
    after: tuple[str, ...]
    links: tuple[str, ...]


@cache
def _shapes() -> _Shapes:
    lists: dict[str, list[str]] = {key: [] for key in ("print_issue", "history", "bans", "openers", "before",
                                                        "after", "links")}
    for section in load_toml("provenance.toml").values():
        if isinstance(section, dict):
            for key, found in lists.items():
                found.extend(str(entry) for entry in section.get(key, ()))
    return _Shapes(tuple(re.compile(p, re.IGNORECASE) for p in lists["print_issue"]),
                   _longest_first(lists["history"]), _longest_first(lists["bans"]), _longest_first(lists["openers"]),
                   _longest_first(lists["before"]), _longest_first(lists["after"]), _longest_first(lists["links"]))


def _longest_first(entries: list[str]) -> tuple[str, ...]:
    """The entries once each, longest first: a longer word is tried before a word it holds (無断転載 before 転載)."""
    return tuple(sorted(set(entries), key=len, reverse=True))


def print_issue_name(text: str) -> str | None:
    """The magazine a print-issue line names ("... appears in the May 2024 issue of X" -> X), else None."""
    for pattern in _shapes().print_issue:
        match = pattern.search(text.strip())
        if match is not None:
            return match.group("name").strip(" *.,:;()\"'’“”")
    return None


def spells_site(name: str, site_names: list[list[str]], domain_labels: tuple[str, ...]) -> bool:
    """Whether `name` is the page's own site: its words are one of the site's names, or one label of
    the domain is its letters run together or the first letters of its words in order ("nymag")."""
    every = re.findall(r"\w+", name.casefold())
    words = [w for w in every if w != "the"]
    if not words:
        return False
    if any(words == [w for w in site if w != "the"] for site in site_names):
        return True
    spelled = [re.sub(r"[\W_]+", "", label) for label in domain_labels]  # "example-daily" spells "Example Daily"
    # with or without its article: "The Atlantic" is theatlantic, "The New Yorker" newyorker
    return any(len(label) >= 2 and (_prefixes_spell(label, words) or _prefixes_spell(label, every))
               for label in spelled)


def _prefixes_spell(label: str, words: list[str]) -> bool:
    """Whether `label` is a non-empty opening of each of `words` in turn ("nymag": n-ew y-ork mag-azine)."""
    if not words:
        return not label
    word = words[0]
    return any(label.startswith(word[:size]) and _prefixes_spell(label[size:], words[1:])
               for size in range(min(len(word), len(label)), 0, -1))


def cjk_credit(text: str) -> tuple[str, str | None, int] | None:
    """(the publication, the date as ISO or None, where its history word is) of a credit written
    in Japanese, Chinese or Korean, else None (no history word, a reprint ban, no name by the shape).
    The history words are tried in the text's order: the first that has a name next to it wins."""
    shapes = _shapes()
    if not any(word in text for word in shapes.history) or any(ban in text for ban in shapes.bans):
        return None
    found = sorted((match.start(), match.end()) for word in shapes.history
                   for match in re.finditer(re.escape(word), text))
    for start, end in found:
        name = _name_before(text, start) or _name_after(text, end)
        if name:
            return name, _cjk_date(text), start
    return None


def _name_before(text: str, at: int) -> str | None:
    """The name before the history word at `at`: in a bracket pair (《X》首发, 「X」に掲載), else
    ending in a particle, the words that link it to the history word and a date left out
    (Xで2023年4月2日に掲載した記事からの転載, X에 먼저 게재), run back to a clause break or the
    credit's opening."""
    shapes = _shapes()
    tail = text[max(0, at - WINDOW_CHARS):at].rstrip()
    particle = False
    while True:
        before = tail
        tail = _strip_tail(tail, shapes.links)
        date = _CJK_DATE_RE.search(tail, max(0, len(tail) - 24))
        if date is not None and not tail[date.end():].strip():
            tail = tail[: date.start()].rstrip()
        stripped = _strip_tail(tail, shapes.before)
        particle = particle or stripped != tail
        tail = stripped
        if tail == before:
            break
    opening = next((k for k, v in _PAIRS.items() if tail.endswith(v)), None)
    if opening is not None:
        start = tail.rfind(opening)
        return _clean(tail[start + 1:-1]) if start >= 0 else None
    if not particle:
        return None
    run = tail[max(tail.rfind(ch) for ch in _BREAKS) + 1:]
    for opener in shapes.openers:
        if opener in run:
            run = run[run.rfind(opener) + len(opener):]
    return _clean(run)


def _name_after(text: str, end: int) -> str | None:
    """The name after a particle that follows the history word (转载自《X》, 原载于X, 출처: X)."""
    after = text[end:end + WINDOW_CHARS].lstrip()
    particle = next((p for p in _shapes().after if after.startswith(p)), None)
    if particle is None:
        return None
    after = after[len(particle):].lstrip()
    if after[:1] in _PAIRS:
        close = after.find(_PAIRS[after[0]], 1)
        return _clean(after[1:close]) if close > 0 else None
    stop = min((i for i, ch in enumerate(after) if ch in _BREAKS), default=len(after))
    run = after[:stop]
    date = _CJK_DATE_RE.search(run)
    return _clean(run[: date.start()] if date else run)


def _strip_tail(text: str, endings: tuple[str, ...]) -> str:
    """`text` without trailing spaces and any run of `endings` at its end."""
    text = text.rstrip()
    found = True
    while found:
        found = False
        for ending in endings:
            if ending and text.endswith(ending):
                text, found = text[: len(text) - len(ending)].rstrip(), True
                break
    return text


def _clean(name: str) -> str | None:
    name = name.strip(" 　*・,.、，:：")
    if not name or len(name) > MAX_NAME_CHARS or name.isdigit() or any(ch in name for ch in "。．!?！？"):
        return None
    return name


def _cjk_date(text: str) -> str | None:
    match = _CJK_DATE_RE.search(text)
    if match is None:
        return None
    year, month, day = (int(group) for group in match.groups())
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None

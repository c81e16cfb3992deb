"""A user's rule patterns (`--rules`) cannot hang a batch: refused at load when they backtrack
catastrophically, and matched under a time budget.

A pattern such as `(a+)+$` makes a backtracking engine try exponentially many ways to split a run
of "a" before it gives up; on a 900-character block that never ends. The packaged rules are
reviewed and tested, and run on `re`, the fastest engine for them. A user's patterns get two guards:

1. At load, the pattern is tried on the `regex` engine it runs on (each probe stopped at its budget:
   `re`, tried here until s45-fuzz, cannot be stopped, and hung a load for good) on probe texts built
   from its own example: each character and each word of the example repeated after the part of
   the example that precedes it, then a NUL that no rule expects, so a match must fail after
   trying every split. The probes grow a character at a time while short (an exponential pattern
   doubles its time per character, so each probe costs at most a few times the one before), then
   by half their length up to the rule's `max_chars` (a polynomial one grows by a bounded factor
   per step). A probe that takes longer than `PROBE_SECONDS` of CPU time refuses the pattern,
   naming the text. The probes are a search, not a proof: they find the common shapes (nested
   repeats, repeated alternatives that match the same text) with the characters the example shows.
2. When matched, the pattern runs on the `regex` engine (the same syntax and Unicode classes as
   `re`, lookarounds included) with a timeout of `MATCH_SECONDS` (wall-clock): a pattern the probes
   missed gives up on that block (the rule does not fire there, so the text stays) instead of
   hanging. A well-formed rule needs far less, so the budget decides nothing for it.

`regex` is imported only when a user's rule is first checked or matched: a run without `--rules` never loads it.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, cast

from newsgrab.memo import Memo

if TYPE_CHECKING:
    import regex

#: seconds one match of a user's pattern on one block may take before the rule is taken not to
#: fire there (a well-formed rule needs well under a millisecond on a 900-character block)
MATCH_SECONDS = 0.05
#: CPU seconds one load-time probe may take, twice in a row, before the pattern is refused as
#: catastrophic (CPU time, and a second try, so a busy machine does not refuse a good pattern)
PROBE_SECONDS = 0.05
#: characters up to which probes grow one character at a time
PROBE_STEP_CHARS = 32
#: factor by which probes grow past `PROBE_STEP_CHARS`
PROBE_GROWTH = 1.5
#: characters; the longest probe (a rule's `max_chars` may be set higher than any block)
MAX_PROBE_CHARS = 4000
#: distinct characters, and distinct words, of the example used as probe pumps
MAX_PUMP_CHARS = 24
MAX_PUMP_WORDS = 12
#: ends every probe: a character no notice holds, so anchored and literal endings fail
PROBE_END = "\x00"

#: distinct user patterns kept compiled for the budgeted engine
MAX_COMPILED_USER_PATTERNS = 256
def _compile_budgeted(source: str) -> regex.Pattern[str]:
    import regex  # lazy: only a run with --rules matches a user's pattern

    return regex.compile(source, regex.IGNORECASE | regex.V0)


_budgeted: Memo[str, regex.Pattern[str]] = Memo(_compile_budgeted, MAX_COMPILED_USER_PATTERNS)


def budgeted_search(source: str, text: str) -> re.Match[str] | None:
    """`source` searched in `text` case-insensitively within `MATCH_SECONDS`; None when it does not
    match, or takes longer (a catastrophic pattern on this text)."""
    try:
        found = _budgeted[source].search(text, timeout=MATCH_SECONDS)
    except TimeoutError:
        return None
    # a regex.Match answers group(), groupdict(), start() and end() as re.Match does: the callers
    # (the cleaning pass reads the named groups) use no more
    return cast("re.Match[str] | None", found)


def slow_probe(pattern: re.Pattern[str], example: str, max_chars: int) -> str | None:
    """A probe text on which `pattern` takes longer than `PROBE_SECONDS`, else None."""
    longest = min(max_chars, MAX_PROBE_CHARS)
    for lead, pump in _pumps(example):
        for length in _probe_lengths(longest - len(lead) - len(PROBE_END)):
            text = lead + (pump * (length // len(pump) + 1))[:length] + PROBE_END
            if _too_slow(pattern, text) and _too_slow(pattern, text):
                return text
    return None


def _too_slow(pattern: re.Pattern[str], text: str) -> bool:
    """Whether `text` takes `pattern` over PROBE_SECONDS on the engine a user's pattern runs on,
    stopped at that budget. Not on `re`: it cannot be stopped once started, and its time is no
    guide from one probe to the next (`(?:a?){40}a{40}z` takes no time on "Tide t" and 27 a's,
    and never ends on 28: a rule file that hung the load for good, s45-fuzz)."""
    start = time.process_time()
    try:
        _budgeted[pattern.pattern].search(text, timeout=PROBE_SECONDS)
    except TimeoutError:
        return True
    return time.process_time() - start > PROBE_SECONDS


def _pumps(example: str) -> Iterator[tuple[str, str]]:
    """(the part of the example before it, a character or a word of it followed by a space).

    Whitespace is no pump: blocks are whitespace-folded, so no run of it reaches a rule."""
    seen: set[str] = set()
    for at, char in enumerate(example):
        if char not in seen and not char.isspace() and len(seen) < MAX_PUMP_CHARS:
            seen.add(char)
            yield example[:at], char
    words: set[str] = set()
    for word in re.finditer(r"\S+", example):
        if word.group() not in words and len(words) < MAX_PUMP_WORDS:
            words.add(word.group())
            yield example[: word.start()], word.group() + " "
    yield "", example + " "


def _probe_lengths(longest: int) -> Iterator[int]:
    length = 1
    while length <= longest:
        yield length
        length = length + 1 if length < PROBE_STEP_CHARS else int(length * PROBE_GROWTH)

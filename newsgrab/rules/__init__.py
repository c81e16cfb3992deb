"""Boilerplate rules as data: load the packaged TOML files (plus a user's), validate, compile once.

Knowledge, not a stage: it hands `Rule`s (and the prefilter in `matcher`) to the cleaning stage and
imports no stage, only the shared vocabulary (`errors`, `model`, `whitespace`).

A rule file holds `[[rule]]` tables. Keys:

- `id` (unique, `category.slug`), `category` (one of `model.REMOVAL_CATEGORIES`), `family` (the
  publisher or platform whose wording it is), `scope`: `leading`, `trailing` or `anywhere`;
- `pattern`: a Python regex, matched case-insensitively with `re.search` against the block's text
  (whitespace folded); named groups `name`, `url`, `published` fill `original_source`. A user's
  pattern that backtracks catastrophically is refused, and a user's pattern is matched under a
  time budget (see `user_patterns`);
- `max_chars` (optional): the rule fires only on blocks at most this long (default
  `DEFAULT_MAX_CHARS`); a notice is short, an article paragraph that quotes one is long;
- `example` (must fire) and `hard_negative` (must not fire): real-style sentences, checked when
  a user's file is loaded, so a rule that cannot fire, or fires on prose, is refused up front
  (the packaged files pass the same checks in tests/test_rules.py, and load without them).

Loading is strict and every refusal is a `RuleError` naming the file and the rule, because the
CLI's `--rules FILE` shows that message to a person tuning rules. A rule file is UTF-8 TOML.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from newsgrab.errors import RuleError
from newsgrab.memo import Memo
from newsgrab.model import REMOVAL_CATEGORIES
from newsgrab.rules.user_patterns import PROBE_SECONDS, budgeted_search, slow_probe
from newsgrab.whitespace import fold_space

SCOPES = ("leading", "trailing", "anywhere")
#: characters; default cap on the length of a block a rule may fire on (a long fair-use notice
#: runs to about 700 characters; article paragraphs that merely mention such words are longer).
DEFAULT_MAX_CHARS = 900
_REQUIRED = ("id", "category", "scope", "pattern", "example", "hard_negative")
_CAPTURE_GROUPS = frozenset({"name", "url", "published"})
_PACKAGE_FILES_SUFFIX = ".toml"
#: packaged TOML files that hold other data (media hosts, HTML selector tokens), not text rules
_NOT_TEXT_RULES = frozenset({"media_hosts.toml", "selectors.toml"})


#: distinct rule patterns kept compiled per process (the packaged set is about 220; user sets add theirs)
MAX_COMPILED_PATTERNS = 4096
#: a rule's pattern compiled once, shared by every rule set that holds the same pattern
_compiled: Memo[str, re.Pattern[str]] = Memo(lambda regex: re.compile(regex, re.IGNORECASE), MAX_COMPILED_PATTERNS)


@dataclass(frozen=True, slots=True)
class Rule:
    """One boilerplate rule. Its pattern is compiled on first use: the prefilter index
    (matcher.py) reads only the source, and a run tries few rules, so most are never compiled."""

    id: str
    category: str
    scope: str
    #: the pattern's source, matched case-insensitively
    regex: str
    max_chars: int
    family: str
    example: str
    hard_negative: str
    source: str
    #: False for a user's rule (`--rules`): `fires` matches it under a time budget. How a rule is
    #: matched, not what it is: left out of equality, so a packaged file loaded as a user's compares equal
    trusted: bool = field(default=True, compare=False)

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern."""
        return _compiled[self.regex]

    @property
    def captures(self) -> bool:
        return bool(_CAPTURE_GROUPS & set(self.pattern.groupindex))

    def fires(self, text: str) -> re.Match[str] | None:
        """The match when this rule fires on `text` (already whitespace-folded), else None."""
        if len(text) > self.max_chars:
            return None
        if not self.trusted:
            return budgeted_search(self.regex, text)
        return self.pattern.search(text)


def _compile(raw: object, source: str, check: bool) -> Rule:
    """A rule from its TOML table. With `check` (a user's file), its pattern is compiled, must fire
    on its example and not on its hard negative, must not backtrack catastrophically, and is
    matched under a time budget; the packaged files are checked by the test suite
    (tests/test_rules.py) and compiled when first used."""
    if not isinstance(raw, dict):
        raise RuleError(f"{source}: each [[rule]] must be a table of keys, not {type(raw).__name__}")
    where = f"{source}: rule {raw.get('id', '?')!r}"
    missing = [key for key in _REQUIRED if not raw.get(key)]
    if missing:
        raise RuleError(f"{where}: missing {', '.join(missing)}")
    category, scope = str(raw["category"]), str(raw["scope"])
    if category not in REMOVAL_CATEGORIES:
        raise RuleError(f"{where}: unknown category {category!r}; choose from {', '.join(REMOVAL_CATEGORIES)}")
    if scope not in SCOPES:
        raise RuleError(f"{where}: unknown scope {scope!r}; choose from {', '.join(SCOPES)}")
    max_chars = raw.get("max_chars", DEFAULT_MAX_CHARS)
    if not isinstance(max_chars, int) or isinstance(max_chars, bool) or max_chars <= 0:
        raise RuleError(f"{where}: max_chars must be a positive integer")
    unknown = set(raw) - {*_REQUIRED, "max_chars", "family", "note"}
    if unknown:
        raise RuleError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    rule = Rule(
        id=str(raw["id"]),
        category=category,
        scope=scope,
        regex=str(raw["pattern"]),
        max_chars=max_chars,
        family=str(raw.get("family", "")),
        example=str(raw["example"]),
        hard_negative=str(raw["hard_negative"]),
        source=source,
        trusted=not check,
    )
    if check:
        _check(rule, where)
    return rule


def _check(rule: Rule, where: str) -> None:
    try:
        pattern = rule.pattern
    except re.error as exc:
        raise RuleError(f"{where}: pattern does not compile: {exc}") from exc
    if pattern.search("") is not None:
        # like trafilatura's _alt guard: a pattern that matches the empty string matches every block
        raise RuleError(f"{where}: pattern matches the empty string, so it would remove everything")
    if not rule.fires(fold_space(rule.example)):
        raise RuleError(f"{where}: pattern does not fire on its example {rule.example!r}")
    if rule.fires(fold_space(rule.hard_negative)):
        raise RuleError(f"{where}: pattern fires on its hard_negative {rule.hard_negative!r}")
    slow = slow_probe(pattern, fold_space(rule.example), rule.max_chars)
    if slow is not None:
        shown = slow if len(slow) <= 60 else f"{slow[:40]}...{slow[-12:]}"
        raise RuleError(f"{where}: pattern backtracks catastrophically: it takes over {PROBE_SECONDS} s on the "
                        f"{len(slow)}-character text {shown!r} (nested repeats such as '(a+)+' or '(\\w+\\s?)*' "
                        "do this; make the repeated parts unable to match the same text)")


def parse_rules(text: str, source: str, check: bool = True) -> list[Rule]:
    """Parse the rules of one TOML document; with `check` (the default), compile and test each one."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{source}: not valid TOML: {exc}") from exc
    except RecursionError as exc:  # tomllib recurses per nested array or inline table
        raise RuleError(f"{source}: not valid TOML: arrays or tables nested too deeply to read") from exc
    entries = doc.get("rule", [])
    if not isinstance(entries, list):
        raise RuleError(f"{source}: 'rule' must be an array of tables ([[rule]])")
    return [_compile(entry, source, check) for entry in entries]


def _check_unique(rules: Sequence[Rule]) -> None:
    seen: dict[str, str] = {}
    for rule in rules:
        if rule.id in seen:
            raise RuleError(f"duplicate rule id {rule.id!r} in {seen[rule.id]} and {rule.source}")
        seen[rule.id] = rule.source


@lru_cache(maxsize=1)
def packaged_rules() -> tuple[Rule, ...]:
    """The rules shipped in this package, loaded once per process (checked by the test suite)."""
    rules: list[Rule] = []
    folder = resources.files(__name__)
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(_PACKAGE_FILES_SUFFIX) and entry.name not in _NOT_TEXT_RULES:
            rules.extend(parse_rules(entry.read_text(encoding="utf-8"), entry.name, check=False))
    _check_unique(rules)
    return tuple(rules)


#: bytes; a rule file holds at most this much (a packaged one holds some 20 kB; a file named
#: by mistake, or a link to a device, is refused before it is read whole)
MAX_RULE_FILE_BYTES = 16 * 1024 * 1024


@lru_cache(maxsize=8)
def _user_rules(paths: tuple[Path, ...]) -> tuple[Rule, ...]:
    rules: list[Rule] = []
    for path in paths:
        try:
            with Path(path).open("rb") as handle:  # bounded: a link to /dev/zero filled the memory (s46-fuzz)
                data = handle.read(MAX_RULE_FILE_BYTES + 1)
            if len(data) > MAX_RULE_FILE_BYTES:
                raise RuleError(f"rule file {path} holds more than {MAX_RULE_FILE_BYTES:,} bytes")
            # (universal newlines, as a text-mode read gives them)
            text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
        except OSError as exc:
            raise RuleError(f"cannot read rule file {path}: {exc.strerror or exc}") from exc
        except UnicodeDecodeError as exc:
            raise RuleError(f"rule file {path} is not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset "
                            f"{exc.start}): save it as UTF-8") from exc
        rules.extend(parse_rules(text, str(path)))
    return tuple(rules)


def load_rules(extra: Iterable[Path] = ()) -> tuple[Rule, ...]:
    """Packaged rules followed by the user's own; ids must be unique across all of them.

    The same tuple comes back for the same paths, so the rule index built on it is reused.
    """
    extra_paths = tuple(extra)
    if not extra_paths:
        return packaged_rules()
    return _combined_rules(extra_paths)


@lru_cache(maxsize=8)
def _combined_rules(extra_paths: tuple[Path, ...]) -> tuple[Rule, ...]:
    rules = packaged_rules() + _user_rules(extra_paths)
    _check_unique(rules)
    return rules

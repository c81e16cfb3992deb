"""Golden cases: every file in samples/ through the library, compared with tests/golden/<slug>.json.

The full JSON is compared (with `input.path` relative to the repository), so any change in output
shows up as a reviewable diff. Regenerate with `pytest tests/test_golden.py --update-golden -k <slug>`
and read the diff before committing (an updated case is reported as skipped, not passed: it checked
nothing). A sample without a golden file fails, and so does one whose checks do not say what it is
for: every case needs at least one `must_contain` (or `no_article`) and one `must_not_contain`.

`tests/golden/<slug>.checks.toml` (optional) says what the case is for, and survives harmless churn:
- `url`, `kind`: passed to `extract_file` (a sample that needs a base URL);
- `must_contain` / `must_not_contain`: strings the body must / must not hold;
- `rules_expected`: rule ids that must appear in `removed`;
- `no_article = true`: the page holds no article: the body must be empty, with the `no-article`
  warning (such a case has no `must_contain`);
- `pending_must_contain` / `pending_must_not_contain`: known gaps, run as strict xfail so the day a
  fix lands the test fails until the item moves to the real list.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

import newsgrab
from tests.conftest import GOLDEN, REPO, SAMPLES

CHECK_KEYS = frozenset({"url", "kind", "must_contain", "must_not_contain", "rules_expected",
                        "pending_must_contain", "pending_must_not_contain", "note", "no_article"})


def slug_of(sample: Path) -> str:
    """`samples/foo-bar.html` -> `foo-bar` (everything before the first dot)."""
    return sample.name.split(".", 1)[0]


def sample_files() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.is_file() and not p.name.startswith("."))


def load_checks(slug: str) -> dict[str, Any]:
    path = GOLDEN / f"{slug}.checks.toml"
    if not path.exists():
        return {}
    checks = tomllib.loads(path.read_text(encoding="utf-8"))
    unknown = set(checks) - CHECK_KEYS
    assert not unknown, f"{path.name}: unknown key(s) {sorted(unknown)}"
    return checks


def convert(sample: Path) -> dict[str, Any]:
    checks = load_checks(slug_of(sample))
    article = newsgrab.extract_file(sample, url=checks.get("url"), kind=checks.get("kind", "auto"))
    record = article.to_dict()
    record["input"]["path"] = sample.relative_to(REPO).as_posix()
    return record


def dump(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


SAMPLES_LIST = sample_files()


def test_there_are_samples_and_slugs_are_unique() -> None:
    slugs = [slug_of(p) for p in SAMPLES_LIST]
    assert slugs, "samples/ is empty"
    assert len(slugs) == len(set(slugs)), f"two samples share a slug: {sorted(slugs)}"


@pytest.mark.parametrize("sample", SAMPLES_LIST, ids=slug_of)
def test_golden(sample: Path, update_golden: bool) -> None:
    golden = GOLDEN / f"{slug_of(sample)}.json"
    actual = dump(convert(sample))
    if update_golden and (not golden.exists() or golden.read_text(encoding="utf-8") != actual):
        golden.write_text(actual, encoding="utf-8")
        pytest.skip(f"rewrote {golden.name}: review `git diff {golden.relative_to(REPO)}` before committing")
    hint = f"run: pytest tests/test_golden.py --update-golden -k {slug_of(sample)}"
    assert golden.exists(), f"no golden file for {sample.name}; {hint}"
    expected = golden.read_text(encoding="utf-8")
    assert json.loads(actual) == json.loads(expected)
    assert actual == expected  # same bytes too: key order and formatting are part of the contract


@pytest.mark.parametrize("sample", SAMPLES_LIST, ids=slug_of)
def test_every_sample_says_what_it_keeps_and_what_it_drops(sample: Path) -> None:
    checks = load_checks(slug_of(sample))
    assert checks.get("must_contain") or checks.get("no_article"), f"{slug_of(sample)}: no must_contain"
    assert checks.get("must_not_contain"), f"{slug_of(sample)}: no must_not_contain"


def test_every_golden_file_has_a_sample() -> None:
    slugs = {slug_of(p) for p in SAMPLES_LIST}
    orphans = sorted(p.name for p in GOLDEN.glob("*.json") if p.name.removesuffix(".json") not in slugs)
    orphans += sorted(p.name for p in GOLDEN.glob("*.checks.toml") if p.name.removesuffix(".checks.toml") not in slugs)
    assert not orphans, f"golden files without a sample: {orphans}"


def _check_cases() -> list[Any]:
    cases: list[Any] = []
    for sample in SAMPLES_LIST:
        slug = slug_of(sample)
        checks = load_checks(slug)
        if checks.get("no_article"):
            cases.append(pytest.param(sample, "no_article", "", id=f"{slug}-no_article"))
        for key in ("must_contain", "must_not_contain", "rules_expected"):
            cases += [pytest.param(sample, key, item, id=f"{slug}-{key}-{item[:40]}") for item in checks.get(key, [])]
        for key in ("pending_must_contain", "pending_must_not_contain"):
            mark = pytest.mark.xfail(strict=True, reason=f"known gap recorded in {slug}.checks.toml")
            cases += [pytest.param(sample, key.removeprefix("pending_"), item, marks=mark,
                                   id=f"{slug}-{key}-{item[:40]}") for item in checks.get(key, [])]
    return cases


_CACHE: dict[Path, dict[str, Any]] = {}


@pytest.mark.parametrize(("sample", "kind", "item"), _check_cases())
def test_checks(sample: Path, kind: str, item: str) -> None:
    record = _CACHE.get(sample) or _CACHE.setdefault(sample, convert(sample))
    body = record["body"]
    if kind == "must_contain":
        assert item in body
    elif kind == "must_not_contain":
        assert item not in body
    elif kind == "no_article":
        assert (body, "no-article" in record["warnings"]) == ("", True)
    else:
        assert item in [removal["rule"] for removal in record["removed"]]

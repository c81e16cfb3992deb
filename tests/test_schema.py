"""The shipped JSON Schema: well-formed, in step with the model, and every output validates against it."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

import newsgrab
from newsgrab.cli.command import main
from newsgrab.errors import error_codes
from newsgrab.model import REMOVAL_CATEGORIES
from newsgrab.schema import article_fields, load_schema, schema_text
from newsgrab.serialize import error_record
from tests.test_golden import SAMPLES_LIST, convert, slug_of

VALIDATOR = jsonschema.Draft202012Validator(load_schema(), format_checker=jsonschema.FormatChecker())


def errors_of(record: dict[str, Any]) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in VALIDATOR.iter_errors(record)]


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(load_schema())
    assert load_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_removal_category_enum_is_the_model_enum() -> None:
    enum = load_schema()["$defs"]["removal"]["properties"]["category"]["enum"]
    assert tuple(enum) == REMOVAL_CATEGORIES


def test_error_code_enum_is_every_error_class_code() -> None:
    assert tuple(load_schema()["$defs"]["error_record"]["properties"]["error"]["properties"]["code"]["enum"]) \
        == error_codes()


def test_article_fields_match_to_dict_order() -> None:
    record = newsgrab.extract("A title\n\nOne paragraph of text that is the body of this small article.\n").to_dict()
    assert tuple(record) == article_fields()[: len(record)]
    assert load_schema()["$defs"]["article"]["required"] == list(record)
    assert article_fields()[len(record):] == ("record",)  # the optional keys, after the others


@pytest.mark.parametrize("sample", SAMPLES_LIST, ids=slug_of)
def test_every_sample_output_validates(sample: Path) -> None:
    assert errors_of(convert(sample)) == []


def test_founding_example_validates(founding_example: Path) -> None:
    assert errors_of(newsgrab.extract_file(founding_example).to_dict()) == []


def test_error_record_validates() -> None:
    assert errors_of(error_record("pages/a.html", "too-large", "input is 9 bytes, over the limit of 8")) == []


def _article() -> dict[str, Any]:
    return newsgrab.extract("Title\n\nBody paragraph long enough to be kept as the article text here.\n").to_dict()


@pytest.mark.parametrize(
    ("mutate", "why"),
    [
        (lambda r: r.pop("tags"), "a missing field"),
        (lambda r: r.update(extra=1), "an undeclared field"),
        (lambda r: r.update(published="11 July 2021"), "a date not in ISO 8601"),
        (lambda r: r.update(published="2021-07-11T10:00:00"), "a date-time without an offset"),
        (lambda r: r.update(url="/relative/path"), "a relative canonical URL"),
        (lambda r: r.update(removed=[{"rule": "x.y", "category": "gossip", "text": "t"}]), "an unknown category"),
        (lambda r: r["input"].update(kind="pdf"), "an unknown input kind"),
        (lambda r: r.update(authors=None), "null instead of []"),
    ],
)
def test_schema_rejects_bad_records(mutate: Any, why: str) -> None:
    record = copy.deepcopy(_article())
    assert errors_of(record) == []
    mutate(record)
    assert errors_of(record), f"the schema accepted {why}"


def test_print_schema_prints_the_shipped_file() -> None:
    result = CliRunner().invoke(main, ["--print-schema"], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stderr == ""
    assert result.stdout == schema_text()
    assert json.loads(result.stdout) == load_schema()


def test_cli_output_lines_validate(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"   \n")
    args = [*(str(p) for p in SAMPLES_LIST), str(tmp_path / "bad.txt")]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    lines = result.stdout.splitlines()
    assert len(lines) == len(args)
    for line in lines:
        assert errors_of(json.loads(line)) == []

"""Dates as news pages print them, in several languages, to ISO 8601."""

from __future__ import annotations

import pytest

from newsgrab.meta.dates import DATE_PHRASE_RE, date_from_url, has_digit, may_hold_date, parse_date, same_day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-07-09T10:00:00Z", "2021-07-09T10:00:00+00:00"),
        ("2021-07-09T10:00:00.000+02:00", "2021-07-09T10:00:00+02:00"),
        ("2021-07-09T10:00:00", "2021-07-09"),  # a time without its zone is not a point in time
        ("2021-07-09", "2021-07-09"),
        ("9 July 2021", "2021-07-09"),
        ("July 9, 2021", "2021-07-09"),
        ("Jul. 9, 2021", "2021-07-09"),
        ("July 9th, 2021", "2021-07-09"),
        ("July 9, 2021 10:00 AM EDT", "2021-07-09T10:00:00-04:00"),
        ("July 9, 2021 at 3:15 p.m. PDT", "2021-07-09T15:15:00-07:00"),
        ("Fri, 09 Jul 2021 10:00:00 +0000", "2021-07-09T10:00:00+00:00"),
        ("Thursday, 9 July 2021 14:05 GMT+2", "2021-07-09T14:05:00+02:00"),
        ("9. Juli 2021", "2021-07-09"),
        ("9. Juli 2021, 10:00 Uhr", "2021-07-09"),
        ("le 9 juillet 2021 à 10h00", "2021-07-09"),
        ("9 de julio de 2021", "2021-07-09"),
        ("9 luglio 2021", "2021-07-09"),
        ("9 de julho de 2021", "2021-07-09"),
        ("9 июля 2021", "2021-07-09"),
        ("2021年7月9日", "2021-07-09"),
        ("11.07.2021", "2021-07-11"),
        ("07/11/2021", "2021-07-11"),  # slashes: month first, as US pages write it
        ("25/07/2021", "2021-07-25"),  # ...unless the first number cannot be a month
        ("2021/07/09", "2021-07-09"),
        ("Published: 20210709", "2021-07-09"),
    ],
)
def test_parse_date(text: str, expected: str) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["", None, "3 hours ago", "call 555-0100", "Issue 1999/13", "31 February 2021"])
def test_parse_date_refuses_non_dates(text: str | None) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example.com/2021/07/09/storm-hits/", "2021-07-09"),
        ("https://news.example.com/world/2021-07-09/storm-hits", "2021-07-09"),
        ("https://news.example.com/archive/20210709/storm.html", "2021-07-09"),
        ("https://news.example.com/world/storm-hits-1234567", None),
        ("https://news.example.com/2021/13/45/bad", None),
        (None, None),
    ],
)
def test_date_from_url(url: str | None, expected: str | None) -> None:
    assert date_from_url(url) == expected


def test_same_day_compares_the_calendar_day_as_written() -> None:
    assert same_day("2021-07-09T23:00:00-05:00", "2021-07-09")
    assert not same_day("2021-07-09", "2021-07-10")
    assert not same_day(None, "2021-07-10")


def test_date_phrase_finds_where_the_date_sits() -> None:
    match = DATE_PHRASE_RE.search("Global Research, July 11, 2021")
    assert match is not None and match.group(0) == "July 11, 2021"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("By Jane Doe", False), ("", False), ("July 9, 2021", True), ("9 июля 2021", True), ("\u0663", True)],
)
def test_has_digit(text: str, expected: bool) -> None:
    assert has_digit(text) is expected
    # the guard is only sound if no date phrase is digitless
    if not expected:
        assert DATE_PHRASE_RE.search(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("5 things to know", False), ("By Jane Doe", False), ("July 9, 2021", True), ("9.7.2021", True),
     ("2021-07-09", True), ("1234", True)],
)
def test_may_hold_date(text: str, expected: bool) -> None:
    assert may_hold_date(text) is expected
    # the guard is only sound if every date phrase has four digits in a row
    if not expected:
        assert DATE_PHRASE_RE.search(text) is None


# ------------------------------------------------------------------ date labels (data/date_labels.toml)
def _label_cases() -> list[tuple[str, str, str]]:
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("newsgrab.data").joinpath("date_labels.toml").read_text("utf-8"))
    return [(field, language, words[0]) for field in ("modified", "published")
            for language, words in data[field].items()]


@pytest.mark.parametrize(("field", "language", "label"), _label_cases())
def test_a_text_header_date_label_sets_its_field(field: str, language: str, label: str) -> None:
    import newsgrab

    text = (f"Storm over the harbour\n\n{label.capitalize()}: 2021-07-12\n\n"
            "The storm felled many trees overnight and blocked several streets, the fire brigade said.")
    record = newsgrab.extract(text, kind="text").to_dict()
    assert (record[field], record["original_source"]) == ("2021-07-12", None), language
    # a published label never sets the modified date; a text whose only date is its update takes it as
    # the publication too, as the HTML path does (meta.pubdates.read_dates: the best estimate there is)
    assert (record["published"], record["modified"]) == (
        ("2021-07-12", "2021-07-12") if field == "modified" else ("2021-07-12", None)), language


@pytest.mark.parametrize(("field", "language", "label"), _label_cases())
def test_a_dateline_splits_at_a_modified_label_only(field: str, language: str, label: str) -> None:
    from newsgrab.meta.pubdates import split_dateline

    found = split_dateline(f"2021-07-11 | {label.capitalize()} 2021-07-12")
    published, modified = (s.iso if s else None for s in found)
    if field == "modified":
        assert (published, modified) == ("2021-07-11", "2021-07-12"), language
    else:  # a publication label is not a split point: no modified date comes out of the line
        assert modified is None, language


# ------------------------------------------------------------------ month names (data/calendar_words.toml)
def _calendar_cases() -> list[tuple[str, str, str, str]]:
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("newsgrab.data").joinpath("calendar_words.toml").read_text("utf-8"))
    return [(lang, t["example"], t["expected"], t["hard_negative"]) for lang, t in data.items()]


@pytest.mark.parametrize(("language", "example", "expected", "negative"), _calendar_cases())
def test_each_languages_month_names_both_ways(language: str, example: str, expected: str, negative: str) -> None:
    assert parse_date(example) == expected, language
    assert parse_date(negative) is None, language


@pytest.mark.parametrize(("language", "example", "expected", "negative"), _calendar_cases())
def test_every_spelling_of_every_month_is_read(language: str, example: str, expected: str, negative: str) -> None:
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("newsgrab.data").joinpath("calendar_words.toml").read_text("utf-8"))
    for number, spellings in enumerate(data[language]["months"], start=1):
        for word in spellings.split():
            assert parse_date(f"9 {word} 2021") == f"2021-{number:02d}-09", (language, word)
            assert parse_date(f"{word.capitalize()} 9, 2021") == f"2021-{number:02d}-09", (language, word)


def test_a_spelling_may_not_name_two_months() -> None:
    from newsgrab.meta.lexicon import calendar_words

    assert calendar_words().months["mar"] == 3 and calendar_words().months["mai"] == 5


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("03/04/2021", None, "2021-03-04"),
        ("03/04/2021", True, "2021-04-03"),
        ("03.04.2021", None, "2021-04-03"),
        ("03.04.2021", False, "2021-03-04"),
        ("25/07/2021", False, "2021-07-25"),  # the first number cannot be a month
        ("07/25/2021", True, "2021-07-25"),  # the second cannot be
        ("2020. 06. 04.", None, "2020-06-04"),
        ("2020년 6월 4일", None, "2020-06-04"),
        ("Tue Sep 08 10:15:00 EDT 2015", None, "2015-09-08T10:15:00-04:00"),
    ],
)
def test_numeric_dates_by_language(text: str, day_first: bool | None, expected: str) -> None:
    assert parse_date(text, day_first) == expected


@pytest.mark.parametrize(("language", "expected"), [(None, None), ("en", None), ("en-US", False), ("en-GB", True),
                                                     ("de", True), ("pt-BR", True)])
def test_day_first_by_language(language: str | None, expected: bool | None) -> None:
    from newsgrab.meta.dates import day_first_for

    assert day_first_for(language) is expected


def test_a_dateline_is_cut_where_a_modification_label_starts() -> None:
    from newsgrab.meta.dates import split_at_modified_label

    assert split_at_modified_label("Published 9 July 2021 | Updated 10 July 2021") == (
        "Published 9 July 2021 | ", "Updated 10 July 2021")
    assert split_at_modified_label("Von Anna Schmidt | aktualisiert am 12. März 2024") == (
        "Von Anna Schmidt | ", "aktualisiert am 12. März 2024")
    # no label of a change: the whole line dates the publication
    assert split_at_modified_label("Veröffentlicht am 12. März 2024") == ("Veröffentlicht am 12. März 2024", "")

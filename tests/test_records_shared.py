"""The issue's proof on real pages: the 181 ScrapingHub pages as a WARC (written with warcio) and as a
JSON Lines dump, each with non-article records and one corrupt record, give 181 articles and one
error record, with the same bodies as the pages converted one file at a time.

The archives are built in a temporary folder from `../shared` at run time (bench/archives.py);
the test skips when the data is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.archives import SCRAPINGHUB, Page, scrapinghub_pages, write_jsonl, write_warc
from newsgrab.api import extract, extract_record
from newsgrab.records import Tally, read_records, sniff_path


@pytest.fixture(scope="module")
def pages() -> list[Page]:
    if not (SCRAPINGHUB / "ground-truth.json").is_file():
        pytest.skip(f"{SCRAPINGHUB} is absent (benchmark data lives beside the checkout)")
    return scrapinghub_pages()


@pytest.fixture(scope="module")
def per_file(pages: list[Page]) -> dict[str, str]:
    """Each page's body from its own file with its URL (the per-file run, `newsgrab --url URL FILE`):
    a record carries its URL, and the URL is evidence (the site's own domain in a notice)."""
    return {page.url: extract(page.raw, url=page.url).body for page in pages}


@pytest.mark.parametrize("name", ["scrapinghub.warc.gz", "scrapinghub.jsonl"])
def test_archive_gives_181_articles_and_one_error_record(name: str, pages: list[Page], per_file: dict[str, str],
                                                         tmp_path: Path) -> None:
    write = write_warc if name.endswith(".warc.gz") else write_jsonl
    path = write(tmp_path / name, pages)
    fmt = sniff_path(path)
    tally = Tally()
    articles, errors = [], []
    for record in read_records(name, fmt or "", path=path, max_bytes=50 * 1024 * 1024, tally=tally):
        if record.error is not None:
            errors.append(record)
        else:
            articles.append(extract_record(record))
    assert len(pages) == 181
    assert len(articles) == 181 and len(errors) == 1
    assert errors[0].error is not None and errors[0].error.code == "bad-record"
    assert {a.input.path for a in articles} == {name}
    assert [a.body for a in articles] == [per_file[page.url] for page in pages]
    if fmt == "warc":
        assert dict(tally) == {"request": 181, "warcinfo": 1, "not-html": 2, "metadata": 1, "revisit": 1, "status": 1}
        assert all(a.input.offset is not None and str(a.input.id).startswith("<urn:uuid:") for a in articles)
    else:
        assert [a.input.line for a in articles] == [n + 1 if n <= 90 else n + 2 for n in range(181)]
        assert errors[0].line == 92
        assert all(a.record == {"crawl": n} for n, a in enumerate(articles))


@pytest.mark.parametrize("name", ["scrapinghub.warc.gz", "scrapinghub.jsonl"])
def test_the_command_on_the_archive_matches_the_per_file_run(name: str, pages: list[Page], tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from newsgrab.cli.command import main

    write = write_warc if name.endswith(".warc.gz") else write_jsonl
    path = write(tmp_path / name, pages)
    runner = CliRunner()
    per_file = [runner.invoke(main, ["-q", "--url", page.url, str(SCRAPINGHUB / "html" / f"{page.key}.html.gz")])
                for page in pages]
    archive = runner.invoke(main, [str(path)])
    assert all(run.exit_code == 0 for run in per_file) and archive.exit_code == 1
    files = [json.loads(run.stdout) for run in per_file]
    records = [json.loads(line) for line in archive.stdout.splitlines()]
    articles = [r for r in records if "error" not in r]
    assert len(files) == 181 and len(records) == 182 and len(articles) == 181
    assert [r["body"] for r in articles] == [r["body"] for r in files]
    assert "182 records: 181 converted, 1 failed" in archive.stderr

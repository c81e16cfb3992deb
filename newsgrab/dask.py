"""newsgrab on a Dask cluster: a bag of pages, records or paths in, a bag of article records out.

    import dask.bag as db
    import newsgrab.dask

    bag = newsgrab.dask.articles(["crawl-00.warc.gz", "crawl-01.warc.gz", "dump.jsonl"])
    bag.map(newsgrab.dask.dumps).to_textfiles("out/*.jsonl")       # the CLI's JSON Lines, part by part

    rows = db.read_text("dump-*.jsonl").map(json.loads)              # a scraper's objects, already a bag
    newsgrab.dask.articles(rows).filter(lambda r: "error" not in r).pluck("title")

`articles` takes a list of paths (pages, WARC/ARC files, JSON Lines dumps: each path is one task,
read by the worker it lands on) or a `dask.bag.Bag` whose elements are paths, raw page bytes, or
JSON objects shaped like a dump's lines (`html` or `text`, `url`, `id`, other fields carried). Each
element gives one article record per page, the same dict `newsgrab` prints (schema v1), and a page
that fails gives its error record in place, so nothing is silently dropped. Records stream: a
worker holds one WARC record at a time, and a partition is a generator.

Dask is the optional extra `newsgrab[dask]` and is imported only by `articles`: importing this
module, or running the plain `newsgrab` command, never loads it. Workers need newsgrab installed
(with `newsgrab[warc]` for web archives), and the paths must be readable where the tasks run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsgrab.api import extract, extract_file, extract_record
from newsgrab.errors import InternalError, NewsgrabError
from newsgrab.options import DEFAULT_OPTIONS, Options
from newsgrab.records import FORMATS, Record, from_mapping, read_records, sniff_path
from newsgrab.serialize import dumps, error_record

if TYPE_CHECKING:
    import dask.bag

__all__ = ["articles", "convert", "dumps"]

#: `input.path` of an element that is not a path (raw bytes, or a JSON object from a bag)
BAG_SOURCE = "bag"


def _failed(source: str, exc: NewsgrabError, record: Record | None = None) -> dict[str, Any]:
    where = record.where() if record is not None else None
    carried = record.carry if record is not None else None
    return error_record(source, exc.code, exc.message, where=where, carried=carried)


def _record_dict(record: Record, kind: str, options: Options) -> dict[str, Any]:
    try:
        record = record.ready()
        return extract_record(record, kind=kind, options=options).to_dict()
    except NewsgrabError as exc:
        return _failed(record.source, exc, record)
    except Exception as exc:  # a bug in newsgrab: reported for this record, never the whole partition
        return _failed(record.source, InternalError(f"internal error: {type(exc).__name__}: {exc}"), record)


def _path_dicts(path: Path, kind: str, options: Options, records: str, field: str | None,
                carry: Sequence[str] | None) -> Iterator[dict[str, Any]]:
    source = str(path)
    fmt = sniff_path(path, field) if records == "auto" else (records if records in FORMATS else None)
    if fmt is None:
        try:
            yield extract_file(path, kind=kind, options=options).to_dict()
        except NewsgrabError as exc:
            yield _failed(source, exc)
        except Exception as exc:
            yield _failed(source, InternalError(f"internal error: {type(exc).__name__}: {exc}"))
        return
    for record in read_records(source, fmt, path=path, max_bytes=options.max_bytes, field=field, carry=carry):
        yield _record_dict(record, kind, options)


def convert(element: Any, *, kind: str = "auto", options: Options | None = None, records: str = "auto",
            field: str | None = None, carry: Sequence[str] | None = None) -> Iterator[dict[str, Any]]:
    """The article records of one bag element: a path, raw page bytes, or a JSON object (a dump's line)."""
    options = options or DEFAULT_OPTIONS
    if isinstance(element, str | os.PathLike):
        yield from _path_dicts(Path(element), kind, options, records, field, carry)
    elif isinstance(element, bytes):
        try:
            yield extract(element, kind=kind, path=BAG_SOURCE, options=options).to_dict()
        except NewsgrabError as exc:
            yield _failed(BAG_SOURCE, exc)
    elif isinstance(element, Mapping):
        yield _record_dict(from_mapping(dict(element), BAG_SOURCE, field=field, carry=carry), kind, options)
    else:
        raise TypeError(f"a bag element must be a path, bytes or a JSON object, not {type(element).__name__}")


def _partition(elements: Any, kind: str, options: Options, records: str, field: str | None,
               carry: Sequence[str] | None) -> Iterator[dict[str, Any]]:
    for element in elements:
        yield from convert(element, kind=kind, options=options, records=records, field=field, carry=carry)


def articles(source: dask.bag.Bag | Sequence[str | os.PathLike[str]], *, kind: str = "auto",
             options: Options | None = None, records: str = "auto", field: str | None = None,
             carry: Sequence[str] | None = None) -> dask.bag.Bag:
    """A bag of article records (dicts, error records in place) from a bag or a list of paths.

    `records`: `auto` (a path's name and first bytes decide), `warc`, `arc` or `jsonl` (every path
    is one), or `page` (every path is one page). `field` and `carry` are the JSON Lines options
    (`--field`, `--carry`). Order is kept: the records of each element in file order.
    """
    import dask.bag as db

    bag: Any = source
    if not isinstance(source, db.Bag):
        paths = [os.fspath(path) for path in source]
        bag = db.from_sequence(paths, partition_size=1)  # type: ignore[no-untyped-call]
    out: dask.bag.Bag = bag.map_partitions(_partition, kind, options or DEFAULT_OPTIONS, records, field,
                                           tuple(carry) if carry is not None else None)
    return out

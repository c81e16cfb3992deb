"""The `newsgrab` command: a thin click layer over the library.

It turns flags into `Options`, expands inputs (inputs.py), converts each one (in worker processes
with `--jobs`), and writes: data to stdout (JSON Lines, or the article as text/markdown), everything
else to stderr. Streams are captured once at start-up in `Streams`, and stdout gets UTF-8 bytes
whatever the locale, so its bytes are the same on a terminal and in a pipe. A failed input gets one
stderr line and an error record, and the batch goes on. Exit codes are `exitcodes.ExitCode`.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import click

from newsgrab import __version__
from newsgrab.cli.exitcodes import ExitCode
from newsgrab.cli.inputs import STDIN, Problem, Source, iter_sources
from newsgrab.cli.plan import NO_RECORD_FLAGS, RECORD_MODES, Counts, RecordFlags
from newsgrab.cli.runner import Job, Outcome
from newsgrab.errors import RuleError, Unwritable
from newsgrab.model import REMOVAL_CATEGORIES
from newsgrab.options import KINDS, Options
from newsgrab.serialize import FORMATS, dumps, error_record, parse_fields

PROG = "newsgrab"
#: written between two articles in `--format text|markdown` on stdout (a Markdown thematic break)
ARTICLE_SEPARATOR = "\n---\n\n"
_SIZE_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "m": 1024**2, "mb": 1024**2, "g": 1024**3, "gb": 1024**3}

EPILOG = """\b
Examples:
  newsgrab story.html                      one JSON line on stdout
  newsgrab --pretty story.html             the same, indented
  newsgrab -r scraped/ > articles.jsonl    every .html/.txt/.md under scraped/
  newsgrab 'pages/*.html' -o out/          one out/<name>.json per input
  curl -s URL | newsgrab --url URL -       read stdin, resolve links against URL
  newsgrab --format markdown story.html    the cleaned article for reading
  newsgrab --explain story.txt > /dev/null what was removed, and by which rule
  newsgrab --fields title,authors,published -r scraped/ | jq .
  newsgrab crawl.warc.gz dump.jsonl -j 0 -o out.jsonl   web archives and dumps, every core
  newsgrab crawl.warc.gz -j 0 -o out.jsonl --resume     go on after a crash

Exit status: 0 all converted, 1 some failed, 2 usage error, 3 none converted, 130 interrupted.
"""


class _StdoutClosed(Exception):
    """The reader of stdout went away (`| head -1`): stop quietly."""


@dataclass(frozen=True, slots=True)
class Streams:
    """The process's streams, captured once: writers never reach for sys.stdout themselves."""

    out: IO[bytes]
    err: IO[bytes]
    stdin: IO[bytes]
    stdin_isatty: bool
    stderr_isatty: bool

    @classmethod
    def capture(cls) -> Streams:
        for text_stream in (sys.stdout, sys.stderr):
            text_stream.flush()
        # a closed stdin (`newsgrab <&-`, some cron set-ups) is None: treat it like a terminal,
        # so it is never read implicitly, and an explicit `-` reads nothing
        stdin_closed = sys.stdin is None
        return cls(
            out=sys.stdout.buffer,
            err=sys.stderr.buffer,
            stdin=io.BytesIO() if stdin_closed else sys.stdin.buffer,
            stdin_isatty=stdin_closed or sys.stdin.isatty(),
            stderr_isatty=sys.stderr.isatty(),
        )

    def write_out(self, text: str) -> None:
        """Data: UTF-8 bytes, flushed per record so a pipe reader sees each one at once."""
        try:
            self.out.write(_utf8(text))
            self.out.flush()
        except BrokenPipeError as exc:
            raise _StdoutClosed from exc

    def write_err(self, line: str) -> None:
        self.err.write(_utf8(line + "\n"))
        self.err.flush()


def _utf8(text: str) -> bytes:
    """UTF-8 bytes whatever the locale. A file name read under a non-UTF-8 locale carries its raw
    bytes as surrogate escapes: they go out as the original bytes when those are valid UTF-8, and
    as U+FFFD otherwise, so the output is always valid UTF-8."""
    try:
        data = text.encode("utf-8", errors="surrogateescape")
        data.decode("utf-8")
    except UnicodeError:
        return text.encode("utf-8", errors="replace")
    return data


@dataclass(frozen=True, slots=True)
class Run:
    """The validated flags of one invocation: what every input is converted with and how it is shown."""

    options: Options
    fmt: str = "json"
    pretty: bool = False
    fields: tuple[str, ...] | None = None
    url: str | None = None
    kind: str = "auto"
    jobs: int = 1
    explain: bool = False
    quiet: bool = False
    fail_fast: bool = False
    want_traceback: bool = False

    def job(self, origin: str, path: Path | None, data: bytes | None) -> Job:
        return Job(origin, path, data, self.url, self.kind, self.options, self.fmt, self.pretty, self.fields,
                   self.explain, self.want_traceback)


def _parse_size(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    """`--max-bytes`: a byte count such as 5000000, 500k, 50M or 1G (binary units)."""
    if value is None:
        return None
    text = value.strip().lower()
    number = text.rstrip("kmgb")
    try:
        size = int(float(number) * _SIZE_UNITS[text[len(number):]])
    except (ValueError, KeyError, OverflowError):
        raise click.BadParameter(f"{value!r} is not a size like 5000000, 500k, 50M or 1G") from None
    if size <= 0:
        raise click.BadParameter("the size must be positive")
    return size


def _fail_line(origin: str, message: str) -> str:
    return f"{PROG}: error: {origin}: {message}"


def _load_rules_or_exit(streams: Streams, rule_files: tuple[Path, ...]) -> Any:
    from newsgrab.rules import load_rules

    try:
        return load_rules(rule_files)
    except RuleError as exc:
        streams.write_err(f"{PROG}: error: {exc.message}")
        raise SystemExit(ExitCode.USAGE) from exc


def _list_rules(streams: Streams, rule_files: tuple[Path, ...]) -> None:
    for rule in _load_rules_or_exit(streams, rule_files):
        streams.write_out("\t".join((rule.id, rule.category, rule.scope, rule.family or "-", rule.source)) + "\n")


@click.command(
    PROG,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=EPILOG,
)
@click.argument("inputs", metavar="[INPUT]...", nargs=-1, type=click.Path(dir_okay=True, allow_dash=True))
@click.option("-r", "--recursive", is_flag=True, help="Take files from directories' subdirectories too.")
@click.option("-o", "--output-dir", type=click.Path(path_type=Path),
              help="Write one <name>.json (or .txt/.md) per input into DIR instead of stdout; "
                   "a name ending in .jsonl is one JSON Lines file.", metavar="DIR|FILE.jsonl")
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="json", show_default=True,
              help="json: one JSON object per line; text / markdown: the cleaned article for reading.")
@click.option("--pretty", is_flag=True, help="Indent the JSON (meant for one input).")
@click.option("--fields", metavar="a,b,c", help="Only these top-level fields, in this order (JSON only).")
@click.option("--url", metavar="URL", help="Base URL of a single input: relative links resolve against it.")
@click.option("--kind", type=click.Choice(list(KINDS)), default="auto", show_default=True,
              help="Read the input as HTML or text instead of guessing.")
@click.option("--keep", "keep", multiple=True, metavar="CATEGORY",
              type=click.Choice([*REMOVAL_CATEGORIES, "all"]),
              help="Keep notices of this removal category in the body (repeatable); 'all' turns removal off.")
@click.option("--rules", "rule_files", multiple=True, metavar="FILE",
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Extra boilerplate rules (TOML, same format as the packaged ones); repeatable.")
@click.option("--max-bytes", callback=_parse_size, default=None, metavar="SIZE",
              help="Refuse inputs (and unpacked gzip) larger than SIZE, e.g. 10M.  [default: 50M]")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True, metavar="N",
              help="Convert in N processes (0: one per CPU); output order is kept.")
@click.option("--records", "records_mode", type=click.Choice(list(RECORD_MODES)), default="auto", show_default=True,
              help="How inputs are read: auto (WARC, ARC and JSON Lines files by name or content, the rest as "
                   "pages), warc, arc or jsonl (every input is one), page (every input is one page).")
@click.option("--field", "record_field", metavar="NAME",
              help="JSON Lines: the field holding the page (default: html, then text).")
@click.option("--carry", multiple=True, metavar="FIELD",
              help="JSON Lines: carry only these fields under \"record\" (repeatable; default: every field but "
                   "the page, url and id; 'none': none).")
@click.option("--resume", is_flag=True,
              help="Go on after a crash: skip what -o DIR, -o FILE.jsonl or >> FILE.jsonl already holds.")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Convert on a Dask cluster: a scheduler (tcp://host:8786) or 'local' (--jobs workers here). "
                   "Needs newsgrab[dask].")
@click.option("--explain", is_flag=True, help="Show every block and why it was kept or removed (on stderr).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, warnings or summary (errors are still shown).")
@click.option("--fail-fast", is_flag=True, help="Stop at the first input that fails.")
@click.option("--traceback", "want_traceback", is_flag=True, help="Show the Python traceback of a failure.")
@click.option("--list-rules", is_flag=True, help="List the boilerplate rules (id, category, scope, family, file).")
@click.option("--print-schema", is_flag=True, help="Print the JSON Schema of the output records.")
@click.version_option(__version__, "-V", "--version", prog_name=PROG, message="%(prog)s %(version)s")
def main(
    inputs: tuple[str, ...],
    recursive: bool,
    output_dir: Path | None,
    fmt: str,
    pretty: bool,
    fields: str | None,
    url: str | None,
    kind: str,
    keep: tuple[str, ...],
    rule_files: tuple[Path, ...],
    max_bytes: int | None,
    jobs: int,
    records_mode: str,
    record_field: str | None,
    carry: tuple[str, ...],
    resume: bool,
    dask_address: str | None,
    explain: bool,
    quiet: bool,
    fail_fast: bool,
    want_traceback: bool,
    list_rules: bool,
    print_schema: bool,
) -> None:
    """Convert scraped news pages (HTML or markdown-ish text) to clean article JSON.

    INPUT is a file, a directory (its .html/.htm/.txt/.md files, sorted; -r to recurse), a glob
    ('pages/*.html', quoted) or - for stdin. With no INPUT, stdin is read when it is not a terminal.
    Notices (share/donate prompts, syndication credits, disclaimers...) are removed from the body
    and listed in "removed" with the rule that removed each.
    """
    streams = Streams.capture()
    flags = RecordFlags(records_mode, record_field, RecordFlags.carry_from(carry), resume, dask_address)
    try:
        code = _run(streams, inputs, recursive, output_dir, fmt, pretty, fields, url, kind, keep, rule_files,
                    max_bytes, jobs, explain, quiet, fail_fast, want_traceback, list_rules, print_schema, flags)
    except KeyboardInterrupt:
        streams.write_err(f"{PROG}: interrupted")
        code = ExitCode.INTERRUPTED
    except _StdoutClosed:
        _silence_stdout()
        code = ExitCode.OK
    raise SystemExit(int(code))


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the interpreter's final flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _options(keep: tuple[str, ...], rule_files: tuple[Path, ...], max_bytes: int | None) -> Options:
    settings_kwargs: dict[str, Any] = {"keep": frozenset(keep), "extra_rules": tuple(rule_files)}
    if max_bytes is not None:
        settings_kwargs["max_bytes"] = max_bytes
    return Options(**settings_kwargs)


def _run(streams: Streams, inputs: tuple[str, ...], recursive: bool, output_dir: Path | None, fmt: str,
         pretty: bool, fields_spec: str | None, url: str | None, kind: str, keep: tuple[str, ...],
         rule_files: tuple[Path, ...], max_bytes: int | None, jobs: int, explain: bool, quiet: bool,
         fail_fast: bool, want_traceback: bool, list_rules: bool, print_schema: bool,
         flags: RecordFlags = NO_RECORD_FLAGS) -> ExitCode:
    if print_schema:
        from newsgrab.schema import schema_text

        streams.write_out(schema_text())
        return ExitCode.OK
    if list_rules:
        _list_rules(streams, rule_files)
        return ExitCode.OK

    fields: tuple[str, ...] | None = None
    if fields_spec is not None:
        if fmt != "json":
            raise click.UsageError("--fields applies to --format json only")
        from newsgrab.schema import article_fields

        try:
            fields = parse_fields(fields_spec, article_fields())
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="'--fields'") from exc
    if not inputs:
        if streams.stdin_isatty:
            raise click.UsageError(
                "no INPUT given and stdin is a terminal (or closed); give a file, a directory, a glob or -")
        inputs = (STDIN,)
    options = _options(keep, rule_files, max_bytes)
    if rule_files:
        _load_rules_or_exit(streams, rule_files)  # a broken rule file is a usage error, before any input

    items: list[Source | Problem] = list(iter_sources(inputs, recursive=recursive))
    source_count = sum(isinstance(item, Source) for item in items)
    if url is not None and source_count > 1:
        raise click.UsageError(f"--url is the base URL of a single input, but {source_count} inputs were given")
    from newsgrab.cli.batch import prepare_output

    output = prepare_output(streams, items, output_dir, fmt, pretty, fields, flags)
    run = Run(options, fmt, pretty, fields, url, kind, jobs or os.cpu_count() or 1, explain, quiet, fail_fast,
              want_traceback)
    from newsgrab.cli.resume import ResumeError

    with output:
        try:
            return _batch(output.streams, items, output.targets, run, flags, output)
        except ResumeError as exc:  # the output to resume was written by another command
            raise click.UsageError(f"--resume: {exc}") from exc


def _batch(streams: Streams, items: Sequence[Source | Problem], targets: dict[str, Path], run: Run,
           flags: RecordFlags = NO_RECORD_FLAGS, output: Any = None) -> ExitCode:
    """Convert and write every item in order; the exit code says how many failed."""
    from newsgrab.cli import ui
    from newsgrab.cli.batch import describe_outcome, results_of, summary
    from newsgrab.cli.output import write_atomic
    from newsgrab.cli.plan import formats_of, output_target, units
    from newsgrab.cli.resume import Done

    formats = formats_of(items, flags, streams.stdin)
    counts = Counts()
    done = output.done if output is not None else Done()
    planned = units(items, run, flags, stdin=streams.stdin, formats=formats, targets=targets,
                    suffix=FORMATS[run.fmt], done=done, counts=counts)
    results = results_of(planned, run, flags)
    total = None if any(formats.values()) else len(items)
    ok = failed = 0
    stopped = wrote_article = False
    show_bar = streams.stderr_isatty and (total or 2) > 1 and not run.quiet and not run.explain
    with closing(results), ui.tracking(total, show_bar=show_bar, write_line=streams.write_err) as tracker:
        for outcome in results:
            target = output_target(outcome, targets, FORMATS[run.fmt]) if targets else None
            if outcome.text is not None and target is not None:
                try:
                    write_atomic(target, outcome.text)
                except OSError as exc:  # disk full, permissions: this input failed, the batch goes on
                    error = Unwritable(f"cannot write {target}: {exc.strerror or exc}")
                    outcome = Outcome(outcome.origin, code=error.code, message=error.message, where=outcome.where)
            if outcome.text is not None:
                ok += 1
                if target is None:
                    if wrote_article and run.fmt != "json":
                        streams.write_out(ARTICLE_SEPARATOR)
                    streams.write_out(outcome.text)
                    wrote_article = True
                if not run.quiet:
                    for warning in outcome.warnings:
                        tracker.line(f"{PROG}: warning: {describe_outcome(outcome)}: {warning}")
                if run.explain:
                    tracker.line(ui.explain(outcome.origin, outcome.kind, outcome.rows, color=streams.stderr_isatty))
            else:
                failed += 1
                tracker.line(_fail_line(describe_outcome(outcome), outcome.message or outcome.code or "failed"))
                if outcome.trace:
                    tracker.line(outcome.trace.rstrip("\n"))
                if run.fmt == "json":
                    streams.write_out(dumps(error_record(outcome.origin, outcome.code or "error",
                                                         outcome.message or "failed", where=outcome.where,
                                                         carried=outcome.carried)))
            tracker.advance(outcome.origin)
            if failed and run.fail_fast:
                stopped = next(results, None) is not None
                break
    if done.pending and not stopped:
        from newsgrab.cli.resume import ResumeError

        raise ResumeError("the output holds more records than these inputs give: was it written with other inputs?")
    # --resume: what a previous run finished counts as this batch's (the exit code is one clean run's)
    ok, failed = ok + counts.resumed - done.failed, failed + done.failed
    line = summary(ok, failed, total, counts, stopped=stopped)
    if line and not run.quiet:
        streams.write_err(f"{PROG}: {line}")
    if failed == 0:
        return ExitCode.OK
    return ExitCode.SOME_FAILED if ok else ExitCode.ALL_FAILED

"""The `newsgrab` command: a thin click layer over the library.

It turns flags into one `RunSettings` (config.py), expands inputs (inputs.py), plans them as a stream
of tasks, a page or a record of a web archive or JSON Lines dump each (plan.py), converts each one
(runner.py; in worker processes, pool.py, with `--jobs` or a deadline; on a Dask cluster with
`--dask`, cluster.py), and writes: data to stdout, `-o DIR` or `-o FILE.jsonl` (JSON Lines, or the
article as text/markdown), everything else to stderr (streams.py). A failed input gets one stderr
line and an error record, and the batch goes on. Exit codes are `exitcodes.ExitCode`.
"""

from __future__ import annotations

import signal
from contextlib import closing
from pathlib import Path
from typing import Any

import click

from newsgrab import __version__
from newsgrab.cli.config import (
    DEFAULT_MAX_MEMORY,
    DEFAULT_TIMEOUT_SECONDS,
    MIN_MAX_MEMORY,
    RECORD_MODES,
    RunSettings,
    parse_seconds,
    parse_size,
)
from newsgrab.cli.exitcodes import ExitCode
from newsgrab.cli.inputs import STDIN, Problem, Source, iter_sources
from newsgrab.cli.runner import Outcome
from newsgrab.cli.streams import STDOUT_PIPE, STDOUT_TERMINAL, OutputClosed, OutputFailed, Streams, silence_stdout
from newsgrab.errors import RuleError, Unwritable
from newsgrab.model import REMOVAL_CATEGORIES
from newsgrab.options import KINDS
from newsgrab.serialize import FORMATS, dumps, error_record, parse_fields

PROG = "newsgrab"
#: written between two articles in `--format text|markdown` on stdout (a Markdown thematic break)
ARTICLE_SEPARATOR = "\n---\n\n"

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
  newsgrab rules suggest pages/ -o site.toml            propose rules from a site's repeated notices

Exit status: 0 all converted, 1 some failed, 2 usage error, 3 none converted, 4 stdout could not be
written, 130 interrupted, 143 terminated.
"""


def _size_flag(minimum: int = 1, none_word: str | None = None) -> Any:
    """A click callback for a SIZE flag: bytes, at least `minimum`; 0 allowed (no limit) with `none_word`."""

    def parse(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
        if value is None:
            return None
        try:
            size = parse_size(value)
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from None
        if size == 0 and none_word is not None:
            return 0
        if size == 0:
            raise click.BadParameter("the size must be positive")
        if size < minimum:
            raise click.BadParameter(f"{value!r} is too small: the least is {minimum // 1024**2}M "
                                     f"(or 0 for {none_word})")
        return size

    return parse


def _seconds_flag(ctx: click.Context, param: click.Parameter, value: str) -> float:
    try:
        return parse_seconds(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


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
@click.option("--max-bytes", callback=_size_flag(), default=None, metavar="SIZE",
              help="Refuse inputs (and unpacked gzip) larger than SIZE, e.g. 10M (at most 1T).  [default: 50M]")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True, metavar="N",
              help="Convert in N processes (0: one per CPU); output order is kept.")
@click.option("--timeout", callback=_seconds_flag, default=str(int(DEFAULT_TIMEOUT_SECONDS)), show_default=True,
              metavar="SECONDS", help="Give up on an input after SECONDS (0: never); it gets a 'timeout' record.")
@click.option("--max-memory", callback=_size_flag(MIN_MAX_MEMORY, "no cap"), show_default=True,
              default=f"{DEFAULT_MAX_MEMORY // 1024**3}G", metavar="SIZE",
              help="Memory per worker process (0: no cap); an input past it gets a 'memory' record.")
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
def main(**flags: Any) -> None:
    """Convert scraped news pages (HTML or markdown-ish text) to clean article JSON.

    INPUT is a file, a directory (its .html/.htm/.txt/.md files, sorted; -r to recurse), a glob
    ('pages/*.html', quoted) or - for stdin. With no INPUT, stdin is read when it is not a terminal.
    Notices (share/donate prompts, syndication credits, disclaimers...) are removed from the body
    and listed in "removed" with the rule that removed each.
    """
    streams = Streams.capture()
    previous = _on_sigterm(_raise_terminated)
    try:
        code = _run(streams, **flags)
    except KeyboardInterrupt:
        streams.write_err(f"{PROG}: interrupted")
        code = ExitCode.INTERRUPTED
    except Terminated:
        streams.write_err(f"{PROG}: terminated")
        code = ExitCode.TERMINATED
    except OutputClosed:
        silence_stdout()
        code = ExitCode.OK
    except OutputFailed as exc:
        streams.write_err(f"{PROG}: error: {exc}")
        silence_stdout()
        code = ExitCode.OUTPUT_FAILED
    finally:
        _on_sigterm(previous)
    raise SystemExit(int(code))


class Terminated(BaseException):
    """SIGTERM arrived: unwind like Ctrl-C (workers stopped, the progress bar erased), then exit 143.
    A BaseException, so no `except Exception` on the way turns it into an input's error record."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise Terminated


def _on_sigterm(handler: Any) -> Any:
    """Install a SIGTERM handler; the one it replaces (None off the main thread, where Python
    cannot set one: an embedding caller keeps its own)."""
    try:
        return signal.signal(signal.SIGTERM, handler)
    except (ValueError, TypeError):
        return None


def _run(streams: Streams, *, list_rules: bool, print_schema: bool, fields: str | None, inputs: tuple[str, ...],
         **flags: Any) -> ExitCode:
    """The actions that print something fixed, or the batch with the settings the flags make."""
    if print_schema:
        from newsgrab.schema import schema_text

        streams.write_out(schema_text())
        return ExitCode.OK
    if list_rules:
        _list_rules(streams, flags["rule_files"])
        return ExitCode.OK
    if not inputs:
        if streams.stdin_isatty:
            raise click.UsageError(
                "no INPUT given and stdin is a terminal (or closed); give a file, a directory, a glob or -")
        inputs = (STDIN,)
    settings = RunSettings.from_flags(inputs=inputs, fields=_fields(fields, flags["fmt"]), **flags)
    if settings.conversion.options.extra_rules:  # a broken rule file is a usage error, before any input
        _load_rules_or_exit(streams, settings.conversion.options.extra_rules)
    return _batch(streams, settings)


def _fields(spec: str | None, fmt: str) -> tuple[str, ...] | None:
    if spec is None:
        return None
    if fmt != "json":
        raise click.UsageError("--fields applies to --format json only")
    from newsgrab.schema import article_fields

    try:
        return parse_fields(spec, article_fields())
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="'--fields'") from exc


def _batch(streams: Streams, settings: RunSettings) -> ExitCode:
    """Plan the batch, open its output, and write every outcome in order (a usage error before any
    input is read)."""
    from newsgrab.cli.batch import prepare_output
    from newsgrab.cli.plan import formats_of
    from newsgrab.cli.resume import ResumeError

    items: list[Source | Problem] = list(iter_sources(settings.inputs, recursive=settings.recursive))
    source_count = sum(isinstance(item, Source) for item in items)
    if settings.url is not None and source_count > 1:
        raise click.UsageError(f"--url is the base URL of a single input, but {source_count} inputs were given")
    formats = formats_of(items, settings.records, streams.stdin)
    with prepare_output(streams, items, settings, formats) as output:
        try:
            return _write_all(streams, items, settings, formats, output)
        except ResumeError as exc:  # the output to resume was written by another command
            raise click.UsageError(f"--resume: {exc}") from exc


def _write_all(streams: Streams, items: list[Source | Problem], settings: RunSettings,
               formats: dict[str, str | None], output: Any) -> ExitCode:
    """Convert and write every item in order; the exit code says how many failed."""
    from newsgrab.cli import ui
    from newsgrab.cli.batch import describe_outcome, results_of, summary
    from newsgrab.cli.output import write_atomic
    from newsgrab.cli.plan import Counts, Planned, entries, output_target

    out = output.streams
    fmt, targets, done = settings.conversion.fmt, output.targets, output.done
    counts = Counts()
    planned = Planned(entries(items, settings, stdin=streams.stdin, formats=formats, targets=targets,
                              suffix=FORMATS[fmt], done=done, counts=counts))
    results = results_of(planned, settings)
    total = None if any(formats.values()) else len(items)  # a container's records are not known ahead
    ok = failed = 0
    stopped = wrote_article = False
    show_bar = (out.stderr_isatty and out.stdout_kind != STDOUT_PIPE and (total or 2) > 1
                and not settings.quiet and not settings.conversion.explain)
    with closing(results), ui.tracking(total, show_bar=show_bar, write_line=out.write_err,
                                       data_on_terminal=out.stdout_kind == STDOUT_TERMINAL) as tracker:
        for outcome in results:
            target = output_target(outcome, targets, FORMATS[fmt]) if targets else None
            if outcome.text is not None and target is not None:
                try:
                    write_atomic(target, outcome.text)
                except OSError as exc:  # disk full, permissions: this input failed, the batch goes on
                    error = Unwritable(f"cannot write {target}: {exc.strerror or exc}")
                    outcome = Outcome.failed(outcome.origin, error, where=outcome.where)
            if outcome.text is not None:
                ok += 1
                if target is None:
                    separate = wrote_article and fmt != "json"
                    tracker.data(out.write_out, ARTICLE_SEPARATOR + outcome.text if separate else outcome.text)
                    wrote_article = True
                if not settings.quiet:
                    for warning in outcome.warnings:
                        tracker.line(f"{PROG}: warning: {describe_outcome(outcome)}: {warning}")
                if settings.conversion.explain:
                    tracker.line(ui.explain(outcome.origin, outcome.kind, outcome.rows, color=out.stderr_isatty))
            else:
                failed += 1
                tracker.line(_fail_line(describe_outcome(outcome), outcome.message or outcome.code or "failed"))
                if outcome.trace:
                    tracker.line(outcome.trace.rstrip("\n"))
                if fmt == "json":
                    record = error_record(outcome.origin, outcome.code or "error", outcome.message or "failed",
                                          where=outcome.where, carried=outcome.carried)
                    tracker.data(out.write_out, dumps(record))
            tracker.advance(outcome.origin)
            if failed and settings.fail_fast:
                stopped = planned.any_left(ok + failed)
                break
    if done.pending and not stopped:
        from newsgrab.cli.resume import ResumeError

        raise ResumeError("the output holds more records than these inputs give: was it written with other inputs?")
    # --resume: what a previous run finished counts as this batch's (the exit code is one clean run's)
    ok, failed = ok + counts.resumed - done.failed, failed + done.failed
    line = summary(ok, failed, total, counts, stopped=stopped)
    if line and not settings.quiet:
        out.write_err(f"{PROG}: {line}")
    if failed == 0:
        return ExitCode.OK
    return ExitCode.SOME_FAILED if ok else ExitCode.ALL_FAILED

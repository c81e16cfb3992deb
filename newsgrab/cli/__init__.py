"""The command line: INPUT arguments to jobs, jobs to worker processes, results to stdout and files.

Owns the streams, the exit codes, progress and `--explain` (rich, on stderr) and the `-o` files.
It takes what the library returns (`newsgrab.api`) and never the other way round: no module outside
this package imports it, and it is the only place that imports click or rich.
"""

from __future__ import annotations

import sys

#: the words that start the one subcommand; anything else is the converter's INPUT arguments
SUGGEST_WORDS = ("rules", "suggest")


def main(argv: list[str] | None = None) -> None:
    """The console script: `newsgrab rules suggest DIR...` proposes a site's rules, and every other
    command line converts its INPUTs. The converter takes any word as an INPUT, so the subcommand is
    told by its two words (a file called `rules` is still read when written `./rules`); click is
    imported here, on first use, so worker processes that import this package never load it."""
    args = sys.argv[1:] if argv is None else argv
    if tuple(args[:2]) == SUGGEST_WORDS:
        from newsgrab.cli.suggest import suggest_command

        suggest_command.main(args[2:], prog_name="newsgrab rules suggest")
    else:
        from newsgrab.cli.command import main as convert

        convert.main(args, prog_name="newsgrab")

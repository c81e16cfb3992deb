"""The command's exit codes: one enum, documented in README.md and tested one by one.

Shell users branch on these (`case $?`), so a value never changes meaning once released.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Why `newsgrab` stopped."""

    #: every input was converted
    OK = 0
    #: some inputs failed (each has an error record and a stderr line); the others were converted
    SOME_FAILED = 1
    #: the command line was wrong (unknown option, bad value, no input and stdin is a terminal)
    USAGE = 2
    #: no input was converted (every one failed, or the only one did)
    ALL_FAILED = 3
    #: stdout could not be written (closed, disk full, an I/O error): the batch stopped there
    OUTPUT_FAILED = 4
    #: interrupted by Ctrl-C (SIGINT): 128 + 2, the shell convention
    INTERRUPTED = 130
    #: stopped by SIGTERM (`kill`, `timeout`, a service manager): 128 + 15, what the shell shows for it
    TERMINATED = 143

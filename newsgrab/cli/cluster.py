"""`--dask ADDRESS|local`: the same batch on a Dask cluster, with the same output bytes.

The inputs are read here (pages whole, containers record by record) and sent to the workers in
small batches (`BATCH_TASKS`), at most `WINDOW_BATCHES` per worker thread in flight, so the workers
need newsgrab but not the files, and memory stays flat. Each batch runs `runner.run_batch`, the
conversion of a local run, and outcomes are written in input order: the bytes are those of a local
run. `local` starts a `LocalCluster` of `--jobs` worker processes on 127.0.0.1 (no dashboard) for
this run; an address connects to a running scheduler (`tcp://host:8786`, as dask-jobqueue,
dask-kubernetes or dask-cloudprovider start them). Dask is imported only here.

`--timeout` and `--max-memory` are not applied on a cluster: a Dask worker cannot stop one call,
and its memory is bounded by its own `--memory-limit`. A batch whose worker died, or that failed on
the cluster for any other reason, gives a `crashed` record for each of its inputs, and the run goes on.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import deque
from collections.abc import Callable, Generator, Iterator
from typing import Any, Protocol

import click

from newsgrab.cli.runner import Conversion, Outcome, Task, open_special, read_special, run_batch
from newsgrab.errors import NewsgrabError, Unreadable, WorkerCrashed

#: `--dask local`
LOCAL = "local"
#: inputs sent to a worker at a time: one round trip through the scheduler per batch, not per input
BATCH_TASKS = 4
#: batches in flight per worker thread: enough to keep every worker busy, few enough to keep memory flat
WINDOW_BATCHES = 4


class _Result(Protocol):
    def result(self) -> list[Outcome]: ...


#: how a batch reaches a worker: a Dask client's `submit(run_batch, entries, conversion)`
Submit = Callable[[list[Task | Outcome]], _Result]


def _batches(entries: Iterator[Task | Outcome], size: int) -> Iterator[list[Task | Outcome]]:
    batch: list[Task | Outcome] = []
    for entry in entries:
        batch.append(entry)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _results(batch: list[Task | Outcome], future: _Result) -> list[Outcome]:
    """The batch's outcomes; if the cluster could not give them, a `crashed` record per input."""
    try:
        return future.result()
    except Exception as exc:  # a worker killed (KilledWorker), lost, or a failure on the cluster
        error = WorkerCrashed(f"the Dask worker converting this input failed ({type(exc).__name__}: {exc})")
        return [entry if isinstance(entry, Outcome) else entry.failed(error) for entry in batch]


def in_order(entries: Iterator[Task | Outcome], submit: Submit, window: int) -> Generator[Outcome, None, None]:
    """Outcomes of `entries` in order, `BATCH_TASKS` per submitted batch, at most `window` batches in flight."""
    pending: deque[tuple[list[Task | Outcome], _Result]] = deque()
    for batch in _batches(entries, BATCH_TASKS):
        pending.append((batch, submit(batch)))
        if len(pending) >= window:
            yield from _results(*pending.popleft())
    while pending:
        yield from _results(*pending.popleft())


def _here(entry: Task | Outcome, max_bytes: int) -> Task | Outcome:
    """A page Task with its bytes read here, so a remote worker needs no access to the file."""
    if not isinstance(entry, Task) or entry.path is None or entry.data is not None:
        return entry
    from newsgrab.api import read_path

    try:
        data = read_special(open_special(entry.path), max_bytes) if entry.special else read_path(entry.path, max_bytes)
    except NewsgrabError as exc:
        return entry.failed(exc)
    except OSError as exc:
        return entry.failed(Unreadable(f"cannot read {entry.origin}: {exc.strerror or exc}"))
    return dataclasses.replace(entry, data=data)


def _client(address: str, workers: int) -> tuple[Any, Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise click.UsageError(f"--dask needs newsgrab[dask] (pip install 'newsgrab[dask]'): {exc}") from exc
    if address != LOCAL:
        try:
            return Client(address, timeout="30s"), None  # type: ignore[no-untyped-call]
        except (OSError, TimeoutError, ValueError) as exc:
            raise click.UsageError(f"--dask: cannot reach the scheduler at {address}: {exc}") from exc
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,  # type: ignore[no-untyped-call]
                           host="127.0.0.1", dashboard_address=None, silence_logs=logging.CRITICAL)
    return Client(cluster), cluster  # type: ignore[no-untyped-call]


def cluster_outcomes(entries: Iterator[Task | Outcome], address: str, workers: int,
                     conversion: Conversion) -> Generator[Outcome, None, None]:
    """Outcomes in input order, each batch converted on a worker of the cluster at `address`."""
    client, cluster = _client(address, workers)
    max_bytes = conversion.options.max_bytes
    try:
        threads = sum(client.nthreads().values()) or workers
        yield from in_order((_here(entry, max_bytes) for entry in entries),
                            lambda batch: client.submit(run_batch, batch, conversion, pure=False),
                            threads * WINDOW_BATCHES)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

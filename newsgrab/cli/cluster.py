"""`--dask ADDRESS|local`: the same batch on a Dask cluster, with the same output bytes.

The inputs are read here (pages whole, containers record by record) and sent to the workers in
small batches (`runner.BATCH_JOBS`), a bounded number in flight, so the workers need newsgrab but
not the files, and memory stays flat. Each batch runs `runner.run_batch`, the very function of a
local run, and outcomes are written in input order: the bytes are those of a local run.
`local` starts a `LocalCluster` of `--jobs` worker processes on 127.0.0.1 (no dashboard) for
this run; an address connects to a running scheduler (`tcp://host:8786`, as dask-jobqueue,
dask-kubernetes or dask-cloudprovider start them). Dask is imported only here.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Generator, Iterator
from typing import Any

import click

from newsgrab.cli.runner import WINDOW_BATCHES, Job, Outcome, in_order, run_batch
from newsgrab.errors import NewsgrabError

#: `--dask local`
LOCAL = "local"


def _here(unit: Job | Outcome, max_bytes: int) -> Job | Outcome:
    """A page Job with its bytes read here, so a remote worker needs no access to the file."""
    if not isinstance(unit, Job) or unit.path is None or unit.data is not None or unit.record is not None:
        return unit
    from newsgrab.api import read_path

    try:
        return dataclasses.replace(unit, data=read_path(unit.path, max_bytes))
    except NewsgrabError as exc:
        return Outcome(unit.origin, code=exc.code, message=exc.message)


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


def cluster_outcomes(units: Iterator[Job | Outcome], address: str, workers: int,
                     max_bytes: int) -> Generator[Outcome, None, None]:
    """Outcomes in input order, each batch converted on a worker of the cluster at `address`."""
    client, cluster = _client(address, workers)
    try:
        threads = sum(client.nthreads().values()) or workers
        yield from in_order((_here(unit, max_bytes) for unit in units),
                            lambda batch: client.submit(run_batch, batch, pure=False), threads * WINDOW_BATCHES)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

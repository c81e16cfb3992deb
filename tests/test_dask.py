"""`newsgrab.dask`: the same records from a Dask bag as from the command, and dask is never loaded by the CLI.

The cluster test starts a `LocalCluster` on loopback only (in-process workers, no dashboard) and
compares its records byte for byte with the local run's.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

import newsgrab.dask  # noqa: E402
from tests.conftest import SAMPLES  # noqa: E402

PAGES = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".html", ".txt"))[:6]


def _dump(tmp_path: Path) -> Path:
    lines = [json.dumps({"id": f"r{n}", "url": f"https://example.org/{n}",
                         "html": page.read_bytes().decode("utf-8", "replace"), "crawl": n})
             for n, page in enumerate(PAGES)]
    lines.insert(2, '{"id": "broken", "html": ')
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _local_lines(paths: list[str]) -> list[str]:
    """The records of `paths` converted here, one after another, without Dask."""
    return [newsgrab.dask.dumps(record) for path in paths for record in newsgrab.dask.convert(path)]


def test_a_bag_of_paths_gives_each_paths_records_in_order(tmp_path: Path) -> None:
    dump = _dump(tmp_path)
    paths = [*map(str, PAGES[:3]), str(dump), str(tmp_path / "missing.html")]
    lines = newsgrab.dask.articles(paths).map(newsgrab.dask.dumps).compute(scheduler="sync")
    assert lines == _local_lines(paths)
    records = [json.loads(line) for line in lines]
    assert [r["input"].get("line") for r in records[3:10]] == [1, 2, 3, 4, 5, 6, 7]
    assert records[5]["error"]["code"] == "bad-record" and records[-1]["error"]["code"] == "not-found"


def test_a_bag_of_json_objects_and_bytes(tmp_path: Path) -> None:
    objects = [json.loads(line) for line in _dump(tmp_path).read_text("utf-8").splitlines() if line.endswith("}")]
    out = newsgrab.dask.articles(dask_bag.from_sequence(objects, npartitions=2)).compute(scheduler="sync")
    assert [r["input"]["id"] for r in out] == [o["id"] for o in objects]
    assert all(r["record"] == {"crawl": o["crawl"]} for r, o in zip(out, objects, strict=True))
    raw = [PAGES[0].read_bytes(), b""]
    out = newsgrab.dask.articles(dask_bag.from_sequence(raw)).compute(scheduler="sync")
    assert out[0]["body"] and out[1]["error"]["code"] == "empty"
    with pytest.raises(TypeError):
        newsgrab.dask.articles(dask_bag.from_sequence([3])).compute(scheduler="sync")


def test_local_cluster_output_equals_the_local_run(tmp_path: Path) -> None:
    dump = _dump(tmp_path)
    paths = [*map(str, PAGES), str(dump)]
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None)
    with cluster, distributed.Client(cluster) as client:
        lines = client.compute(newsgrab.dask.articles(paths).map(newsgrab.dask.dumps)).result()
    assert "".join(lines) == "".join(_local_lines(paths))


@pytest.mark.parametrize("args", [["--version"], [str(PAGES[0]), str(PAGES[1]), "-j", "2"]])
def test_the_plain_command_never_imports_dask(args: list[str]) -> None:
    code = (f"import sys, runpy; sys.argv = ['newsgrab', *{args!r}]\n"
            "try:\n    runpy.run_module('newsgrab', run_name='__main__')\nexcept SystemExit: pass\n"
            "import newsgrab.dask, newsgrab.records\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed', 'fastwarc', 'warcio')),"
            " file=sys.stderr)")
    err = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stderr
    assert err.strip().splitlines()[-1] == "[]"

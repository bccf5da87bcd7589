"""The same store from a Dask cluster (separate worker processes) as from a local run."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjip.store.dask_runner import SchedulerError, run_on_dask
from lkjip.store.ingest import ingest
from tests.store.store_builders import store_snapshot

distributed = pytest.importorskip("distributed")


@pytest.mark.slow
def test_dask_cluster_store_equals_local_store(corpus: Path, tmp_path: Path) -> None:
    local_db = tmp_path / "local.duckdb"
    ingest([corpus], local_db, workers=2, progress=False)

    dask_db = tmp_path / "dask.duckdb"
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None, silence_logs=40) as cluster:
        summary = ingest([corpus], dask_db, scheduler=cluster.scheduler_address, progress=False)
        worker_pids = {w.pid for w in cluster.workers.values() if hasattr(w, "pid")}
    assert summary.ingested == 3 and list(summary.errors.values()) == ["not-a-pdf"]
    assert len(worker_pids) == 2  # really separate processes
    on_dask, local = store_snapshot(dask_db), store_snapshot(local_db)
    for table in local:
        assert on_dask[table] == local[table], table


def test_unreachable_scheduler_is_one_clear_error() -> None:
    with pytest.raises(SchedulerError, match="cannot reach the Dask scheduler"):
        run_on_dask("tcp://127.0.0.1:9", [], None, lambda job, payload: None, connect_timeout=1)

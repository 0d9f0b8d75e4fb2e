"""Dask settings. Workers of an existing cluster (``unfog batch --scheduler``): a real ``dask scheduler`` and
``dask worker`` started by the test, with Dask's default configuration, get the quieter settings a
LocalCluster gives its workers through :class:`unfog.batch.QuietPlugin`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from unfog.batch import LOG_LENGTH, QUIET, QuietPlugin

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
DASK = Path(sys.executable).parent / "dask"


def _settings(dask_worker: Any) -> dict[str, Any]:
    import dask.config

    pcs = dask_worker.periodic_callbacks
    return {"profile": "profile" in pcs or "profile-cycle" in pcs, "tick": pcs["tick"].callback_time,
            "monitor": pcs["monitor"].callback_time,
            "enabled": dask.config.get("distributed.worker.profile.enabled"),
            "logs": [d.maxlen for d in (dask_worker.state.log, dask_worker.state.stimulus_log,
                                        dask_worker.batched_stream.recent_message_log)]}


@pytest.fixture
def scheduler_file(tmp_path: Path) -> Iterator[Path]:
    if not DASK.exists() and shutil.which("dask") is None:
        pytest.skip("no dask command")
    dask = str(DASK) if DASK.exists() else "dask"
    path = tmp_path / "scheduler.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DASK_")}  # Dask's defaults
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])  # unfog, and this module for client.run
    procs = [subprocess.Popen([dask, "scheduler", "--scheduler-file", str(path), "--port", "0", "--host", "127.0.0.1",
                               "--no-dashboard"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        deadline = time.time() + 120
        while not path.exists() and time.time() < deadline:
            time.sleep(0.1)
        if not path.exists():
            pytest.skip("the dask scheduler did not start in time")
        procs.append(subprocess.Popen([dask, "worker", "--scheduler-file", str(path), "--nthreads", "1",
                                       "--no-dashboard", "--no-nanny"], env=env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        yield path
    finally:
        for p in reversed(procs):
            p.terminate()
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


def test_workers_of_an_existing_scheduler_are_quieted(scheduler_file: Path) -> None:
    from distributed import Client

    with Client(scheduler_file=str(scheduler_file), timeout="60s") as client:  # type: ignore[no-untyped-call]
        client.wait_for_workers(1, timeout=120)
        (before,) = client.run(_settings).values()
        assert before == {"profile": True, "tick": 20, "monitor": 500, "enabled": True, "logs": [1000] * 3}  # defaults
        client.register_plugin(QuietPlugin(), name=QUIET)
        (after,) = client.run(_settings).values()
        assert after == {"profile": False, "tick": 500, "monitor": 2000, "enabled": False, "logs": [LOG_LENGTH] * 3}
        client.register_plugin(QuietPlugin(), name=QUIET)  # again, as every batch run does
        assert list(client.run(_settings).values()) == [after]


def _log_lengths(dask_worker: Any) -> list[int | None]:
    return [dask_worker.state.log.maxlen, dask_worker.state.stimulus_log.maxlen,
            dask_worker.batched_stream.recent_message_log.maxlen]


def test_local_cluster_keeps_short_message_logs() -> None:
    """Dask's logs of recent messages hold every task's documents: on the local cluster the
    client's, the scheduler's and the workers' keep LOG_LENGTH entries, not 1,000."""
    from unfog.batch import local_client

    client = local_client(1)
    try:
        scheduler = client.cluster.scheduler
        assert list(client.run(_log_lengths).values()) == [[LOG_LENGTH] * 3]
        assert scheduler.transition_log.maxlen == LOG_LENGTH
        assert [s.recent_message_log.maxlen for s in scheduler.stream_comms.values()] == [LOG_LENGTH]
        assert client.scheduler_comm.recent_message_log.maxlen == LOG_LENGTH
    finally:
        cluster = client.cluster
        client.close()  # type: ignore[no-untyped-call]
        cluster.close()

"""``verify check --executor dask``: a batch checked on a Dask distributed cluster.

The cluster is the one at ``--scheduler ADDRESS``, else a ``LocalCluster`` of one single-threaded
worker process per usable CPU (``--jobs N`` sets how many). The :class:`~verify.service.Checker`
(settings only, a few hundred bytes) travels with every task and is unpickled once per worker, so
each worker compiles the rules once; articles go out in chunks (:func:`verify.batch.chunk_size`) and each worker reads
its own inputs, through fsspec for ``s3://`` or ``gs://`` URLs, so the client never holds the
archive. Results come back in input order (or as they finish, ``ordered=False``).

An article that cannot be read is an :class:`~verify.report.Unreadable`, as on one machine; an
article that breaks the checker (a bug), or whose worker dies under it, is one too, with the
reason, and the rest of the batch goes on. A chunk whose worker died is retried article by
article, so only the article that kills a worker is lost.
"""

from __future__ import annotations

import logging
import pickle
import sys
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from datetime import date
from typing import Any

from verify.batch import Finish, chunk_size, chunks, in_order, settle
from verify.errors import UsageError, VerifyError
from verify.report import Unreadable
from verify.service import Checker

# The retries of a task whose worker died, on a LocalCluster (a cluster of your own keeps its
# setting). Why this is not Dask's default: a worker that dies on one article would be retried on
# every other worker (three times by default) before the chunk is reported; once is enough to
# tell a dying article from a worker lost for another reason.
_ALLOWED_FAILURES = 1


_LANDED: dict[bytes, Checker] = {}


def _landed(shipped: bytes) -> Checker:
    """The checker a task carries, unpickled once per worker process, so its rules compile once there.

    Why not ``client.scatter``: scattered data lives only on workers, and when a worker dies with
    it the tasks that need it are cancelled; a few hundred bytes in every task survive anything.
    """
    if shipped not in _LANDED:
        _LANDED[shipped] = pickle.loads(shipped)
    return _LANDED[shipped]


def _check_safely(shipped: bytes, published: date | None, finish: Finish, paths: list[str]) -> list[Any]:
    """:func:`verify.batch.check_chunk`, with an article that breaks the checker reported, not raised."""
    checker = _landed(shipped)
    results: list[Any] = []
    for path in paths:
        try:
            result = settle(checker.check_or_unreadable(path, published=published))
            results.append(finish(result) if finish else result)
        except VerifyError:
            raise  # a bad config or rule file, an unreachable store: the whole run stops, as on one machine
        except Exception as exc:
            results.append(Unreadable(path, f"{path}: internal error: {type(exc).__name__}: {exc}"))
    return results


def _client(scheduler: str | None, workers: int) -> AbstractContextManager[Any]:
    """A client of the cluster at ``scheduler``, else of a new LocalCluster of ``workers`` processes."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("--executor dask needs the dask extra: pip install 'verify[dask]'") from None
    try:
        if scheduler:
            return Client(scheduler)  # waits distributed.comm.timeouts.connect (30 s; DASK_ env to change)
        import dask

        with dask.config.set({"distributed.scheduler.allowed-failures": _ALLOWED_FAILURES}):
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    except OSError as exc:
        raise UsageError(f"--scheduler {scheduler}: cannot reach the Dask scheduler ({exc})") from None
    client._verify_cluster = cluster  # type: ignore[attr-defined]  # closed with the client
    return client


def _close(client: Any) -> None:
    client.close()
    cluster = getattr(client, "_verify_cluster", None)
    if cluster is not None:
        cluster.close()


def _progress_bar(futures: list[Any], show: bool) -> AbstractContextManager[Any]:
    """Dask's own text progress bar on stderr, drawn by a thread while the results are collected."""
    if not show:
        return nullcontext()
    from distributed.diagnostics.progressbar import TextProgressBar

    class StderrProgressBar(TextProgressBar):
        # Dask draws on stdout, which carries the report here: the same bar, on stderr.
        def _draw_bar(self, remaining: int, all: int, **kwargs: Any) -> None:
            done = (1 - remaining / all) if all else 1.0
            sys.stderr.write(f"\r[{'#' * int(self.width * done):<{self.width}}] | {int(100 * done)}% Completed")
            sys.stderr.flush()

        def _draw_stop(self, **kwargs: Any) -> None:
            sys.stderr.write("\33[2K\r")
            sys.stderr.flush()

    class Drawing(AbstractContextManager[None]):
        def __enter__(self) -> None:
            self.thread = threading.Thread(target=StderrProgressBar, args=(futures,), daemon=True)
            self.thread.start()

        def __exit__(self, *exc: object) -> None:
            self.thread.join(timeout=5)

    return Drawing()


def check_dask(checker: Checker, paths: Sequence[str], *, scheduler: str | None = None, workers: int = 1,
               published: date | None = None, ordered: bool = True, progress: bool = False,
               finish: Finish = None) -> Iterator[Any]:
    """A result for every path (``finish(result)`` with ``finish``, computed on the worker), from a
    Dask cluster (see the module's docstring)."""
    client = _client(scheduler, workers)
    try:
        from distributed import as_completed

        workers = max(1, len(client.scheduler_info(n_workers=-1)["workers"]))
        shipped = pickle.dumps(checker)
        batches = chunks(paths, chunk_size(len(paths), workers))
        run = uuid.uuid4().hex  # a key names a task on the cluster: two runs must never share one
        futures = [client.submit(_check_safely, shipped, published, finish, batch, key=f"verify-check-{run}-{number}",
                                 retries=0) for number, batch in enumerate(batches)]
        numbers = {future.key: number for number, future in enumerate(futures)}
        with _progress_bar(futures, progress):
            def finished() -> Iterator[tuple[int, list[Any]]]:
                for future in as_completed(futures):
                    number = numbers[future.key]
                    futures[number] = None  # the last reference goes with this loop's: the cluster forgets it
                    yield number, _results_of(client, future, (shipped, published, finish), batches[number])

            yield from in_order(finished()) if ordered else (r for _, results in finished() for r in results)
    finally:
        _close(client)


def _results_of(client: Any, future: Any, task: tuple[bytes, date | None, Finish], batch: list[str]) -> list[Any]:
    """A chunk's results; when its worker died, each article again on its own, the dying one reported."""
    if future.status != "error":
        return future.result()
    exception = future.exception()
    if isinstance(exception, VerifyError):
        raise exception
    if len(batch) == 1:
        return [Unreadable(batch[0], f"{batch[0]}: the worker checking it failed ({type(exception).__name__}: "
                                     f"{exception})")]
    from distributed import wait

    singles = [client.submit(_check_safely, *task, [path], pure=False) for path in batch]
    wait(singles)
    return [result for single, path in zip(singles, batch, strict=True)
            for result in _results_of(client, single, task, [path])]

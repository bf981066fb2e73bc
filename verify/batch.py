"""Checking a batch of articles: in this process, or spread over ``--jobs`` local processes.

Results come back as reports (or :class:`~verify.report.Unreadable` for an article that could not
be read), one per path, in input order, or in the order they finish with ``ordered=False``. Work
goes out in chunks of a few dozen articles with a bounded number in flight, so that memory stays
flat however long the batch is; the Dask executor (:mod:`verify.dask_batch`) shares the chunking.

>>> chunks(list("abcde"), 2)
[['a', 'b'], ['c', 'd'], ['e']]
>>> list(in_order(iter([(1, ["c"]), (0, ["a", "b"]), (2, ["d"])])))
['a', 'b', 'c', 'd']
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import Any, TypeVar

from verify.report import ArticleReport, Unreadable
from verify.service import Checker

Result = ArticleReport | Unreadable
Finish = Callable[[Result], Any] | None
T = TypeVar("T")
CHUNK_MAX = 32  # articles per task: amortizes the hand-off (~1 ms a task on Dask) and keeps results small
IN_FLIGHT_PER_WORKER = 4


def chunks(items: Sequence[T], size: int) -> list[list[T]]:
    """``items`` cut into consecutive lists of at most ``size``."""
    return [list(items[start:start + size]) for start in range(0, len(items), size)]


def chunk_size(count: int, workers: int) -> int:
    """Enough chunks for every worker to stay busy to the end (eight each), no chunk over CHUNK_MAX.

    >>> chunk_size(100, 2), chunk_size(10_000_000, 64)
    (6, 32)
    """
    return max(1, min(CHUNK_MAX, count // (workers * 8)))


def in_order(numbered: Iterator[tuple[int, list[T]]]) -> Iterator[T]:
    """The items of numbered chunks (arriving in any order) in chunk order, each chunk as soon as
    all the chunks before it have arrived."""
    waiting: dict[int, list[T]] = {}
    following = 0
    for number, items in numbered:
        waiting[number] = items
        while following in waiting:
            yield from waiting.pop(following)
            following += 1


# What extraction and the rules built on a document, which the report no longer needs once its
# suggestions are made (a renderer that asked would rebuild it).
_WORK_STATE = ("check_context", "references", "context")


def settle(result: Result) -> Result:
    """A worker's result ready to travel: its suggested corrections computed where the work is, and
    the working state of the analysis and the rules in force (which only the suggestions needed)
    left behind: a pickled report shrinks from about 57 kB to 22 kB."""
    if isinstance(result, ArticleReport):
        for finding in result.findings:
            result.suggestions(finding)
        for name in _WORK_STATE:
            result.document.__dict__.pop(name, None)
        result.rules = None
    return result


def check_chunk(checker: Checker, published: date | None, paths: list[str], finish: Finish = None) -> list[Any]:
    """Check consecutive articles; the work unit of a worker. ``finish`` turns each result into
    what the worker sends back (a jsonl line, :func:`verify.formats.jsonl.line_of`), else the result."""
    results = [settle(checker.check_or_unreadable(path, published=published)) for path in paths]
    return [finish(result) for result in results] if finish else results


_WORKER: dict[str, object] = {}


def _die_with_parent(parent: int) -> None:
    """Make a worker end when the process that started it ends, however it ends (even SIGKILL)."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    else:  # elsewhere, a watcher notices that the worker was handed to another parent
        import threading
        import time

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(1)
            os._exit(1)

        threading.Thread(target=watch, daemon=True).start()
    if os.getppid() != parent:  # the parent ended before the signal was armed
        os._exit(1)


def _worker_start(checker: Checker, published: date | None, finish: Finish, parent: int) -> None:
    _die_with_parent(parent)
    _WORKER["checker"], _WORKER["published"], _WORKER["finish"] = checker, published, finish


def _worker_chunk(paths: list[str]) -> list[Any]:
    return check_chunk(_WORKER["checker"], _WORKER["published"], paths, _WORKER["finish"])  # type: ignore[arg-type]


def check_local(checker: Checker, paths: Sequence[str], *, jobs: int = 1, published: date | None = None,
                ordered: bool = True, finish: Finish = None) -> Iterator[Any]:
    """A result for every path (``finish(result)`` with ``finish``): in this process with ``jobs=1``,
    else in ``jobs`` processes."""
    if jobs == 1 or len(paths) < 2:
        for path in paths:
            result = checker.check_or_unreadable(path, published=published)
            yield finish(result) if finish else result
        return
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    work = iter(enumerate(chunks(paths, chunk_size(len(paths), jobs))))
    with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_start,
                             initargs=(checker, published, finish, os.getpid())) as pool:
        running: dict[Future[list[Any]], int] = {}

        def top_up() -> None:
            for number, chunk in work:
                running[pool.submit(_worker_chunk, chunk)] = number
                if len(running) >= jobs * IN_FLIGHT_PER_WORKER:
                    return

        def finished() -> Iterator[tuple[int, list[Any]]]:
            top_up()
            while running:
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    yield running.pop(future), future.result()
                top_up()

        yield from in_order(finished()) if ordered else (r for _, results in finished() for r in results)

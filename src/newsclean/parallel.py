"""Cleaning a stream of documents on all cores, in input order.

:func:`run_parallel` sends chunks of documents to worker processes and
yields the cleaned documents in the order they came. At most ``2 * jobs``
chunks are in flight, so memory stays bounded by a few chunks, never the
corpus. Each worker returns its counters with its chunk and they are merged
into the pipeline's report, so the report equals that of a one-process run
(but for the time spent).
"""

from __future__ import annotations

import os
import pickle
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from newsclean.document import Document
from newsclean.pipeline import Pipeline
from newsclean.report import Report

__all__ = ["clean_chunk", "default_jobs", "run_parallel"]

_WORKER_PIPELINE: Pipeline | None = None


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not on Linux
        return max(os.cpu_count() or 1, 1)


def _init(blob: bytes) -> None:
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = pickle.loads(blob)


def clean_chunk(
    pipeline: Pipeline, docs: list[Document], fail_fast: bool
) -> tuple[list[Document], Report]:
    """Clean a chunk of documents; return them with the chunk's own counters.

    The steps are shared, the counters are not, so chunks cleaned at once
    (threads of a Dask worker) do not reset each other's report.
    """
    local = pipeline.fresh()
    return [local(doc, fail_fast=fail_fast) for doc in docs], local.report


def _work(docs: list[Document], fail_fast: bool) -> tuple[list[Document], Report]:
    assert _WORKER_PIPELINE is not None, "worker not initialised"
    return clean_chunk(_WORKER_PIPELINE, docs, fail_fast)


def _chunks(docs: Iterable[Document], max_docs: int, max_chars: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    size = 0
    for doc in docs:
        chunk.append(doc)
        size += len(doc.text)
        if len(chunk) >= max_docs or size >= max_chars:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def run_parallel(
    pipeline: Pipeline,
    docs: Iterable[Document],
    jobs: int,
    *,
    fail_fast: bool = False,
    chunk_docs: int = 32,
    chunk_chars: int = 1 << 20,
) -> Iterator[Document]:
    """Clean documents in ``jobs`` worker processes; yield them in input order.

    With ``jobs <= 1`` this is :meth:`Pipeline.run` in this process. The
    pipeline must be picklable (the built-in cleaners are; a step made from a
    lambda is not: use a named function, or ``jobs=1``).

    Raises:
        ValueError: the pipeline cannot be sent to worker processes.
        CleanerError: with ``fail_fast``, a step raised on a document.
    """
    if jobs <= 1:
        yield from pipeline.run(docs, fail_fast=fail_fast)
        return
    try:
        blob = pickle.dumps(pipeline)
    except Exception as exc:
        raise ValueError(
            f"the pipeline cannot be sent to worker processes ({exc}); "
            "use named functions for custom steps, or run with one job"
        ) from exc
    pending: deque[Future[tuple[list[Document], Report]]] = deque()
    with ProcessPoolExecutor(jobs, initializer=_init, initargs=(blob,)) as pool:
        try:
            for chunk in _chunks(docs, chunk_docs, chunk_chars):
                pending.append(pool.submit(_work, chunk, fail_fast))
                while len(pending) >= 2 * jobs:
                    yield from _collect(pending.popleft(), pipeline)
            while pending:
                yield from _collect(pending.popleft(), pipeline)
        finally:
            for future in pending:
                future.cancel()


def _collect(future: Future[tuple[list[Document], Report]], pipeline: Pipeline) -> list[Document]:
    cleaned, report = future.result()
    pipeline.report.merge(report)
    return cleaned

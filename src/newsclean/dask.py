"""Running newsclean on a Dask cluster (extra ``newsclean[dask]``).

Where a corpus outgrows one machine:

* :func:`clean_bag` cleans a ``dask.bag`` of texts or records and gives a bag
  of records (path, text, metadata, edit log, the other fields kept);
* :func:`clean_column` cleans a text column of a dask DataFrame;
* :func:`learn_bag` learns per-outlet boilerplate as a map-reduce: each
  partition counts line hashes, the counts merge up a tree, and the model is
  built from the total;
* :func:`run_on_cluster` streams documents from this process through the
  cluster and yields them back in input order (what
  ``newsclean clean --engine dask`` uses), so the output equals the local
  engine's.

Without Dask installed, importing this module raises an ImportError that
says which extra to install.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

try:
    import dask.bag as db
    from distributed import Client, Future, LocalCluster
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        f"newsclean.dask needs Dask ({exc.name} is missing): pip install 'newsclean[dask]'"
    ) from exc

from newsclean.corpus import record_document
from newsclean.document import Document
from newsclean.learn import BoilerplateModel, LearnConfig, LineCounts, outlet_of
from newsclean.parallel import clean_chunk
from newsclean.pipeline import Pipeline, default_pipeline

if TYPE_CHECKING:
    import dask.dataframe as dd

__all__ = ["clean_bag", "clean_column", "learn_bag", "local_client", "run_on_cluster"]


def _as_document(item: str | dict[str, Any]) -> Document:
    return Document(item) if isinstance(item, str) else record_document(item)


def _clean_partition(
    items: Iterable[str | dict[str, Any]], pipeline: Pipeline, edits: bool
) -> list[dict[str, Any]]:
    return [pipeline(_as_document(item)).to_dict(edits=edits) for item in items]


def clean_bag(bag: db.Bag, pipeline: Pipeline | None = None, *, edits: bool = True) -> db.Bag:
    """Clean a bag of texts or records (dicts with ``text`` and optional ``path``).

    Returns a bag of records as :meth:`Document.to_dict` gives them.
    """
    pipe = pipeline if pipeline is not None else default_pipeline()
    return bag.map_partitions(_clean_partition, pipe, edits)


def _clean_series(series: Any, pipeline: Pipeline) -> Any:
    return series.map(lambda text: pipeline(str(text)).text)


def clean_column(
    frame: dd.DataFrame,
    column: str = "text",
    pipeline: Pipeline | None = None,
    *,
    into: str | None = None,
) -> dd.DataFrame:
    """Clean the text column of a dask DataFrame (into ``into``, default in place)."""
    pipe = pipeline if pipeline is not None else default_pipeline()
    cleaned = frame[column].map_partitions(_clean_series, pipe, meta=(into or column, "object"))
    return frame.assign(**{into or column: cleaned})


def _count_partition(
    items: Iterable[str | dict[str, Any]],
    config: LearnConfig | None,
    group: Callable[[Document], str] | None,
) -> list[LineCounts]:
    counts = LineCounts(config)
    for item in items:
        doc = _as_document(item)
        counts.add(doc, (group or outlet_of)(doc))
    return [counts]


def _merge(a: LineCounts, b: LineCounts) -> LineCounts:
    return a.merge(b)


def learn_bag(
    bag: db.Bag,
    config: LearnConfig | None = None,
    *,
    group: Callable[[Document], str] | None = None,
) -> BoilerplateModel:
    """Learn per-outlet boilerplate from a bag of texts or records, as a map-reduce."""
    counts = bag.map_partitions(_count_partition, config, group).fold(
        _merge, _merge, initial=LineCounts(config)
    )
    total: LineCounts = counts.compute()
    return total.model(config)


def local_client(workers: int | None = None) -> Client:
    """A client of a new local cluster: one single-threaded process a core."""
    from newsclean.parallel import default_jobs

    cluster = LocalCluster(
        n_workers=workers or default_jobs(),
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
    )
    return Client(cluster)


def run_on_cluster(
    pipeline: Pipeline,
    docs: Iterable[Document],
    *,
    scheduler: str | None = None,
    client: Client | None = None,
    fail_fast: bool = False,
    chunk_docs: int = 64,
    window: int | None = None,
) -> Iterator[Document]:
    """Clean documents on a cluster; yield them in input order.

    Args:
        pipeline: the pipeline to run (sent to the workers once).
        docs: the documents, read lazily in this process.
        scheduler: the scheduler's address; ``None`` starts a local cluster
            (closed again when the documents are done).
        client: an existing client to use instead.
        fail_fast: raise on the first document a step fails on.
        chunk_docs: documents sent to a worker at a time.
        window: chunks in flight at most (default: twice the workers), which
            bounds memory here.
    """
    own = client is None
    if client is None:
        client = Client(scheduler) if scheduler else local_client()
    try:
        workers = max(len(client.scheduler_info().get("workers", {})), 1)
        limit = window or 2 * workers
        remote = client.scatter(pipeline, broadcast=True)
        pending: deque[Future[Any]] = deque()

        def collect(future: Future[Any]) -> list[Document]:
            cleaned, report = future.result()
            pipeline.report.merge(report)
            return list(cleaned)

        chunk: list[Document] = []
        for doc in docs:
            chunk.append(doc)
            if len(chunk) >= chunk_docs:
                pending.append(client.submit(clean_chunk, remote, chunk, fail_fast, pure=False))
                chunk = []
                while len(pending) >= limit:
                    yield from collect(pending.popleft())
        if chunk:
            pending.append(client.submit(clean_chunk, remote, chunk, fail_fast, pure=False))
        while pending:
            yield from collect(pending.popleft())
    finally:
        if own:
            cluster = client.cluster
            client.close()
            if cluster is not None:
                cluster.close()

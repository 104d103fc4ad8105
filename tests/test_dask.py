"""The Dask engine on a local cluster with two worker processes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

dask_bag = pytest.importorskip("dask.bag", reason="the dask extra is not installed")
distributed = pytest.importorskip("distributed")

import newsclean  # noqa: E402
from newsclean.cli import main  # noqa: E402
from newsclean.corpus import read_documents  # noqa: E402
from newsclean.dask import clean_bag, clean_column, learn_bag, run_on_cluster  # noqa: E402
from newsclean.learn import LearnConfig, learn  # noqa: E402

from .conftest import FIXTURES, NAMES, article, gold  # noqa: E402


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def test_run_on_cluster_equals_local(client: distributed.Client) -> None:
    docs = list(read_documents([FIXTURES / "articles.bundle"]))
    local = [
        newsclean.default_pipeline()(d).text for d in read_documents([FIXTURES / "articles.bundle"])
    ]
    pipeline = newsclean.default_pipeline()
    remote = list(run_on_cluster(pipeline, docs, client=client, chunk_docs=2))
    assert [d.path for d in remote] == [f"{n}.txt" for n in NAMES]
    assert [d.text for d in remote] == local
    assert pipeline.report.documents == 5


def test_clean_bag_of_records(client: distributed.Client) -> None:
    records = [{"path": f"{n}.txt", "text": article(n), "lang": "en"} for n in NAMES]
    bag = dask_bag.from_sequence(records, npartitions=2)
    out = clean_bag(bag).compute(scheduler=client.get)
    assert [r["text"] for r in out] == [gold(n) for n in NAMES]
    assert all(r["lang"] == "en" for r in out)


def test_clean_column(client: distributed.Client) -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    frame = dd.from_pandas(pd.DataFrame({"text": [article(n) for n in NAMES]}), npartitions=2)
    out = clean_column(frame, into="clean").compute(scheduler=client.get)
    assert list(out["clean"]) == [gold(n) for n in NAMES]
    assert list(out["text"]) == [article(n) for n in NAMES]


def test_learn_bag_equals_local_learning(client: distributed.Client) -> None:
    footer = "Sign up for the Harbor Gazette morning newsletter today"
    texts = [
        {
            "text": f"Story number {i} about the harbour.\n\nIt rained on day {i}.\n\n{footer}",
            "site": "gazette.example",
        }
        for i in range(8)
    ]
    config = LearnConfig(min_docs=3)
    model = learn_bag(dask_bag.from_sequence(texts, npartitions=3), config)
    from newsclean.document import Document

    local = learn((Document(t["text"], attrs={"site": t["site"]}) for t in texts), config)
    assert model.to_json() == local.to_json()
    assert model.is_boilerplate("gazette.example", footer)


def test_cli_engine_dask_output_identical(tmp_path: Path, client: distributed.Client) -> None:
    address = client.scheduler.address
    local, remote = tmp_path / "local.bundle", tmp_path / "remote.bundle"
    bundle = str(FIXTURES / "articles.bundle")
    assert main(["clean", bundle, "-o", str(local), "-j", "1", "-q"]) == 0
    assert (
        main(["clean", bundle, "-o", str(remote), "--engine", "dask", "--scheduler", address, "-q"])
        == 0
    )
    assert local.read_bytes() == remote.read_bytes()

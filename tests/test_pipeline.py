"""The pipeline registry, custom steps and the report."""

from __future__ import annotations

import json

import pytest

import newsclean
from newsclean import Document, Pipeline, Report, default_pipeline, text_step
from newsclean.pipeline import CleanerError


def shout(text: str) -> str:
    return text.upper()


def test_default_pipeline_order_and_names() -> None:
    names = default_pipeline().names
    assert names[:2] == ["controls", "encoding"]
    assert names.index("tweets") < names.index("emoji")
    assert names[-3:] == ["whitespace", "paragraphs", "title"]


def test_add_remove_replace_move() -> None:
    p = default_pipeline()
    p.add(text_step("shout", shout), before="whitespace")
    assert p.names[p.names.index("shout") + 1] == "whitespace"
    p.move("shout", after="title")
    assert p.names[-1] == "shout"
    p.remove("emoji")
    assert "emoji" not in p
    p.replace("shout", text_step("shout", str.lower))
    assert p("ABC").text == "abc\n"
    with pytest.raises(ValueError, match="already"):
        p.add(text_step("shout", shout))
    with pytest.raises(KeyError, match="no step named 'nope'"):
        p.remove("nope")
    with pytest.raises(ValueError, match="already"):
        p.replace("title", text_step("markup", str))


def test_only_and_without_make_new_pipelines() -> None:
    p = default_pipeline()
    only = p.only(["whitespace", "markup"])
    assert only.names == ["markup", "whitespace"]  # the pipeline's order, not the caller's
    assert "emoji" in p
    assert "emoji" not in p.without(["emoji"])


def test_step_configuration_by_overrides() -> None:
    p = default_pipeline(emoji={"remove_all": True})
    assert p("Great 🎉 day").text == "Great day\n"
    assert newsclean.clean("Great 🎉 day").text == "Great 🎉 day\n"
    with pytest.raises(ValueError, match="no built-in step named nonexistent"):
        default_pipeline(nonexistent={})


def test_config_objects_are_frozen() -> None:
    step = default_pipeline()["emoji"]
    with pytest.raises(AttributeError):
        step.config.remove_all = True  # type: ignore[attr-defined]


def test_failing_step_is_reported_and_document_passes_on() -> None:
    def boom(text: str) -> str:
        raise RuntimeError("kaputt")

    p = Pipeline([text_step("ws", str.strip), text_step("boom", boom)])
    docs = list(p.run([Document("  a  ", path="x.txt")]))
    assert docs[0].text == "a"
    assert docs[0].errors and "kaputt" in docs[0].errors[0]
    assert p.report.errors[0]["path"] == "x.txt"
    assert p.report.steps["boom"].errors == 1
    with pytest.raises(CleanerError, match=r"x\.txt.*boom"):
        p(Document("a", path="x.txt"), fail_fast=True)


def test_report_counts_and_merges() -> None:
    p = default_pipeline()
    p("Title\n\n\n\nBody   text.\n")
    p("Another\u00a0one\n")
    data = p.report.to_dict()
    assert data["documents"] == 2
    assert data["steps"]["whitespace"]["changed"] == 2
    merged = Report().merge(p.report).merge(p.report)
    assert merged.documents == 4
    assert merged.steps["whitespace"].edits == 2 * p.report.steps["whitespace"].edits
    assert Report.from_dict(json.loads(p.report.to_json())).to_dict() == data


def test_report_counts_whole_lines_removed() -> None:
    p = default_pipeline()
    story = " ".join(["The council met on Monday and agreed the budget for next year."] * 3)
    p(f"Budget agreed\n\n{story}\n\nRelated posts\n\nLeave a Reply\n")
    assert p.report.steps["boilerplate"].lines_removed["boilerplate"] == 2
    assert p.report.steps["whitespace"].lines_removed == {}


def test_no_text_outlives_its_document() -> None:
    """The line-split memo the steps share is dropped when a document is done."""
    import gc
    import weakref

    from newsclean import text as text_module

    class Text(str):
        pass

    source = Text("Title\n\nBody line one.\nBody line two.\n")
    ref = weakref.ref(source)
    doc = newsclean.default_pipeline()(source)
    assert text_module._last_split == (None, ())
    del source, doc
    gc.collect()
    assert ref() is None


def test_no_text_outlives_a_document_whose_step_failed() -> None:
    from newsclean import text as text_module

    def failing(doc: Document) -> None:
        text_module.split_lines(doc.text)
        raise RuntimeError("boom")

    class Failing:
        name = "failing"

        def __call__(self, doc: Document) -> None:
            failing(doc)

    with pytest.raises(CleanerError):
        Pipeline([Failing()])("Some text\nmore\n")
    assert text_module._last_split == (None, ())

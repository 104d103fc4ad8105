"""The document's edit log: original offsets, undo, metadata records."""

from __future__ import annotations

import bisect
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.document import Change, Document, Metadata, Tweet, undo


def test_offsets_refer_to_the_original_after_earlier_edits() -> None:
    doc = Document("aa XX bb YY cc")
    doc.apply("one", [Change(3, 6, "", "x", "boilerplate")])  # "aa bb YY cc"
    doc.apply("two", [Change(6, 9, "", "y", "boilerplate")])  # "aa bb cc"
    assert doc.text == "aa bb cc"
    first, second = doc.edits
    assert (first.start, first.end, first.removed) == (3, 6, "XX ")
    assert (second.start, second.end, second.removed) == (9, 12, "YY ")
    assert doc.original[second.start : second.end] == second.removed


def test_line_numbers_are_those_of_the_original() -> None:
    doc = Document("title\n\nnoise\n\nbody\n\nfooter")
    doc.apply("a", [Change(7, 12, "", "r", "boilerplate")])
    doc.apply("b", [Change(doc.text.index("footer"), len(doc.text), "", "r", "boilerplate")])
    assert [e.line for e in doc.edits] == [3, 7]


def test_replacement_then_edit_inside_it_maps_to_the_replaced_span() -> None:
    doc = Document("x [link](http://a) y")
    doc.apply("markup", [Change(2, 18, "link", "link", "markup")])
    assert doc.text == "x link y"
    doc.apply("later", [Change(2, 6, "", "r", "boilerplate")])
    edit = doc.edits[-1]
    assert (edit.start, edit.end) == (2, 18)
    assert undo(doc) == "x [link](http://a) y"


def test_a_change_that_ends_before_it_starts_is_refused() -> None:
    doc = Document("0123456789")
    with pytest.raises(ValueError, match="out-of-range"):
        doc.apply("bad", [Change(7, 2, "XY")])
    assert doc.text == "0123456789" and doc.edits == []


def test_overlapping_changes_are_refused() -> None:
    doc = Document("abcdef")
    try:
        doc.apply("bad", [Change(0, 3), Change(2, 4)])
    except ValueError as exc:
        assert "overlapping" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("overlap accepted")


def test_metadata_round_trips_through_dict() -> None:
    meta = Metadata(title="T", authors=["A"], tags=["x", "y"], date="2023-03-21")
    meta.tweets.append(Tweet(handle="h", name="N", date="2023-03-20", links=["pic.twitter.com/x"]))
    assert Metadata.from_dict(meta.to_dict()) == meta


@st.composite
def edit_rounds(draw: st.DrawFn) -> tuple[str, list[list[tuple[int, int, str]]]]:
    text = draw(st.text(alphabet="ab\n ", min_size=0, max_size=40))
    rounds = []
    length = len(text)
    for _ in range(draw(st.integers(0, 4))):
        cuts = sorted(draw(st.lists(st.integers(0, length), max_size=6)))
        changes = []
        for a, b in zip(cuts[::2], cuts[1::2], strict=False):
            changes.append((a, b, draw(st.sampled_from(["", "Z", "ZZ"]))))
        rounds.append(changes)
        length += sum(len(new) - (b - a) for a, b, new in changes)
    return text, rounds


@given(edit_rounds())
def test_undo_restores_the_original_and_untouched_spans_map_exactly(
    case: tuple[str, list[list[tuple[int, int, str]]]],
) -> None:
    text, rounds = case
    doc = Document(text)
    for i, changes in enumerate(rounds):
        doc.apply(f"step{i}", [Change(a, b, new, "r", "c") for a, b, new in changes])
    assert undo(doc) == text
    for edit in doc.edits:
        assert 0 <= edit.start <= edit.end <= len(text)
        assert edit.line == doc.line_of(edit.start)
        assert edit.end_line == doc.line_of(max(edit.end - 1, edit.start))
        if edit.removed and "Z" not in edit.removed:  # text that was never rewritten
            # its original span holds it, less what earlier edits already took out
            span = text[edit.start : edit.end]
            assert span[0] == edit.removed[0] and span[-1] == edit.removed[-1]
            rest = iter(span)
            assert all(ch in rest for ch in edit.removed)


def test_a_pickled_document_keeps_its_text_metadata_log_and_offsets() -> None:
    """Worker processes send documents back pickled: nothing may be lost."""
    import pickle

    doc = Document("Title\n\nBy Ann Lee\n\nA  body.", path="a.txt", attrs={"lang": "en"})
    doc.apply("demo", [Change(7, 17, "", "byline", "byline")])
    doc.metadata.add("authors", "Ann Lee")
    doc.line_of(8)  # fills the line-start cache, which is not pickled
    copy = pickle.loads(pickle.dumps(doc))
    assert (copy.original, copy.text, copy.path, copy.attrs) == (
        doc.original,
        doc.text,
        doc.path,
        doc.attrs,
    )
    assert copy.metadata.authors == ["Ann Lee"]
    assert copy.edits == doc.edits
    # the offset map travels too: a later change is logged at its original place
    copy.apply("demo", [Change(copy.text.index("  "), copy.text.index("  ") + 2, " ", "r", "c")])
    assert copy.edits[-1].start == doc.original.index("  ")
    assert copy.edits[-1].line == 5
    assert undo(copy) == doc.original


def _start_by_bisect(m: Any, pos: int) -> int:
    # the per-span look-up the sweep in ``_OffsetMap.spans`` replaced
    i = max(bisect.bisect_right(m.cur, pos) - 1, 0)
    if m.copied[i]:
        return int(m.orig[i] + min(pos - m.cur[i], m.orig_len[i]))
    return int(m.orig[i])


def _end_by_bisect(m: Any, pos: int, start: int) -> int:
    if pos <= start:
        return _start_by_bisect(m, pos)
    i = max(bisect.bisect_right(m.cur, pos - 1) - 1, 0)
    if m.copied[i]:
        return int(m.orig[i] + min(pos - m.cur[i], m.orig_len[i]))
    return int(m.orig[i] + m.orig_len[i])


@given(edit_rounds(), st.data())
def test_the_offset_sweep_agrees_with_a_look_up_per_span(
    case: tuple[str, list[list[tuple[int, int, str]]]], data: st.DataObject
) -> None:
    text, rounds = case
    doc = Document(text)
    doc.apply("seed", [Change(0, 0, "", "r", "c")])  # (a no-op: no map yet)
    for i, changes in enumerate(rounds):
        doc.apply(f"step{i}", [Change(a, b, new, "r", "c") for a, b, new in changes])
    if doc._map is None:
        return
    cuts = sorted(data.draw(st.lists(st.integers(0, len(doc.text)), max_size=8)))
    spans = list(zip(cuts[::2], cuts[1::2], strict=False))
    expected = [(_start_by_bisect(doc._map, a), _end_by_bisect(doc._map, b, a)) for a, b in spans]
    assert doc._map.spans(spans) == expected

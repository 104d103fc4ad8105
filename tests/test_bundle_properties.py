"""Hypothesis properties of ``newsclean.bundle``: round trips and robustness."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean.bundle import (
    BundleError,
    BundleReader,
    Member,
    dumps,
    escape_body,
    loads,
    read,
    safe_member_path,
    unescape_body,
    write,
)

# Lines that look like (or almost like) the markers of the format.
MARKERISH = st.sampled_from(
    [
        "<<<FILE a>>>",
        "<<<FILE: a b=c>>>",
        '<<<FILE "a b" k="v">>>',
        "<<<FILE",
        "<<<FILEX",
        "<<<END FILE>>>",
        "<<<END FILE: a>>>",
        "<<<END FILE a>>>",
        "<<<END>>>",
        "<<<EOF>>>",
        "<<<END",
        "<<<ENDING",
        "\\<<<FILE x>>>",
        "\\\\<<<END>>>",
        "\\",
        "<<<",
        ">>>",
        '"',
        "=",
        "\ufeff",
        "",
    ]
)
# White space (including a lone CR and Unicode spaces) and backslashes to put before them.
LEAD = st.text(alphabet=" \t\r\x0b\x0c\x85\u00a0\u2028\u3000\\", max_size=4)
LINE_BREAKS = st.sampled_from(["\n", "\r\n", "\r", ""])

line = st.one_of(
    st.text(),
    MARKERISH,
    st.builds(
        lambda lead, marker, tail: lead + marker + tail, LEAD, MARKERISH, st.text(max_size=5)
    ),
)
lines_text = st.lists(st.tuples(line, LINE_BREAKS), max_size=8).map(
    lambda pairs: "".join(text + brk for text, brk in pairs)
)
# Any text at all, weighted towards text that stresses the format.
bodies = st.one_of(st.text(), lines_text, st.sampled_from(["", "\n", "\r", "\r\n", "\n\n"]))
keys = st.from_regex(r"[A-Za-z_][A-Za-z0-9_.-]{0,8}", fullmatch=True)
values = st.one_of(st.text(max_size=20), st.text(alphabet=' "\\=>\n\r\t<', max_size=8), MARKERISH)
attrs = st.lists(st.tuples(keys, values), max_size=4).map(tuple)
paths = st.one_of(
    st.text(min_size=1, max_size=20),
    st.text(alphabet='ab/ "\\=>:\n\r\t', min_size=1, max_size=8),
    MARKERISH.filter(bool),
)
members_strategy = st.lists(
    st.builds(Member, paths, bodies, attrs), max_size=5, unique_by=lambda m: m.path
)
bundle_text = st.one_of(
    st.text(),
    st.lists(st.tuples(line, LINE_BREAKS), max_size=12).map(
        lambda pairs: "".join(text + brk for text, brk in pairs)
    ),
)


@given(members_strategy)
def test_dumps_loads_round_trip_strict(members: list[Member]) -> None:
    assert loads(dumps(members), strict=True) == members


@given(members_strategy)
def test_dumps_loads_round_trip_lenient(members: list[Member]) -> None:
    reader = BundleReader(io.StringIO(dumps(members), newline=""))
    assert list(reader) == members
    assert reader.warnings == []
    assert reader.preamble == ""


@given(st.lists(st.builds(Member, st.text(max_size=3), bodies, attrs), max_size=5))
def test_lenient_round_trip_with_any_paths(members: list[Member]) -> None:
    """Empty and repeated paths are written too, and read back in lenient mode."""
    assert loads(dumps(members)) == members


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(members_strategy)
def test_write_read_file_round_trip(members: list[Member]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "out.bundle"
        assert write(members, target) == len(members)
        assert list(read(target, strict=True)) == members
        assert target.read_bytes() == dumps(members).encode("utf-8")
        assert [p.name for p in Path(folder).iterdir()] == ["out.bundle"]


@given(members_strategy)
def test_write_is_stable(members: list[Member]) -> None:
    text = dumps(members)
    assert dumps(loads(text, strict=True)) == text


@given(bodies)
def test_escape_unescape_inverse(body: str) -> None:
    assert unescape_body(escape_body(body)) == body


@given(bundle_text, st.booleans())
def test_loads_raises_only_bundle_error(text: str, strict: bool) -> None:
    try:
        members = loads(text, strict=strict)
    except BundleError as error:
        assert error.line is not None and error.line >= 1
        assert error.source == "<string>"
    else:
        assert all(isinstance(m, Member) for m in members)


@given(
    st.one_of(st.binary(), bundle_text.map(lambda t: t.encode("utf-8", "surrogatepass"))),
    st.booleans(),
    st.sampled_from(["strict", "replace", "surrogateescape", "cp1252"]),
)
def test_read_bytes_raises_only_bundle_error(data: bytes, strict: bool, errors: str) -> None:
    try:
        list(read(io.BytesIO(data), strict=strict, errors=errors))
    except BundleError as error:
        assert error.line is not None
        if error.offset is not None:
            assert 0 <= error.offset < len(data)


@given(st.binary())
def test_surrogateescape_members_write_back_to_readable_bytes(data: bytes) -> None:
    """Members read from any bytes with surrogateescape write back and read the same."""
    try:
        members = list(read(io.BytesIO(data), errors="surrogateescape"))
    except BundleError:
        return
    buffer = io.BytesIO()
    write(members, buffer)
    buffer.seek(0)
    assert list(read(buffer, errors="surrogateescape")) == members


@settings(deadline=None)
@given(st.text(max_size=30))
def test_safe_member_path_stays_inside_root(path: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        try:
            target = safe_member_path(root, path)
        except BundleError:
            return
        resolved = target.resolve()
        assert resolved != root.resolve()
        assert resolved.is_relative_to(root.resolve())

"""Tests for ``newsclean.bundle``: the ``<<<FILE ... >>>`` bundle format."""

from __future__ import annotations

import io
import os
import pickle
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsclean.bundle import (
    BundleError,
    BundleReader,
    Member,
    atomic_write,
    codec_errors,
    dumps,
    escape_body,
    format_header,
    format_member,
    loads,
    parse_header,
    quote,
    read,
    safe_member_path,
    unescape_body,
    unpack,
    write,
)

FIXTURES = Path(__file__).parent.parent / "fixtures"


def reader_for(text: str, *, strict: bool = False) -> tuple[list[Member], BundleReader]:
    """Read ``text`` fully and return the members and the reader (for warnings)."""
    reader = BundleReader(io.StringIO(text, newline=""), strict=strict, source="<test>")
    return list(reader), reader


def error_for(text: str, *, strict: bool) -> BundleError:
    """Read ``text`` and return the BundleError it raises."""
    with pytest.raises(BundleError) as info:
        loads(text, strict=strict)
    return info.value


# --------------------------------------------------------------------------- Member


class TestMember:
    def test_attrs_from_mapping_keep_order(self) -> None:
        member = Member("a", "t", {"z": "1", "a": "2"})  # type: ignore[arg-type]
        assert member.attrs == (("z", "1"), ("a", "2"))

    def test_attrs_from_pairs_and_tuple_are_equal(self) -> None:
        from_list = Member("a", "t", [("k", "v")])  # type: ignore[arg-type]
        from_tuple = Member("a", "t", (("k", "v"),))
        assert from_list == from_tuple
        assert isinstance(from_list.attrs, tuple)
        assert hash(from_list) == hash(from_tuple)

    def test_attributes_is_a_fresh_copy(self) -> None:
        member = Member("a", "t", (("k", "v"),))
        copy = member.attributes
        copy["k"] = "changed"
        assert member.attributes == {"k": "v"}

    def test_repeated_keys_are_kept_in_attrs(self) -> None:
        member = Member("a", "t", (("k", "1"), ("k", "2")))
        assert member.attrs == (("k", "1"), ("k", "2"))
        assert member.attributes == {"k": "2"}

    def test_is_frozen(self) -> None:
        member = Member("a", "t")
        with pytest.raises(AttributeError):
            member.path = "b"  # type: ignore[misc]

    @pytest.mark.parametrize("attrs", [[("k",)], [("k", 1)], "kv", 5])
    def test_bad_attrs_are_refused(self, attrs: object) -> None:
        with pytest.raises(TypeError):
            Member("a", "t", attrs)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- BundleError


class TestBundleError:
    def test_message_format_and_attributes(self) -> None:
        error = BundleError("bad thing", expected="good thing", source="x.bundle", line=7)
        assert str(error) == "x.bundle:7: bad thing; expected good thing"
        assert (error.source, error.line, error.offset) == ("x.bundle", 7, None)
        assert isinstance(error, ValueError)

    def test_pickle_keeps_attributes(self) -> None:
        error = BundleError("bad", expected="good", source="s", line=2, offset=9)
        copy = pickle.loads(pickle.dumps(error))
        assert str(copy) == str(error)
        assert (copy.line, copy.offset, copy.source) == (2, 9, "s")


# --------------------------------------------------------------------------- writing


class TestQuoteAndHeader:
    @pytest.mark.parametrize(
        ("value", "written"),
        [
            ("world/002.txt", "world/002.txt"),
            ("a\\b", "a\\b"),
            ("a b", '"a b"'),
            ('say "hi"', '"say \\"hi\\""'),
            ("a=b", '"a=b"'),
            ("a>b", '"a>b"'),
            ("back\\slash and space", '"back\\\\slash and space"'),
            ("two\nlines\r", '"two\\nlines\\r"'),
            ("", '""'),
            ("tab\there", '"tab\there"'),
        ],
    )
    def test_quote(self, value: str, written: str) -> None:
        assert quote(value) == written

    def test_format_header(self) -> None:
        member = Member("world/002.txt", "", {"url": "https://example.org/a?id=2", "lang": "en"})  # type: ignore[arg-type]
        assert (
            format_header(member)
            == '<<<FILE world/002.txt url="https://example.org/a?id=2" lang=en>>>'
        )

    @pytest.mark.parametrize("key", ["", "1a", "a b", "a=b", "ä"])
    def test_invalid_key_is_refused(self, key: str) -> None:
        with pytest.raises(BundleError, match="expected a key matching"):
            format_header(Member("a", "", ((key, "v"),)))

    def test_format_member_layout(self) -> None:
        assert format_member(Member("a", "x\n")) == "<<<FILE a>>>\nx\n\n<<<END FILE>>>\n"

    def test_body_ending_in_lone_cr_is_closed_with_crlf(self) -> None:
        written = format_member(Member("a", "x\r"))
        assert written == "<<<FILE a>>>\nx\r\r\n<<<END FILE>>>\n"
        assert loads(written, strict=True) == [Member("a", "x\r")]


class TestEscaping:
    @pytest.mark.parametrize(
        ("line", "escaped"),
        [
            ("<<<FILE a>>>", "\\<<<FILE a>>>"),
            ("<<<END FILE>>>", "\\<<<END FILE>>>"),
            ("<<<EOF>>>", "\\<<<EOF>>>"),
            ("<<<ENDING", "\\<<<ENDING"),
            ("\\<<<FILE a>>>", "\\\\<<<FILE a>>>"),
            ("\\\\<<<EOF", "\\\\\\<<<EOF"),
            ("  <<<FILE a>>>", "  \\<<<FILE a>>>"),
            ("\t\\<<<END>>>", "\t\\\\<<<END>>>"),
            ("x <<<FILE a>>>", "x <<<FILE a>>>"),
            ("\\x<<<FILE", "\\x<<<FILE"),
            ("<<<file a>>>", "<<<file a>>>"),
        ],
    )
    def test_escape_line(self, line: str, escaped: str) -> None:
        assert escape_body(line) == escaped
        assert unescape_body(escaped) == line

    def test_escaped_body_round_trips(self) -> None:
        body = "<<<FILE x>>>\r\n  <<<END FILE>>>\n\\<<<EOF>>>\n<<<END FILE: a>>>"
        written = dumps([Member("a", body)])
        assert written.count("\n<<<END FILE>>>\n") == 1
        assert loads(written, strict=True) == [Member("a", body)]

    def test_reader_removes_one_backslash_from_hand_made_bundle(self) -> None:
        text = "<<<FILE a>>>\n\\<<<FILE b>>>\n\\\\<<<END>>>\n<<<END>>>\n"
        assert loads(text, strict=True) == [Member("a", "<<<FILE b>>>\n\\<<<END>>>")]

    def test_backslash_lines_that_are_not_markers_are_untouched(self) -> None:
        text = "<<<FILE a>>>\n\\n\\\\\n<<<END>>>\n"
        assert loads(text) == [Member("a", "\\n\\\\")]


# --------------------------------------------------------------------------- grammar


class TestHeaderGrammar:
    @pytest.mark.parametrize(
        ("line", "path", "attrs"),
        [
            ("<<<FILE a.txt>>>", "a.txt", ()),
            ("<<<FILE: a.txt>>>", "a.txt", ()),
            ("<<<FILE:a.txt>>>", "a.txt", ()),
            ("<<<FILE\ta.txt >>>", "a.txt", ()),
            ("   <<<FILE a.txt>>>  \r", "a.txt", ()),
            ('<<<FILE "a b.txt">>>', "a b.txt", ()),
            ('<<<FILE "q\\"uo\\\\te">>>', 'q"uo\\te', ()),
            ('<<<FILE "C:\\data">>>', "C:\\data", ()),
            ("<<<FILE a k=v>>>", "a", (("k", "v"),)),
            (
                '<<<FILE a b_2.x-y="1 2" c="" d= e=>>>',
                "a",
                (("b_2.x-y", "1 2"), ("c", ""), ("d", ""), ("e", "")),
            ),
            ("<<<FILE a z=1 a=2 z=3>>>", "a", (("z", "1"), ("a", "2"), ("z", "3"))),
            ('<<<FILE a v="x>y=z \\"w\\"">>>', "a", (("v", 'x>y=z "w"'),)),
            ("<<<FILE :x>>>", ":x", ()),
            ("<<<FILE <<<END>>>", "<<<END", ()),
        ],
    )
    def test_valid_headers(self, line: str, path: str, attrs: tuple[tuple[str, str], ...]) -> None:
        assert parse_header(line) == (path, attrs)

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("<<<FILE a.txt", "a closing '>>>'"),
            ("<<<FILE a.txt>>> trailing", "a closing '>>>'"),
            ("<<<FILEa.txt>>>", "':' or white space after '<<<FILE'"),
            ('<<<FILE "a.txt>>>', "a closing '\"'"),
            ("<<<FILE a k>>>", "key=value"),
            ("<<<FILE a 1k=v>>>", "a key matching"),
            ('<<<FILE a k="v>>>', "a closing '\"'"),
            ('<<<FILE "a"k=v>>>', "white space"),
            ("<<<FILE a k=v=w>>>", "white space"),
            ("<<<FILE =a>>>", "a path"),
            ("<<<FILE a>b>>>", "white space"),
        ],
    )
    def test_malformed_headers(self, line: str, expected: str) -> None:
        with pytest.raises(BundleError) as info:
            parse_header(line)
        assert info.value.expected is not None
        assert expected in info.value.expected

    @pytest.mark.parametrize("strict", [True, False])
    def test_malformed_header_names_line_in_both_modes(self, strict: bool) -> None:
        text = "<<<FILE a>>>\nbody\n<<<END FILE>>>\n<<<FILE b.txt\nmore\n"
        error = error_for(text, strict=strict)
        assert error.line == 4
        assert error.source == "<string>"
        assert "expected a closing '>>>'" in str(error)
        assert "'<<<FILE PATH [key=value ...]>>>'" in str(error)
        assert str(error).startswith("<string>:4: ")


class TestEndLines:
    @pytest.mark.parametrize(
        "end",
        [
            "<<<END FILE>>>",
            "<<<END FILE: a b>>>".replace("a b", '"a b"'),
            '<<<END FILE "a b">>>',
            "<<<END>>>",
            "<<<EOF>>>",
            "  <<<END FILE>>>\t",
            '<<<END FILE:"a b" >>>',
        ],
    )
    @pytest.mark.parametrize("strict", [True, False])
    def test_every_end_line_variant(self, end: str, strict: bool) -> None:
        text = f'<<<FILE "a b">>>\nbody\n{end}\n<<<FILE c>>>\nmore\n<<<END>>>\n'
        assert loads(text, strict=strict) == [Member("a b", "body"), Member("c", "more")]

    @pytest.mark.parametrize("end", ["<<<END FILE: a.txt>>>", "<<<END FILE a.txt>>>"])
    def test_bare_named_path(self, end: str) -> None:
        assert loads(f"<<<FILE a.txt>>>\nx\n{end}\n", strict=True) == [Member("a.txt", "x")]

    def test_path_mismatch_strict(self) -> None:
        error = error_for("<<<FILE a>>>\nx\n<<<END FILE: b>>>\n", strict=True)
        assert error.line == 3
        assert "'b'" in error.what and "'a'" in error.what
        assert "expected '<<<END FILE>>>' or '<<<END FILE: a>>>'" in str(error)

    def test_path_mismatch_lenient_warns_and_ends_member(self) -> None:
        members, reader = reader_for("<<<FILE a>>>\nx\n<<<END FILE: b>>>\n")
        assert members == [Member("a", "x")]
        assert len(reader.warnings) == 1
        assert reader.warnings[0].startswith("<test>:3: ")

    @pytest.mark.parametrize("strict", [True, False])
    @pytest.mark.parametrize(
        ("text", "line"),
        [
            ("<<<END FILE>>>\n", 1),
            ("\n\n<<<EOF>>>\n", 3),
            ("<<<FILE a>>>\nx\n<<<END>>>\n<<<END>>>\n", 4),
        ],
    )
    def test_end_line_with_no_open_member(self, text: str, line: int, strict: bool) -> None:
        error = error_for(text, strict=strict)
        assert error.line == line
        assert "no open member" in error.what
        assert error.expected is not None and "'<<<FILE PATH>>>' header before it" in error.expected

    @pytest.mark.parametrize("strict", [True, False])
    @pytest.mark.parametrize(
        "end", ["<<<END FILE", "<<<ENDFILE>>>", "<<<EOF FILE>>>", "<<<ENDING>>>"]
    )
    def test_malformed_end_line(self, end: str, strict: bool) -> None:
        error = error_for(f"<<<FILE a>>>\nx\n{end}\n", strict=strict)
        assert error.line == 3
        assert "'<<<END FILE>>>'" in str(error.expected)


class TestBody:
    @pytest.mark.parametrize(
        ("text", "body"),
        [
            ("<<<FILE a>>>\na\n<<<END FILE>>>\n", "a"),
            ("<<<FILE a>>>\na\n\n<<<END FILE>>>\n", "a\n"),
            ("<<<FILE a>>>\n<<<END FILE>>>\n", ""),
            ("<<<FILE a>>>\n\n<<<END FILE>>>\n", ""),
            ("<<<FILE a>>>\n\n\n<<<END FILE>>>\n", "\n"),
            ("<<<FILE a>>>\n  \n<<<END FILE>>>", "  "),
            ("<<<FILE a>>>\na\rb\n<<<END FILE>>>\n", "a\rb"),
        ],
    )
    def test_less_exactly_one_line_break(self, text: str, body: str) -> None:
        assert loads(text, strict=True) == [Member("a", body)]

    def test_crlf_bundle(self) -> None:
        text = (
            "<<<FILE a>>>\r\none\r\ntwo\r\n<<<END FILE>>>\r\n"
            "<<<FILE b>>>\r\n<<<END FILE>>>\r\n"
            "<<<FILE c>>>\r\n\r\n\r\n<<<END FILE>>>\r\n"
        )
        assert loads(text, strict=True) == [
            Member("a", "one\r\ntwo"),
            Member("b", ""),
            Member("c", "\r\n"),
        ]

    def test_crlf_bundle_from_binary_file(self) -> None:
        data = b"<<<FILE a>>>\r\none\r\ntwo\r\n<<<END FILE>>>\r\n"
        assert list(read(io.BytesIO(data), strict=True)) == [Member("a", "one\r\ntwo")]

    def test_mixed_line_endings_kept_byte_for_byte(self) -> None:
        body = "a\r\nb\nc\rd\r\n"
        assert loads(dumps([Member("x", body)]), strict=True) == [Member("x", body)]

    def test_newline_in_attribute_value_round_trips(self) -> None:
        member = Member("p", "t", (("note", 'line 1\nline "2"\r\n\\end'),))
        written = dumps([member])
        assert written.splitlines()[0] == '<<<FILE p note="line 1\\nline \\"2\\"\\r\\n\\\\end">>>'
        assert loads(written, strict=True) == [member]

    def test_quoted_path_and_attrs_round_trip(self) -> None:
        members = [
            Member('my "file" =>.txt', "x", (("a", "b c"), ("d", ""))),
            Member("plain.txt", "y", (("url", "https://e.org/?a=1&b=2"),)),
        ]
        assert loads(dumps(members), strict=True) == members


# --------------------------------------------------------------------------- modes


class TestPreambleAndBom:
    def test_bom_is_ignored_bytes(self) -> None:
        data = b"\xef\xbb\xbf<<<FILE a>>>\nx\n<<<END>>>\n"
        reader = BundleReader(io.BytesIO(data), strict=True)
        assert list(reader) == [Member("a", "x")]
        assert reader.preamble == ""

    def test_bom_is_ignored_text(self) -> None:
        assert loads("\ufeff<<<FILE a>>>\nx\n<<<END>>>\n", strict=True) == [Member("a", "x")]

    def test_bom_later_in_the_file_is_text(self) -> None:
        assert loads("<<<FILE a>>>\n\ufeffx\n<<<END>>>\n") == [Member("a", "\ufeffx")]

    def test_lenient_preamble_kept_and_reported(self) -> None:
        members, reader = reader_for("\nNotes about\nthis corpus\n<<<FILE a>>>\nx\n<<<END>>>\n")
        assert members == [Member("a", "x")]
        assert reader.preamble == "\nNotes about\nthis corpus\n"
        assert reader.warnings == ["<test>:2: text before the first header is kept as the preamble"]

    def test_blank_preamble_is_not_reported(self) -> None:
        members, reader = reader_for(" \n\t\n<<<FILE a>>>\nx\n<<<END>>>\n", strict=True)
        assert members == [Member("a", "x")]
        assert reader.preamble == " \n\t\n"
        assert reader.warnings == []

    def test_strict_preamble_is_an_error(self) -> None:
        error = error_for("\n\nhello\n<<<FILE a>>>\nx\n<<<END>>>\n", strict=True)
        assert error.line == 3
        assert "only blank lines before the first" in str(error)

    def test_preamble_of_bundle_without_header(self) -> None:
        members, reader = reader_for("just text\n")
        assert members == []
        assert reader.preamble == "just text\n"
        assert len(reader.warnings) == 1

    def test_preamble_available_after_first_header(self) -> None:
        reader = BundleReader(io.StringIO("intro\n<<<FILE a>>>\nx\n<<<END>>>\n<<<FILE b>>>\n"))
        next(reader)
        assert reader.preamble == "intro\n"

    def test_empty_input(self) -> None:
        assert loads("", strict=True) == []
        assert list(read(io.BytesIO(b""), strict=True)) == []


class TestLenientMode:
    def test_member_without_end_line_ends_before_next_header(self) -> None:
        text = "<<<FILE a>>>\none\n\n  \n<<<FILE b>>>\ntwo\n<<<END>>>\n"
        assert loads(text) == [Member("a", "one\n\n  "), Member("b", "two")]

    @pytest.mark.parametrize(
        ("tail", "body"),
        [
            ("x\n", "x"),
            ("x", "x"),
            ("x\n\n", "x\n"),
            ("x\r\n", "x"),
            ("x\n \t\n\n", "x\n \t\n"),
            ("", ""),
        ],
    )
    def test_member_without_end_line_at_eof(self, tail: str, body: str) -> None:
        assert loads("<<<FILE a>>>\n" + tail) == [Member("a", body)]

    def test_member_cut_off_at_eof_is_reported(self) -> None:
        members, reader = reader_for("<<<FILE a>>>\nx\n<<<END>>>\n<<<FILE b>>>\nhalf a sen")
        assert members == [Member("a", "x"), Member("b", "half a sen")]
        assert reader.warnings == [
            "<test>:4: member 'b' has no end line: it ends at the end of the input "
            "(if the file was cut short, its text is incomplete)"
        ]

    def test_members_ended_by_headers_are_reported_once(self) -> None:
        text = "<<<FILE a>>>\n1\n<<<FILE b>>>\n2\n<<<FILE c>>>\n3\n<<<END>>>\n"
        members, reader = reader_for(text)
        assert [m.text for m in members] == ["1", "2", "3"]
        assert reader.warnings == [
            "<test>:1: member 'a' has no end line: it ends before the header on line 3"
            " (later members like it are not reported)"
        ]

    def test_the_first_member_without_end_line_is_reported_as_soon_as_it_ends(self) -> None:
        reader = BundleReader(io.StringIO("<<<FILE a>>>\n1\n<<<FILE b>>>\n2\n"), source="<t>")
        assert next(reader) == Member("a", "1")
        assert len(reader.warnings) == 1 and reader.warnings[0].startswith("<t>:1: member 'a'")

    def test_duplicate_paths_warn_and_are_yielded(self) -> None:
        text = (
            "<<<FILE a>>>\n1\n<<<END>>>\n<<<FILE b>>>\n2\n<<<END>>>\n<<<FILE a>>>\n3\n<<<END>>>\n"
        )
        members, reader = reader_for(text)
        assert [m.text for m in members] == ["1", "2", "3"]
        assert reader.warnings == ["<test>:7: duplicate path 'a' (first on line 1)"]

    def test_empty_path_warns(self) -> None:
        members, reader = reader_for('<<<FILE "">>>\nx\n<<<END>>>\n<<<FILE>>>\ny\n<<<END>>>\n')
        assert members == [Member("", "x"), Member("", "y")]
        assert [w.split(":")[1] for w in reader.warnings] == ["1", "4"]

    def test_text_between_members_is_ignored_with_warning(self) -> None:
        text = "<<<FILE a>>>\nx\n<<<END>>>\n\nstray\nmore\n<<<FILE b>>>\ny\n<<<END>>>\nz\n"
        members, reader = reader_for(text)
        assert members == [Member("a", "x"), Member("b", "y")]
        assert reader.warnings == [
            "<test>:5: text outside any member is ignored (up to the next header)",
            "<test>:10: text outside any member is ignored (up to the next header)",
        ]

    def test_blank_lines_between_members_are_fine(self) -> None:
        members, reader = reader_for(
            "<<<FILE a>>>\nx\n<<<END>>>\n\n \n<<<FILE b>>>\ny\n<<<END>>>\n\n"
        )
        assert members == [Member("a", "x"), Member("b", "y")]
        assert reader.warnings == []


class TestStrictMode:
    def test_missing_end_line_before_next_header(self) -> None:
        error = error_for("<<<FILE a>>>\nx\n<<<FILE b>>>\ny\n<<<END>>>\n", strict=True)
        assert error.line == 3
        assert "'a'" in error.what and "line 1" in error.what
        assert "expected '<<<END FILE>>>'" in str(error)

    def test_missing_end_line_at_eof(self) -> None:
        error = error_for("<<<FILE a>>>\nx\ny\n", strict=True)
        assert error.line == 4
        assert "end of file" in error.what and "'a'" in error.what
        assert "expected '<<<END FILE>>>'" in str(error)

    def test_empty_path(self) -> None:
        error = error_for('<<<FILE a>>>\n<<<END>>>\n<<<FILE "">>>\nx\n<<<END>>>\n', strict=True)
        assert error.line == 3
        assert "empty path" in error.what
        assert "expected a non-empty path" in str(error)

    @pytest.mark.parametrize("header", ["<<<FILE>>>", "<<<FILE >>>", "<<<FILE: >>>"])
    def test_header_without_path(self, header: str) -> None:
        error = error_for(f"{header}\nx\n<<<END>>>\n", strict=True)
        assert error.line == 1
        assert "empty path" in error.what

    def test_duplicate_path(self) -> None:
        text = "<<<FILE a>>>\n1\n<<<END>>>\n<<<FILE a>>>\n2\n<<<END>>>\n"
        error = error_for(text, strict=True)
        assert error.line == 4
        assert "duplicate path 'a' (first on line 1)" in error.what
        assert "expected a path that no earlier member has" in str(error)

    def test_text_between_members(self) -> None:
        error = error_for("<<<FILE a>>>\nx\n<<<END>>>\nstray\n", strict=True)
        assert error.line == 4
        assert "expected a '<<<FILE PATH>>>' header or a blank line" in str(error)


# --------------------------------------------------------------------------- decoding


class TestDecoding:
    DATA = b"<<<FILE a>>>\nfine\nbad \xff here\n<<<END FILE>>>\n"

    def test_invalid_utf8_names_byte_offset_and_line(self) -> None:
        with pytest.raises(BundleError) as info:
            list(read(io.BytesIO(self.DATA)))
        error = info.value
        assert error.offset == self.DATA.index(b"\xff") == 22
        assert error.line == 3
        assert "byte offset 22" in str(error)
        assert "0xff" in str(error)
        assert "errors='cp1252'" in str(error)

    def test_offset_counts_the_bom(self) -> None:
        data = b"\xef\xbb\xbf<<<FILE a>>>\n\xc3\x28\n<<<END>>>\n"
        with pytest.raises(BundleError) as info:
            list(read(io.BytesIO(data)))
        assert info.value.offset == 16
        assert info.value.line == 2

    def test_truncated_sequence_at_end_of_line(self) -> None:
        data = b"<<<FILE a>>>\nab\xe2\x82\n<<<END>>>\n"
        with pytest.raises(BundleError) as info:
            list(read(io.BytesIO(data), strict=True))
        assert info.value.offset == 15

    def test_invalid_utf8_from_path_names_file(self, tmp_path: Path) -> None:
        path = tmp_path / "bad.bundle"
        path.write_bytes(self.DATA)
        with pytest.raises(BundleError) as info:
            list(read(path))
        assert str(info.value).startswith(f"{path}:3: ")
        assert info.value.source == str(path)

    def test_replace(self) -> None:
        assert list(read(io.BytesIO(self.DATA), errors="replace")) == [
            Member("a", "fine\nbad \ufffd here")
        ]

    def test_the_cp1252_handler_only_decodes(self) -> None:
        with pytest.raises(UnicodeEncodeError):
            "\udcff".encode("utf-8", codec_errors("cp1252"))

    def test_unknown_errors_value_is_refused_at_once(self) -> None:
        from newsclean.corpus import read_documents

        with pytest.raises(ValueError, match="errors must be one of"):
            read_documents(["missing.bundle"], errors="ignore")

    def test_cp1252_reads_stray_latin1_bytes_as_letters(self) -> None:
        data = b"<<<FILE a>>>\ncaf\xe9 na\xefve \x93quoted\x94 \x81 ok \xc3\xa9\n<<<END FILE>>>\n"
        assert list(read(io.BytesIO(data), errors="cp1252")) == [
            # valid UTF-8 stays as it is; cp1252's undefined 0x81 is U+0081
            Member("a", "caf\u00e9 na\u00efve \u201cquoted\u201d \x81 ok \u00e9")
        ]

    def test_surrogateescape_round_trips_bytes(self, tmp_path: Path) -> None:
        members = list(read(io.BytesIO(self.DATA), errors="surrogateescape"))
        assert members == [Member("a", "fine\nbad \udcff here")]
        target = tmp_path / "out.bundle"
        write(members, target)
        assert target.read_bytes() == self.DATA
        buffer = io.BytesIO()
        write(members, buffer)
        assert buffer.getvalue() == self.DATA
        (written,) = unpack(members, tmp_path / "tree")
        assert written.read_bytes() == b"fine\nbad \xff here"

    def test_unknown_errors_value(self) -> None:
        with pytest.raises(ValueError, match="errors must be one of"):
            read(io.BytesIO(b""), errors="ignore")
        with pytest.raises(ValueError, match="errors must be one of"):
            BundleReader(io.BytesIO(b""), errors="bogus")

    def test_text_that_cannot_be_encoded_is_a_bundle_error(self) -> None:
        with pytest.raises(BundleError, match="not valid in UTF-8"):
            write([Member("a", "\ud800")], io.BytesIO())


# --------------------------------------------------------------------------- read()


class TestReadSources:
    BUNDLE = b'<<<FILE a>>>\r\nx\r\n<<<END FILE>>>\r\n<<<FILE "b c">>>\nlast'

    def test_path_and_pathlike(self, tmp_path: Path) -> None:
        path = tmp_path / "in.bundle"
        path.write_bytes(self.BUNDLE)
        expected = [Member("a", "x"), Member("b c", "last")]
        assert list(read(path)) == expected
        assert list(read(str(path))) == expected

    def test_stdin(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"<<<FILE a>>>\nx\n")))
        assert list(read("-")) == [Member("a", "x")]

    def test_stdin_error_source(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"<<<FILE a\n")))
        with pytest.raises(BundleError, match=r"^<stdin>:1: "):
            list(read("-"))

    def test_text_file_object_with_newline_empty_keeps_crlf(self, tmp_path: Path) -> None:
        path = tmp_path / "in.bundle"
        path.write_bytes(b"<<<FILE a>>>\r\nx\r\ny\r\r\n<<<END FILE>>>\r\n")
        with open(path, encoding="utf-8", newline="") as fp:
            assert list(read(fp, strict=True)) == [Member("a", "x\r\ny\r")]

    def test_read_is_lazy_and_closes_the_file(self, tmp_path: Path) -> None:
        path = tmp_path / "missing.bundle"
        members = read(path)  # nothing is opened yet
        path.write_bytes(b"<<<FILE a>>>\nx\n<<<END>>>\n")
        assert list(members) == [Member("a", "x")]

    def test_loads_source_is_string(self) -> None:
        with pytest.raises(BundleError, match=r"^<string>:1: "):
            loads("<<<FILE a")


class _CountingStream:
    """A binary stream served line by line that counts the bytes handed out.

    Calling ``read()`` without a size fails, so a reader that slurps is caught.
    """

    def __init__(self, lines: Iterator[bytes]) -> None:
        self._lines = lines
        self.consumed = 0

    def readline(self, size: int = -1) -> bytes:
        assert size == -1
        line = next(self._lines, b"")
        self.consumed += len(line)
        return line

    def read(self, size: int = -1) -> bytes:
        raise AssertionError("read() of the whole stream")


class TestStreaming:
    @staticmethod
    def lines(big_lines: int) -> Iterator[bytes]:
        yield b"<<<FILE small>>>\n"
        yield b"tiny\n"
        yield b"<<<END FILE>>>\n"
        yield b"<<<FILE big>>>\n"
        for _ in range(big_lines):
            yield b"x" * 1000 + b"\n"
        yield b"<<<END FILE>>>\n"

    @pytest.mark.parametrize("strict", [True, False])
    def test_first_member_is_yielded_before_the_rest_is_read(self, strict: bool) -> None:
        stream = _CountingStream(self.lines(1000))
        reader = BundleReader(stream, strict=strict)  # type: ignore[arg-type]
        first = next(reader)
        assert first == Member("small", "tiny")
        assert stream.consumed == len(b"<<<FILE small>>>\ntiny\n<<<END FILE>>>\n")
        second = next(reader)
        assert len(second.text) == 1000 * 1001 - 1
        assert list(reader) == []

    def test_lenient_member_without_end_reads_one_line_ahead(self) -> None:
        stream = _CountingStream(iter([b"<<<FILE a>>>\n", b"x\n", b"<<<FILE b>>>\n", b"y" * 10**6]))
        reader = BundleReader(stream)  # type: ignore[arg-type]
        assert next(reader) == Member("a", "x")
        assert stream.consumed == len(b"<<<FILE a>>>\nx\n<<<FILE b>>>\n")

    def test_many_members_stream_without_holding_them(self) -> None:
        def lines() -> Iterator[bytes]:
            for index in range(2000):
                yield b"<<<FILE m%d>>>\n" % index
                yield b"body\n"
                yield b"<<<END FILE>>>\n"

        stream = _CountingStream(lines())
        paths = []
        for member in read(stream):  # type: ignore[arg-type]
            assert member.text == "body"
            paths.append(member.path)
        assert paths == [f"m{index}" for index in range(2000)]


# --------------------------------------------------------------------------- write()


def _failing_members() -> Iterator[Member]:
    yield Member("a", "first")
    raise RuntimeError("disk on fire")


class TestWrite:
    MEMBERS = (Member("a b.txt", "x\r\ny", {"k": "v"}), Member("c", ""))  # type: ignore[arg-type]

    def test_write_path_returns_count(self, tmp_path: Path) -> None:
        target = tmp_path / "out.bundle"
        assert write(self.MEMBERS, target) == 2
        assert target.read_bytes() == dumps(self.MEMBERS).encode("utf-8")
        assert list(read(target, strict=True)) == list(self.MEMBERS)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bundle"]

    def test_write_str_path(self, tmp_path: Path) -> None:
        assert write(iter(self.MEMBERS), str(tmp_path / "o")) == 2

    def test_write_text_and_binary_file_objects(self) -> None:
        text = io.StringIO(newline="")
        assert write(self.MEMBERS, text) == 2
        binary = io.BytesIO()
        assert write(self.MEMBERS, binary) == 2
        assert binary.getvalue() == text.getvalue().encode("utf-8") == dumps(self.MEMBERS).encode()

    def test_write_stdout(self, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
        assert write(self.MEMBERS, "-") == 2
        assert capsysbinary.readouterr().out == dumps(self.MEMBERS).encode("utf-8")

    def test_failure_leaves_existing_target_untouched(self, tmp_path: Path) -> None:
        target = tmp_path / "out.bundle"
        target.write_bytes(b"old content")
        with pytest.raises(RuntimeError, match="disk on fire"):
            write(_failing_members(), target)
        assert target.read_bytes() == b"old content"
        assert [p.name for p in tmp_path.iterdir()] == ["out.bundle"]

    def test_failure_leaves_no_target_and_no_temp(self, tmp_path: Path) -> None:
        target = tmp_path / "out.bundle"
        with pytest.raises(BundleError):
            write([Member("a", "x"), Member("b", "y", (("bad key", "v"),))], target)
        assert list(tmp_path.iterdir()) == []

    def test_keeps_permissions_of_existing_target(self, tmp_path: Path) -> None:
        target = tmp_path / "out.bundle"
        target.write_bytes(b"old")
        os.chmod(target, 0o640)
        write(self.MEMBERS, target)
        assert stat.S_IMODE(target.stat().st_mode) == 0o640

    def test_atomic_write_of_bytes(self, tmp_path: Path) -> None:
        target = tmp_path / "report.json"
        atomic_write(target, iter([b"{", b"}\r\n"]))
        assert target.read_bytes() == b"{}\r\n"

    def test_atomic_write_failure_in_chunks(self, tmp_path: Path) -> None:
        target = tmp_path / "report.json"
        target.write_bytes(b"old")

        def chunks() -> Iterator[bytes]:
            yield b"new"
            raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            atomic_write(str(target), chunks())
        assert target.read_bytes() == b"old"
        assert [p.name for p in tmp_path.iterdir()] == ["report.json"]

    def test_writes_what_lenient_reading_yields(self) -> None:
        members = loads('<<<FILE a>>>\nx\n<<<FILE a>>>\ny\n<<<FILE "">>>\nz')
        assert loads(dumps(members)) == members


# --------------------------------------------------------------------------- unpacking


UNSAFE = [
    "../x",
    "/abs",
    "/etc/passwd",
    "C:\\x",
    "C:x",
    "c:/x",
    "a/../../b",
    "a/..",
    "..",
    "..\\x",
    "a\\..\\..\\b",
    "\\\\server\\share\\x",
    "\\x",
    "a\x00b",
    "",
    "dir/",
    ".",
    "./",
    "a/C:b",
]


class TestSafeMemberPath:
    @pytest.mark.parametrize("path", UNSAFE)
    def test_unsafe_paths_are_refused(self, tmp_path: Path, path: str) -> None:
        with pytest.raises(BundleError) as info:
            safe_member_path(tmp_path, path)
        assert "unsafe member path" in str(info.value)
        assert "expected a relative path to a file inside" in str(info.value)

    @pytest.mark.parametrize(
        ("path", "parts"),
        [
            ("a.txt", ("a.txt",)),
            ("world/002.txt", ("world", "002.txt")),
            ("./a//b", ("a", "b")),
            ("a\\b", ("a", "b")),
            ("a..b/..c", ("a..b", "..c")),
            ("12:30.txt", ("12:30.txt",)),
        ],
    )
    def test_safe_paths(self, tmp_path: Path, path: str, parts: tuple[str, ...]) -> None:
        assert safe_member_path(tmp_path, path) == tmp_path.joinpath(*parts)

    def test_symlink_out_of_root_is_refused(self, tmp_path: Path) -> None:
        root, outside = tmp_path / "root", tmp_path / "outside"
        root.mkdir()
        outside.mkdir()
        (root / "link").symlink_to(outside, target_is_directory=True)
        (root / "file_link").symlink_to(outside / "f.txt")
        with pytest.raises(BundleError, match="outside the target folder"):
            safe_member_path(root, "link/x.txt")
        with pytest.raises(BundleError, match="outside the target folder"):
            safe_member_path(root, "file_link")

    def test_symlink_inside_root_is_allowed(self, tmp_path: Path) -> None:
        (tmp_path / "real").mkdir()
        (tmp_path / "alias").symlink_to(tmp_path / "real", target_is_directory=True)
        assert safe_member_path(tmp_path, "alias/x.txt") == tmp_path / "alias" / "x.txt"


class TestUnpack:
    def test_writes_files_exactly(self, tmp_path: Path) -> None:
        members = [
            Member("a.txt", "one\r\ntwo\rthree\n"),
            Member("world/deep/b.txt", "é😀"),
            Member("empty.txt", ""),
        ]
        written = unpack(members, tmp_path / "out")
        assert written == [
            tmp_path / "out" / "a.txt",
            tmp_path / "out" / "world" / "deep" / "b.txt",
            tmp_path / "out" / "empty.txt",
        ]
        for member, path in zip(members, written, strict=True):
            assert path.read_bytes() == member.text.encode("utf-8")
        assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
            "a.txt",
            "empty.txt",
            "world",
        ]

    def test_overwrites_existing_file(self, tmp_path: Path) -> None:
        (tmp_path / "a.txt").write_text("old")
        unpack([Member("a.txt", "new")], tmp_path)
        assert (tmp_path / "a.txt").read_text() == "new"

    @pytest.mark.parametrize("bad", UNSAFE)
    def test_list_with_unsafe_path_writes_nothing(self, tmp_path: Path, bad: str) -> None:
        out = tmp_path / "out"
        with pytest.raises(BundleError):
            unpack([Member("good.txt", "x"), Member(bad, "evil")], out)
        assert not out.exists()
        assert [p.name for p in tmp_path.iterdir()] == []

    def test_iterator_refuses_unsafe_path_before_writing_it(self, tmp_path: Path) -> None:
        out = tmp_path / "out"
        with pytest.raises(BundleError):
            unpack(iter([Member("good.txt", "x"), Member("../evil.txt", "evil")]), out)
        # nothing is written: the members went to a staging folder, removed again
        assert list(tmp_path.iterdir()) == []

    @pytest.mark.parametrize("as_list", [True, False])
    def test_symlink_out_of_target_is_not_followed(self, tmp_path: Path, as_list: bool) -> None:
        out, outside = tmp_path / "out", tmp_path / "outside"
        out.mkdir()
        outside.mkdir()
        (out / "link").symlink_to(outside, target_is_directory=True)
        members = [Member("good.txt", "x"), Member("link/evil.txt", "evil")]
        with pytest.raises(BundleError):
            unpack(members if as_list else iter(members), out)
        assert list(outside.iterdir()) == []
        assert not (out / "good.txt").exists()  # nothing moves unless everything can

    def test_duplicate_paths_are_refused(self, tmp_path: Path) -> None:
        with pytest.raises(BundleError, match="names the same file"):
            unpack([Member("a/b", "1"), Member("a//b", "2")], tmp_path / "out")
        assert not (tmp_path / "out").exists()

    @pytest.mark.parametrize("paths", [("a", "a/b"), ("a/b", "a")])
    def test_file_folder_clash_is_refused(self, tmp_path: Path, paths: tuple[str, str]) -> None:
        with pytest.raises(BundleError, match="folder"):
            unpack([Member(p, "x") for p in paths], tmp_path / "out")
        assert not (tmp_path / "out").exists()

    def test_no_temporary_files_left(self, tmp_path: Path) -> None:
        unpack([Member("a/b.txt", "x"), Member("c.txt", "y")], tmp_path)
        names = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
        assert names == ["a", "a/b.txt", "c.txt"]


# --------------------------------------------------------------------------- fixture


class TestFixtureBundle:
    BUNDLE = FIXTURES / "articles.bundle"

    @pytest.mark.parametrize("strict", [True, False])
    def test_reads_five_members_matching_the_articles(self, strict: bool) -> None:
        reader = BundleReader(self.BUNDLE.open("rb"), strict=strict)
        members = list(reader)
        assert len(members) == 5
        for member in members:
            assert member.text.encode("utf-8") == (FIXTURES / "articles" / member.path).read_bytes()
            assert member.attrs == ()
        assert reader.warnings == []
        assert reader.preamble == ""

    def test_dumps_reproduces_the_bundle(self) -> None:
        members = list(read(self.BUNDLE, strict=True))
        assert dumps(members).encode("utf-8") == self.BUNDLE.read_bytes()

    def test_write_reproduces_the_bundle(self, tmp_path: Path) -> None:
        target = tmp_path / "copy.bundle"
        assert write(read(self.BUNDLE, strict=True), target) == 5
        assert target.read_bytes() == self.BUNDLE.read_bytes()

    def test_unpack_reproduces_the_articles(self, tmp_path: Path) -> None:
        paths = unpack(list(read(self.BUNDLE, strict=True)), tmp_path)
        assert len(paths) == 5
        for path in paths:
            assert path.read_bytes() == (FIXTURES / "articles" / path.name).read_bytes()


def test_duplicate_paths_are_found_among_thousands_of_members() -> None:
    """The reader's compact path table grows and still finds every duplicate."""
    from newsclean.bundle import _SeenPaths

    seen = _SeenPaths(capacity=8)
    paths = [f"site-{i % 97}/article-{i}.txt" for i in range(5000)]
    assert all(seen.add(p, n) is None for n, p in enumerate(paths, 1))
    assert [seen.add(p, 0) for p in paths[::499]] == list(range(1, 5001, 499))
    assert seen.add("site-1/article-5000.txt", 1) is None


def test_the_path_table_wants_a_power_of_two() -> None:
    from newsclean.bundle import _SeenPaths

    with pytest.raises(ValueError, match="power of two"):
        _SeenPaths(capacity=1000)


def test_a_failed_unpack_leaves_an_existing_folder_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("old")

    def members() -> Iterator[Member]:
        yield Member("a.txt", "new a")
        yield Member("keep.txt", "new keep")
        raise BundleError("the input broke", expected="a whole input")

    with pytest.raises(BundleError, match="the input broke"):
        unpack(members(), out)
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]
    assert (out / "keep.txt").read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no staging left
    assert [p.name for p in unpack([Member("keep.txt", "new")], out)] == ["keep.txt"]
    assert (out / "keep.txt").read_text() == "new"


def test_a_duplicate_path_is_named_as_such(tmp_path: Path) -> None:
    with pytest.raises(BundleError, match=r"duplicate member path 'a\.txt'"):
        unpack([Member("a.txt", "1"), Member("a.txt", "2")], tmp_path / "out")
    assert list(tmp_path.iterdir()) == []

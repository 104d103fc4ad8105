r"""Read and write ``<<<FILE ... >>>`` bundles: many articles in one UTF-8 text file.

A bundle carries members, each a path, optional ``key=value`` attributes and a
body of text::

    <<<FILE world/002.txt url="https://example.org/a?id=2" lang=en>>>
    Xi-Putin meeting: ...
    <<<END FILE>>>

:func:`read` and :class:`BundleReader` stream members one at a time;
:func:`loads` parses a string; :func:`dumps` and :func:`write` produce
bundles that read back to the same members; :func:`unpack` writes members into
a folder, refusing any path that would land outside it.

>>> members = [Member("a.txt", "Hello\n"), Member("b c.txt", "x", {"lang": "en"})]
>>> text = dumps(members)
>>> print(text, end="")
<<<FILE a.txt>>>
Hello
<BLANKLINE>
<<<END FILE>>>
<<<FILE "b c.txt" lang=en>>>
x
<<<END FILE>>>
>>> loads(text, strict=True) == members
True

Decisions on points the format leaves open (all chosen so that
``loads(dumps(members)) == members`` holds for *any* text):

* **Lines.** A bundle is split into lines at ``\n`` only. ``\r\n`` counts as a
  line break; a lone ``\r`` is an ordinary character of the line that holds it.
* **White space** is what :meth:`str.isspace` says it is. A line is classified
  after removing white space around it.
* **Marker lines.** A line that (after white space) begins with ``<<<FILE`` is
  a header; if it does not parse, it is a malformed header, an error in both
  modes. A line that begins with ``<<<END`` or ``<<<EOF`` is an end line; if
  it is not one of the five end-line forms it is a malformed end line, also an
  error in both modes (silently swallowing it into a body would lose data).
* **Escaping with leading white space.** Because white space around a marker
  line is allowed, a body line such as ``"  <<<FILE x>>>"`` would read as a
  header. The escape rule is therefore applied *after leading white space*: a
  body line whose text after its leading white space is zero or more ``\``
  followed by ``<<<FILE``, ``<<<END`` or ``<<<EOF`` gets one more ``\`` right
  after its leading white space (``"  \<<<FILE x>>>"``); the reader removes
  that one ``\``. For lines without leading white space this is exactly the
  rule of the format.
* **Bodies ending in a lone ``\r``.** The reader removes one line break
  (``\n`` or ``\r\n``) before the end line. For a body ending in ``\r`` the
  writer closes it with ``\r\n`` instead of ``\n`` so that the reader removes
  exactly the writer's break and keeps the body's ``\r``.
* **Quoted strings** use ``\"`` and ``\\``, and also ``\n`` and ``\r`` so
  that paths and attribute values holding line breaks stay on the header line.
  Any other backslash pair inside quotes is kept literally (``"C:\data"``
  reads as ``C:\data``). Bare values take no escapes; a bare attribute value
  may be empty (``k=``).
* **Empty paths** (``<<<FILE "">>>``, ``<<<FILE>>>``) are an error in strict
  mode and a warning in lenient mode. An end line naming another path than the
  open member's is an error in strict mode and, in lenient mode, a warning;
  the member still ends there.
* **Text between members** (after an end line, before the next header) is an
  error in strict mode when it is not blank, and ignored with a warning in
  lenient mode. Blank lines there are ignored in both modes.
* **No end line at end of file** (lenient): the body is everything after the
  header line, less one final line break *if there is one*.
* **Writing** refuses attribute keys that do not match
  ``[A-Za-z_][A-Za-z0-9_.-]*`` but accepts empty and repeated paths, so that
  whatever the lenient reader yields can be written back. Repeated attribute
  keys are kept, in order, in :attr:`Member.attrs`.
* **Byte offsets** in errors are counted from where reading began (the start
  of the file when reading a path), including a byte order mark.
"""

from __future__ import annotations

import array
import codecs
import contextlib
import hashlib
import io
import os
import re
import secrets
import shutil
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, AnyStr, Final, cast

__all__ = [
    "BundleError",
    "BundleReader",
    "Member",
    "atomic_write",
    "dumps",
    "escape_body",
    "format_header",
    "format_member",
    "loads",
    "parse_header",
    "quote",
    "read",
    "safe_member_path",
    "unescape_body",
    "unpack",
    "write",
]

MARKERS: Final = ("<<<FILE", "<<<END", "<<<EOF")
"""Line starts that make a line a marker line (and a body line need escaping)."""

END_LINE: Final = "<<<END FILE>>>"
"""The end line that writers emit."""

ERROR_HANDLERS: Final = ("strict", "replace", "surrogateescape", "cp1252")
"""Values accepted for the ``errors`` argument of the readers.

``strict`` makes a byte that is not UTF-8 an error; ``replace`` reads it as
U+FFFD (the character is lost); ``surrogateescape`` keeps it as a lone
surrogate, so that writing with the same handler gives the byte back;
``cp1252`` reads it as Windows-1252, as a browser reads a page whose
declared encoding is wrong (``caf\\xe9`` becomes ``café``): the right choice
for UTF-8 files with stray Latin-1 or Windows-1252 bytes.
"""


def _c1_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode what Windows-1252 leaves undefined as the Latin-1 code points."""
    if not isinstance(error, UnicodeDecodeError):
        raise error  # (a decoding handler only)
    return error.object[error.start : error.end].decode("latin-1"), error.end


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode bytes that are not UTF-8 as Windows-1252 (see :data:`ERROR_HANDLERS`)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error  # (a decoding handler only)
    return error.object[error.start : error.end].decode("cp1252", C1_FALLBACK), error.end


C1_FALLBACK: Final = "newsclean-c1"
"""A codec error handler: Windows-1252's five undefined bytes as Latin-1 (as browsers do)."""
codecs.register_error(C1_FALLBACK, _c1_fallback)
codecs.register_error("newsclean-cp1252", _cp1252_fallback)


def codec_errors(errors: str) -> str:
    """The codec error handler behind a value of :data:`ERROR_HANDLERS`.

    >>> b"caf\\xe9 au lait".decode("utf-8", codec_errors("cp1252"))
    'café au lait'
    >>> codec_errors("replace")
    'replace'
    """
    return "newsclean-cp1252" if errors == "cp1252" else errors


_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
_BARE = re.compile(r'[^\s"=>]*')
_SPACE = re.compile(r"\s+")
_QUOTED_PLAIN = re.compile(r'[^"\\]*')
_NEEDS_QUOTES = re.compile(r'[\s"=>]')
_DRIVE = re.compile(r"[A-Za-z]:")
_SEPARATORS = re.compile(r"[/\\]")
_UNESCAPES: Final = {'"': '"', "\\": "\\", "n": "\n", "r": "\r"}
_HEADER_FORM: Final = "'<<<FILE PATH [key=value ...]>>>' alone on its line"
_END_FORMS: Final = (
    "'<<<END FILE>>>', '<<<END FILE: PATH>>>', '<<<END FILE PATH>>>', '<<<END>>>' "
    "or '<<<EOF>>>' alone on its line (a body line that starts like a marker is "
    "written with a leading '\\')"
)
_KEY_FORM: Final = "a key matching [A-Za-z_][A-Za-z0-9_.-]*"


# --------------------------------------------------------------------------- errors


class BundleError(ValueError):
    """A bundle that cannot be read, a member that cannot be written or unpacked.

    The message reads ``"<source>:<line>: <what is wrong>; expected <what was
    expected>"``; parts that are unknown are left out.

    Attributes:
        what: What is wrong.
        expected: What was expected instead, or ``None``.
        source: File name, ``"<string>"``, ``"<stdin>"``, or ``None``.
        line: 1-based line number, or ``None``.
        offset: Byte offset in the file (for bytes that are not UTF-8), or ``None``.

    >>> str(BundleError("empty path", expected="a path", source="a.bundle", line=3))
    'a.bundle:3: empty path; expected a path'
    """

    what: str
    expected: str | None
    source: str | None
    line: int | None
    offset: int | None

    def __init__(
        self,
        what: str,
        *,
        expected: str | None = None,
        source: str | None = None,
        line: int | None = None,
        offset: int | None = None,
    ) -> None:
        self.what = what
        self.expected = expected
        self.source = source
        self.line = line
        self.offset = offset
        super().__init__(_format_message(what, expected, source, line))

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _rebuild_error,
            (type(self), self.what, self.expected, self.source, self.line, self.offset),
        )


def _rebuild_error(
    cls: type[BundleError],
    what: str,
    expected: str | None,
    source: str | None,
    line: int | None,
    offset: int | None,
) -> BundleError:
    """Rebuild a pickled :class:`BundleError` with all its attributes."""
    return cls(what, expected=expected, source=source, line=line, offset=offset)


def _format_message(what: str, expected: str | None, source: str | None, line: int | None) -> str:
    """Join the parts of an error message.

    >>> _format_message("bad", "good", "<string>", 2)
    '<string>:2: bad; expected good'
    >>> _format_message("bad", None, None, None)
    'bad'
    """
    prefix = ""
    if source is not None and line is not None:
        prefix = f"{source}:{line}: "
    elif source is not None:
        prefix = f"{source}: "
    elif line is not None:
        prefix = f"line {line}: "
    suffix = f"; expected {expected}" if expected is not None else ""
    return f"{prefix}{what}{suffix}"


class _Problem(Exception):
    """A syntax problem found by a pure parser, before the line number is known."""

    def __init__(self, what: str, expected: str) -> None:
        super().__init__(what)
        self.what = what
        self.expected = expected


def _snippet(text: str, limit: int = 60) -> str:
    """Quote ``text`` for an error message, shortened to about ``limit`` characters.

    >>> _snippet("<<<FILE a.txt")
    "'<<<FILE a.txt'"
    >>> _snippet("x" * 100, 10)
    "'xxxxxxxxxx'..."
    """
    if len(text) <= limit:
        return repr(text)
    return repr(text[:limit]) + "..."


# --------------------------------------------------------------------------- members


@dataclass(frozen=True, slots=True)
class Member:
    """One document of a bundle.

    Args:
        path: The member's path inside the bundle, such as ``"world/002.txt"``.
        text: The body, exactly as it is (line endings included).
        attrs: Attributes, in order; a mapping or an iterable of ``(key, value)``
            pairs is accepted and stored as a tuple of pairs.

    >>> m = Member("a.txt", "body", {"lang": "en", "id": "7"})
    >>> m.attrs
    (('lang', 'en'), ('id', '7'))
    >>> m.attributes
    {'lang': 'en', 'id': '7'}
    >>> m == Member("a.txt", "body", [("lang", "en"), ("id", "7")])
    True
    """

    path: str
    text: str
    attrs: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        source: object = self.attrs
        items: Iterable[object]
        if isinstance(source, Mapping):
            items = source.items()
        elif isinstance(source, Iterable) and not isinstance(source, str | bytes):
            items = source
        else:
            raise TypeError(
                f"attrs must be a mapping or an iterable of (key, value) pairs, "
                f"not {type(source).__name__}"
            )
        pairs: list[tuple[str, str]] = []
        for item in items:
            if not isinstance(item, tuple | list) or len(item) != 2:
                raise TypeError(f"attribute {item!r} is not a (key, value) pair")
            key, value = item
            if not isinstance(key, str) or not isinstance(value, str):
                raise TypeError(f"attribute {item!r}: key and value must be str")
            pairs.append((key, value))
        object.__setattr__(self, "attrs", tuple(pairs))

    @property
    def attributes(self) -> dict[str, str]:
        """A fresh dict of the attributes (for a repeated key, the last value wins)."""
        return dict(self.attrs)


# --------------------------------------------------------------------------- writing


def quote(value: str) -> str:
    r"""Write a path or attribute value for a header, in double quotes only where needed.

    A value that is empty or holds white space, ``"``, ``=`` or ``>`` is quoted,
    with ``\"``, ``\\``, ``\n`` and ``\r`` escapes.

    >>> quote("world/002.txt")
    'world/002.txt'
    >>> print(quote("my file.txt"))
    "my file.txt"
    >>> print(quote('say "hi" \\ bye'))
    "say \"hi\" \\ bye"
    >>> print(quote("two\nlines"))
    "two\nlines"
    >>> print(quote(""))
    ""
    """
    if value and _NEEDS_QUOTES.search(value) is None:
        return value
    escaped = (
        value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )
    return f'"{escaped}"'


def format_header(member: Member) -> str:
    """Write the header line of ``member`` (without its line break).

    Raises:
        BundleError: An attribute key does not match ``[A-Za-z_][A-Za-z0-9_.-]*``.

    >>> format_header(Member("world/002.txt", "", {"url": "https://x.org/a?id=2", "lang": "en"}))
    '<<<FILE world/002.txt url="https://x.org/a?id=2" lang=en>>>'
    """
    parts = [f"<<<FILE {quote(member.path)}"]
    for key, value in member.attrs:
        if _KEY.fullmatch(key) is None:
            raise BundleError(
                f"attribute key {key!r} of member {member.path!r} cannot be written",
                expected=_KEY_FORM,
            )
        parts.append(f" {key}={quote(value)}")
    parts.append(">>>")
    return "".join(parts)


def _escape_line(line: str) -> str:
    r"""Add one ``\`` to a line that would otherwise read as a marker line.

    >>> print(_escape_line("  <<<FILE x>>>"))
      \<<<FILE x>>>
    >>> print(_escape_line("\\<<<EOF>>>"))
    \\<<<EOF>>>
    >>> print(_escape_line("a <<<FILE"))
    a <<<FILE
    """
    rest = line.lstrip()
    if rest.lstrip("\\").startswith(MARKERS):
        return f"{line[: len(line) - len(rest)]}\\{rest}"
    return line


def escape_body(text: str) -> str:
    r"""Escape every line of ``text`` that begins like a marker line.

    A line whose text after its leading white space is zero or more ``\``
    followed by ``<<<FILE``, ``<<<END`` or ``<<<EOF`` gets one more ``\`` after
    its leading white space. :func:`unescape_body` undoes this.

    >>> print(escape_body("<<<END FILE>>>\nplain\n \\<<<FILE a>>>"))
    \<<<END FILE>>>
    plain
     \\<<<FILE a>>>
    """
    if "<<<" not in text:
        return text
    return "\n".join(_escape_line(line) if "<<<" in line else line for line in text.split("\n"))


def _unescape_line(line: str) -> str:
    r"""Remove the one ``\`` that :func:`_escape_line` added.

    >>> print(_unescape_line("  \\<<<FILE x>>>"))
      <<<FILE x>>>
    >>> print(_unescape_line("\\x <<<FILE"))
    \x <<<FILE
    """
    rest = line.lstrip()
    if rest.startswith("\\") and rest.lstrip("\\").startswith(MARKERS):
        return f"{line[: len(line) - len(rest)]}{rest[1:]}"
    return line


def unescape_body(text: str) -> str:
    r"""Undo :func:`escape_body`.

    >>> body = "x\n<<<FILE a>>>\n\\<<<EOF>>>\r\n"
    >>> unescape_body(escape_body(body)) == body
    True
    """
    if "<<<" not in text:
        return text
    return "\n".join(_unescape_line(line) if "<<<" in line else line for line in text.split("\n"))


def format_member(member: Member) -> str:
    r"""Write one member: header, ``\n``, escaped body, line break, end line, ``\n``.

    The line break after the body is ``\n``, or ``\r\n`` when the body itself
    ends in a lone ``\r`` (so that the reader gives that ``\r`` back).

    >>> format_member(Member("a.txt", "one\ntwo"))
    '<<<FILE a.txt>>>\none\ntwo\n<<<END FILE>>>\n'
    >>> format_member(Member("a.txt", ""))
    '<<<FILE a.txt>>>\n\n<<<END FILE>>>\n'
    """
    closing = "\r\n" if member.text.endswith("\r") else "\n"
    return f"{format_header(member)}\n{escape_body(member.text)}{closing}{END_LINE}\n"


def dumps(members: Iterable[Member]) -> str:
    r"""Write ``members`` as one bundle string.

    >>> dumps([Member("a.txt", "<<<END FILE>>>")])
    '<<<FILE a.txt>>>\n\\<<<END FILE>>>\n<<<END FILE>>>\n'
    """
    return "".join(format_member(member) for member in members)


def _encode(member: Member, chunk: str) -> bytes:
    """Encode ``chunk`` as UTF-8, giving back bytes that were read with ``surrogateescape``."""
    try:
        return chunk.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError as exc:
        bad = exc.object[exc.start : exc.end]
        raise BundleError(
            f"member {member.path!r} holds {bad!r}, which is not valid in UTF-8",
            expected="text without lone surrogates (other than those that "
            "errors='surrogateescape' makes from bytes that are not UTF-8)",
        ) from None


def _is_binary_writer(fp: IO[bytes] | IO[str]) -> bool:
    """Tell whether ``fp`` takes bytes (``True``) or str (``False``)."""
    if isinstance(fp, io.TextIOBase):
        return False
    if isinstance(fp, io.RawIOBase | io.BufferedIOBase):
        return True
    mode = getattr(fp, "mode", None)
    if isinstance(mode, str):
        return "b" in mode
    try:
        fp.write("")  # type: ignore[call-overload]
    except TypeError:
        return True
    return False


def _write_stream(members: Iterable[Member], fp: IO[bytes] | IO[str]) -> int:
    """Write ``members`` to an open file object, member by member; return the count."""
    count = 0
    if _is_binary_writer(fp):
        binary: IO[bytes] = fp  # type: ignore[assignment]
        for member in members:
            binary.write(_encode(member, format_member(member)))
            count += 1
    else:
        text: IO[str] = fp  # type: ignore[assignment]
        for member in members:
            text.write(format_member(member))
            count += 1
    return count


def _create_temp(directory: Path, name: str) -> tuple[int, Path]:
    """Create a new, empty temporary file next to ``name`` in ``directory``.

    The file is made with mode ``0o666`` less the umask, like any new file.
    """
    flags = (
        os.O_WRONLY
        | os.O_CREAT
        | os.O_EXCL
        | getattr(os, "O_BINARY", 0)
        | getattr(os, "O_CLOEXEC", 0)
    )
    stem = name[:100]
    for _ in range(100):
        candidate = directory / f".{stem}.{secrets.token_hex(6)}.tmp"
        try:
            return os.open(candidate, flags, 0o666), candidate
        except FileExistsError:
            continue
    raise FileExistsError(f"could not create a temporary file in {directory}")


def _fsync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` durable, where the platform allows it."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write(
    target: str | os.PathLike[str], chunks: Iterable[bytes], *, durable: bool = True
) -> None:
    """Write ``chunks`` to a temporary file beside ``target``, then rename it over ``target``.

    On any exception (also one raised by ``chunks``) the temporary file is
    removed and ``target`` is untouched, or still absent. An existing target's
    permission bits are kept. The rename replaces a symbolic link at ``target``
    rather than writing through it.

    Args:
        target: The file to write.
        chunks: The bytes to write, consumed one chunk at a time.
        durable: Flush the file (and the rename, where the platform allows it)
            to disk before returning.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = Path(folder) / "a.txt"
    ...     atomic_write(path, [b"one ", b"two"])
    ...     path.read_bytes()
    b'one two'
    """
    target = Path(target)
    directory = target.parent
    fd, temp = _create_temp(directory, target.name)
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            os.chmod(temp, stat.S_IMODE(os.stat(target).st_mode))
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    if durable:
        _fsync_directory(directory)


def write(members: Iterable[Member], target: str | os.PathLike[str] | IO[bytes] | IO[str]) -> int:
    """Write ``members`` as a bundle and return how many were written.

    Args:
        members: The members, consumed one at a time.
        target: A path, written atomically (a temporary file in the same folder,
            renamed over the target when complete; on any error the temporary
            file is removed and the target is untouched); ``"-"`` for standard
            output; or an open file object (binary or text), written directly.
            Text file objects should be opened with ``newline=""`` so that line
            endings are not translated.

    Raises:
        BundleError: A member cannot be written (bad attribute key, or text that
            cannot be encoded as UTF-8).

    >>> buffer = io.BytesIO()
    >>> write([Member("a.txt", "hi")], buffer)
    1
    >>> buffer.getvalue()
    b'<<<FILE a.txt>>>\\nhi\\n<<<END FILE>>>\\n'
    """
    if isinstance(target, str | os.PathLike):
        if isinstance(target, str) and target == "-":
            stdout = sys.stdout
            stdout.flush()  # anything printed before goes out first
            count = _write_stream(members, getattr(stdout, "buffer", stdout))
            stdout.flush()
            return count
        path = Path(os.fspath(target))
        counter = [0]

        def chunks() -> Iterator[bytes]:
            for member in members:
                yield _encode(member, format_member(member))
                counter[0] += 1

        atomic_write(path, chunks(), durable=True)
        return counter[0]
    return _write_stream(members, target)


# --------------------------------------------------------------------------- parsing


def _read_value(text: str, pos: int) -> tuple[str, int]:
    r"""Read a bare or double-quoted value starting at ``pos``; return it and the end.

    >>> _read_value('"a \\"b\\"" k=v', 0)
    ('a "b"', 9)
    >>> _read_value("plain k=v", 0)
    ('plain', 5)
    """
    if pos < len(text) and text[pos] == '"':
        return _read_quoted(text, pos)
    match = _BARE.match(text, pos)
    assert match is not None  # the pattern matches the empty string
    return match.group(), match.end()


def _read_quoted(text: str, pos: int) -> tuple[str, int]:
    r"""Read the double-quoted string that starts at ``pos`` (at the ``"``).

    >>> _read_quoted(r'"C:\data\n"', 0)
    ('C:\\data\n', 11)
    """
    out: list[str] = []
    i = pos + 1
    end = len(text)
    while True:
        plain = _QUOTED_PLAIN.match(text, i)
        assert plain is not None  # the pattern matches the empty string
        out.append(plain.group())
        i = plain.end()
        if i >= end:
            raise _Problem(
                f"quoted string starting with {_snippet(text[pos : pos + 20])} has no closing '\"'",
                "a closing '\"' (write '\"' inside quotes as '\\\"' and '\\' as '\\\\')",
            )
        if text[i] == '"':
            return "".join(out), i + 1
        if i + 1 >= end:
            raise _Problem(
                f"quoted string starting with {_snippet(text[pos : pos + 20])} has no closing '\"'",
                "a closing '\"' (write '\"' inside quotes as '\\\"' and '\\' as '\\\\')",
            )
        escaped = text[i + 1]
        out.append(_UNESCAPES.get(escaped, "\\" + escaped))
        i += 2


def parse_header(line: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Parse a header line into its path and attributes.

    Args:
        line: The header line; white space around it is ignored.

    Returns:
        The path (``""`` when the header names none) and the attributes in order.

    Raises:
        BundleError: The line is not a well-formed header (no line number is
            known here; the readers add it).

    >>> parse_header('<<<FILE world/002.txt url="https://x.org/a?id=2" lang=en>>>')
    ('world/002.txt', (('url', 'https://x.org/a?id=2'), ('lang', 'en')))
    >>> parse_header('  <<<FILE: "my file.txt">>>  ')
    ('my file.txt', ())
    >>> parse_header("<<<FILE a.txt")
    Traceback (most recent call last):
    ...
    newsclean.bundle.BundleError: header line does not end with '>>>': '<<<FILE a.txt'; expected ...
    """
    try:
        return _parse_header(line.strip())
    except _Problem as problem:
        raise BundleError(problem.what, expected=problem.expected) from None


def _parse_header(line: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Parse a stripped header line; raise :class:`_Problem` when it is malformed."""
    if not line.startswith("<<<FILE"):
        raise _Problem(f"not a header line: {_snippet(line)}", _HEADER_FORM)
    if not line.endswith(">>>") or len(line) < len("<<<FILE>>>"):
        raise _Problem(
            f"header line does not end with '>>>': {_snippet(line)}",
            f"a closing '>>>' at the end of the header line, as in {_HEADER_FORM}",
        )
    inner = line[len("<<<FILE") : -len(">>>")]
    end = len(inner)
    if end == 0:
        return "", ()
    if inner[0] == ":":
        pos = 1
    elif inner[0].isspace():
        pos = 0
    else:
        raise _Problem(
            f"'<<<FILE' is followed by {inner[0]!r} in {_snippet(line)}",
            "':' or white space after '<<<FILE'",
        )
    space = _SPACE.match(inner, pos)
    if space is not None:
        pos = space.end()
    if pos == end:
        return "", ()
    if inner[pos] in "=>":
        raise _Problem(
            f"path starts with {inner[pos]!r} in {_snippet(line)}",
            "a path, in double quotes if it holds white space, '\"', '=' or '>'",
        )
    path, pos = _read_value(inner, pos)
    attrs: list[tuple[str, str]] = []
    what = "the path"
    while True:
        space = _SPACE.match(inner, pos)
        if space is not None:
            pos = space.end()
        if pos == end:
            return path, tuple(attrs)
        if space is None:
            raise _Problem(
                f"unexpected {inner[pos]!r} after {what} in {_snippet(line)}",
                "white space, then key=value or '>>>' (quote values that hold "
                "white space, '\"', '=' or '>')",
            )
        key_match = _KEY.match(inner, pos)
        if key_match is None:
            raise _Problem(
                f"invalid attribute key at {_snippet(inner[pos : pos + 20])} in {_snippet(line)}",
                _KEY_FORM,
            )
        key = key_match.group()
        pos = key_match.end()
        if pos >= end or inner[pos] != "=":
            raise _Problem(
                f"attribute {key!r} has no '=' in {_snippet(line)}",
                "key=value (values that hold white space, '\"', '=' or '>' in double quotes)",
            )
        value, pos = _read_value(inner, pos + 1)
        attrs.append((key, value))
        what = f"attribute {key!r}"


def _parse_end(line: str) -> str | None:
    """Parse a stripped end line; return the path it names, if any.

    Raises :class:`_Problem` when the line starts like an end line but is not one.

    >>> _parse_end("<<<END FILE>>>") is None
    True
    >>> _parse_end('<<<END FILE: "a b">>>')
    'a b'
    >>> _parse_end("<<<END FILE a.txt>>>")
    'a.txt'
    """
    problem = _Problem(f"malformed end line {_snippet(line)}", _END_FORMS)
    if not line.endswith(">>>") or len(line) < len("<<<END>>>"):
        raise problem
    inner = line[len("<<<") : -len(">>>")].rstrip()
    if inner in ("END", "EOF"):
        return None
    if not inner.startswith("END"):
        raise problem
    space = _SPACE.match(inner, len("END"))
    if space is None or not inner.startswith("FILE", space.end()):
        raise problem
    rest = inner[space.end() + len("FILE") :]
    if not rest:
        return None
    if rest[0] == ":":
        pos = 1
    elif rest[0].isspace():
        pos = 0
    else:
        raise problem
    space = _SPACE.match(rest, pos)
    if space is not None:
        pos = space.end()
    if pos == len(rest):
        return None
    path, pos = _read_value(rest, pos)
    if pos != len(rest):
        raise problem
    return path


# --------------------------------------------------------------------------- reading


def _split_lines(chunks: Iterable[AnyStr], newline: AnyStr) -> Iterator[AnyStr]:
    """Re-split ``chunks`` into lines that end at ``newline`` (the last may not).

    >>> list(_split_lines(["a\\rb", "\\nc\\n", "d"], "\\n"))
    ['a\\rb\\n', 'c\\n', 'd']
    """
    empty = newline[:0]
    pending: list[AnyStr] = []
    for chunk in chunks:
        start = 0
        while True:
            index = chunk.find(newline, start)
            if index < 0:
                break
            piece = chunk[start : index + 1]
            if pending:
                pending.append(piece)
                yield empty.join(pending)
                pending = []
            else:
                yield piece
            start = index + 1
        if start < len(chunk):
            pending.append(chunk[start:])
    if pending:
        yield empty.join(pending)


def _source_name(fp: object) -> str:
    """Name a file object for messages: its ``name`` if that is a string."""
    name = getattr(fp, "name", None)
    if isinstance(name, str):
        return name
    return "<stream>"


def check_errors(errors: str) -> None:
    """Refuse an ``errors`` value that the readers do not support (a ``ValueError``)."""
    if errors not in ERROR_HANDLERS:
        raise ValueError(f"errors must be one of {', '.join(ERROR_HANDLERS)}; got {errors!r}")


class _OpenMember:
    """A member whose header has been read and whose end has not."""

    __slots__ = ("attrs", "line", "lines", "path")

    def __init__(self, path: str, attrs: tuple[tuple[str, str], ...], line: int) -> None:
        self.path = path
        self.attrs = attrs
        self.line = line
        self.lines: list[str] = []

    def finish(self) -> Member:
        """Build the member: its lines, less exactly one final line break if present."""
        lines = self.lines
        if lines:
            last = lines[-1]
            if last.endswith("\r\n"):
                lines[-1] = last[:-2]
            elif last.endswith("\n"):
                lines[-1] = last[:-1]
        text = "".join(lines)
        self.lines = []
        return Member(self.path, text, self.attrs)


class _SeenPaths:
    """The member paths read so far, for duplicate checks, in bounded space.

    A bundle may hold millions of members; a ``dict`` of their paths costs
    about 140 bytes a member. This keeps a 63-bit BLAKE2 digest of each path
    and the line it was on, in two flat arrays (an open-addressing table a
    quarter to half full, 16 bytes a slot): 32 to 64 bytes a member, and
    96 at most for a moment while the table doubles. Two different paths
    share a digest with a probability of about ``n**2 / 2**64`` (one in
    180,000 for ten million members); such a pair would be reported as a
    duplicate.

    >>> seen = _SeenPaths()
    >>> seen.add("a.txt", 1), seen.add("b.txt", 5), seen.add("a.txt", 9)
    (None, None, 1)
    """

    __slots__ = ("_keys", "_lines", "_mask", "_used")

    def __init__(self, capacity: int = 1024) -> None:
        if capacity < 2 or capacity & (capacity - 1):
            raise ValueError(f"capacity must be a power of two, not {capacity}")
        self._keys = array.array("Q", [0]) * capacity
        self._lines = array.array("Q", [0]) * capacity
        self._mask = capacity - 1  # capacity is a power of two
        self._used = 0

    @staticmethod
    def _digest(path: str) -> int:
        raw = hashlib.blake2b(path.encode("utf-8", "surrogatepass"), digest_size=8).digest()
        return int.from_bytes(raw, "little") | 1  # never 0: 0 marks an empty slot

    def add(self, path: str, line: int) -> int | None:
        """Remember ``path`` (read on ``line``); return the line it was first
        read on if it was read before, else None."""
        key = self._digest(path)
        keys, mask = self._keys, self._mask
        slot = key & mask
        while keys[slot]:
            if keys[slot] == key:
                return int(self._lines[slot])
            slot = (slot + 1) & mask
        keys[slot] = key
        self._lines[slot] = line
        self._used += 1
        if 2 * self._used > mask + 1:
            self._grow()
        return None

    def _grow(self) -> None:
        old_keys, old_lines = self._keys, self._lines
        capacity = 2 * len(old_keys)
        keys = self._keys = array.array("Q", [0]) * capacity
        lines = self._lines = array.array("Q", [0]) * capacity
        mask = self._mask = capacity - 1
        for key, line in zip(old_keys, old_lines, strict=True):  # straight from the old table
            if key:
                slot = key & mask
                while keys[slot]:
                    slot = (slot + 1) & mask
                keys[slot] = key
                lines[slot] = line


class BundleReader:
    r"""Iterate over the members of a bundle, reading it line by line.

    Memory stays bounded by the largest member: a member is yielded as soon as
    its end line (or, in lenient mode, the next header or the end of the file)
    has been read.

    Args:
        fp: A binary file object (decoded here, so that the byte offset of bytes
            that are not UTF-8 can be reported) or a text file object (open it
            with ``newline=""`` to keep ``\r\n`` line endings as they are).
        strict: Strict mode (for bundles this library wrote) turns every
            irregularity into a :class:`BundleError`; lenient mode (the default,
            for hand-made bundles) reports some of them in :attr:`warnings`.
        errors: For binary input: ``"strict"`` (bytes that are not UTF-8 are a
            :class:`BundleError` naming the byte offset and line),
            ``"replace"``, ``"surrogateescape"`` or ``"cp1252"``; see
            :data:`ERROR_HANDLERS`.
        source: Name of the input for messages; by default the file object's
            ``name``, or ``"<stream>"``.

    Attributes:
        preamble: Text before the first header (complete once iteration has
            passed the first header, or reached the end of a bundle without one).
        warnings: Lenient-mode reports, each ``"<source>:<line>: ..."``.

    >>> reader = BundleReader(io.BytesIO(b"notes\n<<<FILE a>>>\nx\n<<<EOF>>>\n"))
    >>> [m.text for m in reader]
    ['x']
    >>> reader.preamble
    'notes\n'
    >>> reader.warnings
    ['<stream>:1: text before the first header is kept as the preamble']
    """

    preamble: str
    warnings: list[str]

    def __init__(
        self,
        fp: IO[bytes] | IO[str],
        *,
        strict: bool = False,
        errors: str = "strict",
        source: str | None = None,
    ) -> None:
        check_errors(errors)
        self.strict = strict
        self.errors = errors
        self.source = source if source is not None else _source_name(fp)
        self.preamble = ""
        self.warnings = []
        self._fp = fp
        self._members = self._run()

    def __iter__(self) -> Iterator[Member]:
        return self

    def __next__(self) -> Member:
        return next(self._members)

    # -- helpers -------------------------------------------------------------

    def _error(
        self, line: int | None, what: str, expected: str, offset: int | None = None
    ) -> BundleError:
        return BundleError(what, expected=expected, source=self.source, line=line, offset=offset)

    def _warn(self, line: int, message: str) -> None:
        self.warnings.append(f"{self.source}:{line}: {message}")

    def _irregular(self, line: int, what: str, expected: str) -> None:
        """An error in strict mode, a warning in lenient mode."""
        if self.strict:
            raise self._error(line, what, expected)
        self._warn(line, what)

    def _lines(self) -> Iterator[tuple[int, str]]:
        """Yield ``(line number, line with its line break)``, decoded, BOM removed."""
        fp = self._fp
        if hasattr(fp, "readline"):
            readline: Callable[[], bytes | str] = fp.readline
        else:
            readline = partial(fp.read, 1 << 16)
        first = readline()
        if isinstance(first, bytes | bytearray):
            chunks: Iterator[bytes] = iter(cast("Callable[[], bytes]", readline), b"")
            yield from self._decode(_split_lines(_chain(bytes(first), chunks), b"\n"))
        elif isinstance(first, str):
            text_chunks: Iterator[str] = iter(cast("Callable[[], str]", readline), "")
            for number, line in enumerate(_split_lines(_chain(first, text_chunks), "\n"), 1):
                if number == 1 and line.startswith("\ufeff"):
                    line = line[1:]
                yield number, line
        else:
            raise TypeError(f"readline() returned {type(first).__name__}, not bytes or str")

    def _decode(self, lines: Iterator[bytes]) -> Iterator[tuple[int, str]]:
        """Decode byte lines as UTF-8, reporting the file offset of a bad byte."""
        offset = 0
        errors = codec_errors(self.errors)
        for number, data in enumerate(lines, 1):
            skip = 3 if number == 1 and data.startswith(codecs.BOM_UTF8) else 0
            try:
                text = (data[skip:] if skip else data).decode("utf-8", errors)
            except UnicodeDecodeError as exc:
                bad = offset + skip + exc.start
                raise self._error(
                    number,
                    f"byte 0x{data[skip + exc.start]:02x} at byte offset {bad} is not valid UTF-8",
                    "UTF-8 text (or read with errors='cp1252' to take such bytes as "
                    "Windows-1252, or 'replace'; on the command line, --errors cp1252)",
                    offset=bad,
                ) from None
            offset += len(data)
            yield number, text

    def _header(self, stripped: str, number: int) -> tuple[str, tuple[tuple[str, str], ...]]:
        try:
            return _parse_header(stripped)
        except _Problem as problem:
            raise self._error(number, problem.what, problem.expected) from None

    # -- the state machine ----------------------------------------------------

    def _run(self) -> Iterator[Member]:
        current: _OpenMember | None = None
        seen_header = False
        preamble: list[str] = []
        preamble_reported = False
        gap_reported = False  # text after an end line is reported once per gap
        seen_paths = _SeenPaths()
        unended_reported = False  # members ended by a header: the first is reported
        last = 0
        for number, raw in self._lines():
            last = number
            content = raw[:-1] if raw.endswith("\n") else raw
            marker = "<<<" in content
            stripped = content.strip() if marker else ""
            if marker and stripped.startswith("<<<FILE"):
                path, attrs = self._header(stripped, number)
                if current is not None:
                    if self.strict:
                        raise self._error(
                            number,
                            f"header for {path!r} while member {current.path!r} "
                            f"(opened on line {current.line}) has no end line",
                            f"'{END_LINE}' on a line before this header",
                        )
                    if not unended_reported:
                        unended_reported = True
                        self._warn(
                            current.line,
                            f"member {current.path!r} has no end line: it ends before the "
                            f"header on line {number} (later members like it are not reported)",
                        )
                    yield current.finish()
                    current = None
                if not seen_header:
                    seen_header = True
                    self.preamble = "".join(preamble)
                    preamble = []
                if not path:
                    self._irregular(
                        number, "header has an empty path", "a non-empty path after '<<<FILE '"
                    )
                elif (first := seen_paths.add(path, number)) is not None:
                    self._irregular(
                        number,
                        f"duplicate path {path!r} (first on line {first})",
                        "a path that no earlier member has",
                    )
                current = _OpenMember(path, attrs, number)
            elif marker and stripped.startswith(("<<<END", "<<<EOF")):
                try:
                    named = _parse_end(stripped)
                except _Problem as problem:
                    raise self._error(number, problem.what, problem.expected) from None
                if current is None:
                    raise self._error(
                        number,
                        "end line with no open member",
                        "a '<<<FILE PATH>>>' header before it (a body line that starts "
                        "with '<<<END' or '<<<EOF' is written with a leading '\\')",
                    )
                if named is not None and named != current.path:
                    self._irregular(
                        number,
                        f"end line names {named!r} but the open member is {current.path!r} "
                        f"(opened on line {current.line})",
                        f"'{END_LINE}' or '<<<END FILE: {quote(current.path)}>>>'",
                    )
                yield current.finish()
                current = None
                gap_reported = False
            elif current is not None:
                current.lines.append(_unescape_line(raw) if marker else raw)
            elif not seen_header:
                preamble.append(raw)
                if not preamble_reported and content and not content.isspace():
                    preamble_reported = True
                    if self.strict:
                        raise self._error(
                            number,
                            "text before the first header",
                            "only blank lines before the first '<<<FILE PATH>>>' header "
                            "in strict mode",
                        )
                    self._warn(number, "text before the first header is kept as the preamble")
            elif content and not content.isspace() and not gap_reported:
                if self.strict:
                    raise self._error(
                        number,
                        "text outside any member",
                        "a '<<<FILE PATH>>>' header or a blank line after an end line",
                    )
                gap_reported = True
                self._warn(number, "text outside any member is ignored (up to the next header)")
        if current is not None:
            if self.strict:
                raise self._error(
                    last + 1,
                    f"end of file while member {current.path!r} "
                    f"(opened on line {current.line}) has no end line",
                    f"'{END_LINE}' after the member's last line",
                )
            self._warn(
                current.line,
                f"member {current.path!r} has no end line: it ends at the end of the input "
                "(if the file was cut short, its text is incomplete)",
            )
            yield current.finish()
        if not seen_header:
            self.preamble = "".join(preamble)


def _chain(first: AnyStr, rest: Iterator[AnyStr]) -> Iterator[AnyStr]:
    """Yield ``first``, then everything in ``rest``."""
    if first:
        yield first
        yield from rest


def read(
    source: str | os.PathLike[str] | IO[bytes] | IO[str],
    *,
    strict: bool = False,
    errors: str = "strict",
) -> Iterator[Member]:
    """Read the members of a bundle, one at a time.

    Args:
        source: A path (opened in binary mode and closed when iteration ends),
            ``"-"`` for standard input, or an open file object (binary or text).
        strict: Strict mode; see :class:`BundleReader`.
        errors: ``"strict"``, ``"replace"``, ``"surrogateescape"`` or
            ``"cp1252"``; see :data:`ERROR_HANDLERS`.

    Returns:
        A generator of members. Use :class:`BundleReader` directly to see the
        preamble and lenient-mode warnings.

    Raises:
        BundleError: While iterating, for a bundle that cannot be read.
        ValueError: At once, for an unknown ``errors`` value.

    >>> [m.path for m in read(io.BytesIO(b"<<<FILE a>>>\\n1\\n<<<END>>>\\n"))]
    ['a']
    """
    check_errors(errors)
    return _read(source, strict=strict, errors=errors)


def _read(
    source: str | os.PathLike[str] | IO[bytes] | IO[str], *, strict: bool, errors: str
) -> Iterator[Member]:
    """The generator behind :func:`read`."""
    if isinstance(source, str | os.PathLike):
        if isinstance(source, str) and source == "-":
            stdin = sys.stdin
            yield from BundleReader(
                getattr(stdin, "buffer", stdin), strict=strict, errors=errors, source="<stdin>"
            )
            return
        with open(source, "rb") as fp:
            yield from BundleReader(fp, strict=strict, errors=errors, source=os.fspath(source))
        return
    yield from BundleReader(source, strict=strict, errors=errors)


def loads(text: str, *, strict: bool = False) -> list[Member]:
    r"""Read all members of a bundle held in a string.

    >>> loads("<<<FILE a.txt>>>\r\none\r\ntwo\r\n<<<END FILE>>>\r\n")
    [Member(path='a.txt', text='one\r\ntwo', attrs=())]
    """
    return list(BundleReader(io.StringIO(text, newline=""), strict=strict, source="<string>"))


# --------------------------------------------------------------------------- unpacking


def _path_parts(path: str) -> tuple[str, ...]:
    """Split a member path at ``/`` and ``\\``, dropping empty and ``.`` parts.

    >>> _path_parts("a/./b\\\\c")
    ('a', 'b', 'c')
    """
    return tuple(part for part in _SEPARATORS.split(path) if part not in ("", "."))


def safe_member_path(root: Path, path: str) -> Path:
    """Return where member ``path`` goes under ``root``, refusing any unsafe path.

    Both ``/`` and ``\\`` separate folders, on every platform, so a bundle
    unpacks the same way everywhere.

    Raises:
        BundleError: ``path`` is empty, holds a NUL, is absolute, has a drive
            letter (``C:``, ``C:\\``, ``C:x``), has ``..`` as a component, names
            a folder rather than a file, or resolves (through a symbolic link
            already in ``root``) to a place outside ``root``.

    >>> safe_member_path(Path("out"), "world/002.txt").as_posix()
    'out/world/002.txt'
    >>> safe_member_path(Path("out"), "../etc/passwd")
    Traceback (most recent call last):
    ...
    newsclean.bundle.BundleError: unsafe member path '../etc/passwd': it has a '..' component; ...
    """

    def refuse(reason: str) -> BundleError:
        return BundleError(
            f"unsafe member path {path!r}: {reason}",
            expected=f"a relative path to a file inside {str(root)!r}",
        )

    root = Path(root)
    if not path:
        raise refuse("it is empty")
    if "\x00" in path:
        raise refuse("it holds a NUL character")
    if path[0] in "/\\":
        raise refuse("it is absolute")
    raw_parts = _SEPARATORS.split(path)
    if any(_DRIVE.match(part) for part in raw_parts):
        raise refuse("it has a drive letter")
    if ".." in raw_parts:
        raise refuse("it has a '..' component")
    parts = _path_parts(path)
    if not parts or raw_parts[-1] in ("", "."):
        raise refuse("it names a folder, not a file")
    candidate = root.joinpath(*parts)
    if os.path.isabs(parts[0]) or candidate.is_absolute() != root.is_absolute():
        raise refuse("it is absolute")
    try:
        real_root = root.resolve()
        real = candidate.resolve()
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symbolic-link loop
        raise refuse(f"it cannot be resolved ({exc})") from None
    if real == real_root or not real.is_relative_to(real_root):
        raise refuse(f"it resolves to {str(real)!r}, outside the target folder")
    return candidate


def _plan(members: Iterable[Member], root: Path) -> Iterator[tuple[Member, Path]]:
    """Pair each member with its safe target, refusing repeated paths and file/folder clashes."""
    files: dict[tuple[str, ...], str] = {}
    folders: dict[tuple[str, ...], str] = {}
    for member in members:
        target = safe_member_path(root, member.path)
        parts = _path_parts(member.path)
        clash = files.get(parts)
        if clash is not None:
            what = (
                f"duplicate member path {member.path!r}"
                if clash == member.path
                else f"member path {member.path!r} names the same file as {clash!r}"
            )
            raise BundleError(what, expected="each member unpacked to its own file")
        if parts in folders:
            raise BundleError(
                f"member path {member.path!r} is a folder of member {folders[parts]!r}",
                expected="a path that is not also a folder of another member",
            )
        for cut in range(1, len(parts)):
            prefix = parts[:cut]
            if prefix in files:
                raise BundleError(
                    f"member path {member.path!r} needs {files[prefix]!r} to be a folder, "
                    "but it is a member",
                    expected="a path that is not also a folder of another member",
                )
            folders.setdefault(prefix, member.path)
        files[parts] = member.path
        yield member, target


def unpack(members: Iterable[Member], directory: str | os.PathLike[str]) -> list[Path]:
    """Write each member to a file under ``directory``; return the files written.

    Every path is checked with :func:`safe_member_path`; repeated paths, and a
    path that would have to be both a file and a folder, are refused. The
    files are first written to a hidden staging folder beside ``directory``
    and moved into place only when every member is written, so an error part
    way (a bad member, a clash, a read error in a streamed input) leaves
    ``directory`` as it was. A new ``directory`` is the staging folder
    renamed; into an existing one each file is moved (replacing a file of
    the same name). Files hold the body's UTF-8 bytes, exactly, with no
    line-ending translation; they are not ``fsync``-ed.

    Raises:
        BundleError: An unsafe or clashing path, a member that would replace
            a folder, or text that is not valid UTF-8.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     [p.relative_to(folder).as_posix() for p in unpack([Member("a/b.txt", "x")], folder)]
    ['a/b.txt']
    """
    root = Path(directory)
    if root.exists() and not root.is_dir():
        raise BundleError(f"{root} is not a folder", expected="a folder to unpack into")
    staging = root.parent / f".{root.name}.{secrets.token_hex(4)}.newsclean-tmp"
    staging.mkdir()
    try:
        staged: list[tuple[Path, str]] = []
        for member, target in _plan(members, staging):
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "xb") as fp:
                fp.write(_encode(member, member.text))
            staged.append((target, member.path))
        if not root.exists():
            os.replace(staging, root)
            return [root / path for _, path in staged]
        moves = []
        for tmp, path in staged:  # every target checked before anything moves
            final = safe_member_path(root, path)  # the existing folder may hold symlinks
            if final.is_dir():
                raise BundleError(
                    f"{final} is a folder; member {path!r} would replace it",
                    expected="member paths that are not folders of the target",
                )
            moves.append((tmp, final))
        for tmp, final in moves:
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, final)
        return [final for _, final in moves]
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)

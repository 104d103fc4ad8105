"""Reading documents from inputs and writing cleaned documents to outputs.

Inputs (:func:`read_documents`):

* a bundle file (``<<<FILE ... >>>``, see :mod:`newsclean.bundle`), or ``-``
  for a bundle on standard input;
* a single article file (a ``.txt``/``.html`` file that is not a bundle);
* a directory: every ``*.txt``, ``*.html`` and ``*.htm`` file under it,
  sorted, the member path being the path relative to the directory;
* a ``.jsonl`` file: one JSON object a line with a ``text`` field (or ``html``);
  the ``path`` (or ``id``) field names it and the other fields are kept.

HTML members (by suffix, a ``type=html`` attribute, or ``input_format="html"``)
are turned into text by :mod:`newsclean.html` first.

Files are UTF-8 (a byte order mark is ignored). An HTML file that is not
valid UTF-8 is decoded with the character set it declares (``<meta
charset>``, ``http-equiv``, an XML declaration; ``latin-1`` read as
Windows-1252, as browsers do); any other file that is not valid UTF-8 is an
error naming the byte offset, unless ``errors`` says to replace or escape.

Outputs (:func:`write_documents`): a bundle (``.bundle``/``.txt``, or ``-``
for standard output), a directory (the target ends in ``/`` or is an existing
directory: one file per member), or ``.jsonl`` (path, text, metadata, edit
log). Files are written atomically: a temporary file renamed over the target
when complete, and a directory's files staged beside it and moved in when
all are written, so a failure never leaves half an output.

Reading streams: memory is bounded by the largest document, not the corpus.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import IO, Any, Literal

from newsclean import bundle
from newsclean.bundle import BundleError, Member
from newsclean.document import Document

__all__ = [
    "InputError",
    "read_documents",
    "record_document",
    "sample_bundle",
    "write_documents",
]

InputFormat = Literal["auto", "bundle", "text", "html", "jsonl"]
OutputFormat = Literal["auto", "bundle", "dir", "jsonl"]

_TEXT_SUFFIXES = (".txt", ".html", ".htm")
_HTML_SUFFIXES = (".html", ".htm")


class InputError(ValueError):
    """An input could not be read; the message names the file and the place."""


def sample_bundle() -> Path:
    """The path of the sample bundle shipped inside the package (five articles)."""
    return Path(str(resources.files("newsclean") / "data" / "sample.bundle"))


def _is_html(path: str, attrs: dict[str, Any], input_format: str) -> bool:
    if input_format == "html":
        return True
    if input_format in ("text", "bundle") and "type" not in attrs:
        return False
    kind = str(attrs.get("type", "")).lower()
    return kind == "html" or path.lower().endswith(_HTML_SUFFIXES)


def _document(path: str, text: str, attrs: dict[str, Any], input_format: str) -> Document:
    if _is_html(path, attrs, input_format):
        from newsclean.html import html_to_text

        plain, meta = html_to_text(text)
        doc = Document(plain, path=path, attrs=attrs, metadata=meta)
        doc.attrs["html_chars"] = len(text)
        return doc
    return Document(text, path=path, attrs=attrs)


def _looks_like_bundle(path: Path) -> bool:
    """Whether a file is a bundle: by its ``.bundle`` suffix or a header near its start."""
    if path.suffix == ".bundle":
        return True
    with path.open("rb") as fp:
        return _starts_like_bundle(fp.read(1 << 16))


def _read_jsonl(
    path: str, fp: Iterable[bytes], input_format: str, errors: str = "strict"
) -> Iterator[Document]:
    for number, raw in enumerate(fp, 1):
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        try:
            record = json.loads(raw.decode("utf-8", errors=bundle.codec_errors(errors)))
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{path}:{number}: byte 0x{raw[exc.start]:02x} at byte offset {exc.start} "
                "of the line is not valid UTF-8; expected UTF-8 text (or read with "
                "errors='cp1252' to take such bytes as Windows-1252, or 'replace'; "
                "on the command line, --errors cp1252)"
            ) from None
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not a JSON object ({exc})") from None
        if not isinstance(record, dict):
            raise InputError(
                f"{path}:{number}: expected a JSON object, found {type(record).__name__}"
            )
        yield record_document(
            record,
            input_format=input_format,
            where=f"{path}:{number}",
            default_path=f"{Path(path).name}:{number}",
        )


def record_document(
    record: dict[str, Any],
    *,
    input_format: str = "auto",
    where: str = "record",
    default_path: str = "",
) -> Document:
    """A document from a JSON record: ``text`` (or ``html``), named by ``path``
    or ``id``; the other fields become attributes (a record written by
    newsclean loses its old ``metadata`` and ``edits``).

    >>> record_document({"id": "a1", "text": "Hi", "lang": "en"}).attrs
    {'id': 'a1', 'lang': 'en'}
    """
    record = dict(record)
    is_html = "text" not in record and "html" in record
    body = record.pop("html" if is_html else "text", None)
    if not isinstance(body, str):
        raise InputError(f"{where}: expected a string field 'text' (or 'html')")
    name = str(record.pop("path", record.get("id", default_path)))
    record.pop("metadata", None)
    record.pop("edits", None)
    return _document(name, body, record, "html" if is_html else input_format)


def _decoded(source: str, data: bytes, name: str, input_format: str, errors: str) -> Document:
    """One document from a file's bytes (UTF-8, a byte order mark ignored).

    An HTML page that is not UTF-8 is decoded with the character set it
    declares (``<meta charset>``, ``http-equiv``, an XML declaration).
    """
    data = data.removeprefix(b"\xef\xbb\xbf")
    is_html = _is_html(name, {}, input_format)
    charset = "utf-8"
    try:
        text = data.decode(charset)
    except UnicodeDecodeError:
        charset = (is_html and declared_charset(data)) or "utf-8"
        try:
            # Windows-1252 leaves five bytes undefined; browsers read them as
            # the Latin-1 code points, so every byte decodes
            handler = bundle.C1_FALLBACK if charset == "cp1252" else bundle.codec_errors(errors)
            text = data.decode(charset, errors=handler)
        except UnicodeDecodeError as exc:
            said = "UTF-8" if charset == "utf-8" else f"{charset}, as the page declares"
            declared_none = is_html and charset == "utf-8"
            hint = " (the page declares no other character set)" if declared_none else ""
            raise InputError(
                f"{source}: byte 0x{data[exc.start]:02x} at byte offset {exc.start} is not "
                f"valid {said}{hint}; expected text in that encoding "
                "(or read with errors='cp1252' to take such bytes as Windows-1252, or "
                "'replace'; on the command line, --errors cp1252)"
            ) from None
    return _document(name, text, {}, input_format)


def declared_charset(data: bytes) -> str:
    """The character set an HTML page declares in its first 64 KB, if Python
    knows it and it is not UTF-8 (a page that is not valid UTF-8 but says it
    is gets no second guess); else ``""``.

    >>> declared_charset(b'<meta charset="windows-1252"><p>caf\\xe9')
    'cp1252'
    >>> declared_charset(b'<meta charset="utf-8">'), declared_charset(b'<p>none')
    ('', '')
    """
    from bs4.dammit import EncodingDetector

    found = EncodingDetector.find_declared_encoding(data[: 1 << 16], is_html=True)
    if not found:
        return ""
    try:
        name = codecs.lookup(found).name
    except LookupError:
        return ""
    if name.startswith(("utf-8", "utf-16", "utf-32")):
        return ""
    # pages that say Latin-1 or ASCII are in practice Windows-1252, as browsers read them
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _read_text_file(file: Path, name: str, input_format: str, errors: str) -> Document:
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise InputError(f"{file}: cannot read: {exc.strerror}") from None
    return _decoded(str(file), data, name, input_format, errors)


def _member_path(file: Path) -> str:
    """A single file's document path: as given when relative (so two files of
    one name in two folders stay apart), its name when absolute."""
    return file.name if file.is_absolute() or ".." in file.parts else file.as_posix()


def _peek(stream: IO[bytes]) -> bytes:
    peek = getattr(stream, "peek", None)
    return peek(1 << 16)[: 1 << 16] if peek is not None else b""


def _starts_like_bundle(head: bytes) -> bool:
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    return head.startswith(b"<<<FILE") or b"\n<<<FILE" in head


def read_documents(
    inputs: Sequence[str | os.PathLike[str]],
    *,
    input_format: InputFormat = "auto",
    strict: bool = False,
    errors: str = "strict",
    warnings: list[str] | None = None,
) -> Iterator[Document]:
    """Documents from bundles, directories, JSONL files, single files or ``-``.

    Args:
        inputs: the inputs, in order.
        input_format: ``auto`` (by suffix and content), or force one:
            ``bundle``, ``text`` (each input file is one document), ``html``
            (each document is HTML), ``jsonl``.
        strict: read bundles in strict mode.
        errors: how to treat bytes that are not UTF-8: ``strict`` (an
            error naming the byte offset), ``replace``, ``surrogateescape``
            or ``cp1252`` (see :data:`newsclean.bundle.ERROR_HANDLERS`).
        warnings: a list that receives the lenient reader's warnings.

    Raises:
        InputError: an input is missing or malformed (the message says which
            file, where, and what was expected).
        BundleError: a bundle is malformed.
        ValueError: at once, for an unknown ``errors`` value.
    """
    bundle.check_errors(errors)
    return _read_inputs(inputs, input_format, strict, errors, warnings)


def _read_inputs(
    inputs: Sequence[str | os.PathLike[str]],
    input_format: InputFormat,
    strict: bool,
    errors: str,
    warnings: list[str] | None,
) -> Iterator[Document]:
    for given in inputs:
        name = os.fspath(given)
        if name == "-":
            stdin: IO[bytes] = sys.stdin.buffer
            if not hasattr(stdin, "peek"):
                stdin = io.BufferedReader(stdin)  # type: ignore[type-var]
            if input_format == "jsonl":
                yield from _read_jsonl("<stdin>", stdin, input_format, errors)
                continue
            if input_format in ("text", "html") or (
                input_format == "auto" and not _starts_like_bundle(_peek(stdin))
            ):
                yield _decoded("<stdin>", stdin.read(), "-", input_format, errors)
                continue
            reader = bundle.BundleReader(stdin, strict=strict, errors=errors, source="<stdin>")
            yield from _members(reader, input_format, warnings)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _TEXT_SUFFIXES
            )
            if not files:
                raise InputError(f"{name}: no .txt, .html or .htm file under this directory")
            for file in files:
                yield _read_text_file(file, file.relative_to(path).as_posix(), input_format, errors)
            continue
        if not path.exists():
            raise InputError(f"{name}: no such file or directory")
        if input_format == "jsonl" or (input_format == "auto" and path.suffix == ".jsonl"):
            with path.open("rb") as fp:
                yield from _read_jsonl(name, fp, input_format, errors)
            continue
        if input_format in ("text", "html") or (
            input_format == "auto" and not _looks_like_bundle(path)
        ):
            yield _read_text_file(path, _member_path(path), input_format, errors)
            continue
        with path.open("rb") as fp:
            reader = bundle.BundleReader(fp, strict=strict, errors=errors, source=name)
            yield from _members(reader, input_format, warnings)


def _members(
    reader: bundle.BundleReader, input_format: str, warnings: list[str] | None
) -> Iterator[Document]:
    for member in reader:
        yield _document(member.path, member.text, member.attributes, input_format)
    if warnings is not None:
        warnings.extend(reader.warnings)


def _member(doc: Document) -> Member:
    attrs = tuple((k, str(v)) for k, v in doc.attrs.items() if k != "html_chars")
    return Member(doc.path, doc.text, attrs)


def output_format(target: str) -> OutputFormat:
    """The output format a target names: ``dir``, ``jsonl`` or ``bundle``.

    >>> output_format("out/"), output_format("x.jsonl"), output_format("-")
    ('dir', 'jsonl', 'bundle')
    """
    if target != "-" and (target.endswith(("/", os.sep)) or Path(target).is_dir()):
        return "dir"
    if target.endswith(".jsonl"):
        return "jsonl"
    return "bundle"


def write_documents(
    docs: Iterable[Document],
    target: str,
    *,
    fmt: OutputFormat = "auto",
    edits: bool = True,
) -> int:
    """Write documents to a bundle, a directory or a JSONL file; return the count.

    The documents are consumed lazily, so a pipeline's :meth:`run` streams
    through. Bundle and JSONL files are replaced atomically; a directory's
    files are written to a staging folder and moved into place only when
    all are written (see :func:`newsclean.bundle.unpack`).
    """
    kind = output_format(target) if fmt == "auto" else fmt
    if kind == "dir":
        return len(bundle.unpack((_member(d) for d in docs), target))
    if kind == "jsonl":
        lines = (
            (json.dumps(d.to_dict(edits=edits), ensure_ascii=False) + "\n").encode("utf-8")
            for d in docs
        )
        if target == "-":
            count = 0
            for line in lines:
                sys.stdout.buffer.write(line)
                count += 1
            sys.stdout.flush()
            return count
        counter = _Counter(lines)
        bundle.atomic_write(Path(target), counter)
        return counter.count
    return bundle.write((_member(d) for d in docs), target)


class _Counter:
    """Counts the items of an iterable as it is consumed."""

    def __init__(self, items: Iterable[bytes]) -> None:
        self.items = items
        self.count = 0

    def __iter__(self) -> Iterator[bytes]:
        for item in self.items:
            self.count += 1
            yield item


__all__ += ["BundleError", "output_format"]

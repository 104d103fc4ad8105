"""The command line: ``newsclean`` / ``python -m newsclean``.

Data goes to standard output, messages to standard error as
``newsclean: error: ...``. Exit status: 0 success, 1 bad data (a malformed
bundle, an unreadable file, a failing document with ``--fail-fast``), 2 bad
usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from newsclean import bundle
from newsclean.__about__ import __version__
from newsclean.corpus import InputError, read_documents, sample_bundle, write_documents
from newsclean.document import Document
from newsclean.pipeline import CleanerError, Pipeline, default_pipeline

__all__ = ["build_parser", "main"]

PROG = "newsclean"


class UsageError(Exception):
    """Bad usage: exit status 2."""


class DataError(Exception):
    """Bad data: exit status 1."""


# --------------------------------------------------------------------------- parser


def _add_errors_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--errors",
        choices=bundle.ERROR_HANDLERS,
        default="strict",
        help="bytes that are not UTF-8: an error (default), U+FFFD (the letter is lost), "
        "kept as surrogates, or read as Windows-1252 (cp1252: caf\\xe9 becomes café)",
    )


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="a bundle, a directory (every *.txt/*.html under it), a .jsonl file, "
        "a single article file, or - for a bundle on standard input",
    )
    p.add_argument(
        "--sample",
        action="store_true",
        help="use the five sample articles shipped inside the package as input",
    )
    p.add_argument(
        "--input-format",
        choices=["auto", "bundle", "text", "html", "jsonl"],
        default="auto",
        help="how to read the inputs (default: by suffix and content)",
    )
    p.add_argument(
        "--strict", action="store_true", help="read bundles in strict mode (every error is fatal)"
    )
    _add_errors_option(p)


def _add_pipeline_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--only", metavar="STEPS", help="run only these steps (comma-separated names)")
    p.add_argument("--skip", metavar="STEPS", help="leave out these steps (comma-separated names)")
    p.add_argument(
        "--rules",
        metavar="FILE",
        action="append",
        default=[],
        help="a boilerplate rule file (TOML) to use beside the packaged rules; repeatable",
    )
    p.add_argument(
        "--tweets",
        choices=["drop", "marker", "keep"],
        default="drop",
        help="what to do with embedded tweets: drop them (default), leave a one-line "
        "marker, or keep their text (signature and links dropped)",
    )
    p.add_argument(
        "--remove-all-emoji", action="store_true", help="remove every emoji, not only broken ones"
    )
    p.add_argument(
        "--boilerplate-model",
        metavar="FILE",
        help="remove the per-outlet boilerplate learned by 'newsclean learn'",
    )
    p.add_argument(
        "--fail-fast",
        action="store_true",
        help="stop at the first document a step fails on (default: report it and pass "
        "the document on unchanged by that step)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to generate the CLI reference)."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Clean corpora of scraped news articles.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser(
        "clean",
        help="clean articles and write them out",
        description="Clean every document of the inputs with the default pipeline "
        "(or the steps chosen) and write the cleaned documents.",
    )
    _add_input_options(p)
    _add_pipeline_options(p)
    p.add_argument(
        "-o",
        "--output",
        default="-",
        metavar="OUTPUT",
        help="a bundle file (default: standard output), a directory (ends in / or "
        "exists: one file per document), or a .jsonl file (text, metadata and edit log)",
    )
    p.add_argument(
        "--output-format",
        choices=["auto", "bundle", "dir", "jsonl"],
        default="auto",
        help="force the output format (default: by the output's name)",
    )
    p.add_argument("--report", metavar="FILE", help="write the per-step counters as JSON to FILE")
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=0,
        metavar="N",
        help="worker processes (default: all cores; 1 runs in this process)",
    )
    p.add_argument(
        "--learn-boilerplate",
        action="store_true",
        help="first learn each outlet's repeated boilerplate from the inputs, then "
        "clean with it (reads the inputs twice; not for standard input)",
    )
    p.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="run here (default) or on a Dask cluster (needs newsclean[dask])",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="the Dask scheduler's address (default: a local cluster)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
    p.set_defaults(func=cmd_clean)

    p = sub.add_parser(
        "explain",
        help="show every edit the cleaners make, with its rule",
        description="For each document, list every edit: original line number, "
        "category, step/rule and the text removed; then counts per category.",
    )
    _add_input_options(p)
    _add_pipeline_options(p)
    p.add_argument(
        "--category",
        action="append",
        default=[],
        metavar="NAME",
        help="show only edits of this category (repeatable)",
    )
    p.add_argument(
        "--color",
        choices=["auto", "always", "never"],
        default="auto",
        help="colour the removed text (default: on a terminal)",
    )
    p.set_defaults(func=cmd_explain)

    p = sub.add_parser(
        "eval",
        help="score the cleaning against gold cleaned texts",
        description="Clean the inputs and score each document against GOLD_DIR/PATH "
        "(token level: content kept, noise removed, exact match).",
    )
    _add_input_options(p)
    _add_pipeline_options(p)
    p.add_argument("--gold", required=True, metavar="GOLD_DIR", help="folder of gold cleaned texts")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser(
        "learn",
        help="learn each outlet's repeated boilerplate lines",
        description="Count normalised lines per outlet (the host of a document's "
        "site or url attribute) and save the lines that repeat across an outlet's "
        "documents as a model for 'clean --boilerplate-model'.",
    )
    _add_input_options(p)
    p.add_argument("-o", "--output", required=True, metavar="MODEL", help="the model file (JSON)")
    p.add_argument("--min-docs", type=int, help="a line must occur in at least this many documents")
    p.add_argument(
        "--min-share", type=float, help="... and in at least this share of the outlet's documents"
    )
    p.set_defaults(func=cmd_learn)

    p = sub.add_parser(
        "ls",
        help="list a bundle's members",
        description="One line per member: path, size in bytes, attributes.",
    )
    p.add_argument("bundle", metavar="BUNDLE", help="the bundle (- for standard input)")
    p.add_argument("--strict", action="store_true", help="read in strict mode")
    _add_errors_option(p)
    p.set_defaults(func=cmd_ls)

    p = sub.add_parser(
        "split",
        help="write a bundle's members as files",
        description="Write one file per member under DIR, at the member's path. Unsafe "
        "paths (absolute, '..', drive letters, links out of DIR) are refused before "
        "anything is written.",
    )
    p.add_argument("bundle", metavar="BUNDLE", help="the bundle (- for standard input)")
    p.add_argument("directory", metavar="DIR", help="the target folder")
    p.add_argument("--strict", action="store_true", help="read in strict mode")
    _add_errors_option(p)
    p.set_defaults(func=cmd_split)

    p = sub.add_parser(
        "pack",
        help="pack files into a bundle",
        description="Pack files into a bundle, in the order given; a directory adds its "
        "files, recursively, sorted. A member's path is the file's path relative to the "
        "current directory.",
    )
    p.add_argument("paths", nargs="+", metavar="FILE_OR_DIR", help="files and folders to pack")
    p.add_argument(
        "-o",
        "--output",
        default="-",
        metavar="BUNDLE",
        help="the bundle (default: standard output)",
    )
    _add_errors_option(p)
    p.set_defaults(func=cmd_pack)
    return parser


# --------------------------------------------------------------------------- helpers


def _names(value: str | None) -> list[str]:
    return [n.strip() for n in (value or "").split(",") if n.strip()]


def make_pipeline(args: argparse.Namespace) -> Pipeline:
    """The pipeline the options ask for."""
    options: dict[str, Any] = {}
    if args.tweets != "drop":
        options["tweets"] = {"policy": args.tweets}
    if args.remove_all_emoji:
        options["emoji"] = {"remove_all": True}
    if args.rules:
        for rule_file in args.rules:
            if not Path(rule_file).is_file():
                raise UsageError(f"--rules {rule_file}: no such file")
        options["boilerplate"] = {"rule_files": tuple(args.rules)}
    pipeline = default_pipeline(**options)
    if args.boilerplate_model:
        from newsclean.learn import BoilerplateModel, LearnedBoilerplateCleaner

        if not Path(args.boilerplate_model).is_file():
            raise UsageError(f"--boilerplate-model {args.boilerplate_model}: no such file")
        model = BoilerplateModel.load(args.boilerplate_model)
        pipeline.add(LearnedBoilerplateCleaner(model=model), before="whitespace")
    try:
        if args.only:
            pipeline = pipeline.only(_names(args.only))
        if args.skip:
            pipeline = pipeline.without(_names(args.skip))
    except KeyError as exc:
        raise UsageError(str(exc.args[0])) from None
    return pipeline


def _inputs(args: argparse.Namespace) -> list[str]:
    inputs = list(args.inputs)
    if args.sample:
        inputs.append(str(sample_bundle()))
    if not inputs:
        raise UsageError(
            "no input: give INPUT (a bundle, a directory, a .jsonl file or -) or --sample"
        )
    return inputs


def _documents(args: argparse.Namespace, warnings: list[str] | None = None) -> Iterator[Document]:
    return read_documents(
        _inputs(args),
        input_format=args.input_format,
        strict=args.strict,
        errors=args.errors,
        warnings=warnings,
    )


def _prepared(docs: Iterable[Document]) -> Iterator[Document]:
    """Documents as the learned-boilerplate step sees them: encoding repaired, markup gone."""
    return default_pipeline().only(["encoding", "markup"]).run(docs)


class _Progress:
    """A progress bar on standard error (documents, MB, MB/s) when it is a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.bar: Any = None
        if enabled:
            try:
                from tqdm import tqdm
            except ImportError:  # pragma: no cover - tqdm is a dependency
                return
            self.bar = tqdm(
                unit="B",
                unit_scale=True,
                unit_divisor=1000,
                desc="cleaning",
                file=sys.stderr,
                dynamic_ncols=True,
            )
        self.docs = 0

    def wrap(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            self.docs += 1
            if self.bar is not None:
                self.bar.update(len(doc.original.encode("utf-8", "surrogatepass")))
                self.bar.set_postfix(docs=self.docs, refresh=False)
            yield doc

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


# --------------------------------------------------------------------------- commands


def _check_target(option: str, target: str | None) -> None:
    """Refuse, before any work, an output whose folder does not exist."""
    if target is None or target == "-":
        return
    folder = Path(target) if target.endswith(("/", os.sep)) else Path(target).parent
    if target.endswith(("/", os.sep)) and not folder.exists():
        folder = folder.parent  # the output folder itself is created
    if not folder.is_dir():
        raise UsageError(f"{option} {target}: the folder {folder} does not exist")


def cmd_clean(args: argparse.Namespace) -> int:
    if args.jobs < 0:
        raise UsageError("--jobs takes a number of processes, 1 or more (0: all cores)")
    _check_target("--output", args.output)
    _check_target("--report", args.report)
    pipeline = make_pipeline(args)
    inputs = _inputs(args)
    if args.learn_boilerplate:
        if "-" in inputs:
            raise UsageError(
                "--learn-boilerplate reads the inputs twice: it cannot read standard input"
            )
        from newsclean.learn import LearnedBoilerplateCleaner, learn

        model = learn(_prepared(_documents(args)))
        if "learned" in pipeline:
            pipeline.remove("learned")
        pipeline.add(
            LearnedBoilerplateCleaner(model=model),
            before="whitespace" if "whitespace" in pipeline else None,
        )
    warnings: list[str] = []
    docs = _documents(args, warnings)
    jobs = args.jobs
    started = time.perf_counter()
    progress = _Progress(enabled=not args.quiet and sys.stderr.isatty())
    if args.engine == "dask":
        try:
            from newsclean import dask as nc_dask
        except ImportError as exc:
            raise UsageError(
                f"the dask engine needs the dask extra ({exc}): pip install 'newsclean[dask]'"
            ) from None
        cleaned: Iterable[Document] = nc_dask.run_on_cluster(
            pipeline, progress.wrap(docs), scheduler=args.scheduler, fail_fast=args.fail_fast
        )
    else:
        from newsclean.parallel import default_jobs, run_parallel

        cleaned = run_parallel(
            pipeline, progress.wrap(docs), jobs or default_jobs(), fail_fast=args.fail_fast
        )
    try:
        count = write_documents(cleaned, args.output, fmt=args.output_format)
    finally:
        progress.close()
    _warn(warnings, pipeline)
    report = pipeline.report
    if count == 0:
        print(f"{PROG}: warning: the inputs held no document", file=sys.stderr)
    if args.report:
        data = report.to_dict()
        data["seconds"] = round(time.perf_counter() - started, 3)
        _write_text_atomic(Path(args.report), json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    if not args.quiet and args.output != "-":
        print(
            f"{PROG}: cleaned {count} document(s): "
            f"{report.chars_in} -> {report.chars_out} characters",
            file=sys.stderr,
        )
    return 0


def _write_text_atomic(path: Path, text: str) -> None:
    bundle.atomic_write(path, [text.encode("utf-8")])


_COLORS = {
    "boilerplate": "33",
    "tweet": "36",
    "byline": "35",
    "credit": "34",
    "caption": "34",
    "embed": "32",
    "emoji": "31",
}


def cmd_explain(args: argparse.Namespace) -> int:
    pipeline = make_pipeline(args)
    out = sys.stdout
    color = args.color == "always" or (
        args.color == "auto" and out.isatty() and "NO_COLOR" not in os.environ
    )
    wanted = set(args.category)
    totals: dict[str, int] = {}
    warnings: list[str] = []
    for doc in pipeline.run(_documents(args, warnings), fail_fast=args.fail_fast):
        _explain_document(doc, out, color, wanted, totals)
    print("totals: " + ", ".join(f"{k} {v}" for k, v in sorted(totals.items())), file=out)
    _warn(warnings, pipeline)
    return 0


def _warn(warnings: list[str], pipeline: Pipeline | None = None) -> None:
    """Print the readers' warnings and the steps' errors on standard error."""
    for warning in warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    for error in pipeline.report.errors if pipeline is not None else []:
        print(
            f"{PROG}: warning: {error['path']}: step {error['step']!r} failed ({error['error']}); "
            "the document was passed on unchanged by that step",
            file=sys.stderr,
        )


def _explain_document(
    doc: Document, out: TextIO, color: bool, wanted: set[str], totals: dict[str, int]
) -> None:
    print(f"== {doc.path or '<text>'}: {len(doc.edits)} edit(s)", file=out)
    counts: dict[str, int] = {}
    # in the order of the original text (the log's order within one place)
    for edit in sorted(doc.edits, key=lambda e: (e.start, e.end)):
        if wanted and edit.category not in wanted:
            continue
        counts[edit.category] = counts.get(edit.category, 0) + 1
        removed = json.dumps(edit.removed, ensure_ascii=False)
        if len(removed) > 200:
            shown = json.dumps(edit.removed[:150], ensure_ascii=False)[:-1]
            removed = f'{shown}…" (+{len(edit.removed) - 150} chars)'
        if color:
            removed = f"\x1b[{_COLORS.get(edit.category, '2')}m{removed}\x1b[0m"
        arrow = (
            f" -> {json.dumps(edit.replacement, ensure_ascii=False)}" if edit.replacement else ""
        )
        print(
            f"  L{edit.line:<5} {edit.category:<11} {edit.step + '/' + edit.rule:<34} "
            f"{removed}{arrow}",
            file=out,
        )
    for category, n in counts.items():
        totals[category] = totals.get(category, 0) + n
    summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "no edits"
    print(f"  counts: {summary}", file=out)
    meta = doc.metadata.to_dict()
    if meta:
        print(f"  metadata: {json.dumps(meta, ensure_ascii=False)}", file=out)


def cmd_eval(args: argparse.Namespace) -> int:
    from newsclean.evaluate import load_gold, score, summarise

    gold_dir = Path(args.gold)
    if not gold_dir.is_dir():
        raise UsageError(f"--gold {args.gold}: not a directory")
    pipeline = make_pipeline(args)
    rows = []
    missing = []
    warnings: list[str] = []
    for doc in pipeline.run(_documents(args, warnings), fail_fast=args.fail_fast):
        gold = load_gold(gold_dir, doc.path)
        if gold is None:
            missing.append(doc.path)
            continue
        rows.append((doc.path, score(doc.original, gold[0], doc.text, gold[1])))
    _warn(warnings, pipeline)
    for path in missing:
        print(f"{PROG}: warning: {path}: no gold text in {gold_dir}; not scored", file=sys.stderr)
    if not rows:
        raise DataError(f"no document of the inputs has a gold text in {gold_dir}")
    total = summarise(s for _, s in rows)
    if args.json:
        data = {"summary": total.to_dict(), "docs": {p: s.to_dict() for p, s in rows}}
        print(json.dumps(data, indent=1, ensure_ascii=False))
        return 0
    width = max(len(p) for p, _ in rows)
    for path, s in rows:
        print(
            f"{path:<{width}}  content kept {s.content_kept:5d}/{s.content:<5d} "
            f"({s.content_kept_ratio:.3f})  noise removed {s.noise_removed:4d}/{s.noise:<4d} "
            f"({s.noise_removed_ratio:.3f})  exact={'yes' if s.exact else 'no'}"
        )
    print(
        f"TOTAL docs={total.docs} exact={total.exact} content_kept={total.content_kept:.3f} "
        f"noise_removed={total.noise_removed:.3f} worst_content_kept={total.worst_content_kept:.3f}"
    )
    return 0


def cmd_learn(args: argparse.Namespace) -> int:
    from newsclean.learn import LearnConfig, learn

    overrides = {}
    if args.min_docs is not None:
        overrides["min_docs"] = args.min_docs
    if args.min_share is not None:
        overrides["min_share"] = args.min_share
    try:
        config = LearnConfig(**overrides)
    except (TypeError, ValueError) as exc:
        raise UsageError(str(exc)) from None
    model = learn(_prepared(_documents(args)), config)
    model.save(args.output)
    return 0


def cmd_ls(args: argparse.Namespace) -> int:
    for member in bundle.read(args.bundle, strict=args.strict, errors=args.errors):
        attrs = " ".join(f"{k}={bundle.quote(v)}" for k, v in member.attrs)
        size = len(member.text.encode("utf-8", "surrogateescape"))
        print(f"{bundle.quote(member.path)}\t{size}" + (f"\t{attrs}" if attrs else ""))
    return 0


def cmd_split(args: argparse.Namespace) -> int:
    if args.bundle == "-":  # one pass only: hold the members to check every path first
        bundle.unpack(
            list(bundle.read("-", strict=args.strict, errors=args.errors)), args.directory
        )
        return 0
    # two streaming passes: every path is checked before anything is written
    root = Path(args.directory)
    for member in bundle.read(args.bundle, strict=args.strict, errors=args.errors):
        bundle.safe_member_path(root, member.path)
    bundle.unpack(bundle.read(args.bundle, strict=args.strict, errors=args.errors), args.directory)
    return 0


def _pack_files(paths: Sequence[str], exclude: Path | None) -> Iterator[tuple[str, Path]]:
    cwd = Path.cwd()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file())
        elif path.is_file():
            files = [path]
        else:
            raise DataError(f"{given}: no such file or directory")
        for file in files:
            if exclude is not None and file.resolve() == exclude:
                continue
            rel = os.path.relpath(file.resolve(), cwd).replace(os.sep, "/")
            if rel.startswith("../") or rel == "..":
                raise DataError(
                    f"{file}: outside the current directory; member paths must be relative "
                    "(run pack from a folder that holds the files)"
                )
            yield rel, file


def cmd_pack(args: argparse.Namespace) -> int:
    exclude = Path(args.output).resolve() if args.output != "-" else None
    files = list(_pack_files(args.paths, exclude))

    def members() -> Iterator[bundle.Member]:
        for rel, file in files:
            data = file.read_bytes()
            try:
                text = data.decode("utf-8", errors=bundle.codec_errors(args.errors))
            except UnicodeDecodeError as exc:
                raise DataError(
                    f"{file}: byte 0x{data[exc.start]:02x} at byte offset {exc.start} is not "
                    "valid UTF-8; expected UTF-8 text (use --errors cp1252 to read such bytes "
                    "as Windows-1252, or --errors replace)"
                ) from None
            yield bundle.Member(rel, text)

    bundle.write(members(), args.output)
    return 0


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors
        return int(exc.code or 0) if isinstance(exc.code, int | None) else 2
    try:
        return int(args.func(args))
    except UsageError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader of standard output went away
        return 1
    except (DataError, InputError, bundle.BundleError, CleanerError, ValueError, OSError) as exc:
        message = str(exc)
        if isinstance(exc, OSError) and exc.filename:
            message = f"{exc.filename}: {exc.strerror}"
        print(f"{PROG}: error: {message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130

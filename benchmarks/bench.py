"""Throughput, scaling, memory and worst-case benchmarks of newsclean's default pipeline.

Run from the repository root (see benchmarks/README.md)::

    .venv/bin/python benchmarks/bench.py                 # the full run
    .venv/bin/python benchmarks/bench.py --skip-big      # without the 1 GB streaming run
    .venv/bin/python benchmarks/bench.py --mb 5 --big-gb 0.1 --json results.json

Everything is measured on one generated corpus (``corpus.generate``, seeded),
in this order:

1. the default pipeline on one core, in this process, over ``Document`` objects;
2. plain ``ftfy.fix_text`` on the same texts (the baseline), and the ratio;
3. the time each cleaner took (``pipeline.report.steps[name].seconds``);
4. ``run_parallel`` with one job and with ``default_jobs()`` jobs, and the speed-up;
5. adversarial 1 MB documents, each cleaned in a child process with a time limit;
6. a bundle of ``--big-gb`` GB written to a temporary file and cleaned by
   ``python -m newsclean clean BIG -o OUT --jobs 1 -q`` in a subprocess whose
   resident memory is sampled from /proc as it reads its input.

MB means 10**6 bytes of UTF-8 input text. MB/s is input bytes per second of
wall-clock time; "CPU MB/s" is per second of this process's CPU time, which a
busy machine disturbs less. The single-process comparisons (pipeline vs ftfy,
adversarial vs normal) are judged on CPU time; the parallel speed-up on wall time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import math
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import ftfy

import newsclean
from newsclean.bundle import Member
from newsclean.document import Document
from newsclean.parallel import default_jobs, run_parallel
from newsclean.pipeline import Pipeline
from newsclean.report import Report

if __package__:  # imported as benchmarks.bench
    from . import corpus
else:  # run as a script: benchmarks/ is on sys.path
    import corpus

MB = 1_000_000
GB = 1_000_000_000
REPO = Path(__file__).resolve().parent.parent

TARGET_FTFY_RATIO = 20.0  # pipeline MB/s >= 20x ftfy.fix_text MB/s
TARGET_SPEEDUP = 1.7  # jobs N vs jobs 1, on 2 cores
TARGET_PEAK_RSS_MB = 200.0  # streaming a 1 GB bundle with --jobs 1
TARGET_RSS_GROWTH_MB = 20.0  # RSS at the end minus RSS after a quarter: flat
TARGET_ADVERSARIAL_SLOWDOWN = 5.0  # per MB, vs the normal corpus

PASS, FAIL, NA, INCOMPLETE = "PASS", "FAIL", "n/a", "INCOMPLETE"


def log(message: str) -> None:
    """Progress goes to standard error, results to standard output."""
    print(message, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- machine


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def git_revision() -> str:
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", "-C", str(REPO), *args], capture_output=True, text=True, check=True
        ).stdout.strip()

    try:
        head = git("rev-parse", "--short", "HEAD")
        dirty = git("status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + (" + uncommitted changes" if dirty else "")


def load_average() -> float | None:
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return None


def machine() -> dict[str, Any]:
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "platform": platform.platform(),
        "cpu": cpu_model(),
        "cpu_count": os.cpu_count(),
        "default_jobs": default_jobs(),
        "python": platform.python_version(),
        "newsclean": newsclean.__version__,
        "ftfy": ftfy.__version__,
        "revision": git_revision(),
        "load_average_at_start": load_average(),
    }


# --------------------------------------------------------------------------- helpers


def utf8_size(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def fresh_documents(members: Iterable[Member]) -> list[Document]:
    return [Document(m.text, path=m.path, attrs=m.attributes) for m in members]


def warmed_pipeline() -> Pipeline:
    """A default pipeline that has cleaned the fixtures once (lazy set-up done), report reset."""
    pipeline = newsclean.default_pipeline()
    for path in sorted((corpus.FIXTURES / "articles").glob("*.txt")):
        pipeline(Document(path.read_text(encoding="utf-8")))
    pipeline.report = Report()
    return pipeline


def timed(consume: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (of this process) of ``consume()``."""
    gc.collect()
    cpu = time.process_time()
    began = time.perf_counter()
    consume()
    return time.perf_counter() - began, time.process_time() - cpu


def drain(docs: Iterator[Document]) -> int:
    n = 0
    for _ in docs:
        n += 1
    return n


def rate(size: int, seconds: float) -> float:
    return size / MB / seconds if seconds > 0 else math.inf


# --------------------------------------------------------------------------- throughput


def bench_pipeline(members: list[Member], size: int) -> dict[str, Any]:
    pipeline = warmed_pipeline()
    docs = fresh_documents(members)
    seconds, cpu = timed(lambda: drain(pipeline.run(docs)))
    report = pipeline.report
    step_total = sum(s.seconds for s in report.steps.values())
    steps = {
        name: {
            "seconds": round(s.seconds, 4),
            "share": s.seconds / step_total if step_total else 0.0,
            "mb_per_s": rate(size, s.seconds),
            "changed_docs": s.changed,
            "edits": s.edits,
            "errors": s.errors,
        }
        for name, s in report.steps.items()
    }
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "mb_per_s": rate(size, seconds),
        "cpu_mb_per_s": rate(size, cpu),
        "docs_per_s": len(docs) / seconds,
        "steps_seconds": step_total,
        "overhead_seconds": max(seconds - step_total, 0.0),
        "steps": steps,
        "errors": len(report.errors),
        "first_errors": report.errors[:3],
        "chars_in": report.chars_in,
        "chars_out": report.chars_out,
    }


def bench_ftfy(members: list[Member], size: int) -> dict[str, Any]:
    texts = [m.text for m in members]
    fix = ftfy.fix_text
    fix("warm up: caf\u00c3\u00a9")

    def run() -> None:
        for text in texts:
            fix(text)

    seconds, cpu = timed(run)
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "mb_per_s": rate(size, seconds),
        "cpu_mb_per_s": rate(size, cpu),
        "docs_per_s": len(texts) / seconds,
    }


def bench_jobs(members: list[Member], size: int, jobs: int) -> dict[str, Any]:
    pipeline = warmed_pipeline()

    def docs() -> Iterator[Document]:
        for m in members:
            yield Document(m.text, path=m.path, attrs=m.attributes)

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    seconds, cpu = timed(lambda: drain(run_parallel(pipeline, docs(), jobs)))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU time of this process and of the workers (reaped when the pool shut down)
    cpu += (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
    return {
        "jobs": jobs,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "cores_busy": cpu / seconds if seconds else 0.0,
        "mb_per_s": rate(size, seconds),
        "documents": pipeline.report.documents,
        "errors": len(pipeline.report.errors),
    }


# --------------------------------------------------------------------------- adversarial


def _repeat(unit: str, size: int) -> str:
    """``unit`` repeated to about ``size`` bytes of UTF-8, on one line."""
    return unit * max(size // utf8_size(unit), 1)


def _prose(size: int, sep: str) -> str:
    paras = corpus.load_material().clean_paragraphs
    parts: list[str] = []
    total = 0
    while total < size:
        para = paras[len(parts) % len(paras)]
        parts.append(para)
        total += utf8_size(para) + len(sep)
    return sep.join(parts)


def _mojibake_line(size: int) -> str:
    return _prose(size, " ").encode("utf-8").decode("cp1252", errors="replace")


#: name -> builder of a document of about ``size`` bytes
ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "prose, one document": lambda n: _prose(n, "\n\n"),
    "prose, one line": lambda n: _prose(n, " "),
    "mojibake prose, one line": _mojibake_line,
    "'*' run": lambda n: _repeat("*", n),
    "'[' run": lambda n: _repeat("[", n),
    "'(' run": lambda n: _repeat("(", n),
    "'@' run": lambda n: _repeat("@", n),
    "'—' run": lambda n: _repeat("—", n),
    "'?' run": lambda n: _repeat("?", n),
    "placeholder '📷' run": lambda n: _repeat("📷", n),
    "emoji mix run": lambda n: _repeat("😀🎉🇺🇸👍🏽👨‍👩‍👧", n),
    "space run": lambda n: _repeat(" ", n),
    "no-break space run": lambda n: _repeat("\u00a0", n),
    "newline run": lambda n: _repeat("\n", n),
    "blank lines of spaces": lambda n: _repeat(" \n", n),
    "one-letter lines": lambda n: _repeat("a\n", n),
    "one-word lines": lambda n: _repeat("word\n", n),
    "'[a](' run": lambda n: _repeat("[a](", n),
    "'**a ' run": lambda n: _repeat("**a ", n),
    "'— A (@a) ' run": lambda n: _repeat("— A (@a) ", n),
    "'By A ' run": lambda n: _repeat("By A ", n),
}


def _adversarial_child(kind: str, size: int, conn: Any) -> None:
    try:
        pipeline = warmed_pipeline()
        text = ADVERSARIAL[kind](size)
        doc = Document(text)
        seconds, cpu = timed(lambda: pipeline(doc, fail_fast=False))
        conn.send(
            {
                "bytes": utf8_size(text),
                "seconds": seconds,
                "cpu_seconds": cpu,
                "steps": {n: s.seconds for n, s in pipeline.report.steps.items()},
                "errors": [f"{e['step']}: {e['error'][:200]}" for e in pipeline.report.errors],
            }
        )
    except BaseException as exc:  # report anything to the parent
        conn.send({"crash": repr(exc)})
    finally:
        conn.close()


def bench_adversarial(size: int, timeout: float, normal_cpu_mbps: float) -> dict[str, Any]:
    import multiprocessing as mp

    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    rows: dict[str, Any] = {}
    for kind in ADVERSARIAL:
        parent, child = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_adversarial_child, args=(kind, size, child))
        proc.start()
        child.close()
        result: dict[str, Any]
        if parent.poll(timeout):
            try:
                result = parent.recv()
            except EOFError:
                result = {"crash": "the child died without an answer"}
        else:
            result = {"timeout": timeout}
        proc.join(5)
        if proc.is_alive():
            proc.kill()
            proc.join()
        parent.close()
        if "seconds" in result:
            result["mb_per_s"] = rate(result["bytes"], result["seconds"])
            result["cpu_mb_per_s"] = rate(result["bytes"], result["cpu_seconds"])
            result["slowdown"] = normal_cpu_mbps / result["cpu_mb_per_s"]
            result["slowest_step"] = max(result["steps"].items(), key=lambda kv: kv[1])[0]
            shown = (
                f"{result['cpu_mb_per_s']:8.2f} MB/s  {result['slowdown']:6.2f}x  "
                f"slowest step {result['slowest_step']}"
            )
            if result["errors"]:
                shown += f"  ERRORS: {'; '.join(result['errors'])}"
        elif "timeout" in result:
            result["slowdown"] = math.inf
            shown = f"did not finish in {timeout:g} s (killed)"
        else:
            result["slowdown"] = math.inf
            shown = f"crashed: {result.get('crash')}"
        log(f"    {kind:<26} {shown}")
        rows[kind] = result
    worst = max(rows.items(), key=lambda kv: kv[1]["slowdown"])
    return {
        "size_bytes": size,
        "timeout_s": timeout,
        "normal_cpu_mb_per_s": normal_cpu_mbps,
        "kinds": rows,
        "worst_kind": worst[0],
        "worst_slowdown": worst[1]["slowdown"],
    }


# --------------------------------------------------------------------------- big streaming run


def _proc_status(pid: int, path: Path, fds: dict[str, str]) -> dict[str, int]:
    """VmRSS and VmHWM (kB) of a process, and how far it has read the file ``path``.

    ``read`` is the offset of the process's open file on ``path`` (from
    /proc/PID/fdinfo), or, before that file is found, the bytes the process
    has read in all (rchar). ``fds`` remembers the descriptor once found.
    """
    out: dict[str, int] = {}
    proc = Path(f"/proc/{pid}")
    try:
        for line in (proc / "status").read_text().splitlines():
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, value = line.split(":", 1)
                out[key] = int(value.split()[0])
        if "fd" not in fds:
            for fd in (proc / "fd").iterdir():
                try:
                    if os.readlink(fd) == str(path):
                        fds["fd"] = fd.name
                        break
                except OSError:
                    continue
        if "fd" in fds:
            for line in (proc / "fdinfo" / fds["fd"]).read_text().splitlines():
                if line.startswith("pos:"):
                    out["read"] = int(line.split(":", 1)[1])
        else:
            for line in (proc / "io").read_text().splitlines():
                if line.startswith("rchar:"):
                    out["read"] = int(line.split(":", 1)[1])
    except (OSError, ValueError):
        pass
    return out


def bench_big(
    big_gb: float, seed: int, workdir: Path, limit: float | Callable[[], float], mbps: float
) -> dict[str, Any]:
    """Generate a bundle, clean it with the CLI in a subprocess, sample its memory.

    ``limit``: seconds the cleaner may run (0: no limit), or a function giving
    them once the bundle is written.
    """
    big = workdir / "BIG.bundle"
    out = workdir / "OUT.bundle"
    log(f"[big] generating {big_gb:g} GB to {big} ...")
    began = time.perf_counter()

    def progress(docs: int, size: int) -> None:
        speed = size / MB / (time.perf_counter() - began)
        log(f"    generated {size / GB:5.2f} GB ({docs} documents, {speed:.0f} MB/s)")

    docs, text_bytes = corpus.write_bundle(big, int(big_gb * GB), seed, progress=progress)
    gen_seconds = time.perf_counter() - began
    file_bytes = big.stat().st_size
    log(f"    done: {docs} documents, {file_bytes / GB:.3f} GB file, {gen_seconds:.0f} s")

    if callable(limit):
        limit = limit()
    cmd = [sys.executable, "-m", "newsclean", "clean", str(big), "-o", str(out)]
    cmd += ["--jobs", "1", "-q"]
    expected = file_bytes / MB / mbps if mbps > 0 else math.inf
    log(f"[big] cleaning: {' '.join(cmd)}")
    log(
        f"    at the pipeline's {mbps:.2f} MB/s this takes about {expected / 60:.0f} min"
        + (f"; it is stopped after {limit:.0f} s (--big-timeout, --budget)" if limit else "")
    )
    errfile = workdir / "stderr.txt"
    samples: list[tuple[float, int, int, int]] = []  # (seconds, bytes read, VmRSS, VmHWM) kB
    fds: dict[str, str] = {}
    stopped = False
    began = time.perf_counter()
    with errfile.open("wb") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
        next_note = 0.1
        try:
            while True:
                pid, status, _usage = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    proc.returncode = os.waitstatus_to_exitcode(status)
                    break
                now = time.perf_counter() - began
                info = _proc_status(proc.pid, big.resolve(), fds)
                if "VmRSS" in info:
                    read = info.get("read", -1)
                    samples.append((now, read, info["VmRSS"], info.get("VmHWM", info["VmRSS"])))
                    if read / file_bytes >= next_note:
                        rss, peak = info["VmRSS"] / 1024, info.get("VmHWM", 0) / 1024
                        log(
                            f"    read {read / file_bytes:4.0%}  RSS {rss:6.1f} MB  "
                            f"peak {peak:6.1f} MB  {now:5.0f} s"
                        )
                        next_note = read / file_bytes + 0.1
                if limit and now > limit and not stopped:
                    log(f"    time limit of {limit:.0f} s reached: stopping the cleaner")
                    stopped = True
                    proc.kill()
                time.sleep(0.05)
        finally:
            if proc.returncode is None:  # interrupted: do not leave the cleaner running
                proc.kill()
                proc.wait()
    seconds = time.perf_counter() - began
    stderr = errfile.read_text(errors="replace")[-2000:]
    if proc.returncode and not stopped:
        log(f"    FAILED with status {proc.returncode}: {stderr}")
    read_bytes = max((s[1] for s in samples), default=0)
    # RSS after a quarter, a half, three quarters and all of the input; for a run
    # stopped at the time limit, of the part of the input it did read
    reached = read_bytes if stopped else file_bytes
    marks: dict[str, float | None] = {}
    points: list[tuple[float, float]] = []  # (GB read, RSS MB)
    for fraction in (0.25, 0.5, 0.75, 1.0):
        at = fraction * reached
        hit = [s for s in samples if s[1] >= at]
        if not hit and fraction == 1.0 and samples:
            # the input file was closed before a sample saw its end: the last sample
            # that saw the file open (not one taken as the interpreter exits)
            hit = [max(samples, key=lambda s: (s[1], s[0]))]
        marks[f"{at / GB:.3g} GB"] = round(hit[0][2] / 1024, 1) if hit else None
        if hit:
            points.append((max(hit[0][1], at) / GB, hit[0][2] / 1024))
    return {
        "gb": big_gb,
        "documents": docs,
        "text_bytes": text_bytes,
        "file_bytes": file_bytes,
        "generate_seconds": gen_seconds,
        "clean_seconds": seconds,
        "clean_mb_per_s": rate(file_bytes if not stopped else read_bytes, seconds),
        "returncode": proc.returncode,
        "stopped_at_limit": stopped,
        "limit_seconds": limit,
        "read_bytes": read_bytes,
        "stderr_tail": stderr if proc.returncode and not stopped else "",
        # VmHWM of the child's own address space, sampled every 50 ms. (ru_maxrss
        # from wait4/RUSAGE_CHILDREN is not used: on Linux it carries over the
        # high-water mark of the forking process, this one, across exec.)
        "peak_rss_mb": max((s[3] for s in samples), default=0) / 1024,
        "rss_mb_at": marks,
        "rss_points": points,
        "samples": len(samples),
        "output_bytes": out.stat().st_size if out.exists() else 0,
        "command": " ".join(cmd),
    }


# --------------------------------------------------------------------------- report


def print_table(headers: list[str], rows: list[list[str]], aligns: str) -> None:
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]

    def fmt(cells: list[str]) -> str:
        return "  ".join(
            c.rjust(w) if a == "r" else c.ljust(w)
            for c, w, a in zip(cells, widths, aligns, strict=True)
        ).rstrip()

    print(fmt(headers))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(fmt(row))


def judge(ok: bool | None) -> str:
    return NA if ok is None else (PASS if ok else FAIL)


def summarise(results: dict[str, Any], jobs: int) -> list[dict[str, str]]:
    summary: list[dict[str, str]] = []

    def target(name: str, measured: str, goal: str, result: str) -> None:
        summary.append({"target": name, "measured": measured, "goal": goal, "result": result})

    pipe, ratio = results["pipeline"], results["ftfy_ratio"]
    target("pipeline MB/s, one core", f"{pipe['mb_per_s']:.2f} MB/s", "(info)", NA)
    target(
        "pipeline / ftfy.fix_text throughput",
        f"{ratio:.2f}x",
        f">= {TARGET_FTFY_RATIO:g}x",
        judge(ratio >= TARGET_FTFY_RATIO),
    )
    speedup = results["jobs"]["speedup"]
    target(
        f"speed-up, {jobs} jobs vs 1",
        f"{speedup:.2f}x",
        f">= {TARGET_SPEEDUP:g}x on 2 cores",
        judge(speedup >= TARGET_SPEEDUP if jobs >= 2 else None),
    )
    big = results.get("big")
    if big is not None:
        size = f"{big['file_bytes'] / GB:.3g} GB"
        if big["stopped_at_limit"]:
            peak = f"{big['peak_rss_mb']:.1f} MB up to {big['read_bytes'] / GB:.3g} GB"
            verdict = INCOMPLETE if big["peak_rss_mb"] < TARGET_PEAK_RSS_MB else FAIL
        else:
            peak = f"{big['peak_rss_mb']:.1f} MB"
            verdict = judge(big["returncode"] == 0 and big["peak_rss_mb"] < TARGET_PEAK_RSS_MB)
        target(f"peak RSS, {size} bundle, --jobs 1", peak, f"< {TARGET_PEAK_RSS_MB:g} MB", verdict)
        at = [(k, v) for k, v in big["rss_mb_at"].items() if v is not None]
        points = big["rss_points"]
        if len(at) >= 2 and len(points) >= 2:
            growth = at[-1][1] - at[0][1]
            span = points[-1][0] - points[0][0]
            per_gb = f" ({growth / span:+.1f} MB/GB)" if span > 0 else ""
            target(
                f"RSS growth, {at[0][0]} to {at[-1][0]}",
                f"{growth:+.1f} MB{per_gb}",
                f"flat (< {TARGET_RSS_GROWTH_MB:g} MB)",
                judge(growth < TARGET_RSS_GROWTH_MB)
                if not big["stopped_at_limit"]
                else (INCOMPLETE if growth < TARGET_RSS_GROWTH_MB else FAIL),
            )
        else:
            target("RSS growth, first quarter to end", "not reached", "flat", INCOMPLETE)
    adv = results.get("adversarial")
    if adv is not None:
        worst = adv["worst_slowdown"]
        shown = (
            f"{worst:.2f}x ({adv['worst_kind']})"
            if math.isfinite(worst)
            else (f"did not finish ({adv['worst_kind']})")
        )
        target(
            "adversarial docs, worst slowdown per MB",
            shown,
            f"<= {TARGET_ADVERSARIAL_SLOWDOWN:g}x",
            judge(worst <= TARGET_ADVERSARIAL_SLOWDOWN),
        )
    return summary


def print_results(results: dict[str, Any], args: argparse.Namespace, jobs: int) -> None:
    c, pipe, ftf = results["corpus"], results["pipeline"], results["ftfy"]
    print(
        f"corpus: {c['documents']} generated documents, {c['bytes'] / MB:.1f} MB "
        f"(seed {args.seed}; about 10% with mojibake)"
    )
    print()
    print("THROUGHPUT (one core, in process)")
    print_table(
        ["what", "MB/s", "CPU MB/s", "docs/s", "seconds"],
        [
            [
                "newsclean default pipeline",
                f"{pipe['mb_per_s']:.2f}",
                f"{pipe['cpu_mb_per_s']:.2f}",
                f"{pipe['docs_per_s']:.0f}",
                f"{pipe['seconds']:.2f}",
            ],
            [
                "ftfy.fix_text (baseline)",
                f"{ftf['mb_per_s']:.2f}",
                f"{ftf['cpu_mb_per_s']:.2f}",
                f"{ftf['docs_per_s']:.0f}",
                f"{ftf['seconds']:.2f}",
            ],
            [
                "pipeline / ftfy",
                f"{results['ftfy_ratio_wall']:.2f}x",
                f"{results['ftfy_ratio']:.2f}x",
                "",
                "",
            ],
        ],
        "lrrrr",
    )
    if pipe["errors"]:
        print(f"WARNING: {pipe['errors']} cleaner error(s), e.g. {pipe['first_errors'][:1]}")
    print()
    print("TIME PER CLEANER (pipeline.report.steps[name].seconds)")
    rows = [
        [
            name,
            f"{s['seconds']:.3f}",
            f"{s['share']:.1%}",
            f"{s['mb_per_s']:.1f}",
            str(s["changed_docs"]),
            str(s["edits"]),
            str(s["errors"]),
        ]
        for name, s in sorted(pipe["steps"].items(), key=lambda kv: -kv[1]["seconds"])
    ]
    rows.append(["(all steps)", f"{pipe['steps_seconds']:.3f}", "100.0%", "", "", "", ""])
    rows.append(["(outside the steps)", f"{pipe['overhead_seconds']:.3f}", "", "", "", "", ""])
    print_table(
        ["step", "seconds", "share", "MB/s alone", "docs changed", "edits", "errors"],
        rows,
        "lrrrrrr",
    )
    print()
    one, many = results["jobs"]["one"], results["jobs"]["many"]
    print("PARALLEL (newsclean.parallel.run_parallel, wall clock)")
    print_table(
        ["jobs", "MB/s", "seconds", "CPU seconds", "cores busy"],
        [
            [
                str(r["jobs"]),
                f"{r['mb_per_s']:.2f}",
                f"{r['seconds']:.2f}",
                f"{r['cpu_seconds']:.2f}",
                f"{r['cores_busy']:.2f}",
            ]
            for r in (one, many)
        ]
        + [["speed-up", f"{results['jobs']['speedup']:.2f}x", "", "", ""]],
        "lrrrr",
    )
    print(
        "  (CPU seconds: this process and its workers; cores busy = CPU seconds / seconds. "
        "Fewer cores busy than jobs means the workers waited: for the CPU, on a busy "
        "machine, or for work.)"
    )
    adv = results.get("adversarial")
    if adv is not None:
        print()
        print(
            f"ADVERSARIAL ({adv['size_bytes'] / MB:g} MB each; slowdown = normal corpus "
            f"{adv['normal_cpu_mb_per_s']:.2f} CPU MB/s / its CPU MB/s)"
        )
        rows = []
        for kind, r in adv["kinds"].items():
            if "seconds" in r:
                ok = r["slowdown"] <= TARGET_ADVERSARIAL_SLOWDOWN
                rows.append(
                    [
                        kind,
                        f"{r['cpu_mb_per_s']:.2f}",
                        f"{r['seconds']:.2f}",
                        f"{r['slowdown']:.2f}x",
                        r["slowest_step"],
                        judge(ok) + (" (errors)" if r["errors"] else ""),
                    ]
                )
            elif "timeout" in r:
                rows.append([kind, "-", f"> {adv['timeout_s']:g}", "timeout", "", FAIL])
            else:
                rows.append([kind, "-", "-", "crash", r.get("crash", "")[:40], FAIL])
        print_table(
            ["document", "CPU MB/s", "seconds", "slowdown", "slowest step", "<= 5x"],
            rows,
            "lrrrll",
        )
    big = results.get("big")
    if big is not None:
        print()
        print(f"STREAMING A {big['file_bytes'] / GB:.3g} GB BUNDLE ({big['documents']} documents)")
        print(f"  command: {big['command']}")
        how = (
            f"stopped at the {big['limit_seconds']:.0f} s limit after reading "
            f"{big['read_bytes'] / GB:.3g} GB"
            if big["stopped_at_limit"]
            else f"exit status {big['returncode']}"
        )
        print(
            f"  generated in {big['generate_seconds']:.0f} s; "
            f"cleaning ran {big['clean_seconds']:.0f} s "
            f"({big['clean_mb_per_s']:.2f} MB/s end to end; {how})"
        )
        marks = "  ".join(
            f"{k}: {v:.1f} MB" if v is not None else f"{k}: -" for k, v in big["rss_mb_at"].items()
        )
        print(f"  RSS after reading  {marks}")
        print(f"  peak RSS (VmHWM of the child, sampled every 50 ms): {big['peak_rss_mb']:.1f} MB")
        if big["stderr_tail"]:
            print(f"  stderr: {big['stderr_tail']}")
    print()
    print("SUMMARY")
    print_table(
        ["target", "measured", "goal", "result"],
        [[s["target"], s["measured"], s["goal"], s["result"]] for s in results["summary"]],
        "lrll",
    )
    load = results["machine"]["load_average_at_start"]
    if load is not None and load > 0.5:
        print(
            f"NOTE: the machine was busy (1-minute load average {load:.1f} at the start, "
            f"{results.get('load_average_at_end') or 0:.1f} at the end): timings are unreliable."
        )
    print(f"(whole run: {results['seconds']:.0f} s)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Benchmark newsclean's default pipeline (see benchmarks/README.md)."
    )
    add = parser.add_argument
    add("--mb", type=float, default=20.0, help="size of the corpus in MB (default 20)")
    add("--seed", type=int, default=0, help="seed of the corpus (default 0)")
    add("--jobs", type=int, default=0, help="N of the parallel run (default: all cores)")
    add("--big-gb", type=float, default=1.0, help="size of the streaming run in GB (default 1)")
    add("--skip-big", action="store_true", help="skip the streaming run")
    add(
        "--big-timeout",
        type=float,
        help="stop the streaming run's cleaner after this many seconds (0: never; default: "
        "what is left of --budget, at least 120)",
    )
    add(
        "--budget",
        type=float,
        default=600.0,
        help="seconds the whole run should take, for the default --big-timeout (default 600)",
    )
    add("--adv-mb", type=float, default=1.0, help="size of each adversarial document in MB")
    add("--adv-timeout", type=float, default=30.0, help="seconds an adversarial document may take")
    add("--skip-adversarial", action="store_true", help="skip the adversarial documents")
    add("--tmp", help="folder for the big bundle (default: the system's temporary folder)")
    add("--json", metavar="FILE", help="also write the results to FILE as JSON")
    add("--check", action="store_true", help="exit with status 1 if a target is not met")
    args = parser.parse_args(argv)

    results: dict[str, Any] = {"machine": machine(), "options": vars(args)}
    m = results["machine"]
    print(f"newsclean benchmark, {m['date']}")
    print(
        f"machine: {m['platform']}; {m['cpu']}; {m['cpu_count']} CPUs ({m['default_jobs']} usable)"
    )
    print(f"python {m['python']}, newsclean {m['newsclean']} ({m['revision']}), ftfy {m['ftfy']}")
    print()
    overall = time.perf_counter()

    log(f"[corpus] generating {args.mb:g} MB, seed {args.seed} ...")
    began = time.perf_counter()
    members = list(corpus.generate(target_bytes=int(args.mb * MB), seed=args.seed))
    size = sum(utf8_size(mm.text) for mm in members)
    results["corpus"] = {
        "documents": len(members),
        "bytes": size,
        "seconds": time.perf_counter() - began,
    }
    log(f"    {len(members)} documents, {size / MB:.1f} MB")

    log("[pipeline] the default pipeline, one core, in this process ...")
    pipe = results["pipeline"] = bench_pipeline(members, size)
    log(f"    {pipe['mb_per_s']:.2f} MB/s ({pipe['seconds']:.1f} s)")

    log("[ftfy] ftfy.fix_text on the same texts ...")
    ftf = results["ftfy"] = bench_ftfy(members, size)
    results["ftfy_ratio"] = pipe["cpu_mb_per_s"] / ftf["cpu_mb_per_s"]
    results["ftfy_ratio_wall"] = pipe["mb_per_s"] / ftf["mb_per_s"]
    log(f"    {ftf['mb_per_s']:.2f} MB/s ({ftf['seconds']:.1f} s)")

    jobs = args.jobs or default_jobs()
    log("[jobs] run_parallel with 1 job ...")
    one = bench_jobs(members, size, 1)
    log(f"    {one['mb_per_s']:.2f} MB/s")
    log(f"[jobs] run_parallel with {jobs} jobs ...")
    many = bench_jobs(members, size, jobs)
    log(f"    {many['mb_per_s']:.2f} MB/s")
    results["jobs"] = {"one": one, "many": many, "speedup": many["mb_per_s"] / one["mb_per_s"]}
    del members
    gc.collect()

    if not args.skip_adversarial:
        log(f"[adversarial] {len(ADVERSARIAL)} documents of {args.adv_mb:g} MB, a process each")
        results["adversarial"] = bench_adversarial(
            int(args.adv_mb * MB), args.adv_timeout, pipe["cpu_mb_per_s"]
        )

    if not args.skip_big:

        def limit() -> float:
            if args.big_timeout is not None:
                return float(args.big_timeout)
            return max(args.budget - (time.perf_counter() - overall), 120.0)

        with tempfile.TemporaryDirectory(prefix="newsclean-bench-", dir=args.tmp) as folder:
            results["big"] = bench_big(
                args.big_gb, args.seed + 1, Path(folder), limit, pipe["mb_per_s"]
            )
    results["seconds"] = time.perf_counter() - overall
    results["load_average_at_end"] = load_average()
    results["summary"] = summarise(results, jobs)
    print_results(results, args, jobs)

    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, default=str) + "\n")
        log(f"results written to {args.json}")
    failed = any(s["result"] in (FAIL, INCOMPLETE) for s in results["summary"])
    return 1 if failed and args.check else 0


if __name__ == "__main__":
    sys.exit(main())

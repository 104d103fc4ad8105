"""Pipelines: an ordered registry of named cleaning steps.

A step is anything with a ``name`` that can be called on a
:class:`~newsclean.document.Document`. The built-in cleaners subclass
:class:`Cleaner`: they say *what* to change by returning
:class:`~newsclean.document.Change` objects from :meth:`Cleaner.find`, and the
pipeline applies and logs them. A plain ``str -> str`` function becomes a step
with :func:`text_step`.

>>> from newsclean.pipeline import Pipeline, text_step
>>> p = Pipeline([text_step("upper", str.upper)])
>>> p.add(text_step("exclaim", lambda s: s + "!"), after="upper").names
['upper', 'exclaim']
>>> p("hi").text
'HI!'
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any, ClassVar, Protocol, runtime_checkable

from newsclean.document import Change, Document
from newsclean.report import Report
from newsclean.text import forget_split

__all__ = [
    "Cleaner",
    "CleanerError",
    "Pipeline",
    "Step",
    "clean",
    "default_pipeline",
    "text_step",
]


class CleanerError(RuntimeError):
    """A step raised while cleaning a document (the message names both)."""


@runtime_checkable
class Step(Protocol):
    """What a pipeline step is: a name, and a call that cleans a document."""

    @property
    def name(self) -> str:
        """The step's name, unique within a pipeline."""
        ...

    def __call__(self, doc: Document) -> None:
        """Clean ``doc`` in place (through :meth:`Document.apply`)."""
        ...


class Cleaner:
    """Base class of the built-in cleaners.

    Subclasses set ``name``, ``Config`` (a frozen dataclass whose docstring
    documents every option) and implement :meth:`find`. A cleaner is built
    as ``Cleaner(config=None, **overrides)``: the overrides replace fields of
    the given (or default) config.
    """

    name: ClassVar[str] = "cleaner"
    Config: ClassVar[type[Any]]
    #: how many times at most :meth:`__call__` runs :meth:`find` and applies
    #: its changes, stopping as soon as a round changes nothing. A cleaner
    #: whose decisions depend on what else the text holds (counts, limits,
    #: neighbours) sets more than one, so that cleaning its output again
    #: changes nothing.
    rounds: ClassVar[int] = 1

    def __init__(self, config: Any = None, **overrides: Any) -> None:
        base = config if config is not None else self.Config()
        self.config = dataclasses.replace(base, **overrides) if overrides else base

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.config!r})"

    def find(self, text: str, doc: Document) -> Iterable[Change]:
        """The changes to make to ``text`` (the document's current text).

        May also record metadata on ``doc.metadata``.
        """
        raise NotImplementedError

    def __call__(self, doc: Document) -> None:
        for _ in range(self.rounds):
            if not doc.apply(self.name, list(self.find(doc.text, doc))):
                break


class _TextStep:
    def __init__(self, name: str, func: Callable[[str], str], category: str) -> None:
        self.name = name
        self.func = func
        self.category = category

    def __repr__(self) -> str:
        return f"text_step({self.name!r}, {self.func!r})"

    def __call__(self, doc: Document) -> None:
        old = doc.text
        new = self.func(old)
        if new == old:
            return
        # log one edit covering the changed middle (common prefix and suffix kept)
        limit = min(len(old), len(new))
        head = 0
        while head < limit and old[head] == new[head]:
            head += 1
        tail = 0
        while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
            tail += 1
        doc.apply(
            self.name,
            [Change(head, len(old) - tail, new[head : len(new) - tail], self.name, self.category)],
        )


def text_step(name: str, func: Callable[[str], str], category: str = "custom") -> Step:
    """Wrap a ``str -> str`` function as a pipeline step.

    The change is logged as one edit covering the part of the text that
    differs, so it can be seen and undone like any other.

    >>> from newsclean.document import Document
    >>> step = text_step("shout", str.upper)
    >>> doc = Document("abc")
    >>> step(doc)
    >>> doc.text, doc.edits[0].rule
    ('ABC', 'shout')
    """
    return _TextStep(name, func, category)


class Pipeline:
    """An ordered registry of named steps, and the counters of their runs.

    Steps can be added, removed, replaced and reordered by name. Calling the
    pipeline on a text or a document cleans it; :meth:`run` cleans a stream
    of documents lazily, one at a time.
    """

    def __init__(self, steps: Iterable[Step] = ()) -> None:
        self._steps: list[Step] = []
        self.report = Report()
        for step in steps:
            self.add(step)

    def __repr__(self) -> str:
        return f"Pipeline({self.names!r})"

    def __iter__(self) -> Iterator[Step]:
        return iter(list(self._steps))

    def __len__(self) -> int:
        return len(self._steps)

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def __getitem__(self, name: str) -> Step:
        return self._steps[self._index(name)]

    @property
    def names(self) -> list[str]:
        """The step names, in order."""
        return [step.name for step in self._steps]

    def _index(self, name: str) -> int:
        for i, step in enumerate(self._steps):
            if step.name == name:
                return i
        raise KeyError(f"no step named {name!r}; the steps are: {', '.join(self.names)}")

    def add(self, step: Step, *, before: str | None = None, after: str | None = None) -> Pipeline:
        """Add a step at the end, or before/after the step of that name.

        Returns the pipeline, so calls chain.
        """
        if not isinstance(step, Step):
            raise TypeError(f"a step needs a name and a __call__(doc); got {step!r}")
        if step.name in self.names:
            raise ValueError(f"the pipeline has a step named {step.name!r} already")
        if before is not None and after is not None:
            raise ValueError("give before= or after=, not both")
        if before is not None:
            self._steps.insert(self._index(before), step)
        elif after is not None:
            self._steps.insert(self._index(after) + 1, step)
        else:
            self._steps.append(step)
        return self

    def remove(self, name: str) -> Pipeline:
        """Remove the step of that name."""
        del self._steps[self._index(name)]
        return self

    def replace(self, name: str, step: Step) -> Pipeline:
        """Put ``step`` in the place of the step of that name."""
        if not isinstance(step, Step):
            raise TypeError(f"a step needs a name and a __call__(doc); got {step!r}")
        if step.name != name and step.name in self.names:
            raise ValueError(f"the pipeline has a step named {step.name!r} already")
        self._steps[self._index(name)] = step
        return self

    def fresh(self) -> Pipeline:
        """The same steps with counters of their own (the steps are shared)."""
        return Pipeline(self._steps)

    def move(self, name: str, *, before: str | None = None, after: str | None = None) -> Pipeline:
        """Move a step before or after another one."""
        step = self[name]
        self.remove(name)
        return self.add(step, before=before, after=after)

    def only(self, names: Iterable[str]) -> Pipeline:
        """A new pipeline with just these steps, in this pipeline's order."""
        wanted = list(names)
        for name in wanted:
            self._index(name)
        return Pipeline(s for s in self._steps if s.name in wanted)

    def without(self, names: Iterable[str]) -> Pipeline:
        """A new pipeline without these steps."""
        unwanted = list(names)
        for name in unwanted:
            self._index(name)
        return Pipeline(s for s in self._steps if s.name not in unwanted)

    def __call__(self, doc: Document | str, *, fail_fast: bool = True) -> Document:
        """Clean one document (or text) in place and return it.

        With ``fail_fast=True`` (the default for a single document) a step
        that raises stops the cleaning with :class:`CleanerError`; with
        ``False`` the error is recorded and the next step runs, as
        :meth:`run` does by default for a stream.
        """
        if isinstance(doc, str):
            doc = Document(doc)
        report = self.report
        report.documents += 1
        report.chars_in += len(doc.original)
        try:
            self._run_steps(doc, fail_fast)
        finally:
            forget_split()
        report.chars_out += len(doc.text)
        return doc

    def _run_steps(self, doc: Document, fail_fast: bool) -> None:
        report = self.report
        clock = time.perf_counter
        for step in self._steps:
            stats = report.step(step.name)
            stats.documents += 1
            first = len(doc.edits)
            began = clock()
            try:
                step(doc)
            except Exception as exc:
                stats.errors += 1
                message = f"{doc.path or '<text>'}: step {step.name!r} failed: {exc!r}"
                if fail_fast:
                    raise CleanerError(message) from exc
                doc.errors.append(message)
                report.errors.append({"path": doc.path, "step": step.name, "error": repr(exc)})
                continue
            finally:
                stats.seconds += clock() - began
            if len(doc.edits) > first:
                stats.changed += 1
                for edit in doc.edits[first:]:
                    stats.count_edit(
                        edit.category, edit.removed, edit.replacement, whole_lines=edit.whole_lines
                    )

    def run(self, docs: Iterable[Document], *, fail_fast: bool = False) -> Iterator[Document]:
        """Clean a stream of documents lazily, in order.

        With ``fail_fast=False`` (the default here) a document that makes a
        step raise is passed on unchanged by that step, with the error in
        ``doc.errors`` and in the report; with ``fail_fast=True`` the error
        is raised as :class:`CleanerError`.
        """
        for doc in docs:
            yield self(doc, fail_fast=fail_fast)


def default_pipeline(**options: Any) -> Pipeline:
    """The default pipeline: every built-in cleaner, in the documented order.

    Keyword arguments configure a step by name: a config object, or a dict
    of overrides of its default config.

    >>> default_pipeline(emoji={"remove_all": True})["emoji"].config.remove_all
    True
    """
    from newsclean.cleaners import BUILTIN

    unknown = set(options) - set(BUILTIN)
    if unknown:
        raise ValueError(
            f"no built-in step named {', '.join(sorted(unknown))}; known: {', '.join(BUILTIN)}"
        )
    steps: list[Step] = []
    for name, cls in BUILTIN.items():
        option = options.get(name)
        if option is None:
            steps.append(cls())
        elif isinstance(option, dict):
            steps.append(cls(**option))
        else:
            steps.append(cls(option))
    return Pipeline(steps)


def clean(text: str, pipeline: Pipeline | None = None, **options: Any) -> Document:
    """Clean one article with the default pipeline (or the one given).

    Returns the :class:`~newsclean.document.Document`: ``.text`` is the
    cleaned text, ``.metadata`` what was extracted, ``.edits`` the log.

    >>> clean("Hello\\u00a0 world \\n\\n\\n").text
    'Hello world\\n'
    """
    if pipeline is None:
        pipeline = default_pipeline(**options)
    elif options:
        raise TypeError("give a pipeline or step options, not both")
    return pipeline(Document(text))

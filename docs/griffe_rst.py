"""Read the reStructuredText habits of newsclean's docstrings as Markdown.

newsclean's docstrings are Google style, but they also use a few
reStructuredText habits that Markdown does not know:

* roles such as ``:class:`Document``` or ``:meth:`~LineCounts.merge``` become
  links to the API reference (optional ones: a name that is not rendered,
  such as a private helper or ``str.format``, stays plain code);
* bare ``>>>`` doctest blocks become ``pycon`` code blocks (Markdown would
  read ``>>>`` as nested block quotes);
* a paragraph ending in ``::`` and the indented literal block after it become
  a paragraph ending in ``:`` and a fenced code block;
* list items continued with the reStructuredText indentation (two spaces
  under ``* ``) are re-indented to the four spaces Python-Markdown needs;
* ``#:`` comments above a module or class attribute become its docstring (as
  Sphinx reads them), and a very long value (a vocabulary of hundreds of
  words) is shown shortened.

Two users:

* mkdocstrings loads :class:`RstToMarkdown` as a Griffe extension (see
  ``mkdocs.yml``), so the API reference shows these docstrings properly;
* ``docs/hooks.py`` calls :func:`to_markdown` on the cleaner module
  docstrings it puts in the cleaner gallery.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

import griffe

__all__ = ["RstToMarkdown", "to_markdown"]

#: ``:class:`Name```, ``:meth:`~a.b.c```, ``:py:func:`f``` ...
ROLE = re.compile(
    r":(?:py:)?(?P<role>class|func|meth|attr|data|const|mod|exc|obj):"
    r"`(?P<tilde>~)?(?P<target>[A-Za-z_][\w.]*)(?P<call>\(\))?`"
)
_FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})")
_BULLET = re.compile(r"^(\s*)([*+-]|\d{1,3}[.)])\s+\S")
_LITERAL_LANGS = (
    (re.compile(r"^\[\[?\w"), "toml"),
    (re.compile(r"^<"), "html"),
)

Resolver = Callable[[str], "str | None"]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _literal_language(first: str) -> str:
    for pattern, lang in _LITERAL_LANGS:
        if pattern.match(first):
            return lang
    return "text"


def _structure(lines: list[str]) -> list[str]:
    """Fence doctest runs and ``::`` literal blocks; keep existing fences."""
    out: list[str] = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        fence = _FENCE.match(line)
        if fence:  # an existing fenced block: copy it through untouched
            marker = fence.group(2)
            out.append(line)
            i += 1
            while i < n:
                out.append(lines[i])
                i += 1
                if lines[i - 1].strip().startswith(marker[0] * len(marker)):
                    break
            continue
        stripped = line.strip()
        if stripped.startswith(">>>"):
            pad = " " * _indent(line)
            block = []
            while i < n and lines[i].strip():
                block.append(lines[i][len(pad) :] if lines[i].startswith(pad) else lines[i].strip())
                i += 1
            if out and out[-1].strip():
                out.append("")
            out.append(pad + "```pycon")
            out.extend(pad + b for b in block)
            out.append(pad + "```")
            continue
        if stripped.endswith("::") and not stripped.startswith(">>>"):
            base = _indent(line)
            if stripped == "::":
                head = None
            elif line.rstrip().endswith(" ::"):
                head = line.rstrip()[:-3]
            else:
                head = line.rstrip()[:-1]
            j = i + 1
            while j < n and not lines[j].strip():
                j += 1
            if j < n and _indent(lines[j]) > base:
                block = []
                k = j
                while k < n and (not lines[k].strip() or _indent(lines[k]) > base):
                    block.append(lines[k])
                    k += 1
                while block and not block[-1].strip():
                    block.pop()
                    k -= 1
                cut = min(_indent(b) for b in block if b.strip())
                pad = " " * base
                if head is not None:
                    out.append(head)
                out.append("")
                out.append(pad + "```" + _literal_language(block[0].strip()))
                out.extend((pad + b[cut:]) if b.strip() else "" for b in block)
                out.append(pad + "```")
                i = k
                continue
            if head is not None:
                out.append(head)
            i += 1
            continue
        out.append(line)
        i += 1
    return out


def _lists(lines: list[str]) -> list[str]:
    """Re-indent list-item continuations to Python-Markdown's four spaces."""
    out: list[str] = []
    stack: list[tuple[int, int]] = []  # (content indent, extra spaces for it)
    in_fence = ""
    for line in lines:
        if not line.strip():
            out.append(line)
            continue
        indent = _indent(line)
        fence = _FENCE.match(line)
        if in_fence:
            shift = sum(extra for _, extra in stack)
            out.append(" " * shift + line)
            if fence and fence.group(2).startswith(in_fence):
                in_fence = ""
            continue
        while stack and indent < stack[-1][0]:
            stack.pop()
        shift = sum(extra for _, extra in stack)
        out.append(" " * shift + line)
        if fence:
            in_fence = fence.group(2)
            continue
        bullet = _BULLET.match(line)
        if bullet:
            content = len(bullet.group(1)) + len(bullet.group(2)) + 1
            stack.append((content, max(indent + 4 - content, 0)))
    return out


def _roles(text: str, resolve: Resolver | None) -> str:
    def sub(match: re.Match[str]) -> str:
        target = match["target"]
        shown = target.rsplit(".", 1)[-1] if match["tilde"] else target
        if match["call"] or match["role"] in ("func", "meth"):
            shown += "()" if not shown.endswith(")") else ""
        code = f"<code>{html.escape(shown)}</code>"
        path = resolve(target) if resolve else None
        if not path:
            return code
        return f'<autoref identifier="{html.escape(path)}" optional>{code}</autoref>'

    return ROLE.sub(sub, text)


def to_markdown(text: str, resolve: Resolver | None = None) -> str:
    """Turn a docstring's reStructuredText habits into Markdown.

    ``resolve`` maps a role's target (as written) to the full path of the
    object it names, or ``None``; resolved roles become optional autorefs.
    """
    lines = _lists(_structure(text.split("\n")))
    out = []
    in_fence = ""
    for line in lines:
        fence = _FENCE.match(line)
        if in_fence:
            out.append(line)
            if fence and fence.group(2).startswith(in_fence):
                in_fence = ""
            continue
        if fence:
            in_fence = fence.group(2)
            out.append(line)
            continue
        out.append(_roles(_escape_lt(line), resolve))
    return "\n".join(out)


_CODE_SPAN = re.compile(r"(`+)(?:.+?)\1")


def _escape_lt(line: str) -> str:
    """``<`` outside code spans as ``&lt;``: docstrings hold no HTML, ``<date>`` is text."""
    if "<" not in line:
        return line
    out = []
    pos = 0
    for m in _CODE_SPAN.finditer(line):
        out.append(line[pos : m.start()].replace("<", "&lt;"))
        out.append(m.group())
        pos = m.end()
    out.append(line[pos:].replace("<", "&lt;"))
    return "".join(out)


#: Attribute values longer than this are shown shortened.
LONG_VALUE = 120


def _documented(pkg: griffe.Module, path: str) -> str | None:
    """``path`` if it is shown in the API reference, else its nearest shown parent."""
    while path.startswith(pkg.name):
        try:
            obj = pkg.modules_collection[path]
            if obj.is_alias:
                obj = obj.final_target
        except Exception:
            obj = None
        private = any(part.startswith("_") for part in path.split("."))
        if obj is not None and obj.docstring is not None and not private:
            return path
        if "." not in path:
            return None
        path = path.rsplit(".", 1)[0]
    return None


def _griffe_resolver(obj: griffe.Object, pkg: griffe.Module) -> Resolver:
    package = pkg.name

    def resolve(target: str) -> str | None:
        if target == package or target.startswith(package + "."):
            return _documented(pkg, target)
        head, _, rest = target.partition(".")
        try:
            path = obj.resolve(head)
        except Exception:
            return None
        if not path.startswith(package):
            return None
        return _documented(pkg, f"{path}.{rest}" if rest else path)

    return resolve


def _comment_docstring(attr: griffe.Object) -> str:
    """The ``#:`` comment lines right above an attribute, as text."""
    lines = attr.module.lines
    if not attr.lineno or not lines:
        return ""
    found: list[str] = []
    i = attr.lineno - 2
    while i >= 0 and lines[i].strip().startswith("#:"):
        found.append(lines[i].strip()[2:].strip())
        i -= 1
    return "\n".join(reversed(found))


def _shortened(value: str) -> str:
    """``frozenset({...})`` for a long value: its call or bracket, contents elided."""
    call = re.match(r"[\w.]+\(", value)
    if call:
        return call.group() + "…)"
    closing = {"{": "}", "[": "]", "(": ")"}.get(value[:1])
    return f"{value[0]}…{closing}" if closing else "…"


class RstToMarkdown(griffe.Extension):
    """Griffe extension: rewrite every docstring of the package with :func:`to_markdown`."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        objects = list(self._walk(pkg, set()))
        for obj in objects:  # first give #:-commented attributes their docstrings
            if obj.is_attribute:
                if obj.docstring is None:
                    text = _comment_docstring(obj)
                    if text:
                        obj.docstring = griffe.Docstring(text, lineno=obj.lineno, parent=obj)
                value = getattr(obj, "value", None)
                if value is not None and len(str(value)) > LONG_VALUE:
                    obj.value = _shortened(str(value))
        for obj in objects:  # then turn the docstrings into Markdown
            if obj.docstring is not None:
                obj.docstring.value = to_markdown(obj.docstring.value, _griffe_resolver(obj, pkg))

    def _walk(self, obj: griffe.Object, seen: set[str]) -> Any:
        if obj.path in seen:
            return
        seen.add(obj.path)
        yield obj
        for member in obj.members.values():
            if member.is_alias:
                continue
            yield from self._walk(member, seen)  # type: ignore[arg-type]

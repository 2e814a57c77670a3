"""Build plain data from YAML events, remembering where every key and value sits.

Why events and not `yaml.compose`: the event stream is flat, so nesting depth is counted
without recursion, aliases are refused before anything expands (a 300-byte alias bomb never
grows), and every scalar stays the text the staff member typed. YAML 1.1 guesses (`NO` → false,
`012` → 10, dates → date objects) never happen here; the model turns text into the type each
field means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_DEPTH = 32
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_STR_TAG = "tag:yaml.org,2002:str"
# A key typed with a full-width colon (common with Chinese input methods), or with no space after.
_FULL_WIDTH_COLON = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_][A-Za-z0-9_]*)\s*(：)")
_NO_SPACE_COLON = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_][A-Za-z0-9_]*)(:)(?=[^\s/])")

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Mark:
    """A 1-based position in the file, counted in characters (what editors show)."""

    line: int
    column: int


@dataclass
class YamlTree:
    data: object = None
    values: dict[Path, Mark] = field(default_factory=dict)
    keys: dict[Path, Mark] = field(default_factory=dict)
    problems: list[tuple[Mark, str]] = field(default_factory=list)

    def mark_of(self, path: Path, *, key: bool = False) -> Mark:
        """The mark of the deepest known node along `path` (the key's own mark if asked)."""
        if key and path in self.keys:
            return self.keys[path]
        for end in range(len(path), -1, -1):
            found = self.values.get(path[:end])
            if found is not None:
                return found
        return Mark(1, 1)


def _mark(yaml_mark: yaml.Mark) -> Mark:
    return Mark(yaml_mark.line + 1, yaml_mark.column + 1)


_SYNTAX_HINTS = (
    ("'\\t'", "这里有制表符（Tab）。YAML 只能用空格缩进，请把 Tab 换成空格 (tab: use spaces)"),
    (
        "mapping values are not allowed",
        "这里不能出现“键: 值”。常见原因：上一行缩进不对，或文字里含有“: ”却没有加引号 (mapping value not allowed here)",
    ),
    ("could not find expected ':'", "缺少冒号“:”，或缩进不对 (expected ':')"),
    ("did not find expected key", "缩进没有对齐：同一层的键必须左对齐 (indentation)"),
    (
        "did not find expected '-' indicator",
        "列表项缩进没有对齐：同一列表的“- ”必须左对齐 (list indentation)",
    ),
    (
        "found unexpected end of stream",
        "引号没有配对：文字的开头和结尾要用同一种引号 (unclosed quote)",
    ),
    (
        "while scanning a quoted scalar",
        "引号没有配对：文字的开头和结尾要用同一种引号 (unclosed quote)",
    ),
    ("expected <document start>", "文件结构有误：可能是缩进不一致 (structure)"),
    ("expected <block end>", "缩进没有对齐：同一层的内容必须左对齐 (indentation)"),
)


def _syntax_message(problem: str) -> str:
    for needle, message in _SYNTAX_HINTS:
        if needle in problem:
            return message
    return f"YAML 语法错误 (syntax error): {problem}"


def colon_hint(line_text: str) -> tuple[int, str] | None:
    """A hint for a key followed by a full-width colon or by no space: (column, message)."""
    found = _FULL_WIDTH_COLON.match(line_text)
    if found:
        return (
            found.start(3) + 1,
            f"“{found.group(2)}”后面是全角冒号“：”，请改成半角冒号“:”并在后面加一个空格 "
            "(full-width colon: use ': ')",
        )
    found = _NO_SPACE_COLON.match(line_text)
    if found:
        return (
            found.start(3) + 1,
            f"“{found.group(2)}:”后面缺少空格，请写成“{found.group(2)}: ” (add a space after ':')",
        )
    return None


_KEY_AT_LINE_START = re.compile(r"^\s*(?:-\s+)?([A-Za-z_][A-Za-z0-9_]*):(?:\s|$)")


def _looks_unclosed(event: yaml.ScalarEvent, lines: list[str], keys: frozenset[str]) -> bool:
    """A quoted text that runs on over lines beginning with field names (`date:`, `title:`)
    has lost its closing quote; ordinary wrapped text does not start lines that way."""
    if event.style not in ("'", '"') or event.end_mark.line == event.start_mark.line:
        return False
    inner = lines[event.start_mark.line + 1 : event.end_mark.line + 1]
    return any(
        (found := _KEY_AT_LINE_START.match(line)) and found.group(1) in keys for line in inner
    )


class _Frame:
    __slots__ = ("container", "key", "path")

    def __init__(self, container: dict | list, path: Path) -> None:
        self.container = container
        self.path = path
        self.key: str | None = None


def read_yaml(text: str, keys: frozenset[str] = frozenset()) -> YamlTree:
    """Parse `text` into plain dicts, lists, strings and None, with marks and problems.

    `keys` are the field names the file may use; they help spot an unclosed quote."""
    tree = YamlTree()
    lines = text.splitlines()
    try:
        _build(tree, yaml.parse(text, Loader=_Loader), lines, keys)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = _mark(mark) if mark else Mark(1, 1)
        problem = str(error.problem)
        if _char_at(lines, where) == "\t":
            problem = "'\\t'"
        tree.problems.append(_with_colon_hint(lines, where, _syntax_message(problem)))
        tree.data = None
    except yaml.reader.ReaderError as error:
        # libyaml counts bytes, the pure-Python reader characters.
        offset = error.position
        if _Loader is not yaml.SafeLoader:
            offset = len(text.encode("utf-8")[:offset].decode("utf-8", errors="ignore"))
        before = text[:offset]
        where = Mark(before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1)
        tree.problems.append(
            (where, f"文件里有不能显示的控制字符 (U+{error.character:04X})；这不是文本文件吗？")
        )
        tree.data = None
    return tree


def _char_at(lines: list[str], where: Mark) -> str:
    if 0 < where.line <= len(lines) and 0 < where.column <= len(lines[where.line - 1]):
        return lines[where.line - 1][where.column - 1]
    return ""


def _with_colon_hint(lines: list[str], where: Mark, message: str) -> tuple[Mark, str]:
    """A syntax error is often caused a line or two above by a mistyped colon: say so."""
    for line_no in range(where.line, max(0, where.line - 3), -1):
        if 0 < line_no <= len(lines):
            hint = colon_hint(lines[line_no - 1])
            if hint:
                return Mark(line_no, hint[0]), hint[1]
    return where, message


def _build(tree: YamlTree, events, lines: list[str], keys: frozenset[str]) -> None:
    stack: list[_Frame] = []
    documents = 0
    skipping = 0  # depth of a subtree being skipped
    fill_after_skip = False  # whether the skipped subtree still owes its parent a value
    for event in events:
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                tree.problems.append(
                    (
                        _mark(event.start_mark),
                        "文件里只能有一个文档：请删除多余的“---” (one document only)",
                    )
                )
                return
            continue
        if isinstance(event, yaml.StreamStartEvent | yaml.StreamEndEvent | yaml.DocumentEndEvent):
            continue
        mark = _mark(event.start_mark)
        if skipping:
            if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                skipping += 1
            elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                skipping -= 1
                if skipping == 0 and fill_after_skip:
                    _place(tree, stack, None, mark)
            continue
        if isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            stack.pop()
            continue
        if isinstance(event, yaml.AliasEvent):
            tree.problems.append(
                (
                    mark,
                    f"不允许使用别名“*{event.anchor}”：请把内容直接写出来 (aliases are not allowed)",
                )
            )
            _place(tree, stack, None, mark)
            continue
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            tree.problems.append(
                (mark, f"不允许使用锚点“&{anchor}”：请删除它 (anchors are not allowed)")
            )
        tag = getattr(event, "tag", None)
        if tag is not None and tag != _STR_TAG:
            tree.problems.append((mark, f"不允许使用标签“{tag}”：请删除它 (tags are not allowed)"))
        if isinstance(event, yaml.ScalarEvent):
            plain = event.implicit[0] and not event.style
            value = None if plain and _NULL.match(event.value) else event.value
            if plain and value and (hint := colon_hint(value)):
                tree.problems.append((Mark(mark.line, mark.column + hint[0] - 1), hint[1]))
            if not plain and value and _looks_unclosed(event, lines, keys):
                tree.problems.append(
                    (mark, "引号没有配对：这段文字的引号一直延续到了后面几行 (unclosed quote)")
                )
            _place(tree, stack, value, mark, plain=plain)
            continue
        # A mapping or a sequence starts.
        if len(stack) >= MAX_DEPTH:
            tree.problems.append((mark, f"嵌套太深（超过 {MAX_DEPTH} 层）(nested too deeply)"))
            skipping, fill_after_skip = 1, True
            continue
        container: dict | list = {} if isinstance(event, yaml.MappingStartEvent) else []
        path = _place(tree, stack, container, mark)
        if path is not None:
            stack.append(_Frame(container, path))
        else:
            skipping, fill_after_skip = 1, False  # its key was refused: already reported


def _place(
    tree: YamlTree, stack: list[_Frame], value: object, mark: Mark, *, plain: bool = False
) -> Path | None:
    """Put a finished value where it belongs; returns its path (None when it cannot be kept)."""
    if not stack:
        tree.data = value
        tree.values[()] = mark
        return ()
    top = stack[-1]
    if isinstance(top.container, list):
        path = (*top.path, len(top.container))
        top.container.append(value)
        tree.values[path] = mark
        return path
    if top.key is None:  # this node is a key
        if not isinstance(value, str | type(None)):
            tree.problems.append((mark, "键必须是简单的文字 (a key must be plain text)"))
            top.key = "\0invalid"
            return None
        key = "" if value is None else value
        if plain and key == "<<":
            tree.problems.append(
                (mark, "不允许使用合并键“<<”：请把内容直接写出来 (merge keys are not allowed)")
            )
        key_path = (*top.path, key)
        if key in top.container:
            first = tree.keys[key_path]
            tree.problems.append(
                (mark, f"重复的键“{key}”：第 {first.line} 行已经写过，请只保留一个 (duplicate key)")
            )
            top.key = "\0duplicate"
            return None
        tree.keys[key_path] = mark
        top.key = key
        return None
    key, top.key = top.key, None
    if key.startswith("\0"):
        return None
    path = (*top.path, key)
    top.container[key] = value
    tree.values[path] = mark
    return path

"""Load content.yaml into a Content, or raise ContentError listing every problem with its place.

The loader never raises anything else: size caps come before parsing, encoding problems get a
line and column, the YAML is read by yamltree (no aliases, no tags, no recursion), the model
checks types, and cross-references and images are checked last.
"""

from __future__ import annotations

import difflib
import logging
import stat
import types
import typing
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ValidationError

from kiosk.content import model
from kiosk.content.assets import ImageDecoder, Loc, asset_references, check_image
from kiosk.content.checks import figure_consistency, similar_park_colours
from kiosk.content.digest import content_digest
from kiosk.content.errors import ContentError, ContentIssue, Severity
from kiosk.content.images import ImageHeader, ImageProblem
from kiosk.content.messages import staff_message
from kiosk.content.names import LOCATION
from kiosk.content.partial import Remap, valid_part
from kiosk.content.report import Check
from kiosk.content.yamltree import YamlTree, read_yaml

MAX_FILE_BYTES = 1024 * 1024

log = logging.getLogger("kiosk.content")


@dataclass(frozen=True)
class LoadedContent:
    """A validated Content with where it came from and what `kiosk check` should mention."""

    content: model.Content
    path: Path
    base_dir: Path
    text: str
    digest: str = ""  # sha256 of the file's bytes: names this exact version (see startview.py)
    images: dict[str, ImageHeader] = field(default_factory=dict)
    versions: dict[str, str] = field(default_factory=dict)
    warnings: tuple[ContentIssue, ...] = ()
    # Where each picture is first named (path, line, column): for a problem found on screen.
    image_places: dict[str, tuple[str, int, int]] = field(default_factory=dict)

    def picture_issue(self, reference: str, message: str) -> ContentIssue:
        """A picture that passed the checks but could not be shown, as a staff warning."""
        where, line, column = self.image_places.get(reference, ("", 1, 1))
        return ContentIssue(self.path.name, line, column, where, message, Severity.WARNING)


def load_content(
    path: Path | str,
    *,
    decode_image: ImageDecoder | None = None,
    label: str | None = None,
    checks: Sequence[Check] = (),
) -> LoadedContent:
    """Read and validate a content file; raises ContentError (and nothing else).

    `label` names the file in messages (default: its name, as in `content.yaml:12:5: …`).
    """
    path = Path(path)
    label = label or path.name
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ContentError(
                [ContentIssue(label, 1, 1, "", "这不是普通文件 (not a regular file)")]
            )
        if info.st_size > MAX_FILE_BYTES:
            raise ContentError([_too_big(label, info.st_size)])
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ContentError(
            [ContentIssue(label, 1, 1, "", f"找不到内容文件 (file not found): {path.absolute()}")]
        ) from None
    except OSError as error:
        raise ContentError(
            [ContentIssue(label, 1, 1, "", f"无法读取内容文件：{error.strerror} (unreadable)")]
        ) from None
    try:
        return load_content_text(
            data,
            file_label=label,
            base_dir=path.parent,
            decode_image=decode_image,
            source_path=path,
            checks=checks,
        )
    except ContentError:
        raise
    except Exception as error:
        log.exception("loading %s failed unexpectedly", path)
        raise ContentError(
            [
                ContentIssue(
                    label,
                    1,
                    1,
                    "",
                    f"读取内容时出错（{type(error).__name__}），详见日志 "
                    "(loading failed unexpectedly; see the log)",
                )
            ]
        ) from None


def load_content_text(
    data: bytes | str,
    *,
    file_label: str = "content.yaml",
    base_dir: Path | str = ".",
    decode_image: ImageDecoder | None = None,
    source_path: Path | None = None,
    checks: Sequence[Check] = (),
) -> LoadedContent:
    """Validate content given as bytes or text; image paths are relative to `base_dir`."""
    base_dir = Path(base_dir)
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > MAX_FILE_BYTES:
        raise ContentError([_too_big(file_label, len(data))])
    text = _decode(data, file_label)
    tree = read_yaml(text, model.FIELD_NAMES)
    issues = [ContentIssue(file_label, m.line, m.column, "", msg) for m, msg in tree.problems]
    if issues:
        raise ContentError(issues)
    if tree.data is None:
        raise ContentError(
            [ContentIssue(file_label, 1, 1, "", "内容文件是空的 (the file is empty)")]
        )
    if not isinstance(tree.data, dict):
        raise ContentError(
            [
                ContentIssue(
                    file_label,
                    1,
                    1,
                    "",
                    "文件最外层应为“键: 值”，例如 site: … (top level must be a mapping)",
                )
            ]
        )
    try:
        content = model.Content.model_validate(tree.data)
    except ValidationError as error:
        raise ContentError(
            list(_model_issues(error, tree, file_label))
            + _later_issues(tree, error, file_label, base_dir, decode_image)
        ) from None
    issues, warnings = _cross_check(content, tree, file_label)
    pictures = _check_pictures(content, tree, file_label, base_dir, decode_image)
    issues += pictures.issues
    if issues:
        raise ContentError(issues + warnings)
    for check in checks:
        for loc, message in check(content, pictures.images):
            warnings.append(_issue(tree, file_label, loc, message, severity=Severity.WARNING))
    return LoadedContent(
        content=content,
        path=source_path or base_dir / file_label,
        base_dir=base_dir,
        text=text,
        digest=content_digest(data),
        images=pictures.images,
        versions=pictures.versions,
        warnings=tuple(sorted(warnings)),
        image_places=pictures.places,
    )


def _later_issues(
    tree: YamlTree,
    error: ValidationError,
    label: str,
    base_dir: Path,
    decode_image: ImageDecoder | None,
) -> list[ContentIssue]:
    """With the model's problems, those the later checks find in the rest of the file: staff
    fix everything in one go instead of finding a second round after the first."""
    part = valid_part(tree.data, error)
    if part is None:
        return []
    content, remap = part
    errors, warnings = _cross_check(content, tree, label, remap)
    pictures = _check_pictures(content, tree, label, base_dir, decode_image, remap)
    return errors + pictures.issues + warnings


@dataclass
class _Pictures:
    issues: list[ContentIssue] = field(default_factory=list)
    images: dict[str, ImageHeader] = field(default_factory=dict)
    versions: dict[str, str] = field(default_factory=dict)
    places: dict[str, tuple[str, int, int]] = field(default_factory=dict)


def _check_pictures(
    content: model.Content,
    tree: YamlTree,
    label: str,
    base_dir: Path,
    decode_image: ImageDecoder | None,
    remap: Remap = tuple,
) -> _Pictures:
    """Every picture the content names, each file checked once however often it is used."""
    found = _Pictures()
    problems: dict[str, str] = {}
    for content_loc, reference in asset_references(content):
        loc = remap(content_loc)
        if reference not in found.places:
            mark = tree.mark_of(loc)
            found.places[reference] = (_format_loc(loc), mark.line, mark.column)
        if reference not in found.images and reference not in problems:
            try:
                path, header = check_image(base_dir, reference, decode_image)
                info = path.stat()
                found.images[reference] = header
                found.versions[reference] = f"{info.st_size:x}{info.st_mtime_ns:x}"
            except ImageProblem as problem:
                problems[reference] = str(problem)
            except OSError as error:
                problems[reference] = f"无法读取图片：{error.strerror}"
            except Exception as error:
                log.exception("checking %s failed unexpectedly", reference)
                problems[reference] = (
                    f"无法检查这张图片（{type(error).__name__}），请换一张或重新保存；详见日志 "
                    "(the picture could not be checked; see the log)"
                )
        if reference in problems:
            found.issues.append(_issue(tree, label, loc, problems[reference]))
    return found


def _too_big(label: str, size: int) -> ContentIssue:
    return ContentIssue(
        label,
        1,
        1,
        "",
        f"内容文件太大：{size / 1024:.0f} KB，最多 {MAX_FILE_BYTES // 1024} KB；图片请放在 assets 文件夹 "
        "(file too large)",
    )


def _decode(data: bytes, label: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        start = error.start
        # A GBK character can pass as UTF-8 for a byte or two: point at the start of the run.
        while start > 0 and data[start - 1] >= 0x80:
            start -= 1
        before = data[:start]
        line = before.count(b"\n") + 1
        line_start = before.rfind(b"\n") + 1
        column = len(before[line_start:].decode("utf-8", errors="replace")) + 1
        raise ContentError(
            [
                ContentIssue(
                    label,
                    line,
                    column,
                    "",
                    "文件不是 UTF-8 编码（可能是 GBK）：请在编辑器里“另存为”并选择 UTF-8 "
                    "(not UTF-8: save as UTF-8)",
                )
            ]
        ) from None


def _format_loc(loc: Loc) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _issue(
    tree: YamlTree,
    label: str,
    loc: Loc,
    message: str,
    *,
    key: bool = False,
    severity: Severity = Severity.ERROR,
) -> ContentIssue:
    mark = tree.mark_of(loc, key=key)
    return ContentIssue(label, mark.line, mark.column, _format_loc(loc), message, severity)


def _model_issues(error: ValidationError, tree: YamlTree, label: str) -> Iterator[ContentIssue]:
    details = error.errors(include_url=False)
    # A misspelt key shows up twice: unknown `titel` and missing `title`. Say it once.
    misspelt = {
        (tuple(d["loc"][:-1]), close)
        for d in details
        if d["type"] == "extra_forbidden"
        for close in difflib.get_close_matches(
            str(d["loc"][-1]), _allowed_fields(tuple(d["loc"][:-1])), n=1, cutoff=0.6
        )
    }
    seen: set[tuple[Loc, str]] = set()
    for detail in details:
        loc = tuple(detail["loc"])
        kind = detail["type"]
        if kind == "missing" and (loc[:-1], loc[-1]) in misspelt:
            continue
        if kind == "missing":
            message = staff_message(detail, [])
            mark_loc, key = loc[:-1], False
        elif kind == "extra_forbidden":
            message = staff_message(detail, _allowed_fields(loc[:-1]))
            mark_loc, key = loc, True
        else:
            message = staff_message(detail, [])
            mark_loc, key = loc, False
        if (loc, message) in seen:
            continue
        seen.add((loc, message))
        mark = tree.mark_of(mark_loc, key=key)
        yield ContentIssue(label, mark.line, mark.column, _format_loc(loc), message)


def _allowed_fields(loc: Loc) -> list[str]:
    """The field names of the model found at `loc`, for "did you mean" hints."""
    current: object = model.Content
    for part in loc:
        current = _unwrap(current)
        if isinstance(part, int):
            args = typing.get_args(current)
            current = args[0] if args else None
        elif isinstance(current, type) and issubclass(current, BaseModel):
            info = current.model_fields.get(part)
            current = info.annotation if info else None
        else:
            return []
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _unwrap(annotation: object) -> object:
    """Strip Annotated and Optional down to the model or list inside."""
    while True:
        if typing.get_origin(annotation) is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
            continue
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if typing.get_origin(annotation) in (
            typing.Union,
            types.UnionType,
        ):
            annotation = args[0]
            continue
        return annotation


def _cross_check(
    content: model.Content, tree: YamlTree, label: str, remap: Remap = tuple
) -> tuple[list[ContentIssue], list[ContentIssue]]:
    """Rules across fields: unique ids, references that resolve, points inside the map.
    `remap` turns a place in `content` into one in the file (see partial.py)."""
    errors: list[ContentIssue] = []
    warnings: list[ContentIssue] = []

    def issue(loc: Loc, message: str, severity: Severity = Severity.ERROR) -> ContentIssue:
        return _issue(tree, label, remap(loc), message, severity=severity)

    def unique(items: list, where: Loc, what: str) -> None:
        first: dict[str, int] = {}
        for index, item in enumerate(items):
            if item.id in first:
                line = tree.mark_of(remap((*where, first[item.id], "id"))).line
                errors.append(
                    issue(
                        (*where, index, "id"),
                        f"{what}编号“{item.id}”重复：第 {line} 行已经用过 (duplicate id)",
                    )
                )
            else:
                first[item.id] = index

    timeline = content.timeline
    unique(timeline.eras, ("timeline", "eras"), "阶段")
    unique(timeline.events, ("timeline", "events"), "事件")
    unique(content.map.parks, ("map", "parks"), "园区")
    unique(content.map.points, ("map", "points"), "地点")
    parks = {park.id: index for index, park in enumerate(content.map.parks)}
    for where, items in (("parks", content.map.parks), ("points", content.map.points)):
        for index, item in enumerate(items):
            if item.id == LOCATION:
                errors.append(
                    issue(
                        ("map", where, index, "id"),
                        f"编号不能是“{LOCATION}”：区位图用它 (the locator's id)",
                    )
                )
    for index, point in enumerate(content.map.points):
        if point.id in parks:
            line = tree.mark_of(remap(("map", "parks", parks[point.id], "id"))).line
            errors.append(
                issue(
                    ("map", "points", index, "id"),
                    f"地点编号“{point.id}”和第 {line} 行的园区重复：链接 map/{point.id} 会分不清 "
                    "(a point and a park share an id)",
                )
            )
        if point.park is not None and point.park not in parks:
            errors.append(
                issue(
                    ("map", "points", index, "park"),
                    f"没有编号为“{point.park}”的园区；可用的园区：{', '.join(parks)} (unknown park)",
                )
            )
    unique(content.figures.groups, ("figures", "groups"), "分组")
    for index, group in enumerate(content.figures.groups):
        unique(group.figures, ("figures", "groups", index, "figures"), "数据")
        for number, figure in enumerate(group.figures):
            where = ("figures", "groups", index, "figures", number)
            errors += [issue(loc, message) for loc, message in _history_problems(where, figure)]
        if group.lead is not None and all(figure.id != group.lead for figure in group.figures):
            errors.append(
                issue(
                    ("figures", "groups", index, "lead"),
                    f"主图“{group.lead}”不在本组的数据里 (the lead is not one of the group's figures)",
                )
            )

    eras = {era.id: era for era in timeline.eras}
    for index, era in enumerate(timeline.eras):
        if era.end is not None and era.end < era.start:
            errors.append(
                issue(
                    ("timeline", "eras", index, "end"),
                    f"结束年份 {era.end} 早于起始年份 {era.start} (end before start)",
                )
            )
    for index, event in enumerate(timeline.events):
        errors += [issue(loc, message) for loc, message in _event_problems(index, event)]
        warnings += [
            issue(loc, message, Severity.WARNING) for loc, message in _event_oddities(index, event)
        ]
        era = eras.get(event.era)
        if era is None:
            errors.append(
                issue(
                    ("timeline", "events", index, "era"),
                    f"没有编号为“{event.era}”的阶段；可用的阶段：{', '.join(eras)} (unknown era)",
                )
            )
        elif not era.start <= event.year <= (era.end or 9999):
            warnings.append(
                issue(
                    ("timeline", "events", index, "date"),
                    f"{event.year} 年不在阶段“{era.title.zh}”({era.start}–{era.end or ''}) 之内 "
                    "(date outside its era)",
                    Severity.WARNING,
                )
            )

    for loc, message in (*figure_consistency(content), *similar_park_colours(content)):
        warnings.append(issue(loc, message, severity=Severity.WARNING))

    park_map = content.map

    def inside(point: tuple[float, float]) -> bool:
        return point[0] <= park_map.width and point[1] <= park_map.height

    for index, point in enumerate(park_map.zone_outline):
        if not inside(point):
            errors.append(issue(*_outside(("map", "zone_outline", index), park_map)))
    previous: int | None = None
    for index, stage in enumerate(park_map.earlier):
        loc = ("map", "earlier", index)
        if previous is not None and stage.since <= previous:
            errors.append(
                issue((*loc, "since"), f"{stage.since} 年应在 {previous} 年之后 (stages in order)")
            )
        elif park_map.outline_since is not None and stage.since >= park_map.outline_since:
            errors.append(
                issue(
                    (*loc, "since"),
                    f"{stage.since} 年不早于今天轮廓的起始年份 {park_map.outline_since} "
                    "(an earlier stage must come before outline_since)",
                )
            )
        previous = stage.since
        for number, point in enumerate(stage.outline or []):
            if not inside(point):
                errors.append(issue(*_outside((*loc, "outline", number), park_map)))
    if park_map.earlier and park_map.outline_since is None:
        errors.append(
            issue(
                ("map", "earlier"),
                "写了更早的阶段，还要写 outline_since：今天的轮廓从哪一年起 "
                "(earlier stages need outline_since)",
            )
        )
    for park_index, park in enumerate(park_map.parks):
        for index, point in enumerate(park.polygon):
            if not inside(point):
                errors.append(
                    issue(*_outside(("map", "parks", park_index, "polygon", index), park_map))
                )
        if not inside(park.label):
            errors.append(issue(*_outside(("map", "parks", park_index, "label"), park_map)))
    for index, point in enumerate(park_map.points):
        if point.position is not None and not inside(point.position):
            errors.append(issue(*_outside(("map", "points", index, "position"), park_map)))
    return errors, warnings


def _outside(loc: Loc, park_map: model.ParkMap) -> tuple[Loc, str]:
    return (
        loc,
        f"坐标超出地图范围 {park_map.width}×{park_map.height} (point outside the map)",
    )


_PICTURE_WORDS = ("image", "caption", "credit", "alt")


def _event_problems(index: int, event: model.Event) -> Iterator[tuple[Loc, str]]:
    """An end before the start; several pictures written both ways."""
    where = ("timeline", "events", index)
    if event.end is not None and model.date_span(event.end)[1] < model.date_span(event.date)[0]:
        yield (
            (*where, "end"),
            f"结束日期 {event.end} 早于开始日期 {event.date} (end before date)",
        )
    written = [name for name in _PICTURE_WORDS if getattr(event, name) is not None]
    if event.media and written:
        yield (
            (*where, written[0]),
            f"写了 media（多张图片），就不要再写 {'、'.join(written)}：把这张图片也写进 media "
            "(use media or image, not both)",
        )


def _event_oddities(index: int, event: model.Event) -> Iterator[tuple[Loc, str]]:
    """Words for a picture that is not there."""
    if event.image is None and not event.media:
        for name in _PICTURE_WORDS[1:]:
            if getattr(event, name) is not None:
                yield (
                    ("timeline", "events", index, name),
                    f"{name} 是图片的说明，但这个事件没有图片 (image) (words for a missing picture)",
                )


def _history_problems(where: Loc, figure: model.Figure) -> Iterator[tuple[Loc, str]]:
    """Years out of order or after the figure's own, and a value for its year that is not its
    value: a trend drawn from them would tell a wrong story."""
    previous: int | None = None
    for index, point in enumerate(figure.history):
        loc = (*where, "history", index)
        if previous is not None and point.year <= previous:
            yield (
                (*loc, "year"),
                f"{point.year} 年应在 {previous} 年之后：历年数值按年份从早到晚写，每年一次 "
                "(history: years in order, once each)",
            )
        elif point.year > figure.year:
            yield (
                (*loc, "year"),
                f"{point.year} 年晚于这项数据的年份 {figure.year} (history after the figure's year)",
            )
        elif point.year == figure.year and point.value != figure.value:
            yield (
                (*loc, "value"),
                f"{point.year} 年的数值 {point.value} 与这项数据的数值 {figure.value} 不一致 "
                "(history disagrees with the figure's value)",
            )
        previous = point.year

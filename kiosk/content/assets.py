"""Asset references: relative to the content folder, inside it, regular files, real images."""

from __future__ import annotations

import functools
import os
import re
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content.images import ImageHeader, ImageProblem, read_header

if TYPE_CHECKING:  # the Qt side uses check_image without loading the model (pydantic)
    from kiosk.content.model import Content

# Decodes an image (scaled down) to prove it is whole; returns a problem or None. Supplied by
# the Qt side, so this package stays free of Qt.
ImageDecoder = Callable[[Path, ImageHeader], str | None]
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")

Loc = tuple[str | int, ...]


def asset_references(content: Content) -> Iterator[tuple[Loc, str]]:
    """Every image path in the content, with where it is written."""
    if content.site.logo:
        yield ("site", "logo"), content.site.logo
    for index, event in enumerate(content.timeline.events):
        if event.image:
            yield ("timeline", "events", index, "image"), event.image
        for number, picture in enumerate(event.media):
            yield ("timeline", "events", index, "media", number, "image"), picture.image
    if content.map.base:
        yield ("map", "base", "image"), content.map.base.image
    for index, park in enumerate(content.map.parks):
        if park.image:
            yield ("map", "parks", index, "image"), park.image
    for index, point in enumerate(content.map.points):
        if point.image:
            yield ("map", "points", index, "image"), point.image
    for index, slide in enumerate(content.attract.slides):
        if slide.image:
            yield ("attract", "slides", index, "image"), slide.image


def resolve_asset(base_dir: Path, reference: str) -> Path:
    """The file a reference names, or ImageProblem when the reference is not allowed or absent."""
    if "\\" in reference:
        raise ImageProblem("路径请用“/”分隔，不要用“\\” (use '/' in paths)")
    if _SCHEME.match(reference) or reference.startswith("//"):
        raise ImageProblem("只能引用内容文件夹里的文件，不能用网址或盘符 (no URLs)")
    relative = Path(reference)
    if relative.is_absolute():
        raise ImageProblem(
            "请写相对路径，例如 assets/photo.jpg，不要写绝对路径 (relative paths only)"
        )
    if ".." in relative.parts:
        raise ImageProblem("路径不能用“..”跳出内容文件夹 (path leaves the content folder)")
    root = base_dir.resolve()
    target = root / relative
    if not os.path.lexists(target):
        raise ImageProblem(_missing_message(root, relative))
    try:
        resolved = target.resolve()
    except RuntimeError:  # Python 3.11 raises it for a symlink loop
        raise ImageProblem("这个文件是循环的链接，指不到任何文件 (a symlink loop)") from None
    if not resolved.is_relative_to(root):
        raise ImageProblem("这个文件是指向内容文件夹之外的链接 (symlink leaves the content folder)")
    mode = resolved.stat().st_mode
    if not stat.S_ISREG(mode):
        raise ImageProblem("这不是普通文件（是文件夹或特殊文件）(not a regular file)")
    return resolved


# A "did you mean" search compares the name with every name in its folder: over this many,
# only a different upper/lower case is suggested (1,500 missing pictures among 10,000 files
# once took 72 s to check).
MAX_SUGGESTION_NAMES = 500


@functools.lru_cache(maxsize=64)
def _listing(folder: str, _changed: int) -> tuple[tuple[str, ...], dict[str, str]]:
    """A folder's names, and them by lower case; cached while the folder is unchanged."""
    names = tuple(sorted(os.listdir(folder)))
    return names, {name.lower(): name for name in names}


def _missing_message(root: Path, relative: Path) -> str:
    folder = root / relative.parent
    try:
        names, by_case = _listing(str(folder), folder.stat().st_mtime_ns)
    except OSError:
        names, by_case = (), {}
    same_case = [by_case[relative.name.lower()]] if relative.name.lower() in by_case else []
    import difflib  # here: only a missing file needs it, and the kiosk imports this module early

    close = same_case or (
        difflib.get_close_matches(relative.name, names, n=1, cutoff=0.7)
        if len(names) <= MAX_SUGGESTION_NAMES
        else []
    )
    if close:
        suggestion = (relative.parent / close[0]).as_posix()
        return f"找不到文件“{relative.as_posix()}”，是不是“{suggestion}”？(file not found)"
    return f"找不到文件“{relative.as_posix()}” (file not found)"


def check_image(
    base_dir: Path, reference: str, decode: ImageDecoder | None = None
) -> tuple[Path, ImageHeader]:
    """Resolve and inspect one image; raises ImageProblem with a staff-facing message."""
    path = resolve_asset(base_dir, reference)
    try:
        header = read_header(path)
    except OSError as error:
        raise ImageProblem(f"无法读取图片：{error.strerror} (unreadable)") from None
    if decode is not None and (problem := decode(path, header)):
        raise ImageProblem(problem)
    return path, header

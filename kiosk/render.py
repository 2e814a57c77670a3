"""`kiosk render`: every screen to PNG and an index.html contact sheet, headless.

Staff review a content change on any computer: the sheet shows Home, each panel, every event,
park and figure, the attract loop and the staff page, at the size and language asked for.
"""

from __future__ import annotations

import html
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from kiosk.backend.panels import PANELS
from kiosk.backend.texts import UI_TEXT
from kiosk.content import Content, load_content


@dataclass(frozen=True)
class Shot:
    file: str
    group: str
    label: str


def plan(content: Content, lang: str) -> list[tuple[Shot, str]]:
    """Every screen as (shot, link) in sheet order; links as `kiosk run --open` takes them.
    The panels and their pages come from the panel table."""
    shots: list[tuple[Shot, str]] = [(Shot("home.png", "Home", "首页 Home"), "home")]
    for panel in PANELS:
        group = f"{UI_TEXT[panel.id]['zh']} {UI_TEXT[panel.id]['en']}"
        for item, label in panel.pages(content, lang):
            name, link = (
                (f"{panel.id}-{item}", f"{panel.id}/{item}") if item else (panel.id, panel.id)
            )
            shots.append((Shot(f"{name}.png", group, label), link))
    shots.append((Shot("attract.png", "Attract and staff", "待机轮播 Attract"), "attract"))
    shots.append((Shot("admin.png", "Attract and staff", "管理 Admin"), "admin"))
    return shots


def render(content_path: Path, out: Path, size: tuple[int, int], lang: str) -> list[Shot]:
    """Render every screen; raises ContentError for invalid content (nothing is written)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from kiosk.app import KioskApp, KioskOptions
    from kiosk.services.decoder import Decoder

    app = QGuiApplication.instance() or QGuiApplication([])
    decoder = Decoder()
    try:
        content = load_content(content_path, decode_image=decoder.problem).content
    finally:
        decoder.close()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kiosk-render-") as state:
        kiosk = KioskApp(
            KioskOptions(content_path, Path(state), windowed=True, size=QSize(*size), language=lang)
        )
        kiosk.backend.session.set_instant(True)
        try:
            shots = []
            for shot, link in plan(content, lang):
                _show(kiosk, link, lang)
                _settle(app, kiosk)
                kiosk.window.grabWindow().save(str(out / shot.file))
                shots.append(shot)
        finally:
            kiosk.close()
    (out / "index.html").write_text(contact_sheet(shots, size, lang), encoding="utf-8")
    return shots


def render_variants(
    content_path: Path, out: Path, variants: list[tuple[tuple[int, int], str]]
) -> list[Shot]:
    """Every screen at each (size, language): one variant as `render` writes it; several in a
    folder each (`1920x1080-zh`…) and one sheet beside them, a row per screen and a column per
    variant, so a reviewer compares landscape, portrait and 4K, Chinese and English, at a
    glance."""
    if len(variants) == 1:
        [(size, lang)] = variants
        return render(content_path, out, size, lang)
    shots: list[Shot] = []
    folders = []
    for size, lang in variants:
        folder = f"{size[0]}x{size[1]}-{lang}"
        shots = render(content_path, out / folder, size, lang)
        folders.append((folder, size))
    (out / "index.html").write_text(comparison_sheet(shots, folders), encoding="utf-8")
    return shots


def comparison_sheet(shots: list[Shot], folders: list[tuple[str, tuple[int, int]]]) -> str:
    head = "".join(f"<th>{html.escape(folder)}</th>" for folder, _ in folders)
    rows = []
    for shot in shots:
        cells = "".join(
            f"<td><a href='{html.escape(folder)}/{html.escape(shot.file)}'>"
            f"<img src='{html.escape(folder)}/{html.escape(shot.file)}' "
            f"height='{300 if size[0] >= size[1] else 400}' loading='lazy' "
            f"alt='{html.escape(shot.label)}'></a></td>"
            for folder, size in folders
        )
        rows.append(
            f"<tr><th>{html.escape(shot.group)}<br>{html.escape(shot.label)}</th>{cells}</tr>"
        )
    return (
        "<!doctype html><html lang='zh'><head><meta charset='utf-8'>"
        "<title>展厅触摸屏内容预览 · Kiosk contact sheet</title><style>"
        "body{font-family:sans-serif;margin:24px;background:#f4f4f4}"
        "table{border-collapse:separate;border-spacing:12px}"
        "th{font-size:14px;text-align:left;vertical-align:top;max-width:180px}"
        "td{background:#fff;padding:6px;box-shadow:0 1px 3px #0003;vertical-align:top}"
        "</style></head><body>"
        "<h1>展厅触摸屏内容预览 · Kiosk contact sheet</h1>"
        f"<table><tr><th></th>{head}</tr>" + "".join(rows) + "</table></body></html>\n"
    )


def _show(kiosk, link: str, lang: str) -> None:
    backend = kiosk.backend
    backend.admin.close()
    kiosk.idle.start()
    backend.reset()
    backend.session.language = lang
    if link == "attract":
        kiosk.idle.go_idle_now()
    elif link == "admin":
        backend.admin.open()
    elif link != "home":
        backend.navigator.openLink(link)


def _settle(app, kiosk, longest: float = 4.0) -> None:
    """Wait until animations (count-up, fades) end and every picture has loaded."""
    from PySide6.QtCore import QEventLoop, QTimer

    def pending() -> bool:
        if not kiosk.window.property("panelsLoaded"):
            return True
        for item in _items(kiosk.window):
            if item.inherits("QQuickImage") and _loading(item):
                return True
            if item.property("counting"):
                return True
        return False

    deadline = time.monotonic() + longest
    loop = QEventLoop()
    while True:
        QTimer.singleShot(150, loop.quit)
        loop.exec()
        if not pending() or time.monotonic() > deadline:
            break
    QTimer.singleShot(1000 if kiosk.backend.session.idle.name == "Attract" else 100, loop.quit)
    loop.exec()


def _loading(image) -> bool:
    # (`status` is an enum PySide cannot read here; progress tells the same.)
    source = image.property("source")
    return source is not None and not source.isEmpty() and image.property("progress") < 1


def _items(window) -> list:
    found, pending = [], [window.contentItem()]
    while pending:
        item = pending.pop()
        if item.isVisible():
            found.append(item)
            pending.extend(item.childItems())
    return found


def contact_sheet(shots: list[Shot], size: tuple[int, int], lang: str) -> str:
    width = 360 if size[0] >= size[1] else 220
    sections, current = [], None
    for shot in shots:
        if shot.group != current:
            if current is not None:
                sections.append("</div>")
            sections.append(f"<h2>{html.escape(shot.group)}</h2><div class='grid'>")
            current = shot.group
        sections.append(
            f"<figure><a href='{html.escape(shot.file)}'><img src='{html.escape(shot.file)}' "
            f"width='{width}' loading='lazy' alt='{html.escape(shot.label)}'></a>"
            f"<figcaption>{html.escape(shot.label)}<br><code>{html.escape(shot.file)}</code>"
            "</figcaption></figure>"
        )
    sections.append("</div>")
    return (
        "<!doctype html><html lang='zh'><head><meta charset='utf-8'>"
        f"<title>展厅触摸屏内容预览 {size[0]}×{size[1]} {lang}</title><style>"
        "body{font-family:sans-serif;margin:24px;background:#f4f4f4}"
        ".grid{display:flex;flex-wrap:wrap;gap:16px}"
        "figure{margin:0;background:#fff;padding:8px;box-shadow:0 1px 3px #0003}"
        "figcaption{font-size:14px;max-width:" + str(width) + "px}"
        "</style></head><body>"
        f"<h1>展厅触摸屏内容预览 · Kiosk contact sheet ({size[0]}×{size[1]}, {lang})</h1>"
        + "".join(sections)
        + "</body></html>\n"
    )

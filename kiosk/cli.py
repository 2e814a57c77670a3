"""The `kiosk` command: run (default), check, render, stats, set-pin, init, where, schema.

Each subcommand is a small function; where content and state are is decided in one place
(`kiosk.services.locations`), so every command finds the same folders as the service.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import logging
import os
import shutil
import sys
from pathlib import Path

from kiosk import __version__
from kiosk.content.languages import codes, first
from kiosk.services.locations import (
    Config,
    Location,
    LocationError,
    config_candidates,
    find_content,
    find_state_dir,
    read_config,
)
from kiosk.services.paths import BUNDLED_CONTENT

# sysexits.h, which systemd's documentation and the deploy notes name.
EXIT_NO_INPUT = 66  # the content named cannot be found
EXIT_CONFIG = 78  # the configuration file is wrong


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1920x1080, not {text!r}") from None
    if not (320 <= width <= 8192 and 320 <= height <= 8192):
        raise argparse.ArgumentTypeError("size must be between 320 and 8192 pixels a side")
    return width, height


CONTENT_HELP = (
    "content.yaml or its folder; default: KIOSK_CONTENT, the configuration's content, "
    "./content.yaml, the bundled example"
)
STATE_HELP = (
    "logs, PIN, usage and last good content; default: KIOSK_STATE_DIR, the configuration's "
    "state_dir, ~/.local/state/kiosk"
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="朔州经济开发区展厅触摸屏 kiosk")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command")

    run = commands.add_parser("run", help="start the kiosk (the default)")
    _add_run_options(run)

    check = commands.add_parser("check", help="validate content.yaml and its images")
    check.add_argument("path", nargs="?", type=Path, default=None, help=CONTENT_HELP)
    check.add_argument("--json", action="store_true", help="machine-readable output")

    render = commands.add_parser("render", help="every screen to PNG, with an index.html sheet")
    render.add_argument("--out", type=Path, required=True)
    render.add_argument(
        "--size",
        type=_size,
        action="append",
        metavar="WxH",
        help="1920x1080 unless given; repeatable",
    )
    render.add_argument(
        "--lang",
        choices=codes(),
        action="append",
        help="the first language unless given; repeatable",
    )
    render.add_argument("--content", type=Path, default=None, help=CONTENT_HELP)

    stats = commands.add_parser("stats", help="usage report from the local usage log")
    stats.add_argument("--state-dir", type=Path, default=None, help=STATE_HELP)
    stats.add_argument("--since", type=dt.date.fromisoformat, default=None, metavar="YYYY-MM-DD")
    stats.add_argument("--csv", type=Path, default=None, help="also write the sessions as CSV")

    set_pin = commands.add_parser("set-pin", help="set the staff PIN (4 to 8 digits)")
    set_pin.add_argument("--state-dir", type=Path, default=None, help=STATE_HELP)

    session = commands.add_parser(
        "session", help="cage with the kiosk in it, for the systemd unit (deploy/kiosk.service)"
    )
    session.add_argument("--rotate", type=int, choices=(0, 90, 180, 270), default=0)
    session.add_argument("--last-output", action="store_true", help="cage -m last")
    session.add_argument("run_args", nargs=argparse.REMAINDER, help="-- then kiosk run's options")

    init = commands.add_parser("init", help="write a starter content folder for a new hall")
    init.add_argument("folder", type=Path)

    where = commands.add_parser("where", help="which configuration, content and state are used")
    where.add_argument("--content", type=Path, default=None, help=CONTENT_HELP)
    where.add_argument("--state-dir", type=Path, default=None, help=STATE_HELP)

    schema = commands.add_parser("schema", help="write the JSON Schema of content.yaml")
    schema.add_argument("--out", type=Path, default=None, help="file to write (default: stdout)")
    return parser


def _add_run_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--content", type=Path, default=None, help=CONTENT_HELP)
    parser.add_argument(
        "--windowed",
        nargs="?",
        const=(1280, 720),
        type=_size,
        metavar="WxH",
        help="a normal window for preview instead of fullscreen (default 1280x720)",
    )
    parser.add_argument("--state-dir", type=Path, default=None, help=STATE_HELP)
    parser.add_argument("--lang", choices=codes(), default=None, help="start language")
    parser.add_argument(
        "--open",
        default=None,
        metavar="LINK",
        help="start on a screen: timeline/<event-id>, map/<park-id>, figures/<id>",
    )
    parser.add_argument(
        "--screen",
        default=os.environ.get("KIOSK_SCREEN") or None,
        metavar="NAME|N",
        help="the screen to fill: a name (HDMI-1, DP-2) or a number (0, 1); "
        "default: the configuration's screen, content.yaml's kiosk.screen, the primary screen",
    )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version")):
        argv = ["run", *argv]
    args = build_parser().parse_args(argv)
    handlers = {
        "run": run_kiosk,
        "check": check_content,
        "schema": write_schema,
        "set-pin": set_pin,
        "stats": show_stats,
        "render": render_screens,
        "init": init_content,
        "session": run_session,
        "where": show_locations,
    }
    try:
        args.config = read_config()
    except LocationError as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return EXIT_CONFIG
    return handlers[args.command or "run"](args)


def _content(given: Path | None, config: Config) -> Location | None:
    """The content to use, or None after saying on stderr why there is none."""
    try:
        return find_content(given, config)
    except LocationError as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return None


def run_kiosk(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from kiosk.app import RESTART_EXIT_CODE, KioskApp, KioskOptions
    from kiosk.services.build import build_description
    from kiosk.services.logs import (
        TOO_MANY_ERRORS_EXIT_CODE,
        enable_crash_traces,
        install_excepthooks,
        install_qt_message_handler,
        reopen_log_files,
        setup_logging,
    )
    from kiosk.services.shutdown import SignalQuit
    from kiosk.services.store import SNAPSHOT_NAME
    from kiosk.services.watchdog import ContentStatus, FrameWatchdog, notify

    state_dir = find_state_dir(args.state_dir, args.config).path
    missing = ""
    try:
        content = find_content(args.content, args.config)
    except LocationError as error:
        if error.path is None or not (state_dir / SNAPSHOT_NAME).is_file():
            print(f"kiosk: {error}", file=sys.stderr)
            return EXIT_NO_INPUT
        # Named content has gone: show the last good copy and say so on the staff page.
        missing = str(error)
        content = Location(error.path, "missing")
    setup_logging(state_dir)
    log = logging.getLogger("kiosk")
    log.info("kiosk %s starting", build_description())
    if missing:
        log.error("%s: showing the last good content until it is back", missing)
    log.info("content %s (from %s); state %s", content.path, content.source, state_dir)
    enable_crash_traces(state_dir)
    install_qt_message_handler()
    app = QGuiApplication(sys.argv[:1])
    install_excepthooks(lambda: app.exit(TOO_MANY_ERRORS_EXIT_CODE))
    # From here a stop request quits as soon as the event loop runs (kiosk.close() tidies up).
    signals = SignalQuit(lambda: app.exit(0), on_reopen_log=reopen_log_files)
    app.setApplicationName("sez-kiosk")
    size = QSize(*args.windowed) if args.windowed else None
    options = KioskOptions(
        content_path=content.path.resolve(),
        state_dir=state_dir,
        windowed=args.windowed is not None,
        size=size,
        language=args.lang,
        open_link=args.open,
        screen=args.screen or args.config.screen,
    )
    try:
        kiosk = KioskApp(options)
    except RuntimeError as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return 1
    signals.on_reload = kiosk.store.reload_async
    status = ContentStatus(kiosk.store)
    watchdog = FrameWatchdog(kiosk.window)
    code = app.exec()
    notify("STOPPING=1")
    del watchdog, status
    kiosk.close()
    signals.uninstall()
    if code == RESTART_EXIT_CODE and not os.environ.get("INVOCATION_ID"):
        # Started by hand (systemd sets INVOCATION_ID and restarts us itself): start again.
        os.execv(sys.executable, [sys.executable, "-m", "kiosk", *sys.argv[1:]])
    return code


def check_content(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from kiosk.content import ContentError, load_content
    from kiosk.content.report import PURE_CHECKS
    from kiosk.services.decoder import Decoder
    from kiosk.services.fonts import choose_font
    from kiosk.services.textcheck import text_checks

    location = _content(args.path, args.config)
    if location is None:
        return EXIT_NO_INPUT
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    path = _display_path(location.path)
    font = choose_font(location.path.parent / "assets" / "fonts")
    checks = (*PURE_CHECKS, *(text_checks(font.family, font.headline) if font.family else ()))
    decoder = Decoder()
    try:
        loaded = load_content(
            location.path, decode_image=decoder.problem, label=str(path), checks=checks
        )
    except ContentError as error:
        _print_issues(error.issues, path, args.json, ok=False)
        return 1
    finally:
        decoder.close()
    _print_issues(list(loaded.warnings), path, args.json, ok=True, summary=_summary(loaded))
    return 0


def _summary(loaded) -> str:
    content = loaded.content
    figures = sum(len(group.figures) for group in content.figures.groups)
    return (
        f"{len(content.timeline.events)} events in {len(content.timeline.eras)} eras, "
        f"{len(content.map.parks)} parks, {figures} figures in {len(content.figures.groups)} "
        f"groups, {len(loaded.images)} images"
    )


def _print_issues(issues, path: Path, as_json: bool, *, ok: bool, summary: str = "") -> None:
    if as_json:
        report = {
            "ok": ok,
            "file": str(path),
            "summary": summary,
            "issues": [issue.as_dict() for issue in issues],
        }
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return
    for issue in issues:
        print(issue)
    if ok:
        print(f"{path}: OK: {summary}")
    else:
        errors = sum(1 for issue in issues if issue.severity == "error")
        print(f"{path}: {errors} 个错误 error(s)", file=sys.stderr)


def _display_path(path: Path) -> Path:
    """The path as a staff member would type it: relative to here when it is below here."""
    try:
        return path.resolve().relative_to(Path.cwd())
    except ValueError:
        return path


def write_schema(args: argparse.Namespace) -> int:
    from kiosk.content.schema import content_schema_text

    text = content_schema_text()
    if args.out is None:
        sys.stdout.write(text)
    else:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


def _ask(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().strip()


def set_pin(args: argparse.Namespace) -> int:
    from kiosk.services.admin import PinError, PinStore

    state_dir = find_state_dir(args.state_dir, args.config).path
    first = _ask("新的管理 PIN（4–8 位数字）New staff PIN: ")
    second = _ask("再输入一次 Again: ")
    if first != second:
        print("两次输入不一致，PIN 没有改变 (the PINs differ; nothing changed)", file=sys.stderr)
        return 1
    try:
        PinStore(state_dir).set_pin(first)
    except PinError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"PIN 已保存 (saved) in {state_dir}")
    return 0


def show_stats(args: argparse.Namespace) -> int:
    from kiosk.services.usage import DATABASE
    from kiosk.services.usagestats import UsageUnreadable, report, write_csv

    state = find_state_dir(args.state_dir, args.config)
    if not (state.path / DATABASE).is_file():
        print(
            f"没有使用记录 (no usage log): {state.path / DATABASE} does not exist "
            f"(state folder from {state.source}); the kiosk writes it at its first visitor. "
            "Another folder: --state-dir DIR",
            file=sys.stderr,
        )
        return 1
    try:
        summary = report(state.path, args.since)
    except UsageUnreadable as error:
        print(
            f"使用统计无法读取 (usage statistics unreadable): {error}; "
            "the kiosk sets a damaged file aside and starts a new one",
            file=sys.stderr,
        )
        return 1
    print(f"访客会话 sessions: {summary['sessions']}")
    print(f"时长中位数 median length: {summary['median_seconds'] / 60:.1f} min")
    print("每天 per day:")
    for day, count in summary["per_day"].items():
        print(f"  {day}  {count}")
    print("每小时 per hour:")
    for hour, count in summary["per_hour"].items():
        print(f"  {hour:02d}:00  {'#' * min(count, 60)} {count}")
    from kiosk.backend.panels import PANELS

    names = {"panel": "面板 panels", **{panel.item_kind: panel.item_label for panel in PANELS}}
    for kind, top in summary["top"].items():
        if top:
            print(f"最常打开的{names.get(kind, kind)}:")
            for item, count in top:
                print(f"  {count:5d}  {item}")
    if args.csv:
        write_csv(summary, args.csv)
        print(f"wrote {args.csv}")
    return 0


def render_screens(args: argparse.Namespace) -> int:
    from kiosk.content import ContentError
    from kiosk.render import render_variants

    location = _content(args.content, args.config)
    if location is None:
        return EXIT_NO_INPUT
    sizes = args.size or [(1920, 1080)]
    variants = [(size, lang) for size in sizes for lang in args.lang or [first()]]
    try:
        shots = render_variants(location.path.resolve(), args.out, variants)
    except ContentError as error:
        for issue in error.issues:
            print(issue)
        print(f"{location.path}: 内容有误，没有生成图片 (invalid content; nothing rendered)")
        return 1
    count = f"{len(shots)} screens" + (f" × {len(variants)} variants" if len(variants) > 1 else "")
    print(f"rendered {count} to {args.out}; open {args.out / 'index.html'}")
    return 0


def run_session(args: argparse.Namespace) -> int:
    from kiosk.services.session import cage_command, supervise

    logging.basicConfig(level=logging.INFO, format="kiosk session: %(message)s")
    run_args = args.run_args[1:] if args.run_args[:1] == ["--"] else args.run_args
    application = [sys.executable, "-m", "kiosk", "run", *run_args]
    return supervise(cage_command(args.rotate, args.last_output), application)


def init_content(args: argparse.Namespace) -> int:
    """A starter content folder: the bundled example, its schema and pictures, to edit."""
    folder: Path = args.folder
    if (folder / "content.yaml").exists():
        print(f"kiosk: {folder / 'content.yaml'} exists; nothing was changed", file=sys.stderr)
        return 1
    try:
        folder.mkdir(parents=True, exist_ok=True)
        example = BUNDLED_CONTENT.parent
        shutil.copytree(example / "assets", folder / "assets", dirs_exist_ok=True)
        shutil.copy(example / "content.schema.json", folder / "content.schema.json")
        shutil.copy(BUNDLED_CONTENT, folder / "content.yaml")
    except OSError as error:
        print(f"kiosk: cannot write {folder}: {error}", file=sys.stderr)
        return 1
    print(f"内容文件夹已创建 (content folder written): {folder.absolute()}")
    print(f"  check:   kiosk check {folder}")
    print(f"  preview: kiosk run --windowed --content {folder}")
    return 0


def show_locations(args: argparse.Namespace) -> int:
    """What every command run here would use, and why: the integrator's first question."""
    config = args.config
    tried = ", ".join(map(str, config_candidates()))
    print(f"configuration: {config.path or f'none (tried: {tried})'}")
    code = 0
    try:
        content = find_content(args.content, config)
        print(f"content:       {content.path}  (from {content.source})")
    except LocationError as error:
        print(f"content:       {error}")
        code = EXIT_NO_INPUT
    state = find_state_dir(args.state_dir, config)
    print(f"state:         {state.path}  (from {state.source})")
    return code

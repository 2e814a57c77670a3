"""The `Kiosk` singleton QML talks to: models, navigator, language, accessibility, status."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlNamedElement, QmlSingleton

from kiosk.backend import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401 - read by QmlElement
from kiosk.backend.attract import attract_slides
from kiosk.backend.models import ErasModel, EventsModel, FigureGroupsModel, ParksModel
from kiosk.backend.navigator import HOME, PANELS, Navigator
from kiosk.backend.uitext import ui_text
from kiosk.content.display import format_number
from kiosk.content.geometry import point_in_polygon
from kiosk.services.admin import PIN_PATTERN, PinError, PinGate, PinStatus, PinStore
from kiosk.services.build import build_description
from kiosk.services.fonts import FontChoice
from kiosk.services.startview import StartView
from kiosk.services.store import ContentStore

if TYPE_CHECKING:
    from kiosk.content import Content

log = logging.getLogger("kiosk.state")
_current: KioskState | None = None


@QmlNamedElement("Kiosk")
@QmlSingleton
class KioskState(QObject):
    """One object per running kiosk; `app.py` builds it, QML reaches it as `Kiosk`."""

    languageChanged = Signal()
    accessibleChanged = Signal()
    contentChanged = Signal()
    statusChanged = Signal()
    adminOpenChanged = Signal()
    openEventChanged = Signal()
    openParkChanged = Signal()
    openFigureChanged = Signal()
    figureGroupIndexChanged = Signal()
    idleStateChanged = Signal()
    sessionReset = Signal()  # QML panels return to their start (map view, timeline, figures)
    exitRequested = Signal()
    restartRequested = Signal()
    exitAllowedChanged = Signal()

    def __init__(
        self,
        store: ContentStore,
        font: FontChoice,
        pins: PinStore | None = None,
        parent: QObject | None = None,
        preview: StartView | None = None,
        pin_first: bool = False,
    ) -> None:
        """`pin_first`: with no PIN set, the staff page asks for a new one before it opens
        (kiosk mode: a public hall; a windowed preview opens it at once)."""
        super().__init__(parent)
        # Home drawn from the start view while content.yaml is validated after the first frame.
        self._preview = preview if store.current is None else None
        self._info: dict[str, Any] | None = None
        self._pins = pins or PinStore(None)
        self._gate = PinGate(self._pins)
        self._pin_pad_open = False
        self._pin_first = pin_first
        self._pin_pad_mode = "enter"
        self._started = time.monotonic()
        self._build = build_description()
        self._store = store
        self._font = font
        self._language = "zh"
        self._accessible = False
        self._admin_open = False
        self._figure_group_index = 0
        self._exit_allowed = False
        self._instant = False
        self._usage_source: Callable[[], tuple[int, float] | None] | None = None
        self._tap_judge: Callable[[], bool] = lambda: True
        self._idle_state = "active"
        self._navigator = Navigator(self)
        self._eras = ErasModel(self)
        self._events = EventsModel(self)
        self._parks = ParksModel(self)
        self._figure_groups = FigureGroupsModel(self)
        for changed in (self._navigator.detailChanged, self._navigator.currentPanelChanged):
            changed.connect(self.openEventChanged)
            changed.connect(self.openParkChanged)
            changed.connect(self.openFigureChanged)
        store.contentChanged.connect(self._on_content)
        store.statusChanged.connect(self.statusChanged)
        self.languageChanged.connect(self.statusChanged)
        if store.current is not None:
            self._language = store.current.content.kiosk.default_language
        elif self._preview is not None:
            self._language = self._preview.language
        self._refresh()

    @staticmethod
    def create(engine) -> KioskState:
        if _current is None:
            raise RuntimeError("KioskState.make_current() must run before QML loads")
        return _current

    def make_current(self) -> None:
        global _current
        _current = self

    @property
    def content(self) -> Content | None:
        return self._store.current.content if self._store.current else None

    # -- language and accessibility ---------------------------------------------------------

    def _get_language(self) -> str:
        return self._language

    def _set_language(self, language: str) -> None:
        if language in ("zh", "en") and language != self._language:
            self._language = language
            self._refresh()
            self.languageChanged.emit()

    language = Property(str, _get_language, _set_language, notify=languageChanged)

    @Slot()
    def toggleLanguage(self) -> None:
        self._set_language("en" if self._language == "zh" else "zh")

    def _get_accessible(self) -> bool:
        return self._accessible

    def _set_accessible(self, value: bool) -> None:
        if value != self._accessible:
            self._accessible = value
            self.accessibleChanged.emit()

    accessible = Property(bool, _get_accessible, _set_accessible, notify=accessibleChanged)

    @Slot()
    def toggleAccessible(self) -> None:
        self._set_accessible(not self._accessible)

    # -- content -------------------------------------------------------------------------------

    def _on_content(self) -> None:
        """New content: the visitor stays where they are if what they look at still exists."""
        self._refresh()
        navigator = self._navigator
        if navigator.detail and not self._detail_exists(navigator.currentPanel, navigator.detail):
            navigator.goHome()

    def _detail_exists(self, panel: str, item: str) -> bool:
        if panel == "timeline":
            return self._events.indexOf(item) >= 0
        if panel == "map":
            return any(row["parkId"] == item for row in self._parks.rows())
        if panel == "figures":
            return self._figure_groups.figure(item) is not None
        return False

    def end_preview(self) -> None:
        """The content has been loaded (or has failed to): show what the store holds."""
        if self._preview is not None:
            self._preview = None
            self._refresh()

    def _refresh(self) -> None:
        self._info = None
        loaded = self._store.current
        for model in (self._eras, self._events, self._parks, self._figure_groups):
            model.update(loaded, self._language)
        self.contentChanged.emit()
        self.openEventChanged.emit()
        self.openParkChanged.emit()
        self.openFigureChanged.emit()

    def _get_open_event(self) -> dict[str, Any]:
        """The event whose detail is open on the timeline, or an empty map."""
        navigator = self._navigator
        if navigator.currentPanel != "timeline" or not navigator.detail:
            return {}
        return self._events.row_by_id(navigator.detail) or {}

    openEvent = Property("QVariantMap", _get_open_event, notify=openEventChanged)

    def _get_open_park(self) -> dict[str, Any]:
        """The park selected on the map, or an empty map."""
        navigator = self._navigator
        if navigator.currentPanel != "map" or not navigator.detail:
            return {}
        return next((r for r in self._parks.rows() if r["parkId"] == navigator.detail), {})

    openPark = Property("QVariantMap", _get_open_park, notify=openParkChanged)

    def _get_open_figure(self) -> dict[str, Any]:
        """The figure whose detail is open, or an empty map."""
        navigator = self._navigator
        if navigator.currentPanel != "figures" or not navigator.detail:
            return {}
        return self._figure_groups.figure(navigator.detail) or {}

    openFigure = Property("QVariantMap", _get_open_figure, notify=openFigureChanged)

    def _get_figure_group_index(self) -> int:
        return self._figure_group_index

    def _set_figure_group_index(self, index: int) -> None:
        index = max(0, min(index, self._figure_groups.rowCount() - 1))
        if index != self._figure_group_index:
            self._figure_group_index = index
            self.figureGroupIndexChanged.emit()

    figureGroupIndex = Property(
        int, _get_figure_group_index, _set_figure_group_index, notify=figureGroupIndexChanged
    )

    @Slot(str, result=bool)
    def openLink(self, link: str) -> bool:
        """`home`, `timeline[/<event>]`, `map[/<park>]`, `figures[/<group or figure>]`: what
        `kiosk run --open` and `kiosk render` start on. False (nothing changes) for a link to
        nothing."""
        panel, _, item = link.partition("/")
        if link == HOME:
            self._navigator.goHome()
            return True
        if panel not in PANELS or self.content is None:
            return False
        if panel == "figures" and item:
            group = self._figure_groups.group_index(item)
            figure = self._figure_groups.figure(item)
            if group < 0 and figure is None:
                return False
            self._set_figure_group_index(group if group >= 0 else figure["groupIndex"])
            item = item if figure is not None else ""
        elif item and not self._detail_exists(panel, item):
            return False
        self._navigator.open(panel)
        if item:
            self._navigator.openDetail(item)
        else:
            self._navigator.closeDetail()
        return True

    @Slot(float, float, int, result=str)
    def parkAt(self, x: float, y: float, year: int) -> str:
        """The park under a point in map coordinates ("" for none), among the parks that
        existed in `year` (0: all). Later parks in the content are drawn on top, so win."""
        content = self.content
        if content is None:
            return ""
        for park in reversed(content.map.parks):
            existed = not year or park.established is None or park.established <= year
            if existed and point_in_polygon(x, y, park.polygon):
                return park.id
        return ""

    @Slot(str, result="QVariantMap")
    def eraById(self, era_id: str) -> dict[str, Any]:
        return next((row for row in self._eras.rows() if row["eraId"] == era_id), {})

    def _get_info(self) -> dict[str, Any]:
        """Built once per content and language: QML reads it in many bindings."""
        if self._info is None:
            if self._preview is not None:
                self._info = self._preview.info.get(self._language, {})
            else:
                self._info = self.info_for(self._language)
        return self._info

    def info_for(self, lang: str) -> dict[str, Any]:
        """Site-wide texts and map settings in `lang`, from the current content."""
        content = self.content
        if content is None:
            return {}
        events = content.events_in_order()
        figure_years = sorted({f.year for g in content.figures.groups for f in g.figures})
        figure_count = sum(len(group.figures) for group in content.figures.groups)
        area = format_number(content.map.total_area_km2)
        first, last = events[0].year, events[-1].year
        zh = lang == "zh"
        return {
            "title": content.site.title.get(lang),
            "subtitle": content.site.subtitle.get(lang) if content.site.subtitle else "",
            "organisation": content.site.organisation.get(lang),
            "timelineTitle": content.timeline.title.get(lang),
            "mapTitle": content.map.title.get(lang),
            "figuresTitle": content.figures.title.get(lang),
            "timelineHint": f"{first}–{last}，{len(events)} 个重要时刻"
            if zh
            else f"{first}–{last}, {len(events)} milestones",
            "mapHint": f"{content.map.title.get(lang)} · 规划 {area} 平方公里"
            if zh
            else f"{content.map.title.get(lang)} · {area} km² planned",
            "figuresHint": f"{figure_years[-1]} 年 · {figure_count} 项数据"
            if zh
            else f"{figure_years[-1]} · {figure_count} figures",
            "totalArea": area,
            "schematic": content.map.schematic,
            "mapWidth": content.map.width,
            "mapHeight": content.map.height,
            "zoneOutline": [[x, y] for x, y in content.map.zone_outline],
            "mapBase": self._store.current.image_url(content.map.base.image)
            if content.map.base
            else "",
            "mapFirstYear": int(content.site.founded[:4]),
            "mapLastYear": max([events[-1].year] + [p.established or 0 for p in content.map.parks]),
            "attractPrompt": content.attract.prompt.get(lang),
        }

    info = Property("QVariantMap", _get_info, notify=contentChanged)

    def _get_ui(self) -> dict[str, str]:
        return ui_text(self._language)

    ui = Property("QVariantMap", _get_ui, notify=languageChanged)

    def _get_has_content(self) -> bool:
        return self._store.current is not None or self._preview is not None

    hasContent = Property(bool, _get_has_content, notify=contentChanged)

    def _get_loading(self) -> bool:
        return self._preview is not None

    # True from a start-view start until content.yaml has been validated: panels wait for it.
    loading = Property(bool, _get_loading, notify=contentChanged)

    def _get_navigator(self) -> Navigator:
        return self._navigator

    navigator = Property(QObject, _get_navigator, constant=True)

    def _get_eras(self) -> ErasModel:
        return self._eras

    eras = Property(QObject, _get_eras, constant=True)

    def _get_events(self) -> EventsModel:
        return self._events

    events = Property(QObject, _get_events, constant=True)

    def _get_parks(self) -> ParksModel:
        return self._parks

    parks = Property(QObject, _get_parks, constant=True)

    def _get_figure_groups(self) -> FigureGroupsModel:
        return self._figure_groups

    figureGroups = Property(QObject, _get_figure_groups, constant=True)

    def _get_figure_pages(self) -> list[dict[str, Any]]:
        return self._figure_groups.rows()

    figurePages = Property(list, _get_figure_pages, notify=contentChanged)

    # -- fonts and status -------------------------------------------------------------------

    def _get_font_family(self) -> str:
        return self._font.family

    fontFamily = Property(str, _get_font_family, constant=True)

    def _get_font_warning(self) -> str:
        return self._font.warning

    fontWarning = Property(str, _get_font_warning, constant=True)

    def _get_version(self) -> str:
        return self._build

    # The version and, from a checkout, the commit: what the staff page names.
    version = Property(str, _get_version, constant=True)

    def _get_issues(self) -> list[str]:
        store = self._store
        return [str(issue) for issue in (*store.issues, *store.picture_issues)]

    issues = Property(list, _get_issues, notify=statusChanged)

    def _get_status_text(self) -> str:
        store = self._store
        words = ui_text(self._language)
        if store.current is None:
            return words["statusNone"]
        content = store.current.content
        when = store.loaded_at.strftime("%Y-%m-%d %H:%M:%S") if store.loaded_at else ""
        source = words["statusSnapshot"] if store.from_snapshot else str(store.current.path)
        counts = words["statusCounts"].format(
            events=len(content.timeline.events),
            parks=len(content.map.parks),
            figures=sum(len(g.figures) for g in content.figures.groups),
        )
        digest = f" · sha256 {store.current.digest[:12]}" if store.current.digest else ""
        return f"{source}\n{words['statusLoaded']} {when} · {counts}{digest}"

    statusText = Property(str, _get_status_text, notify=statusChanged)

    def _get_from_snapshot(self) -> bool:
        return self._store.from_snapshot

    fromSnapshot = Property(bool, _get_from_snapshot, notify=statusChanged)

    # -- staff admin ------------------------------------------------------------------------

    def _get_admin_open(self) -> bool:
        return self._admin_open

    adminOpen = Property(bool, _get_admin_open, notify=adminOpenChanged)

    pinPadChanged = Signal()

    def _get_pin_required(self) -> bool:
        return self._pins.status() is not PinStatus.NONE

    pinRequired = Property(bool, _get_pin_required, notify=adminOpenChanged)

    def _get_pin_pad_open(self) -> bool:
        return self._pin_pad_open

    pinPadOpen = Property(bool, _get_pin_pad_open, notify=pinPadChanged)

    def _get_pin_pad_mode(self) -> str:
        return self._pin_pad_mode

    # "enter" the PIN, "create" the first one, or "broken": the PIN file cannot be trusted and
    # nothing opens (a new PIN is set with `kiosk set-pin` on the PC, never from the screen).
    pinPadMode = Property(str, _get_pin_pad_mode, notify=pinPadChanged)

    @Slot()
    def requestAdmin(self) -> None:
        """The hidden gesture: the PIN pad, or the staff page at once in a windowed preview
        while no PIN is set."""
        status = self._pins.status()
        if status is PinStatus.NONE and not self._pin_first:
            self.openAdmin()
            return
        self._pin_pad_mode = {
            PinStatus.SET: "enter",
            PinStatus.NONE: "create",
            PinStatus.BROKEN: "broken",
        }[status]
        if status is PinStatus.BROKEN:
            log.error("staff page locked: the PIN file %s cannot be used", self._pins.path)
        self._pin_pad_open = True
        self.pinPadChanged.emit()

    @Slot(str, result=str)
    def submitPin(self, pin: str) -> str:
        """ "ok" (the staff page opens), "wrong" or "locked"."""
        result = self._gate.attempt(pin)
        if result == "ok":
            self.closePinPad()
            self.openAdmin()
        return result

    @Slot(str, result=str)
    def createPin(self, pin: str) -> str:
        """The first PIN, set on the screen: "ok" (saved; the staff page opens), "invalid" or
        "failed" (not saved, or a PIN file appeared meanwhile: the page stays shut)."""
        if self._pins.status() is not PinStatus.NONE:
            return "failed"
        try:
            self._pins.set_pin(pin)
        except PinError as error:
            if not PIN_PATTERN.match(pin):
                return "invalid"
            log.error("the first staff PIN could not be saved: %s", error)
            return "failed"
        log.info("the first staff PIN was set on the screen")
        self.closePinPad()
        self.openAdmin()
        return "ok"

    @Slot(result=int)
    def pinLockedSeconds(self) -> int:
        return self._gate.locked_seconds()

    @Slot()
    def closePinPad(self) -> None:
        if self._pin_pad_open:
            self._pin_pad_open = False
            self.pinPadChanged.emit()

    def set_tap_judge(self, judge: Callable[[], bool]) -> None:
        self._tap_judge = judge

    @Slot(result=bool)
    def acceptTap(self) -> bool:
        """Asked by every visitor tap before it acts (kiosk/services/pointer.py says when not)."""
        return self._tap_judge()

    def set_usage_source(self, source: Callable[[], tuple[int, float] | None]) -> None:
        self._usage_source = source

    @Slot(result=str)
    def usageToday(self) -> str:
        source = self._usage_source
        try:
            today = source() if source is not None else None
        except Exception:  # nothing about statistics may break the staff page
            log.exception("today's usage could not be read")
            today = None
        if today is None:
            return ""
        sessions, minutes = today
        return ui_text(self._language)["usageToday"].format(
            sessions=sessions, minutes=f"{minutes:.1f}"
        )

    @Slot(result=str)
    def uptime(self) -> str:
        seconds = int(time.monotonic() - self._started)
        days, rest = divmod(seconds, 86400)
        return f"{days}d {rest // 3600:02d}:{rest % 3600 // 60:02d}:{rest % 60:02d}"

    @Slot()
    def restartKiosk(self) -> None:
        log.info("restart requested from the admin overlay")
        self.allow_exit()
        self.restartRequested.emit()

    @Slot()
    def openAdmin(self) -> None:
        if not self._admin_open:
            log.info("admin overlay opened")
            self._admin_open = True
            self.adminOpenChanged.emit()

    @Slot()
    def closeAdmin(self) -> None:
        if self._admin_open:
            self._admin_open = False
            self.adminOpenChanged.emit()

    @Slot()
    def reloadContent(self) -> None:
        self._store.reload_async()

    def _get_exit_allowed(self) -> bool:
        return self._exit_allowed

    exitAllowed = Property(bool, _get_exit_allowed, notify=exitAllowedChanged)

    def allow_exit(self) -> None:
        """From now on the window may close (staff chose to exit, or the app shuts down)."""
        if not self._exit_allowed:
            self._exit_allowed = True
            self.exitAllowedChanged.emit()

    @Slot()
    def exitKiosk(self) -> None:
        log.info("exit requested from the admin overlay")
        self.allow_exit()
        self.exitRequested.emit()

    @Slot()
    def resetSession(self) -> None:
        """Back to Home in the default language with every panel at its start, as a new
        visitor expects."""
        self._navigator.goHome()
        self._set_accessible(False)
        self._set_figure_group_index(0)
        if self.content is not None:
            self._set_language(self.content.kiosk.default_language)
        self.sessionReset.emit()

    # -- idle and attract -------------------------------------------------------------------

    instantChanged = Signal()

    def _get_instant(self) -> bool:
        return self._instant

    def set_instant(self, value: bool) -> None:
        """No count-ups or fades: screens settle at once (for `kiosk render`)."""
        self._instant = value
        self.instantChanged.emit()

    instant = Property(bool, _get_instant, notify=instantChanged)

    def _get_idle_state(self) -> str:
        return self._idle_state

    def set_idle_state(self, state: str) -> None:
        if state != self._idle_state:
            self._idle_state = state
            self.idleStateChanged.emit()

    idleState = Property(str, _get_idle_state, notify=idleStateChanged)

    def _get_attract_slides(self) -> list[dict[str, Any]]:
        loaded = self._store.current
        return attract_slides(loaded, self._language) if loaded else []

    attractSlides = Property(list, _get_attract_slides, notify=contentChanged)

    def _get_attract_prompts(self) -> list[str]:
        """The invitation in every language, default language first."""
        content = self.content
        if content is None:
            return []
        first = content.kiosk.default_language
        langs = [first, *(lang for lang in ("zh", "en") if lang != first)]
        prompts = [content.attract.prompt.get(lang) for lang in langs]
        return list(dict.fromkeys(prompts))

    attractPrompts = Property(list, _get_attract_prompts, notify=contentChanged)

    def _get_attract_interval(self) -> int:
        content = self.content
        return (content.kiosk.attract_interval if content else 8) * 1000

    attractInterval = Property(int, _get_attract_interval, notify=contentChanged)

"""Builds the objects QML talks to, provides them as its singletons and keeps them in step
with the content store, the session's language and the navigator."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from kiosk.backend.admin import Admin
from kiosk.backend.attract import Attract
from kiosk.backend.figures import Figures
from kiosk.backend.imageurls import content_image_url
from kiosk.backend.navigator import Navigator
from kiosk.backend.panels import PANEL_IDS
from kiosk.backend.parkmap import ParkMap
from kiosk.backend.provided import provide
from kiosk.backend.session import Session
from kiosk.backend.site import Site, site_texts
from kiosk.backend.staffpin import StaffPin
from kiosk.backend.texts import Texts
from kiosk.backend.timeline import Timeline

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from kiosk.content import Content
    from kiosk.content.load import LoadedContent
    from kiosk.services.admin import PinStore
    from kiosk.services.fonts import FontChoice
    from kiosk.services.startview import StartView
    from kiosk.services.store import ContentStore


class PanelData(Protocol):
    """What each panel's object does for the backend (one per row of panels.PANELS)."""

    def update(self, loaded: LoadedContent | None, lang: str) -> None: ...
    def resolve(self, item: str) -> tuple[str, int] | None: ...
    def select(self, item: str) -> None: ...


class Backend:
    """One per running kiosk; `app.py` builds it before QML loads."""

    def __init__(
        self,
        store: ContentStore,
        font: FontChoice,
        pins: PinStore,
        parent: QObject,
        preview: StartView | None = None,
        pin_first: bool = False,
    ) -> None:
        # Home drawn from the start view while content.yaml is validated after the first frame.
        self._preview = preview if store.current is None else None
        self._store = store
        language = "zh"
        if store.current is not None:
            language = store.current.content.kiosk.default_language
        elif self._preview is not None:
            language = self._preview.language
        self.session = Session(language, parent)
        self.texts = Texts(self.session, parent)
        self.navigator = Navigator(parent)
        self.site = Site(font, parent)
        self.admin = Admin(store, self.texts, parent)
        self.staff_pin = StaffPin(pins, self.admin.open, pin_first, parent)
        self.attract = Attract(parent)
        self.timeline = Timeline(parent)
        self.park_map = ParkMap(self.navigator.closeDetail, parent)
        self.figures = Figures(parent)
        self.panels: dict[str, PanelData] = dict(
            zip(PANEL_IDS, (self.timeline, self.park_map, self.figures), strict=True)
        )
        for instance in (
            self.session, self.texts, self.navigator, self.site, self.admin, self.staff_pin,
            self.attract, self.timeline, self.park_map, self.figures,
        ):  # fmt: skip
            provide(instance)
        for panel_id, panel in self.panels.items():
            self.navigator.set_resolver(panel_id, self._resolver(panel))
        self.navigator.detailChanged.connect(self._select)
        self.navigator.currentPanelChanged.connect(self._select)
        self.navigator.figureGroupIndexChanged.connect(
            lambda: self.figures.show_group(self.navigator.figureGroupIndex)
        )
        store.contentChanged.connect(self._on_content)
        self.session.languageChanged.connect(self._refresh)
        self._refresh()

    @property
    def content(self) -> Content | None:
        return self._store.current.content if self._store.current else None

    def _resolver(self, panel: PanelData):
        return lambda item: panel.resolve(item) if self.content is not None else None

    def _on_content(self) -> None:
        """New content: the visitor stays where they are if what they look at still exists."""
        content = self.content
        if content is not None:
            self.session.set_default_language(content.kiosk.default_language)
        self._refresh()
        navigator = self.navigator
        panel = self.panels.get(navigator.currentPanel)
        if navigator.detail and (panel is None or panel.resolve(navigator.detail) is None):
            navigator.goHome()

    def end_preview(self) -> None:
        """The content has been loaded (or has failed to): show what the store holds."""
        if self._preview is not None:
            self._preview = None
            self._refresh()

    def _refresh(self) -> None:
        loaded = self._store.current
        lang = self.session.language
        for panel in self.panels.values():
            panel.update(loaded, lang)
        self.attract.update(loaded, lang)
        self.navigator.set_group_count(self.figures.group_count())
        self.figures.show_group(self.navigator.figureGroupIndex)
        self._select()
        if self._preview is not None:
            self.site.update(self._preview.info.get(lang, {}), True, True)
        else:
            texts = site_texts(loaded, lang) if loaded is not None else {}
            logo = content_image_url(loaded, loaded.content.site.logo) if loaded else ""
            self.site.update(texts, loaded is not None, False, logo)

    def _select(self) -> None:
        """The open item goes to its panel's object; the others show none."""
        current, detail = self.navigator.currentPanel, self.navigator.detail
        for panel_id, panel in self.panels.items():
            panel.select(detail if panel_id == current else "")

    def site_texts_for(self, lang: str) -> dict[str, str]:
        """Home's texts in `lang` from the current content (for the start view)."""
        loaded = self._store.current
        return site_texts(loaded, lang) if loaded is not None else {}

    def reset(self) -> None:
        """Back to Home in the default language with every panel at its start, as a new
        visitor expects."""
        self.navigator.reset()
        self.park_map.year = 0
        self.session.reset()

"""The start view: what Home shows, saved for the exact content.yaml it was made from.

Why: reading and validating content.yaml needs pydantic and PyYAML, about 200 ms of imports
and class building before anything could be drawn. When content.yaml is byte for byte the
version last validated (same sha256), the kiosk draws Home from this small JSON file and
validates the content right after that first frame. It cannot show stale content: any other
bytes, a missing or unreadable file, or a start view from another format mean a normal start.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.content.cleantext import forbidden_character
from kiosk.content.digest import content_digest
from kiosk.content.languages import codes, first
from kiosk.services.paths import atomic_write_text

log = logging.getLogger("kiosk.content")
START_VIEW_NAME = "start-view.json"
FORMAT = 2


@dataclass(frozen=True)
class StartView:
    digest: str  # of the content.yaml the view was made from
    language: str  # the content's default language
    info: dict[str, dict[str, Any]]  # language → what Home shows (backend/site.py: site_texts)
    screen: str | None = None  # the content's `kiosk.screen`: the window is placed before it loads

    def to_json(self) -> str:
        data = {"format": FORMAT, "digest": self.digest, "language": self.language}
        data["screen"] = self.screen
        return json.dumps({**data, "info": self.info}, ensure_ascii=False, sort_keys=True)


class StartViewFile:
    """`start-view.json` in the state folder (none without a state folder)."""

    def __init__(self, state_dir: Path | None) -> None:
        self.path = state_dir / START_VIEW_NAME if state_dir else None
        self._failing = False

    def read(self, content_path: Path) -> StartView | None:
        """The saved view if it was made from content.yaml as it is now, else None."""
        if self.path is None:
            return None
        try:
            saved = json.loads(self.path.read_text(encoding="utf-8"))
            view = StartView(saved["digest"], saved["language"], saved["info"], saved["screen"])
            if saved["format"] != FORMAT or not _well_formed(view):
                return None
            current = content_digest(content_path.read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as error:
            log.info("start view not used (%s); content is validated before the first frame", error)
            return None
        return view if view.digest == current else None

    def save(self, view: StartView) -> None:
        if self.path is None:
            return
        text = view.to_json()
        try:
            if not self.path.is_file() or self.path.read_text(encoding="utf-8") != text:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                atomic_write_text(self.path, text)
        except (OSError, UnicodeDecodeError) as error:
            if not self._failing:  # once, not at every reload
                log.warning("cannot save the start view to %s: %s", self.path, error)
            self._failing = True
        else:
            self._failing = False


# What Home draws from the view before content is validated: these must be there, as text.
HOME_TEXTS = (
    "title",
    "subtitle",
    "organisation",
    "timelineTitle",
    "mapTitle",
    "figuresTitle",
    "timelineHint",
    "mapHint",
    "figuresHint",
    "keyLine",
)


def _well_formed(view: StartView) -> bool:
    """The shape the kiosk writes, and nothing else: both languages, the same keys in each,
    Home's texts as clean text (a forged or damaged view means a normal start)."""
    info = view.info
    if not (
        isinstance(info, dict)
        and view.language in codes()
        and set(info) == set(codes())
        and (view.screen is None or isinstance(view.screen, str))
        and all(isinstance(texts, dict) for texts in info.values())
    ):
        return False
    keys = set(info[first()])
    return all(set(texts) == keys for texts in info.values()) and all(
        isinstance(texts.get(name), str)
        and forbidden_character(texts[name], newlines=False) is None
        for texts in info.values()
        for name in HOME_TEXTS
    )

"""The content model and its loader: pure Python, no Qt (staff-edited YAML → validated model).

The loader and the model are imported on first use: they bring pydantic and PyYAML, which a
kiosk that starts from its start view (kiosk/services/startview.py) needs only after its
first frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kiosk.content.errors import ContentError, ContentIssue, Severity

if TYPE_CHECKING:
    from kiosk.content.load import load_content, load_content_text
    from kiosk.content.model import Content

__all__ = [
    "Content",
    "ContentError",
    "ContentIssue",
    "Severity",
    "load_content",
    "load_content_text",
]
_LAZY = {"load_content": "load", "load_content_text": "load", "Content": "model"}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"kiosk.content.{_LAZY[name]}"), name)

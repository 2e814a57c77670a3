"""The content model and its loader: pure Python, no Qt (staff-edited YAML → validated model)."""

from kiosk.content.errors import ContentError, ContentIssue, Severity
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

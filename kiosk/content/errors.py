"""One shape for every content problem, shared by the CLI, the log and the admin overlay."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from kiosk.content.cleantext import escaped


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class ContentIssue:
    """A problem a staff member can act on: where it is, and what to do about it."""

    file: str
    line: int
    column: int
    path: str = ""
    message: str = ""
    severity: Severity = field(default=Severity.ERROR, compare=False)

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        what = f"{self.path}: {self.message}" if self.path else self.message
        prefix = "" if self.severity is Severity.ERROR else "警告 warning: "
        return escaped(f"{where}: {prefix}{what}")

    def as_dict(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "path": self.path,
            "message": self.message,
            "severity": str(self.severity),
        }


class ContentError(Exception):
    """Raised when content cannot be used; carries every problem found, not just the first."""

    def __init__(self, issues: list[ContentIssue]) -> None:
        self.issues = sorted(issues)
        super().__init__("\n".join(str(issue) for issue in self.issues))

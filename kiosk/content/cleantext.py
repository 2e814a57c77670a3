"""Characters that have no place in visitor text, and text made safe for a terminal or a log.

Why: YAML's double-quoted escapes ("\\e[2J", "\\0", "\\a") put control characters into a title
that the reader never sees as such; on screen they are boxes, in `kiosk check` they reach the
staff terminal (and can clear it), in kiosk.log they are raw bytes. A bidi override (U+202E)
silently reverses a label. So they are errors where staff write them, and escaped wherever
text is printed.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the bidi embeddings, overrides and isolates.
_FORBIDDEN = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def forbidden_character(text: str, *, newlines: bool) -> tuple[int, str] | None:
    """(position, character) of the first character visitor text must not hold; a newline
    is allowed where `newlines` (body texts), a tab nowhere."""
    for found in _FORBIDDEN.finditer(text):
        if not (newlines and found.group() == "\n"):
            return found.start(), found.group()
    return None


def character_name(character: str) -> str:
    names = {"\t": "制表符 tab", "\n": "换行 newline", "\x1b": "ESC", "\x00": "NUL"}
    if "\u202a" <= character <= "\u202e" or "\u2066" <= character <= "\u2069":
        names[character] = "文字方向控制符 bidi control"
    return f"U+{ord(character):04X}" + (f" {names[character]}" if character in names else "")


def escaped(text: str) -> str:
    """`text` with every control and bidi character written as an escape (newlines and tabs
    kept): safe to print to a terminal or write to a log."""
    return _UNPRINTABLE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)

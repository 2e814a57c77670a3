"""The languages visitor-facing texts come in: one home, read before the model is imported."""

from __future__ import annotations

from typing import Literal

Language = Literal["zh", "en"]
LANGUAGES: tuple[Language, ...] = ("zh", "en")  # the first is the one every text must have

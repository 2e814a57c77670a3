"""The one instance of each QML singleton, provided by `Backend` before QML loads.

QML asks a singleton class for its instance through `create(engine)`; the kiosk builds its
objects first (they need the content store and the services) and provides them here.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

_instances: dict[type, QObject] = {}
T = TypeVar("T", bound=QObject)


def provide(instance: QObject) -> None:
    _instances[type(instance)] = instance


def provided(kind: type[T]) -> T:
    instance = _instances.get(kind)
    if instance is None:
        raise RuntimeError(f"{kind.__name__}: Backend must be built before QML loads")
    return instance  # type: ignore[return-value]

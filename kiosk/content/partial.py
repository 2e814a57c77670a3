"""The valid part of content that failed the model, so that one `kiosk check` reports every
problem of a file: the list items the model refused are set aside, the rest is validated
again, and the later checks (ids, references, points, pictures) run on what is left. Their
places are translated back to the file as written.

Nothing here knows a rule of its own: the model says what is wrong, the loader's checks say
the rest.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from kiosk.content import model
from kiosk.content.assets import Loc

ROUNDS = 4  # an item set aside can empty a list the model needs filled: its owner goes next
Remap = Callable[[Loc], Loc]


def valid_part(data: dict[str, Any], error: ValidationError) -> tuple[model.Content, Remap] | None:
    """The content without the list items `error` names, and how to turn a place in it into
    a place in `data`; None when a problem lies outside every list item (a title missing from
    `site`), where nothing sound is left to check."""
    origin: dict[int, Any] = {}
    keep: list[Any] = []  # copies stay alive while `origin` is keyed by their ids
    current: Any = data
    for _ in range(ROUNDS):
        items = [_item_of(current, tuple(detail["loc"])) for detail in error.errors()]
        if any(item is None for item in items):
            return None
        current = _without(current, set(items), (), origin, keep)
        try:
            content = model.Content.model_validate(current)
        except ValidationError as again:
            error = again
            continue
        return content, functools.partial(_original_loc, part=current, data=data, origin=origin)
    return None


def _item_of(data: Any, loc: Loc) -> Loc | None:
    """The innermost list item along `loc`, as a place in `data`."""
    node, found = data, None
    for depth, part in enumerate(loc):
        if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            found = loc[: depth + 1]
            node = node[part]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            break
    return found


def _without(node: Any, drop: set[Loc], at: Loc, origin: dict[int, Any], keep: list) -> Any:
    """`node` with the items at the places in `drop` left out; containers on the way copied
    (each copy remembers its original), everything else shared."""
    if not any(place[: len(at)] == at and len(place) > len(at) for place in drop):
        return node
    if isinstance(node, list):
        copy: Any = [
            _without(item, drop, (*at, index), origin, keep)
            for index, item in enumerate(node)
            if (*at, index) not in drop
        ]
    else:
        copy = {key: _without(value, drop, (*at, key), origin, keep) for key, value in node.items()}
    origin[id(copy)] = origin.get(id(node), node)
    keep.append(copy)
    return copy


def _original_loc(loc: Loc, part: Any, data: Any, origin: dict[int, Any]) -> Loc:
    """`loc` in `part` as a place in `data`: each list item is found by identity."""
    result: list[str | int] = []
    node, original = part, data
    for step in loc:
        if isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
            item = node[step]
            source = origin.get(id(item), item)
            index = next((i for i, x in enumerate(original) if x is source), step)
            result.append(index)
            node, original = item, original[index]
        elif isinstance(node, dict) and step in node and isinstance(original, dict):
            result.append(step)
            node, original = node[step], original.get(step)
        else:
            result.append(step)
            node = original = None
    return tuple(result)

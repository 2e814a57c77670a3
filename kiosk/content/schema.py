"""The JSON Schema of content.yaml, for editors that autocomplete and underline mistakes."""

from __future__ import annotations

import json
from typing import Any

from kiosk.content import languages
from kiosk.content.model import TEXT_TYPES, Content


def content_schema() -> dict[str, Any]:
    schema = Content.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "朔州经济开发区展厅内容 content.yaml"
    definitions = schema.get("$defs", {})
    for text_type in TEXT_TYPES:
        name = text_type.__name__
        if name in definitions:
            as_object = definitions[name]
            max_length = as_object["properties"][languages.first()].get("maxLength")
            definitions[name] = {
                "description": as_object.get("description", ""),
                "anyOf": [{"type": "string", "minLength": 1, "maxLength": max_length}, as_object],
            }
    return schema


def content_schema_text() -> str:
    return json.dumps(content_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"

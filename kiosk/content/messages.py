"""Pydantic's wording rewritten for staff: one table, Chinese first, English after."""

from __future__ import annotations

import difflib
from typing import Any

_KIND = {dict: "映射（键: 值）", list: "列表（- 开头的多行）", str: "文字", type(None): "空值"}

_TEMPLATES = {
    "missing": "缺少必填字段“{field}” (missing required field)",
    "string_too_long": "文字太长：{length} 个字，最多 {max_length} 个字 (text too long)",
    "string_too_short": "不能为空 (must not be empty)",
    "too_short": "至少需要 {min_length} 项，现在只有 {actual_length} 项 (too few items)",
    "too_long": "最多 {max_length} 项，现在有 {actual_length} 项 (too many items)",
    "int_parsing": "“{input}” 不是整数 (not a whole number)",
    "int_from_float": "“{input}” 不是整数 (not a whole number)",
    "float_parsing": "“{input}” 不是数字 (not a number)",
    "decimal_parsing": "“{input}” 不是数字 (not a number)",
    "finite_number": "“{input}” 不是有限的数字 (not a finite number)",
    "decimal_max_digits": "“{input}” 位数太多 (too many digits)",
    "bool_parsing": "“{input}” 应为 true 或 false (must be true or false)",
    "greater_than_equal": "“{input}” 太小：不能小于 {ge} (must be at least {ge})",
    "less_than_equal": "“{input}” 太大：不能大于 {le} (must be at most {le})",
    "greater_than": "“{input}” 太小：必须大于 {gt} (must be more than {gt})",
    "less_than": "“{input}” 太大：必须小于 {lt} (must be less than {lt})",
    "literal_error": "“{input}” 不是可选的值，请用 {expected} 之一 (must be one of {expected})",
    "tuple_type": "应为坐标 [x, y] (must be a point [x, y])",
}


def staff_message(error: dict[str, Any], allowed_fields: list[str]) -> str:
    """The message for one pydantic error, in the words a staff member acts on."""
    kind = error["type"]
    ctx = dict(error.get("ctx") or {})
    value = error.get("input")
    if kind == "content":  # our own validators already speak staff language
        return str(error["msg"])
    if kind == "extra_forbidden":
        key = str(error["loc"][-1])
        close = difflib.get_close_matches(key, allowed_fields, n=1, cutoff=0.6)
        hint = f"，是不是“{close[0]}”？" if close else f"。可用的字段：{', '.join(allowed_fields)}"
        if allowed_fields == ["zh", "en"]:
            hint += "。如果 {…} 里的文字含有英文逗号“,”，请用引号把这段文字括起来"
        return f"未知字段“{key}”{hint} (unknown field)"
    if kind in ("string_type", "dict_type", "model_type", "model_attributes_type", "list_type"):
        wanted = {"string_type": str, "list_type": list}.get(kind, dict)
        return f"这里应为{_KIND[wanted]}，而不是{_describe(value)} (expected {wanted.__name__})"
    if kind == "missing":
        ctx["field"] = error["loc"][-1]
    if kind in ("string_too_long", "too_long", "too_short"):
        ctx.setdefault("length", len(value) if isinstance(value, str | list) else "?")
        ctx.setdefault("actual_length", len(value) if isinstance(value, str | list) else "?")
    template = _TEMPLATES.get(kind)
    if template is None:
        return f"{error['msg']} ({kind})"
    return template.format(input=_short(value), **ctx)


def _describe(value: object) -> str:
    if isinstance(value, str):
        return f"文字“{_short(value)}”"
    return _KIND.get(type(value), type(value).__name__)


def _short(value: object) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:37] + "…"

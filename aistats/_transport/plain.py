"""Generated models accepted wherever their dict form is: a reply's message appended to
``messages``, a ``ToolCall`` inside a message dict, a tool built as a model.

``plain(value)`` turns every generated (attrs) model inside lists, tuples and dicts into
its ``to_dict()`` form; values without a model come back as the same objects, uncopied.
"""

from __future__ import annotations

from typing import Any

__all__ = ["plain"]


def plain(value: Any) -> Any:
    """``value`` with each generated model in it replaced by its ``to_dict()``."""
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    if kind is dict:
        changed = None
        for key, item in value.items():
            new = plain(item)
            if new is not item:
                if changed is None:
                    changed = dict(value)
                changed[key] = new
        return value if changed is None else changed
    if kind is list or kind is tuple:
        items = [plain(item) for item in value]
        if all(new is old for new, old in zip(items, value, strict=True)):
            return value
        return items
    if hasattr(kind, "__attrs_attrs__") and hasattr(value, "to_dict"):
        return value.to_dict()
    return value

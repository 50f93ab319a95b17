from typing import Literal

NativeWebSearchToolType = Literal[
    "web_search", "web_search_2025_08_26", "web_search_preview", "web_search_preview_2025_03_11"
]

NATIVE_WEB_SEARCH_TOOL_TYPE_VALUES: set[NativeWebSearchToolType] = {
    "web_search",
    "web_search_2025_08_26",
    "web_search_preview",
    "web_search_preview_2025_03_11",
}


def check_native_web_search_tool_type(value: str) -> NativeWebSearchToolType:
    if value in NATIVE_WEB_SEARCH_TOOL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NATIVE_WEB_SEARCH_TOOL_TYPE_VALUES!r}")

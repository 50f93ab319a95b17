from typing import Literal

GatewayWebSearchToolType = Literal["gateway:web_search", "phaseo:web_search"]

GATEWAY_WEB_SEARCH_TOOL_TYPE_VALUES: set[GatewayWebSearchToolType] = {
    "gateway:web_search",
    "phaseo:web_search",
}


def check_gateway_web_search_tool_type(value: str) -> GatewayWebSearchToolType:
    if value in GATEWAY_WEB_SEARCH_TOOL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GATEWAY_WEB_SEARCH_TOOL_TYPE_VALUES!r}")

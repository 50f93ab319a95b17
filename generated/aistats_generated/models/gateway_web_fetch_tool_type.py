from typing import Literal

GatewayWebFetchToolType = Literal["gateway:web_fetch", "phaseo:web_fetch"]

GATEWAY_WEB_FETCH_TOOL_TYPE_VALUES: set[GatewayWebFetchToolType] = {
    "gateway:web_fetch",
    "phaseo:web_fetch",
}


def check_gateway_web_fetch_tool_type(value: str) -> GatewayWebFetchToolType:
    if value in GATEWAY_WEB_FETCH_TOOL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GATEWAY_WEB_FETCH_TOOL_TYPE_VALUES!r}")

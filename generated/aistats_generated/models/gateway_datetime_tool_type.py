from typing import Literal

GatewayDatetimeToolType = Literal["gateway:datetime", "phaseo:datetime"]

GATEWAY_DATETIME_TOOL_TYPE_VALUES: set[GatewayDatetimeToolType] = {
    "gateway:datetime",
    "phaseo:datetime",
}


def check_gateway_datetime_tool_type(value: str) -> GatewayDatetimeToolType:
    if value in GATEWAY_DATETIME_TOOL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GATEWAY_DATETIME_TOOL_TYPE_VALUES!r}")

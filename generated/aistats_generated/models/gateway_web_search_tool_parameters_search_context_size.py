from typing import Literal

GatewayWebSearchToolParametersSearchContextSize = Literal["high", "low", "medium"]

GATEWAY_WEB_SEARCH_TOOL_PARAMETERS_SEARCH_CONTEXT_SIZE_VALUES: set[GatewayWebSearchToolParametersSearchContextSize] = {
    "high",
    "low",
    "medium",
}


def check_gateway_web_search_tool_parameters_search_context_size(
    value: str,
) -> GatewayWebSearchToolParametersSearchContextSize:
    if value in GATEWAY_WEB_SEARCH_TOOL_PARAMETERS_SEARCH_CONTEXT_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GATEWAY_WEB_SEARCH_TOOL_PARAMETERS_SEARCH_CONTEXT_SIZE_VALUES!r}"
    )

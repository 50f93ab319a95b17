from typing import Literal

GatewayWebFetchToolParametersEngine = Literal["auto", "direct", "exa", "firecrawl", "native", "parallel"]

GATEWAY_WEB_FETCH_TOOL_PARAMETERS_ENGINE_VALUES: set[GatewayWebFetchToolParametersEngine] = {
    "auto",
    "direct",
    "exa",
    "firecrawl",
    "native",
    "parallel",
}


def check_gateway_web_fetch_tool_parameters_engine(value: str) -> GatewayWebFetchToolParametersEngine:
    if value in GATEWAY_WEB_FETCH_TOOL_PARAMETERS_ENGINE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GATEWAY_WEB_FETCH_TOOL_PARAMETERS_ENGINE_VALUES!r}")

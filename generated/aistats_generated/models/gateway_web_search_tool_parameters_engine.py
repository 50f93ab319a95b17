from typing import Literal

GatewayWebSearchToolParametersEngine = Literal["auto", "exa", "firecrawl", "native", "parallel", "perplexity"]

GATEWAY_WEB_SEARCH_TOOL_PARAMETERS_ENGINE_VALUES: set[GatewayWebSearchToolParametersEngine] = {
    "auto",
    "exa",
    "firecrawl",
    "native",
    "parallel",
    "perplexity",
}


def check_gateway_web_search_tool_parameters_engine(value: str) -> GatewayWebSearchToolParametersEngine:
    if value in GATEWAY_WEB_SEARCH_TOOL_PARAMETERS_ENGINE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GATEWAY_WEB_SEARCH_TOOL_PARAMETERS_ENGINE_VALUES!r}")

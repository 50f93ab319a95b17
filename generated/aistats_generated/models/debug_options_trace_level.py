from typing import Literal

DebugOptionsTraceLevel = Literal["full", "summary"]

DEBUG_OPTIONS_TRACE_LEVEL_VALUES: set[DebugOptionsTraceLevel] = {
    "full",
    "summary",
}


def check_debug_options_trace_level(value: str) -> DebugOptionsTraceLevel:
    if value in DEBUG_OPTIONS_TRACE_LEVEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEBUG_OPTIONS_TRACE_LEVEL_VALUES!r}")

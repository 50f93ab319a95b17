from typing import Literal

ChatCompletionsRequestVerbosity = Literal["high", "low", "medium"]

CHAT_COMPLETIONS_REQUEST_VERBOSITY_VALUES: set[ChatCompletionsRequestVerbosity] = {
    "high",
    "low",
    "medium",
}


def check_chat_completions_request_verbosity(value: str) -> ChatCompletionsRequestVerbosity:
    if value in CHAT_COMPLETIONS_REQUEST_VERBOSITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETIONS_REQUEST_VERBOSITY_VALUES!r}")

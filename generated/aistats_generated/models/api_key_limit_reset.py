from typing import Literal

ApiKeyLimitReset = Literal["daily", "monthly", "weekly"]

API_KEY_LIMIT_RESET_VALUES: set[ApiKeyLimitReset] = {
    "daily",
    "monthly",
    "weekly",
}


def check_api_key_limit_reset(value: str) -> ApiKeyLimitReset:
    if value in API_KEY_LIMIT_RESET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {API_KEY_LIMIT_RESET_VALUES!r}")

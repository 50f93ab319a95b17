from typing import Literal

ServiceTier = Literal["batch", "fast", "flex", "priority", "standard"]

SERVICE_TIER_VALUES: set[ServiceTier] = {
    "batch",
    "fast",
    "flex",
    "priority",
    "standard",
}


def check_service_tier(value: str) -> ServiceTier:
    if value in SERVICE_TIER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SERVICE_TIER_VALUES!r}")

from typing import Literal

ImageConfigImageSize = Literal["0.5K", "1K", "2K", "4K"]

IMAGE_CONFIG_IMAGE_SIZE_VALUES: set[ImageConfigImageSize] = {
    "0.5K",
    "1K",
    "2K",
    "4K",
}


def check_image_config_image_size(value: str) -> ImageConfigImageSize:
    if value in IMAGE_CONFIG_IMAGE_SIZE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_CONFIG_IMAGE_SIZE_VALUES!r}")

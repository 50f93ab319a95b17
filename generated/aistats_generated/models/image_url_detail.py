from typing import Literal

ImageUrlDetail = Literal["auto", "high", "low", "original"]

IMAGE_URL_DETAIL_VALUES: set[ImageUrlDetail] = {
    "auto",
    "high",
    "low",
    "original",
}


def check_image_url_detail(value: str) -> ImageUrlDetail:
    if value in IMAGE_URL_DETAIL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_URL_DETAIL_VALUES!r}")

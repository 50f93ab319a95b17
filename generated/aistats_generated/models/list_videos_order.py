from typing import Literal

ListVideosOrder = Literal["asc", "desc"]

LIST_VIDEOS_ORDER_VALUES: set[ListVideosOrder] = {
    "asc",
    "desc",
}


def check_list_videos_order(value: str) -> ListVideosOrder:
    if value in LIST_VIDEOS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_VIDEOS_ORDER_VALUES!r}")

from typing import Literal

DataCollection = Literal["allow", "deny"]

DATA_COLLECTION_VALUES: set[DataCollection] = {
    "allow",
    "deny",
}


def check_data_collection(value: str) -> DataCollection:
    if value in DATA_COLLECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_COLLECTION_VALUES!r}")

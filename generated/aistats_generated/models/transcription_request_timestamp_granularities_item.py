from typing import Literal

TranscriptionRequestTimestampGranularitiesItem = Literal["segment", "word"]

TRANSCRIPTION_REQUEST_TIMESTAMP_GRANULARITIES_ITEM_VALUES: set[TranscriptionRequestTimestampGranularitiesItem] = {
    "segment",
    "word",
}


def check_transcription_request_timestamp_granularities_item(
    value: str,
) -> TranscriptionRequestTimestampGranularitiesItem:
    if value in TRANSCRIPTION_REQUEST_TIMESTAMP_GRANULARITIES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSCRIPTION_REQUEST_TIMESTAMP_GRANULARITIES_ITEM_VALUES!r}"
    )

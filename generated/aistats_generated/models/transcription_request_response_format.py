from typing import Literal

TranscriptionRequestResponseFormat = Literal["diarized_json", "json", "srt", "text", "verbose_json", "vtt"]

TRANSCRIPTION_REQUEST_RESPONSE_FORMAT_VALUES: set[TranscriptionRequestResponseFormat] = {
    "diarized_json",
    "json",
    "srt",
    "text",
    "verbose_json",
    "vtt",
}


def check_transcription_request_response_format(value: str) -> TranscriptionRequestResponseFormat:
    if value in TRANSCRIPTION_REQUEST_RESPONSE_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSCRIPTION_REQUEST_RESPONSE_FORMAT_VALUES!r}")

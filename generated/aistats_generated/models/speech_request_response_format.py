from typing import Literal

SpeechRequestResponseFormat = Literal["aac", "flac", "mp3", "opus", "pcm", "wav"]

SPEECH_REQUEST_RESPONSE_FORMAT_VALUES: set[SpeechRequestResponseFormat] = {
    "aac",
    "flac",
    "mp3",
    "opus",
    "pcm",
    "wav",
}


def check_speech_request_response_format(value: str) -> SpeechRequestResponseFormat:
    if value in SPEECH_REQUEST_RESPONSE_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SPEECH_REQUEST_RESPONSE_FORMAT_VALUES!r}")

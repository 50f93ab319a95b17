from typing import Literal

TranslationRequestResponseFormat = Literal["json", "srt", "text", "verbose_json", "vtt"]

TRANSLATION_REQUEST_RESPONSE_FORMAT_VALUES: set[TranslationRequestResponseFormat] = {
    "json",
    "srt",
    "text",
    "verbose_json",
    "vtt",
}


def check_translation_request_response_format(value: str) -> TranslationRequestResponseFormat:
    if value in TRANSLATION_REQUEST_RESPONSE_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSLATION_REQUEST_RESPONSE_FORMAT_VALUES!r}")

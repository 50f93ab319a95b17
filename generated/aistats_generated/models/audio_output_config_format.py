from typing import Literal

AudioOutputConfigFormat = Literal["aac", "flac", "mp3", "opus", "pcm", "pcm16", "wav"]

AUDIO_OUTPUT_CONFIG_FORMAT_VALUES: set[AudioOutputConfigFormat] = {
    "aac",
    "flac",
    "mp3",
    "opus",
    "pcm",
    "pcm16",
    "wav",
}


def check_audio_output_config_format(value: str) -> AudioOutputConfigFormat:
    if value in AUDIO_OUTPUT_CONFIG_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUDIO_OUTPUT_CONFIG_FORMAT_VALUES!r}")

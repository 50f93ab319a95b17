"""``aistats transcribe FILE`` (the text to stdout) and ``aistats speak TEXT -o out.mp3`` (the
audio to a file), for the ``aistats`` command."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final, TextIO

from .._client import AIStats
from .._exceptions import AIStatsError

__all__ = ["add_commands", "run_speak", "run_transcribe"]

TRANSCRIBE_MODEL: Final = "openai/whisper-1"
SPEAK_MODEL: Final = "openai/gpt-4o-mini-tts"
SPEAK_VOICE: Final = "alloy"
#: The audio formats speech can be asked for; ``-o``'s suffix picks one when it names it.
SPEECH_FORMATS: Final = ("mp3", "wav", "aac", "flac", "opus", "pcm")


def add_commands(commands: Any, connection_options: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register ``transcribe`` and ``speak`` on the ``aistats`` sub-command parser."""
    transcribe = commands.add_parser("transcribe", help="transcribe an audio file; the text to stdout")
    transcribe.add_argument("file", type=Path, help="the audio file (wav, mp3, m4a, ...)")
    transcribe.add_argument("-m", "--model", default=TRANSCRIBE_MODEL, help=f"default {TRANSCRIBE_MODEL}")
    transcribe.add_argument("--language", help="the spoken language (ISO-639-1, e.g. fr)")
    transcribe.add_argument("--prompt", help="text to guide the transcription")
    transcribe.add_argument(
        "--translate", action="store_true", help="translate into English instead (audio/translations)"
    )
    connection_options(transcribe)
    speak = commands.add_parser("speak", help="synthesise speech from text into an audio file")
    speak.add_argument("text", help="the text to speak")
    speak.add_argument("-o", "--output", type=Path, required=True, help="where to write the audio")
    speak.add_argument("-m", "--model", default=SPEAK_MODEL, help=f"default {SPEAK_MODEL}")
    speak.add_argument("--voice", default=SPEAK_VOICE, help=f"default {SPEAK_VOICE}")
    speak.add_argument("--format", choices=SPEECH_FORMATS, help="audio format (default: from -o's suffix)")
    connection_options(speak)


def run_transcribe(args: argparse.Namespace, out: TextIO, client: AIStats) -> None:
    """Print the text of ``args.file``."""
    if not args.file.is_file():
        raise AIStatsError(f"No such audio file: {args.file}.")
    params: dict[str, Any] = {"model": args.model, "file": args.file}
    if args.prompt:
        params["prompt"] = args.prompt
    if args.translate:
        result = client.audio.translations.create(**params)
    else:
        if args.language:
            params["language"] = args.language
        result = client.audio.transcriptions.create(**params)
    text = result.text
    out.write(text if text.endswith("\n") else text + "\n")


def run_speak(args: argparse.Namespace, out: TextIO, client: AIStats) -> None:
    """Write the speech of ``args.text`` to ``args.output``."""
    suffix = args.output.suffix.lower().lstrip(".")
    fmt = args.format or (suffix if suffix in SPEECH_FORMATS else None)
    params: dict[str, Any] = {"model": args.model, "input": args.text, "voice": args.voice}
    if fmt:
        params["response_format"] = fmt
    speech = client.audio.speech.create(**params)
    path = speech.write_to(args.output)
    out.write(f"{path} ({len(speech.content):,} bytes, {speech.content_type or 'unknown type'})\n")

"""``client.audio``: ``.speech``, ``.transcriptions`` and ``.translations``, sync and async.

Speech answers media (``BinaryResponse``: the audio's bytes, or the gateway's JSON form decoded);
transcriptions and translations upload a multipart form and answer JSON.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from aistats_generated import api
from aistats_generated.models import TranscriptionResponse

from .._files import BinaryResponse
from .._transport.raw import to_async_raw, to_raw
from ._base import AsyncResource, BodyOptions, Resource

if TYPE_CHECKING:
    from aistats_generated.models.speech_request import SpeechRequestParams
    from aistats_generated.models.transcription_request import TranscriptionRequestParams
    from aistats_generated.models.translation_request import TranslationRequestParams

    from .._client import AIStats, AsyncAIStats

    class _SpeechArgs(SpeechRequestParams, BodyOptions): ...

    class _TranscriptionArgs(TranscriptionRequestParams, BodyOptions): ...

    class _TranslationArgs(TranslationRequestParams, BodyOptions): ...


__all__ = [
    "AsyncAudio", "AsyncSpeech", "AsyncTranscriptions", "AsyncTranslations", "Audio", "Speech",
    "Transcriptions", "Translations",
]  # fmt: skip


class SpeechWithRawResponse:
    """``client.audio.speech.with_raw_response``."""

    def __init__(self, resource: Speech) -> None:
        self.create = to_raw(resource.create)


class Speech(Resource[SpeechWithRawResponse]):
    """``client.audio.speech``."""

    _raw = SpeechWithRawResponse

    def create(self, **params: Unpack[_SpeechArgs]) -> BinaryResponse:
        """Speak ``input`` with ``voice``: the audio (``.content``, ``.content_type``, ``.write_to()``)."""
        return self._binary(api.CREATE_SPEECH, params, json_form=True)


class AsyncSpeechWithRawResponse:
    """``client.audio.speech.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, resource: AsyncSpeech) -> None:
        self.create = to_async_raw(resource.create)


class AsyncSpeech(AsyncResource[AsyncSpeechWithRawResponse]):
    """``client.audio.speech`` of ``AsyncAIStats``."""

    _raw = AsyncSpeechWithRawResponse

    async def create(self, **params: Unpack[_SpeechArgs]) -> BinaryResponse:
        """Speak ``input`` with ``voice``: the audio."""
        return await self._binary(api.CREATE_SPEECH, params, json_form=True)


class TranscriptionsWithRawResponse:
    """``client.audio.transcriptions.with_raw_response``."""

    def __init__(self, resource: Transcriptions) -> None:
        self.create = to_raw(resource.create)


class Transcriptions(Resource[TranscriptionsWithRawResponse]):
    """``client.audio.transcriptions``."""

    _raw = TranscriptionsWithRawResponse

    def create(self, **params: Unpack[_TranscriptionArgs]) -> TranscriptionResponse:
        """Transcribe ``file`` with ``model`` (always JSON: text and subtitles are in ``.text``)."""
        return self._send(api.CREATE_TRANSCRIPTION, TranscriptionResponse, params, form=True)


class AsyncTranscriptionsWithRawResponse:
    """``client.audio.transcriptions.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, resource: AsyncTranscriptions) -> None:
        self.create = to_async_raw(resource.create)


class AsyncTranscriptions(AsyncResource[AsyncTranscriptionsWithRawResponse]):
    """``client.audio.transcriptions`` of ``AsyncAIStats``."""

    _raw = AsyncTranscriptionsWithRawResponse

    async def create(self, **params: Unpack[_TranscriptionArgs]) -> TranscriptionResponse:
        """Transcribe ``file`` with ``model`` (the file is read off the event loop)."""
        return await self._send(api.CREATE_TRANSCRIPTION, TranscriptionResponse, params, form=True)


class TranslationsWithRawResponse:
    """``client.audio.translations.with_raw_response``."""

    def __init__(self, resource: Translations) -> None:
        self.create = to_raw(resource.create)


class Translations(Resource[TranslationsWithRawResponse]):
    """``client.audio.translations``."""

    _raw = TranslationsWithRawResponse

    def create(self, **params: Unpack[_TranslationArgs]) -> TranscriptionResponse:
        """Translate the speech in ``file`` into English text."""
        return self._send(api.CREATE_TRANSLATION, TranscriptionResponse, params, form=True)


class AsyncTranslationsWithRawResponse:
    """``client.audio.translations.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, resource: AsyncTranslations) -> None:
        self.create = to_async_raw(resource.create)


class AsyncTranslations(AsyncResource[AsyncTranslationsWithRawResponse]):
    """``client.audio.translations`` of ``AsyncAIStats``."""

    _raw = AsyncTranslationsWithRawResponse

    async def create(self, **params: Unpack[_TranslationArgs]) -> TranscriptionResponse:
        """Translate the speech in ``file`` into English text."""
        return await self._send(api.CREATE_TRANSLATION, TranscriptionResponse, params, form=True)


class Audio:
    """``client.audio``."""

    def __init__(self, client: AIStats) -> None:
        self.speech = Speech(client)
        """Text to speech."""
        self.transcriptions = Transcriptions(client)
        """Speech to text."""
        self.translations = Translations(client)
        """Speech to English text."""


class AsyncAudio:
    """``client.audio`` of ``AsyncAIStats``."""

    def __init__(self, client: AsyncAIStats) -> None:
        self.speech = AsyncSpeech(client)
        """Text to speech."""
        self.transcriptions = AsyncTranscriptions(client)
        """Speech to text."""
        self.translations = AsyncTranslations(client)
        """Speech to English text."""

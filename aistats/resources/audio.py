"""``client.audio``: ``.speech``, ``.transcriptions`` and ``.translations``, sync and async.

Speech answers media (``BinaryResponse``: the audio's bytes, or the gateway's JSON form decoded);
transcriptions and translations upload a multipart form and answer JSON.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from aistats_generated import api
from aistats_generated.models import TranscriptionResponse

from .._files import BinaryResponse
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


class Speech(Resource):
    """``client.audio.speech``."""

    def create(self, **params: Unpack[_SpeechArgs]) -> BinaryResponse:
        """Speak ``input`` with ``voice``: the audio (``.content``, ``.content_type``, ``.write_to()``)."""
        return self._binary(api.CREATE_SPEECH, params, json_form=True)


class AsyncSpeech(AsyncResource):
    """``client.audio.speech`` of ``AsyncAIStats``."""

    async def create(self, **params: Unpack[_SpeechArgs]) -> BinaryResponse:
        """Speak ``input`` with ``voice``: the audio."""
        return await self._binary(api.CREATE_SPEECH, params, json_form=True)


class Transcriptions(Resource):
    """``client.audio.transcriptions``."""

    def create(self, **params: Unpack[_TranscriptionArgs]) -> TranscriptionResponse:
        """Transcribe ``file`` with ``model`` (always JSON: text and subtitles are in ``.text``)."""
        return self._send(api.CREATE_TRANSCRIPTION, TranscriptionResponse, params, form=True)


class AsyncTranscriptions(AsyncResource):
    """``client.audio.transcriptions`` of ``AsyncAIStats``."""

    async def create(self, **params: Unpack[_TranscriptionArgs]) -> TranscriptionResponse:
        """Transcribe ``file`` with ``model`` (the file is read off the event loop)."""
        return await self._send(api.CREATE_TRANSCRIPTION, TranscriptionResponse, params, form=True)


class Translations(Resource):
    """``client.audio.translations``."""

    def create(self, **params: Unpack[_TranslationArgs]) -> TranscriptionResponse:
        """Translate the speech in ``file`` into English text."""
        return self._send(api.CREATE_TRANSLATION, TranscriptionResponse, params, form=True)


class AsyncTranslations(AsyncResource):
    """``client.audio.translations`` of ``AsyncAIStats``."""

    async def create(self, **params: Unpack[_TranslationArgs]) -> TranscriptionResponse:
        """Translate the speech in ``file`` into English text."""
        return await self._send(api.CREATE_TRANSLATION, TranscriptionResponse, params, form=True)


class Audio:
    """``client.audio``."""

    def __init__(self, client: AIStats) -> None:
        self.speech = Speech(client)
        self.transcriptions = Transcriptions(client)
        self.translations = Translations(client)


class AsyncAudio:
    """``client.audio`` of ``AsyncAIStats``."""

    def __init__(self, client: AsyncAIStats) -> None:
        self.speech = AsyncSpeech(client)
        self.transcriptions = AsyncTranscriptions(client)
        self.translations = AsyncTranslations(client)

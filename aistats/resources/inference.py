"""Inference: ``client.embeddings``, ``.moderations``, ``.rerank``, ``.images`` and ``.ocr``, sync and
async. The keywords of each method come from the spec's request model; ``images.edit`` uploads a
multipart form (``aistats._files``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from aistats_generated import api
from aistats_generated.models import (
    EmbeddingsResponse,
    ImagesResponse,
    ModerationsResponse,
    OcrResponse,
    RerankResponse,
)

from ._base import AsyncResource, BodyOptions, Resource

if TYPE_CHECKING:
    from aistats_generated.models.embeddings_request import EmbeddingsRequestParams
    from aistats_generated.models.images_edit_request import ImagesEditRequestParams
    from aistats_generated.models.images_generation_request import ImagesGenerationRequestParams
    from aistats_generated.models.moderations_request import ModerationsRequestParams
    from aistats_generated.models.ocr_request import OcrRequestParams
    from aistats_generated.models.rerank_request import RerankRequestParams

    class _EmbeddingsArgs(EmbeddingsRequestParams, BodyOptions): ...

    class _ModerationsArgs(ModerationsRequestParams, BodyOptions): ...

    class _RerankArgs(RerankRequestParams, BodyOptions): ...

    class _ImagesArgs(ImagesGenerationRequestParams, BodyOptions): ...

    class _ImagesEditArgs(ImagesEditRequestParams, BodyOptions): ...

    class _OcrArgs(OcrRequestParams, BodyOptions): ...


__all__ = [
    "AsyncEmbeddings", "AsyncImages", "AsyncModerations", "AsyncOcr", "AsyncRerank", "Embeddings",
    "Images", "Moderations", "Ocr", "Rerank",
]  # fmt: skip


class Embeddings(Resource):
    """``client.embeddings``."""

    def create(self, **params: Unpack[_EmbeddingsArgs]) -> EmbeddingsResponse:
        """Embed ``input`` with ``model``."""
        return self._send(api.CREATE_EMBEDDING, EmbeddingsResponse, params)


class AsyncEmbeddings(AsyncResource):
    """``client.embeddings`` of ``AsyncAIStats``."""

    async def create(self, **params: Unpack[_EmbeddingsArgs]) -> EmbeddingsResponse:
        """Embed ``input`` with ``model``."""
        return await self._send(api.CREATE_EMBEDDING, EmbeddingsResponse, params)


class Moderations(Resource):
    """``client.moderations``."""

    def create(self, **params: Unpack[_ModerationsArgs]) -> ModerationsResponse:
        """Classify ``input`` (one result per input)."""
        return self._send(api.CREATE_MODERATION, ModerationsResponse, params)


class AsyncModerations(AsyncResource):
    """``client.moderations`` of ``AsyncAIStats``."""

    async def create(self, **params: Unpack[_ModerationsArgs]) -> ModerationsResponse:
        """Classify ``input`` (one result per input)."""
        return await self._send(api.CREATE_MODERATION, ModerationsResponse, params)


class Rerank(Resource):
    """``client.rerank``."""

    def create(self, **params: Unpack[_RerankArgs]) -> RerankResponse:
        """Score ``documents`` against ``query``, best first."""
        return self._send(api.CREATE_RERANK, RerankResponse, params)


class AsyncRerank(AsyncResource):
    """``client.rerank`` of ``AsyncAIStats``."""

    async def create(self, **params: Unpack[_RerankArgs]) -> RerankResponse:
        """Score ``documents`` against ``query``, best first."""
        return await self._send(api.CREATE_RERANK, RerankResponse, params)


class Images(Resource):
    """``client.images``."""

    def generate(self, **params: Unpack[_ImagesArgs]) -> ImagesResponse:
        """Generate images from ``prompt`` with ``model``."""
        return self._send(api.CREATE_IMAGE, ImagesResponse, params)

    def edit(self, **params: Unpack[_ImagesEditArgs]) -> ImagesResponse:
        """Edit ``image`` (one file, or a list of up to 16) following ``prompt``, inside ``mask`` if given."""
        return self._send(api.CREATE_IMAGE_EDIT, ImagesResponse, params, form=True)


class AsyncImages(AsyncResource):
    """``client.images`` of ``AsyncAIStats``."""

    async def generate(self, **params: Unpack[_ImagesArgs]) -> ImagesResponse:
        """Generate images from ``prompt`` with ``model``."""
        return await self._send(api.CREATE_IMAGE, ImagesResponse, params)

    async def edit(self, **params: Unpack[_ImagesEditArgs]) -> ImagesResponse:
        """Edit ``image`` (files read off the event loop) following ``prompt``."""
        return await self._send(api.CREATE_IMAGE_EDIT, ImagesResponse, params, form=True)


class Ocr(Resource):
    """``client.ocr``."""

    def create(self, **params: Unpack[_OcrArgs]) -> OcrResponse:
        """Read ``document`` (or ``image``) with ``model``: its text as markdown, page by page."""
        return self._send(api.CREATE_OCR, OcrResponse, params)


class AsyncOcr(AsyncResource):
    """``client.ocr`` of ``AsyncAIStats``."""

    async def create(self, **params: Unpack[_OcrArgs]) -> OcrResponse:
        """Read ``document`` (or ``image``) with ``model``: its text as markdown, page by page."""
        return await self._send(api.CREATE_OCR, OcrResponse, params)

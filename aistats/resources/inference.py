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

from .._transport.raw import to_async_raw, to_raw
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


class EmbeddingsWithRawResponse:
    """``client.embeddings.with_raw_response``."""

    def __init__(self, embeddings: Embeddings) -> None:
        self.create = to_raw(embeddings.create)


class Embeddings(Resource[EmbeddingsWithRawResponse]):
    """``client.embeddings``."""

    _raw = EmbeddingsWithRawResponse

    def create(self, **params: Unpack[_EmbeddingsArgs]) -> EmbeddingsResponse:
        """Embed ``input`` with ``model``."""
        return self._send(api.CREATE_EMBEDDING, EmbeddingsResponse, params)


class AsyncEmbeddingsWithRawResponse:
    """``client.embeddings.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, embeddings: AsyncEmbeddings) -> None:
        self.create = to_async_raw(embeddings.create)


class AsyncEmbeddings(AsyncResource[AsyncEmbeddingsWithRawResponse]):
    """``client.embeddings`` of ``AsyncAIStats``."""

    _raw = AsyncEmbeddingsWithRawResponse

    async def create(self, **params: Unpack[_EmbeddingsArgs]) -> EmbeddingsResponse:
        """Embed ``input`` with ``model``."""
        return await self._send(api.CREATE_EMBEDDING, EmbeddingsResponse, params)


class ModerationsWithRawResponse:
    """``client.moderations.with_raw_response``."""

    def __init__(self, moderations: Moderations) -> None:
        self.create = to_raw(moderations.create)


class Moderations(Resource[ModerationsWithRawResponse]):
    """``client.moderations``."""

    _raw = ModerationsWithRawResponse

    def create(self, **params: Unpack[_ModerationsArgs]) -> ModerationsResponse:
        """Classify ``input`` (one result per input)."""
        return self._send(api.CREATE_MODERATION, ModerationsResponse, params)


class AsyncModerationsWithRawResponse:
    """``client.moderations.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, moderations: AsyncModerations) -> None:
        self.create = to_async_raw(moderations.create)


class AsyncModerations(AsyncResource[AsyncModerationsWithRawResponse]):
    """``client.moderations`` of ``AsyncAIStats``."""

    _raw = AsyncModerationsWithRawResponse

    async def create(self, **params: Unpack[_ModerationsArgs]) -> ModerationsResponse:
        """Classify ``input`` (one result per input)."""
        return await self._send(api.CREATE_MODERATION, ModerationsResponse, params)


class RerankWithRawResponse:
    """``client.rerank.with_raw_response``."""

    def __init__(self, rerank: Rerank) -> None:
        self.create = to_raw(rerank.create)


class Rerank(Resource[RerankWithRawResponse]):
    """``client.rerank``."""

    _raw = RerankWithRawResponse

    def create(self, **params: Unpack[_RerankArgs]) -> RerankResponse:
        """Score ``documents`` against ``query``, best first."""
        return self._send(api.CREATE_RERANK, RerankResponse, params)


class AsyncRerankWithRawResponse:
    """``client.rerank.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, rerank: AsyncRerank) -> None:
        self.create = to_async_raw(rerank.create)


class AsyncRerank(AsyncResource[AsyncRerankWithRawResponse]):
    """``client.rerank`` of ``AsyncAIStats``."""

    _raw = AsyncRerankWithRawResponse

    async def create(self, **params: Unpack[_RerankArgs]) -> RerankResponse:
        """Score ``documents`` against ``query``, best first."""
        return await self._send(api.CREATE_RERANK, RerankResponse, params)


class ImagesWithRawResponse:
    """``client.images.with_raw_response``."""

    def __init__(self, images: Images) -> None:
        self.generate = to_raw(images.generate)
        self.edit = to_raw(images.edit)


class Images(Resource[ImagesWithRawResponse]):
    """``client.images``."""

    _raw = ImagesWithRawResponse

    def generate(self, **params: Unpack[_ImagesArgs]) -> ImagesResponse:
        """Generate images from ``prompt`` with ``model``."""
        return self._send(api.CREATE_IMAGE, ImagesResponse, params)

    def edit(self, **params: Unpack[_ImagesEditArgs]) -> ImagesResponse:
        """Edit ``image`` (one file, or a list of up to 16) following ``prompt``, inside ``mask`` if given."""
        return self._send(api.CREATE_IMAGE_EDIT, ImagesResponse, params, form=True)


class AsyncImagesWithRawResponse:
    """``client.images.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, images: AsyncImages) -> None:
        self.generate = to_async_raw(images.generate)
        self.edit = to_async_raw(images.edit)


class AsyncImages(AsyncResource[AsyncImagesWithRawResponse]):
    """``client.images`` of ``AsyncAIStats``."""

    _raw = AsyncImagesWithRawResponse

    async def generate(self, **params: Unpack[_ImagesArgs]) -> ImagesResponse:
        """Generate images from ``prompt`` with ``model``."""
        return await self._send(api.CREATE_IMAGE, ImagesResponse, params)

    async def edit(self, **params: Unpack[_ImagesEditArgs]) -> ImagesResponse:
        """Edit ``image`` (files read off the event loop) following ``prompt``."""
        return await self._send(api.CREATE_IMAGE_EDIT, ImagesResponse, params, form=True)


class OcrWithRawResponse:
    """``client.ocr.with_raw_response``."""

    def __init__(self, ocr: Ocr) -> None:
        self.create = to_raw(ocr.create)


class Ocr(Resource[OcrWithRawResponse]):
    """``client.ocr``."""

    _raw = OcrWithRawResponse

    def create(self, **params: Unpack[_OcrArgs]) -> OcrResponse:
        """Read ``document`` (or ``image``) with ``model``: its text as markdown, page by page."""
        return self._send(api.CREATE_OCR, OcrResponse, params)


class AsyncOcrWithRawResponse:
    """``client.ocr.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, ocr: AsyncOcr) -> None:
        self.create = to_async_raw(ocr.create)


class AsyncOcr(AsyncResource[AsyncOcrWithRawResponse]):
    """``client.ocr`` of ``AsyncAIStats``."""

    _raw = AsyncOcrWithRawResponse

    async def create(self, **params: Unpack[_OcrArgs]) -> OcrResponse:
        """Read ``document`` (or ``image``) with ``model``: its text as markdown, page by page."""
        return await self._send(api.CREATE_OCR, OcrResponse, params)

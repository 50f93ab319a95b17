"""Long jobs: ``client.batches``, ``client.videos`` and ``client.music``, sync and async.

Each kind has the OpenAI SDK's verbs plus ``wait`` / ``create_and_wait`` (music:
``generate_and_wait``), run by the one waiting engine (``aistats._jobs``), and batches have
``results()``, their output file streamed line by line as ``BatchResult``s.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Final, TypedDict, TypeVar, Unpack

import httpx

from aistats_generated import api
from aistats_generated.api import Route
from aistats_generated.models import (
    Batch,
    BatchCapabilityList,
    BatchList,
    BatchRequestList,
    JobModelList,
    MusicJob,
    Video,
    VideoDeleted,
    VideoDownloadUrl,
    VideoList,
)

from .._exceptions import AIStatsError, APIStatusError
from .._files import BinaryResponse, Download
from .._jobs.engine import BATCH, MUSIC, VIDEO, JobKind, check_wait_options
from .._jobs.results import AsyncResultStream, ResultStream
from .._jobs.waiting import async_wait, wait
from .._transport.call_loop import acall, call
from .._transport.io import aread_model, read_model
from .._transport.pages import AsyncCursorPager, CursorPager
from .._transport.raw import to_async_raw, to_raw
from .._transport.request import prepare_route
from ._base import AsyncResource, BodyOptions, CallOptions, Resource, _split, araw_page, raw_page


class WaitOptions(TypedDict, total=False):
    """The per-call options of a wait, sent with every poll (each poll keeps the client's
    per-attempt timeout; a wait's own ``timeout`` bounds the whole wait)."""

    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None


class _WaitBodyOptions(WaitOptions, total=False):
    extra_body: Mapping[str, Any] | None


_WAIT_OPTIONS: Final = frozenset(WaitOptions.__optional_keys__)

if TYPE_CHECKING:
    from aistats_generated.api import ListBatchesQuery, ListVideosQuery
    from aistats_generated.models.batch_create_request import BatchCreateRequestParams
    from aistats_generated.models.music_generate_request import MusicGenerateRequestParams
    from aistats_generated.models.video_create_request import VideoCreateRequestParams

    from .._transport.retry import Attempts

    class _CreateBatchArgs(BatchCreateRequestParams, BodyOptions): ...

    class _ListBatchesArgs(ListBatchesQuery, CallOptions): ...

    class _CreateVideoArgs(VideoCreateRequestParams, BodyOptions): ...

    class _ListVideosArgs(ListVideosQuery, CallOptions): ...

    class _GenerateMusicArgs(MusicGenerateRequestParams, BodyOptions): ...

    class _CreateBatchWaitArgs(BatchCreateRequestParams, _WaitBodyOptions): ...

    class _CreateVideoWaitArgs(VideoCreateRequestParams, _WaitBodyOptions): ...

    class _GenerateMusicWaitArgs(MusicGenerateRequestParams, _WaitBodyOptions): ...


__all__ = ["AsyncBatches", "AsyncMusic", "AsyncVideos", "Batches", "Music", "Videos"]

M = TypeVar("M")
RawT = TypeVar("RawT")

NOT_READY_NOTE = "The video is not finished yet: wait for it first (client.videos.wait(id))."


def _check_batch_input(params: Mapping[str, Any]) -> None:
    """A batch comes from a file or from inline requests (with a model), never both or neither."""
    has_file = params.get("input_file_id") is not None
    has_requests = params.get("requests") is not None
    if has_file and has_requests:
        raise AIStatsError("A batch comes from input_file_id or from requests, not both.")
    if not has_file and not has_requests:
        raise AIStatsError(
            "A batch needs input_file_id (an uploaded JSONL file) or requests=[{custom_id, body}]."
        )
    if has_requests and not params.get("model"):
        raise AIStatsError("A batch of inline requests needs model=... (each body is sent to that model).")


def _check_wait(
    timeout: float | None, poll_interval: float | None, on_update: object, options: Mapping[str, Any]
) -> None:
    check_wait_options(timeout, poll_interval, on_update)
    for name in options:
        if name not in _WAIT_OPTIONS:
            raise TypeError(
                f"wait() got an unexpected keyword argument {name!r}: its timeout bounds the whole wait and "
                "each poll keeps the client's per-attempt timeout (it takes extra_headers and extra_query)"
            )


def _check_id(name: str, value: object) -> str:
    if not isinstance(value, str) or not value:
        raise TypeError(f"{name} must be a non-empty string, got {value!r}")
    return value


def _result_file(batch: Batch, errors: bool) -> str | None:
    """The file ``results()`` reads: the output (or error) file, ``None`` when the batch has none."""
    file_id = batch.error_file_id if errors else batch.output_file_id
    if isinstance(file_id, str) and file_id:
        return file_id
    state = batch.lifecycle_status if isinstance(batch.lifecycle_status, str) else None
    if state != "completed":
        raise AIStatsError(
            f"The batch {batch.id} is {state or 'not finished'}; its results exist once it has completed: "
            f"wait for it with client.batches.wait({batch.id!r})."
        )
    return None


def _with_headers(
    read: Callable[[httpx.Response, Attempts], M],
) -> Callable[[httpx.Response, Attempts], tuple[M, httpx.Headers]]:
    def on_success(response: httpx.Response, attempts: Attempts) -> tuple[M, httpx.Headers]:
        return read(response, attempts), response.headers

    return on_success


def _a_with_headers(
    read: Callable[[httpx.Response, Attempts], Awaitable[M]],
) -> Callable[[httpx.Response, Attempts], Awaitable[tuple[M, httpx.Headers]]]:
    async def on_success(response: httpx.Response, attempts: Attempts) -> tuple[M, httpx.Headers]:
        return await read(response, attempts), response.headers

    return on_success


def _keep_open(response: httpx.Response, attempts: Attempts) -> httpx.Response:
    return response


async def _akeep_open(response: httpx.Response, attempts: Attempts) -> httpx.Response:
    return response


@contextmanager
def _video_content(video_id: str) -> Iterator[dict[str, str]]:
    """The path of a video's content route; its 409 ``not_ready`` says to wait for the video first."""
    path = {"video_id": _check_id("video_id", video_id)}
    try:
        yield path
    except APIStatusError as error:
        if error.code == "not_ready":
            error.add_note(NOT_READY_NOTE)
        raise


class _Jobs(Resource[RawT]):
    """What the sync job resources share: a poll with its headers, a wait, a body kept open."""

    _kind: JobKind
    _retrieve: Route
    _reply: type[Any]

    def _poll(self, job_id: str, options: Mapping[str, Any]) -> tuple[Any, httpx.Headers]:
        _, _, opts = _split(self._retrieve, options)
        path = {self._retrieve.path_params[0]: job_id}
        prepared = prepare_route(self._client._config, self._retrieve, path=path, **opts)
        return call(self._client, prepared, _with_headers(read_model(self._reply)))

    def _wait(
        self,
        job_id: str,
        *,
        timeout: float | None,
        poll_interval: float | None,
        on_update: Callable[[Any], object] | None,
        options: Mapping[str, Any],
        first: Any = None,
    ) -> Any:
        _check_id(self._retrieve.path_params[0], job_id)
        _check_wait(timeout, poll_interval, on_update, options)
        return wait(
            self._kind,
            job_id,
            lambda: self._poll(job_id, options),
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
            first=first,
        )

    def _wait_created(
        self,
        created: Any,
        params: Mapping[str, Any],
        *,
        timeout: float | None,
        poll_interval: float | None,
        on_update: Callable[[Any], object] | None,
    ) -> Any:
        """``_wait`` for a job just made from ``params`` (its wait options go on to each poll),
        starting from the snapshot its creation returned."""
        options = {k: v for k, v in params.items() if k in _WAIT_OPTIONS}
        return self._wait(
            created.id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
            options=options,
            first=created,
        )

    def _open(
        self,
        route: Route,
        path: Mapping[str, str],
        options: Mapping[str, Any],
        on_success: Callable[[httpx.Response, Attempts], Any] = _keep_open,
    ) -> Any:
        _, _, opts = _split(route, options)
        prepared = prepare_route(self._client._config, route, path=path, **opts)
        return call(self._client, prepared, on_success)


class _AsyncJobs(AsyncResource[RawT]):
    """``_Jobs`` for ``AsyncAIStats``."""

    _kind: JobKind
    _retrieve: Route
    _reply: type[Any]

    async def _poll(self, job_id: str, options: Mapping[str, Any]) -> tuple[Any, httpx.Headers]:
        _, _, opts = _split(self._retrieve, options)
        path = {self._retrieve.path_params[0]: job_id}
        prepared = prepare_route(self._client._config, self._retrieve, path=path, **opts)
        return await acall(self._client, prepared, _a_with_headers(aread_model(self._reply)))

    async def _wait(
        self,
        job_id: str,
        *,
        timeout: float | None,
        poll_interval: float | None,
        on_update: Callable[[Any], object] | None,
        options: Mapping[str, Any],
        first: Any = None,
    ) -> Any:
        _check_id(self._retrieve.path_params[0], job_id)
        _check_wait(timeout, poll_interval, on_update, options)
        return await async_wait(
            self._kind,
            job_id,
            lambda: self._poll(job_id, options),
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
            first=first,
        )

    async def _wait_created(
        self,
        created: Any,
        params: Mapping[str, Any],
        *,
        timeout: float | None,
        poll_interval: float | None,
        on_update: Callable[[Any], object] | None,
    ) -> Any:
        """Async ``_Jobs._wait_created``."""
        options = {k: v for k, v in params.items() if k in _WAIT_OPTIONS}
        return await self._wait(
            created.id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
            options=options,
            first=created,
        )

    async def _open(
        self,
        route: Route,
        path: Mapping[str, str],
        options: Mapping[str, Any],
        on_success: Callable[[httpx.Response, Attempts], Awaitable[Any]] = _akeep_open,
    ) -> Any:
        _, _, opts = _split(route, options)
        prepared = prepare_route(self._client._config, route, path=path, **opts)
        return await acall(self._client, prepared, on_success)


# --------------------------------------------------------------------------- batches
class BatchesWithRawResponse:
    """``client.batches.with_raw_response`` (``list``: its one page)."""

    def __init__(self, batches: Batches) -> None:
        self.create = to_raw(batches.create)
        self.retrieve = to_raw(batches.retrieve)
        self.list = raw_page(batches.list, BatchList)
        self.cancel = to_raw(batches.cancel)
        self.requests = to_raw(batches.requests)
        self.capabilities = to_raw(batches.capabilities)
        self.models = to_raw(batches.models)


class Batches(_Jobs["BatchesWithRawResponse"]):
    """``client.batches``: many requests run by the providers' batch APIs, at batch prices."""

    _raw = BatchesWithRawResponse

    _kind = BATCH
    _retrieve = api.RETRIEVE_BATCH
    _reply = Batch

    def create(self, **params: Unpack[_CreateBatchArgs]) -> Batch:
        """Start a batch from ``input_file_id`` (with ``endpoint``) or inline ``requests`` (with ``model``).
        Not retried once the request may have arrived (a retry could start a second batch)."""
        _check_batch_input(params)
        return self._send(api.CREATE_BATCH, Batch, params)

    def retrieve(self, batch_id: str, **options: Unpack[CallOptions]) -> Batch:
        """The batch now (its ``lifecycle_status``, ``request_counts``, result file ids)."""
        return self._send(api.RETRIEVE_BATCH, Batch, options, path={"batch_id": batch_id})

    def list(self, **query: Unpack[_ListBatchesArgs]) -> CursorPager[Batch]:
        """The workspace's batches, newest first (one page: the gateway has no cursor)."""
        _, _, options = _split(api.LIST_BATCHES, query)
        return CursorPager(
            lambda page: self._send(api.LIST_BATCHES, BatchList, {**page, **options}),
            "data",
            {k: v for k, v in query.items() if k not in options},
        )

    def cancel(self, batch_id: str, **options: Unpack[CallOptions]) -> Batch:
        """Ask the provider to cancel the batch (409 once it has finished)."""
        return self._send(api.CANCEL_BATCH, Batch, options, path={"batch_id": batch_id})

    def requests(self, batch_id: str, **options: Unpack[CallOptions]) -> BatchRequestList:
        """The per-request rows the gateway recorded (empty for file-based batches)."""
        return self._send(api.LIST_BATCH_REQUESTS, BatchRequestList, options, path={"batch_id": batch_id})

    def capabilities(self, **options: Unpack[CallOptions]) -> BatchCapabilityList:
        """The providers that run batches, their endpoints and input modes."""
        return self._send(api.GET_BATCH_CAPABILITIES, BatchCapabilityList, options)

    def models(self, **options: Unpack[CallOptions]) -> JobModelList:
        """The models that can run in a batch."""
        return self._send(api.LIST_BATCH_MODELS, JobModelList, options)

    def wait(
        self,
        batch_id: str,
        *,
        timeout: float | None = BATCH.default_timeout,
        poll_interval: float | None = None,
        on_update: Callable[[Batch], object] | None = None,
        **options: Unpack[WaitOptions],
    ) -> Batch:
        """Poll the batch until it completes (returned) or fails, is cancelled or expires
        (``JobFailedError``); ``timeout`` (default 25 h; ``None``: no limit) bounds the whole
        wait (``JobTimeoutError``); ``on_update(batch)`` sees each change of state or progress."""
        result: Batch = self._wait(
            batch_id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
            options=options,
        )
        return result

    def create_and_wait(
        self,
        *,
        timeout: float | None = BATCH.default_timeout,
        poll_interval: float | None = None,
        on_update: Callable[[Batch], object] | None = None,
        **params: Unpack[_CreateBatchWaitArgs],
    ) -> Batch:
        """``create(**params)``, then ``wait`` for it (``timeout`` counts from the creation)."""
        check_wait_options(timeout, poll_interval, on_update)
        created = self.create(**params)
        result: Batch = self._wait_created(
            created, params, timeout=timeout, poll_interval=poll_interval, on_update=on_update
        )
        return result

    def results(
        self, batch: Batch | str, *, errors: bool = False, **options: Unpack[CallOptions]
    ) -> ResultStream:
        """The batch's output file (``errors=True``: its error file), one ``BatchResult`` per
        line, streamed: ``with client.batches.results(batch) as results: for r in results: ...``.
        Given an id, the batch is retrieved first."""
        if not isinstance(batch, Batch):
            _check_id("batch", batch)

        def open_file() -> httpx.Response | None:
            found = batch if isinstance(batch, Batch) else self.retrieve(batch, **options)
            file_id = _result_file(found, errors)
            if file_id is None:
                return None
            response: httpx.Response = self._open(api.GET_FILE_CONTENT, {"file_id": file_id}, options)
            return response

        return ResultStream(open_file)


class AsyncBatchesWithRawResponse:
    """``client.batches.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, batches: AsyncBatches) -> None:
        self.create = to_async_raw(batches.create)
        self.retrieve = to_async_raw(batches.retrieve)
        self.list = araw_page(batches.list, BatchList)
        self.cancel = to_async_raw(batches.cancel)
        self.requests = to_async_raw(batches.requests)
        self.capabilities = to_async_raw(batches.capabilities)
        self.models = to_async_raw(batches.models)


class AsyncBatches(_AsyncJobs["AsyncBatchesWithRawResponse"]):
    """``client.batches`` of ``AsyncAIStats``."""

    _raw = AsyncBatchesWithRawResponse

    _kind = BATCH
    _retrieve = api.RETRIEVE_BATCH
    _reply = Batch

    async def create(self, **params: Unpack[_CreateBatchArgs]) -> Batch:
        """Start a batch from ``input_file_id`` or inline ``requests`` (with ``model``)."""
        _check_batch_input(params)
        return await self._send(api.CREATE_BATCH, Batch, params)

    async def retrieve(self, batch_id: str, **options: Unpack[CallOptions]) -> Batch:
        """The batch now."""
        return await self._send(api.RETRIEVE_BATCH, Batch, options, path={"batch_id": batch_id})

    def list(self, **query: Unpack[_ListBatchesArgs]) -> AsyncCursorPager[Batch]:
        """The workspace's batches (``async for``)."""
        _, _, options = _split(api.LIST_BATCHES, query)
        return AsyncCursorPager(
            lambda page: self._send(api.LIST_BATCHES, BatchList, {**page, **options}),
            "data",
            {k: v for k, v in query.items() if k not in options},
        )

    async def cancel(self, batch_id: str, **options: Unpack[CallOptions]) -> Batch:
        """Ask the provider to cancel the batch."""
        return await self._send(api.CANCEL_BATCH, Batch, options, path={"batch_id": batch_id})

    async def requests(self, batch_id: str, **options: Unpack[CallOptions]) -> BatchRequestList:
        """The per-request rows the gateway recorded."""
        return await self._send(
            api.LIST_BATCH_REQUESTS, BatchRequestList, options, path={"batch_id": batch_id}
        )

    async def capabilities(self, **options: Unpack[CallOptions]) -> BatchCapabilityList:
        """The providers that run batches."""
        return await self._send(api.GET_BATCH_CAPABILITIES, BatchCapabilityList, options)

    async def models(self, **options: Unpack[CallOptions]) -> JobModelList:
        """The models that can run in a batch."""
        return await self._send(api.LIST_BATCH_MODELS, JobModelList, options)

    async def wait(
        self,
        batch_id: str,
        *,
        timeout: float | None = BATCH.default_timeout,
        poll_interval: float | None = None,
        on_update: Callable[[Batch], object] | None = None,
        **options: Unpack[WaitOptions],
    ) -> Batch:
        """Async ``Batches.wait`` (``on_update`` may be a coroutine function)."""
        result: Batch = await self._wait(
            batch_id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
            options=options,
        )
        return result

    async def create_and_wait(
        self,
        *,
        timeout: float | None = BATCH.default_timeout,
        poll_interval: float | None = None,
        on_update: Callable[[Batch], object] | None = None,
        **params: Unpack[_CreateBatchWaitArgs],
    ) -> Batch:
        """``create(**params)``, then ``wait`` for it."""
        check_wait_options(timeout, poll_interval, on_update)
        created = await self.create(**params)
        result: Batch = await self._wait_created(
            created, params, timeout=timeout, poll_interval=poll_interval, on_update=on_update
        )
        return result

    def results(
        self, batch: Batch | str, *, errors: bool = False, **options: Unpack[CallOptions]
    ) -> AsyncResultStream:
        """``async with client.batches.results(batch) as results: async for r in results: ...``."""
        if not isinstance(batch, Batch):
            _check_id("batch", batch)

        async def open_file() -> httpx.Response | None:
            found = batch if isinstance(batch, Batch) else await self.retrieve(batch, **options)
            file_id = _result_file(found, errors)
            if file_id is None:
                return None
            response: httpx.Response = await self._open(api.GET_FILE_CONTENT, {"file_id": file_id}, options)
            return response

        return AsyncResultStream(open_file)


# --------------------------------------------------------------------------- videos
class VideosWithRawResponse:
    """``client.videos.with_raw_response`` (``list``: its first page)."""

    def __init__(self, videos: Videos) -> None:
        self.create = to_raw(videos.create)
        self.retrieve = to_raw(videos.retrieve)
        self.list = raw_page(videos.list, VideoList)
        self.delete = to_raw(videos.delete)
        self.models = to_raw(videos.models)
        self.download_url = to_raw(videos.download_url)
        self.content = to_raw(videos.content)
        self.download = to_raw(videos.download)


class Videos(_Jobs["VideosWithRawResponse"]):
    """``client.videos``: video generation jobs."""

    _raw = VideosWithRawResponse

    _kind = VIDEO
    _retrieve = api.RETRIEVE_VIDEO
    _reply = Video

    def create(self, **params: Unpack[_CreateVideoArgs]) -> Video:
        """Start a video job (its id: the gateway request id). Not retried once it may have arrived."""
        return self._send(api.CREATE_VIDEO, Video, params)

    def retrieve(self, video_id: str, **options: Unpack[CallOptions]) -> Video:
        """The job now (``lifecycle_status``, ``progress``, ``poll_after_seconds``)."""
        return self._send(api.RETRIEVE_VIDEO, Video, options, path={"video_id": video_id})

    def list(self, **query: Unpack[_ListVideosArgs]) -> CursorPager[Video]:
        """The workspace's video jobs, fetched page by page (``after``) as you iterate."""
        _, _, options = _split(api.LIST_VIDEOS, query)
        return CursorPager(
            lambda page: self._send(api.LIST_VIDEOS, VideoList, {**page, **options}),
            "data",
            {k: v for k, v in query.items() if k not in options},
        )

    def delete(self, video_id: str, **options: Unpack[CallOptions]) -> VideoDeleted:
        """Delete a finished video."""
        return self._send(api.DELETE_VIDEO, VideoDeleted, options, path={"video_id": video_id})

    def models(self, **options: Unpack[CallOptions]) -> JobModelList:
        """The video models, their parameters and providers."""
        return self._send(api.LIST_VIDEO_MODELS, JobModelList, options)

    def download_url(
        self, video_id: str, *, ttl_seconds: int | None = None, **options: Unpack[BodyOptions]
    ) -> VideoDownloadUrl:
        """A signed link to the finished video that needs no key (``ttl_seconds`` 60-3600)."""
        body = {} if ttl_seconds is None else {"ttl_seconds": ttl_seconds}
        return self._send(
            api.CREATE_VIDEO_DOWNLOAD_URL, VideoDownloadUrl, {**options, **body}, path={"video_id": video_id}
        )

    def content(self, video_id: str, **options: Unpack[CallOptions]) -> BinaryResponse:
        """The finished video, read into memory (``download`` streams it to a file).
        Before it is finished: ``ConflictError`` (code ``not_ready``), not retried."""
        with _video_content(video_id) as path:
            return self._binary(api.GET_VIDEO_CONTENT, options, path=path)

    def download(
        self, video_id: str, *, to: str | os.PathLike[str], **options: Unpack[CallOptions]
    ) -> Download:
        """Stream the finished video to ``to`` (through ``<name>.part``, renamed into place; a
        dropped connection resumes with ``Range``)."""
        with _video_content(video_id) as path:
            return self._download(api.GET_VIDEO_CONTENT, options, to, path=path)

    def wait(
        self,
        video_id: str,
        *,
        timeout: float | None = VIDEO.default_timeout,
        poll_interval: float | None = None,
        on_update: Callable[[Video], object] | None = None,
        **options: Unpack[WaitOptions],
    ) -> Video:
        """Poll the video until it completes (returned) or fails (``JobFailedError``); ``timeout``
        (default 30 min; ``None``: no limit) bounds the whole wait (``JobTimeoutError``)."""
        result: Video = self._wait(
            video_id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
            options=options,
        )
        return result

    def create_and_wait(
        self,
        *,
        timeout: float | None = VIDEO.default_timeout,
        poll_interval: float | None = None,
        on_update: Callable[[Video], object] | None = None,
        **params: Unpack[_CreateVideoWaitArgs],
    ) -> Video:
        """``create(**params)``, then ``wait`` for it."""
        check_wait_options(timeout, poll_interval, on_update)
        created = self.create(**params)
        result: Video = self._wait_created(
            created, params, timeout=timeout, poll_interval=poll_interval, on_update=on_update
        )
        return result


class AsyncVideosWithRawResponse:
    """``client.videos.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, videos: AsyncVideos) -> None:
        self.create = to_async_raw(videos.create)
        self.retrieve = to_async_raw(videos.retrieve)
        self.list = araw_page(videos.list, VideoList)
        self.delete = to_async_raw(videos.delete)
        self.models = to_async_raw(videos.models)
        self.download_url = to_async_raw(videos.download_url)
        self.content = to_async_raw(videos.content)
        self.download = to_async_raw(videos.download)


class AsyncVideos(_AsyncJobs["AsyncVideosWithRawResponse"]):
    """``client.videos`` of ``AsyncAIStats``."""

    _raw = AsyncVideosWithRawResponse

    _kind = VIDEO
    _retrieve = api.RETRIEVE_VIDEO
    _reply = Video

    async def create(self, **params: Unpack[_CreateVideoArgs]) -> Video:
        """Start a video job."""
        return await self._send(api.CREATE_VIDEO, Video, params)

    async def retrieve(self, video_id: str, **options: Unpack[CallOptions]) -> Video:
        """The job now."""
        return await self._send(api.RETRIEVE_VIDEO, Video, options, path={"video_id": video_id})

    def list(self, **query: Unpack[_ListVideosArgs]) -> AsyncCursorPager[Video]:
        """The workspace's video jobs (``async for``)."""
        _, _, options = _split(api.LIST_VIDEOS, query)
        return AsyncCursorPager(
            lambda page: self._send(api.LIST_VIDEOS, VideoList, {**page, **options}),
            "data",
            {k: v for k, v in query.items() if k not in options},
        )

    async def delete(self, video_id: str, **options: Unpack[CallOptions]) -> VideoDeleted:
        """Delete a finished video."""
        return await self._send(api.DELETE_VIDEO, VideoDeleted, options, path={"video_id": video_id})

    async def models(self, **options: Unpack[CallOptions]) -> JobModelList:
        """The video models."""
        return await self._send(api.LIST_VIDEO_MODELS, JobModelList, options)

    async def download_url(
        self, video_id: str, *, ttl_seconds: int | None = None, **options: Unpack[BodyOptions]
    ) -> VideoDownloadUrl:
        """A signed link to the finished video."""
        body = {} if ttl_seconds is None else {"ttl_seconds": ttl_seconds}
        return await self._send(
            api.CREATE_VIDEO_DOWNLOAD_URL, VideoDownloadUrl, {**options, **body}, path={"video_id": video_id}
        )

    async def content(self, video_id: str, **options: Unpack[CallOptions]) -> BinaryResponse:
        """The finished video, read into memory."""
        with _video_content(video_id) as path:
            return await self._binary(api.GET_VIDEO_CONTENT, options, path=path)

    async def download(
        self, video_id: str, *, to: str | os.PathLike[str], **options: Unpack[CallOptions]
    ) -> Download:
        """Stream the finished video to ``to`` (written from a worker thread, off the event loop)."""
        with _video_content(video_id) as path:
            return await self._download(api.GET_VIDEO_CONTENT, options, to, path=path)

    async def wait(
        self,
        video_id: str,
        *,
        timeout: float | None = VIDEO.default_timeout,
        poll_interval: float | None = None,
        on_update: Callable[[Video], object] | None = None,
        **options: Unpack[WaitOptions],
    ) -> Video:
        """Async ``Videos.wait``."""
        result: Video = await self._wait(
            video_id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
            options=options,
        )
        return result

    async def create_and_wait(
        self,
        *,
        timeout: float | None = VIDEO.default_timeout,
        poll_interval: float | None = None,
        on_update: Callable[[Video], object] | None = None,
        **params: Unpack[_CreateVideoWaitArgs],
    ) -> Video:
        """``create(**params)``, then ``wait`` for it."""
        check_wait_options(timeout, poll_interval, on_update)
        created = await self.create(**params)
        result: Video = await self._wait_created(
            created, params, timeout=timeout, poll_interval=poll_interval, on_update=on_update
        )
        return result


# --------------------------------------------------------------------------- music
class MusicWithRawResponse:
    """``client.music.with_raw_response``."""

    def __init__(self, music: Music) -> None:
        self.generate = to_raw(music.generate)
        self.retrieve = to_raw(music.retrieve)


class Music(_Jobs["MusicWithRawResponse"]):
    """``client.music``: music generation jobs (the gateway answers 501 today)."""

    _raw = MusicWithRawResponse

    _kind = MUSIC
    _retrieve = api.RETRIEVE_MUSIC
    _reply = MusicJob

    def generate(self, **params: Unpack[_GenerateMusicArgs]) -> MusicJob:
        """Start a music job. Not retried once the request may have arrived."""
        return self._send(api.GENERATE_MUSIC, MusicJob, params)

    def retrieve(self, music_id: str, **options: Unpack[CallOptions]) -> MusicJob:
        """The music job now."""
        return self._send(api.RETRIEVE_MUSIC, MusicJob, options, path={"music_id": music_id})

    def wait(
        self,
        music_id: str,
        *,
        timeout: float | None = MUSIC.default_timeout,
        poll_interval: float | None = None,
        on_update: Callable[[MusicJob], object] | None = None,
        **options: Unpack[WaitOptions],
    ) -> MusicJob:
        """Poll the job until its ``status`` is terminal (see ``Videos.wait``)."""
        result: MusicJob = self._wait(
            music_id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
            options=options,
        )
        return result

    def generate_and_wait(
        self,
        *,
        timeout: float | None = MUSIC.default_timeout,
        poll_interval: float | None = None,
        on_update: Callable[[MusicJob], object] | None = None,
        **params: Unpack[_GenerateMusicWaitArgs],
    ) -> MusicJob:
        """``generate(**params)``, then ``wait`` for it."""
        check_wait_options(timeout, poll_interval, on_update)
        created = self.generate(**params)
        result: MusicJob = self._wait_created(
            created, params, timeout=timeout, poll_interval=poll_interval, on_update=on_update
        )
        return result


class AsyncMusicWithRawResponse:
    """``client.music.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, music: AsyncMusic) -> None:
        self.generate = to_async_raw(music.generate)
        self.retrieve = to_async_raw(music.retrieve)


class AsyncMusic(_AsyncJobs["AsyncMusicWithRawResponse"]):
    """``client.music`` of ``AsyncAIStats``."""

    _raw = AsyncMusicWithRawResponse

    _kind = MUSIC
    _retrieve = api.RETRIEVE_MUSIC
    _reply = MusicJob

    async def generate(self, **params: Unpack[_GenerateMusicArgs]) -> MusicJob:
        """Start a music job."""
        return await self._send(api.GENERATE_MUSIC, MusicJob, params)

    async def retrieve(self, music_id: str, **options: Unpack[CallOptions]) -> MusicJob:
        """The music job now."""
        return await self._send(api.RETRIEVE_MUSIC, MusicJob, options, path={"music_id": music_id})

    async def wait(
        self,
        music_id: str,
        *,
        timeout: float | None = MUSIC.default_timeout,
        poll_interval: float | None = None,
        on_update: Callable[[MusicJob], object] | None = None,
        **options: Unpack[WaitOptions],
    ) -> MusicJob:
        """Async ``Music.wait``."""
        result: MusicJob = await self._wait(
            music_id,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
            options=options,
        )
        return result

    async def generate_and_wait(
        self,
        *,
        timeout: float | None = MUSIC.default_timeout,
        poll_interval: float | None = None,
        on_update: Callable[[MusicJob], object] | None = None,
        **params: Unpack[_GenerateMusicWaitArgs],
    ) -> MusicJob:
        """``generate(**params)``, then ``wait`` for it."""
        check_wait_options(timeout, poll_interval, on_update)
        created = await self.generate(**params)
        result: MusicJob = await self._wait_created(
            created, params, timeout=timeout, poll_interval=poll_interval, on_update=on_update
        )
        return result

"""``client.files``: upload, retrieve and download files (a batch's input and output), sync and async.

``create`` sends a multipart form (``aistats._files``); a success creates a file, so it is retried
only when the request surely did not arrive or the server asked for it (``Route.creates``).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Unpack

from aistats_generated import api
from aistats_generated.models import FileObject

from .._files import BinaryResponse, Download
from .._transport.raw import to_async_raw, to_raw
from ._base import AsyncResource, BodyOptions, CallOptions, Resource

if TYPE_CHECKING:
    from aistats_generated.api import CreateFileQuery, GetFileContentQuery, GetFileQuery
    from aistats_generated.models.file_upload_request import FileUploadRequestParams

    class _CreateArgs(FileUploadRequestParams, CreateFileQuery, BodyOptions): ...

    class _GetArgs(GetFileQuery, CallOptions): ...

    class _ContentArgs(GetFileContentQuery, CallOptions): ...


__all__ = ["AsyncFiles", "AsyncFilesWithRawResponse", "Files", "FilesWithRawResponse"]


class FilesWithRawResponse:
    """``client.files.with_raw_response``."""

    def __init__(self, files: Files) -> None:
        self.create = to_raw(files.create)
        self.retrieve = to_raw(files.retrieve)
        self.content = to_raw(files.content)
        self.download = to_raw(files.download)


class Files(Resource[FilesWithRawResponse]):
    """``client.files``."""

    _raw = FilesWithRawResponse

    def create(self, **params: Unpack[_CreateArgs]) -> FileObject:
        """Upload ``file`` (a path, a binary file with a name, or ``(filename, data)``) for ``purpose``."""
        return self._send(api.CREATE_FILE, FileObject, params, form=True)

    def retrieve(self, file_id: str, **options: Unpack[_GetArgs]) -> FileObject:
        """The record of a file this workspace uploaded through the gateway."""
        return self._send(api.GET_FILE, FileObject, options, path={"file_id": file_id})

    def content(self, file_id: str, **options: Unpack[_ContentArgs]) -> BinaryResponse:
        """The file's bytes, read into memory (``download`` streams them to disk instead)."""
        return self._binary(api.GET_FILE_CONTENT, options, path={"file_id": file_id})

    def download(
        self, file_id: str, *, to: str | os.PathLike[str], **options: Unpack[_ContentArgs]
    ) -> Download:
        """Stream the file's bytes to ``to`` (via ``<name>.part``, renamed when complete)."""
        return self._download(api.GET_FILE_CONTENT, options, to, path={"file_id": file_id})


class AsyncFilesWithRawResponse:
    """``client.files.with_raw_response`` of ``AsyncAIStats``."""

    def __init__(self, files: AsyncFiles) -> None:
        self.create = to_async_raw(files.create)
        self.retrieve = to_async_raw(files.retrieve)
        self.content = to_async_raw(files.content)
        self.download = to_async_raw(files.download)


class AsyncFiles(AsyncResource[AsyncFilesWithRawResponse]):
    """``client.files`` of ``AsyncAIStats``."""

    _raw = AsyncFilesWithRawResponse

    async def create(self, **params: Unpack[_CreateArgs]) -> FileObject:
        """Upload ``file`` (read off the event loop) for ``purpose``."""
        return await self._send(api.CREATE_FILE, FileObject, params, form=True)

    async def retrieve(self, file_id: str, **options: Unpack[_GetArgs]) -> FileObject:
        """The record of a file this workspace uploaded through the gateway."""
        return await self._send(api.GET_FILE, FileObject, options, path={"file_id": file_id})

    async def content(self, file_id: str, **options: Unpack[_ContentArgs]) -> BinaryResponse:
        """The file's bytes, read into memory."""
        return await self._binary(api.GET_FILE_CONTENT, options, path={"file_id": file_id})

    async def download(
        self, file_id: str, *, to: str | os.PathLike[str], **options: Unpack[_ContentArgs]
    ) -> Download:
        """Stream the file's bytes to ``to`` (written off the event loop)."""
        return await self._download(api.GET_FILE_CONTENT, options, to, path={"file_id": file_id})

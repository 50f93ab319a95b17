from __future__ import annotations

import json as _json
import warnings as _warnings
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Video")


@_attrs_define
class Video:
    """A video job. `lifecycle_status` is `pending | running | completed | failed | cancelled | expired`; `progress` 0-100;
    `poll_after_seconds` the gateway's hint for the next poll.

    """

    id: str
    object: str | None = None
    request_id: str | None = None
    model: None | str = None
    status: str | None = None
    """ `queued`, `processing`, `completed`, `failed`. """
    lifecycle_status: str | None = None
    progress: float | None = None
    progress_source: None | str = None
    poll_after_seconds: float | None = None
    created_at: int | None | str = None
    completed_at: int | None | str = None
    expires_at: int | None | str = None
    error: Any | None = None
    seconds: int | None | str = None
    size: None | str = None
    provider: None | str = None
    native_video_id: None | str = None
    polling_url: None | str = None
    websocket_url: None | str = None
    content_url: None | str = None
    download_url: None | str = None
    outputs: list[Any] | None = None
    usage: Any | None = None
    billing: JobBilling | None = None
    started_at: int | None | str = None
    generation_id: None | str = None
    """ The gateway's generation record of the job (its id today). """
    cancel_url: None | str = None
    output_access: None | str = None
    """ How the video can be fetched: `bytes` (content_url), `signed_url` or `both`. """
    asset: None | VideoAssetType0 = None
    audio: bool | None = None
    """ Whether the video has sound (null when the provider does not say). """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def object_(self) -> str | None:
        """Deprecated spelling of ``object`` (removed in 0.4)."""
        _warnings.warn("`Video.object_` is deprecated, use `.object`", DeprecationWarning, stacklevel=2)
        return self.object

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        object_ = self.object
        if object_ is not None:
            field_dict["object"] = object_
        elif self._nulls_ & 1:
            field_dict["object"] = None
        request_id = self.request_id
        if request_id is not None:
            field_dict["requestId"] = request_id
        elif self._nulls_ & 2:
            field_dict["requestId"] = None
        model = self.model
        if model is not None:
            field_dict["model"] = model
        elif self._nulls_ & 4:
            field_dict["model"] = None
        status = self.status
        if status is not None:
            field_dict["status"] = status
        elif self._nulls_ & 8:
            field_dict["status"] = None
        lifecycle_status = self.lifecycle_status
        if lifecycle_status is not None:
            field_dict["lifecycle_status"] = lifecycle_status
        elif self._nulls_ & 16:
            field_dict["lifecycle_status"] = None
        progress = self.progress
        if progress is not None:
            field_dict["progress"] = progress
        elif self._nulls_ & 32:
            field_dict["progress"] = None
        progress_source = self.progress_source
        if progress_source is not None:
            field_dict["progress_source"] = progress_source
        elif self._nulls_ & 64:
            field_dict["progress_source"] = None
        poll_after_seconds = self.poll_after_seconds
        if poll_after_seconds is not None:
            field_dict["poll_after_seconds"] = poll_after_seconds
        elif self._nulls_ & 128:
            field_dict["poll_after_seconds"] = None
        created_at = self.created_at
        if created_at is not None:
            field_dict["created_at"] = created_at
        elif self._nulls_ & 256:
            field_dict["created_at"] = None
        completed_at = self.completed_at
        if completed_at is not None:
            field_dict["completed_at"] = completed_at
        elif self._nulls_ & 512:
            field_dict["completed_at"] = None
        expires_at = self.expires_at
        if expires_at is not None:
            field_dict["expires_at"] = expires_at
        elif self._nulls_ & 1024:
            field_dict["expires_at"] = None
        error = self.error
        if error is not None:
            field_dict["error"] = error
        elif self._nulls_ & 2048:
            field_dict["error"] = None
        seconds = self.seconds
        if seconds is not None:
            field_dict["seconds"] = seconds
        elif self._nulls_ & 4096:
            field_dict["seconds"] = None
        size = self.size
        if size is not None:
            field_dict["size"] = size
        elif self._nulls_ & 8192:
            field_dict["size"] = None
        provider = self.provider
        if provider is not None:
            field_dict["provider"] = provider
        elif self._nulls_ & 16384:
            field_dict["provider"] = None
        native_video_id = self.native_video_id
        if native_video_id is not None:
            field_dict["native_video_id"] = native_video_id
        elif self._nulls_ & 32768:
            field_dict["native_video_id"] = None
        polling_url = self.polling_url
        if polling_url is not None:
            field_dict["polling_url"] = polling_url
        elif self._nulls_ & 65536:
            field_dict["polling_url"] = None
        websocket_url = self.websocket_url
        if websocket_url is not None:
            field_dict["websocket_url"] = websocket_url
        elif self._nulls_ & 131072:
            field_dict["websocket_url"] = None
        content_url = self.content_url
        if content_url is not None:
            field_dict["content_url"] = content_url
        elif self._nulls_ & 262144:
            field_dict["content_url"] = None
        download_url = self.download_url
        if download_url is not None:
            field_dict["download_url"] = download_url
        elif self._nulls_ & 524288:
            field_dict["download_url"] = None
        outputs = self.outputs
        if outputs is not None:
            field_dict["outputs"] = outputs
        elif self._nulls_ & 1048576:
            field_dict["outputs"] = None
        usage = self.usage
        if usage is not None:
            field_dict["usage"] = usage
        elif self._nulls_ & 2097152:
            field_dict["usage"] = None
        billing = self.billing
        if billing is not None:
            if isinstance(billing, JobBilling):
                field_dict["billing"] = billing.to_dict()
            else:
                field_dict["billing"] = billing
        elif self._nulls_ & 4194304:
            field_dict["billing"] = None
        started_at = self.started_at
        if started_at is not None:
            field_dict["started_at"] = started_at
        elif self._nulls_ & 8388608:
            field_dict["started_at"] = None
        generation_id = self.generation_id
        if generation_id is not None:
            field_dict["generation_id"] = generation_id
        elif self._nulls_ & 16777216:
            field_dict["generation_id"] = None
        cancel_url = self.cancel_url
        if cancel_url is not None:
            field_dict["cancel_url"] = cancel_url
        elif self._nulls_ & 33554432:
            field_dict["cancel_url"] = None
        output_access = self.output_access
        if output_access is not None:
            field_dict["output_access"] = output_access
        elif self._nulls_ & 67108864:
            field_dict["output_access"] = None
        asset = self.asset
        if asset is not None:
            if isinstance(asset, VideoAssetType0):
                field_dict["asset"] = asset.to_dict()
            else:
                field_dict["asset"] = asset
        elif self._nulls_ & 134217728:
            field_dict["asset"] = None
        audio = self.audio
        if audio is not None:
            field_dict["audio"] = audio
        elif self._nulls_ & 268435456:
            field_dict["audio"] = None

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = {**src_dict}
        except TypeError:  # not a mapping: what dict() makes of it (pairs), or its error
            d = dict(src_dict)
        nulls_ = 0
        id = d.pop("id")

        if d:
            object_ = d.pop("object", None)
            if object_ is None and "object" in src_dict:
                nulls_ |= 1
        else:
            object_ = None

        if d:
            request_id = d.pop("requestId", None)
            if request_id is None and "requestId" in src_dict:
                nulls_ |= 2
        else:
            request_id = None

        if d:
            model = d.pop("model", None)
            if model is None and "model" in src_dict:
                nulls_ |= 4
        else:
            model = None

        if d:
            status = d.pop("status", None)
            if status is None and "status" in src_dict:
                nulls_ |= 8
        else:
            status = None

        if d:
            lifecycle_status = d.pop("lifecycle_status", None)
            if lifecycle_status is None and "lifecycle_status" in src_dict:
                nulls_ |= 16
        else:
            lifecycle_status = None

        if d:
            progress = d.pop("progress", None)
            if progress is None and "progress" in src_dict:
                nulls_ |= 32
        else:
            progress = None

        if d:
            progress_source = d.pop("progress_source", None)
            if progress_source is None and "progress_source" in src_dict:
                nulls_ |= 64
        else:
            progress_source = None

        if d:
            poll_after_seconds = d.pop("poll_after_seconds", None)
            if poll_after_seconds is None and "poll_after_seconds" in src_dict:
                nulls_ |= 128
        else:
            poll_after_seconds = None

        if d:
            created_at = d.pop("created_at", None)
            if created_at is None and "created_at" in src_dict:
                nulls_ |= 256
        else:
            created_at = None

        if d:
            completed_at = d.pop("completed_at", None)
            if completed_at is None and "completed_at" in src_dict:
                nulls_ |= 512
        else:
            completed_at = None

        if d:
            expires_at = d.pop("expires_at", None)
            if expires_at is None and "expires_at" in src_dict:
                nulls_ |= 1024
        else:
            expires_at = None

        if d:
            error = d.pop("error", None)
            if error is None and "error" in src_dict:
                nulls_ |= 2048
        else:
            error = None

        if d:
            seconds = d.pop("seconds", None)
            if seconds is None and "seconds" in src_dict:
                nulls_ |= 4096
        else:
            seconds = None

        if d:
            size = d.pop("size", None)
            if size is None and "size" in src_dict:
                nulls_ |= 8192
        else:
            size = None

        if d:
            provider = d.pop("provider", None)
            if provider is None and "provider" in src_dict:
                nulls_ |= 16384
        else:
            provider = None

        if d:
            native_video_id = d.pop("native_video_id", None)
            if native_video_id is None and "native_video_id" in src_dict:
                nulls_ |= 32768
        else:
            native_video_id = None

        if d:
            polling_url = d.pop("polling_url", None)
            if polling_url is None and "polling_url" in src_dict:
                nulls_ |= 65536
        else:
            polling_url = None

        if d:
            websocket_url = d.pop("websocket_url", None)
            if websocket_url is None and "websocket_url" in src_dict:
                nulls_ |= 131072
        else:
            websocket_url = None

        if d:
            content_url = d.pop("content_url", None)
            if content_url is None and "content_url" in src_dict:
                nulls_ |= 262144
        else:
            content_url = None

        if d:
            download_url = d.pop("download_url", None)
            if download_url is None and "download_url" in src_dict:
                nulls_ |= 524288
        else:
            download_url = None

        if d:
            outputs = d.pop("outputs", None)
            if outputs is None and "outputs" in src_dict:
                nulls_ |= 1048576
        else:
            outputs = None

        if d:
            usage = d.pop("usage", None)
            if usage is None and "usage" in src_dict:
                nulls_ |= 2097152
        else:
            usage = None

        billing: JobBilling | None = None
        if d:
            _billing = d.pop("billing", None)
            if _billing is None:
                if "billing" in src_dict:
                    nulls_ |= 4194304
            else:
                billing = _parse_billing(_billing)

        if d:
            started_at = d.pop("started_at", None)
            if started_at is None and "started_at" in src_dict:
                nulls_ |= 8388608
        else:
            started_at = None

        if d:
            generation_id = d.pop("generation_id", None)
            if generation_id is None and "generation_id" in src_dict:
                nulls_ |= 16777216
        else:
            generation_id = None

        if d:
            cancel_url = d.pop("cancel_url", None)
            if cancel_url is None and "cancel_url" in src_dict:
                nulls_ |= 33554432
        else:
            cancel_url = None

        if d:
            output_access = d.pop("output_access", None)
            if output_access is None and "output_access" in src_dict:
                nulls_ |= 67108864
        else:
            output_access = None

        asset: None | VideoAssetType0 = None
        if d:
            _asset = d.pop("asset", None)
            if _asset is None:
                if "asset" in src_dict:
                    nulls_ |= 134217728
            else:
                asset = _parse_asset(_asset)

        if d:
            audio = d.pop("audio", None)
            if audio is None and "audio" in src_dict:
                nulls_ |= 268435456
        else:
            audio = None

        if cls is Video:
            new_instance_ = _object_new_(cls)
            new_instance_.id = id
            new_instance_.object = object_
            new_instance_.request_id = request_id
            new_instance_.model = model
            new_instance_.status = status
            new_instance_.lifecycle_status = lifecycle_status
            new_instance_.progress = progress
            new_instance_.progress_source = progress_source
            new_instance_.poll_after_seconds = poll_after_seconds
            new_instance_.created_at = created_at
            new_instance_.completed_at = completed_at
            new_instance_.expires_at = expires_at
            new_instance_.error = error
            new_instance_.seconds = seconds
            new_instance_.size = size
            new_instance_.provider = provider
            new_instance_.native_video_id = native_video_id
            new_instance_.polling_url = polling_url
            new_instance_.websocket_url = websocket_url
            new_instance_.content_url = content_url
            new_instance_.download_url = download_url
            new_instance_.outputs = outputs
            new_instance_.usage = usage
            new_instance_.billing = billing
            new_instance_.started_at = started_at
            new_instance_.generation_id = generation_id
            new_instance_.cancel_url = cancel_url
            new_instance_.output_access = output_access
            new_instance_.asset = asset
            new_instance_.audio = audio
        else:
            new_instance_ = cls(
                id=id,
                object=object_,
                request_id=request_id,
                model=model,
                status=status,
                lifecycle_status=lifecycle_status,
                progress=progress,
                progress_source=progress_source,
                poll_after_seconds=poll_after_seconds,
                created_at=created_at,
                completed_at=completed_at,
                expires_at=expires_at,
                error=error,
                seconds=seconds,
                size=size,
                provider=provider,
                native_video_id=native_video_id,
                polling_url=polling_url,
                websocket_url=websocket_url,
                content_url=content_url,
                download_url=download_url,
                outputs=outputs,
                usage=usage,
                billing=billing,
                started_at=started_at,
                generation_id=generation_id,
                cancel_url=cancel_url,
                output_access=output_access,
                asset=asset,
                audio=audio,
            )

        new_instance_._nulls_ = nulls_
        new_instance_.additional_properties = d
        return new_instance_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _parse_billing(data: object) -> JobBilling | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        billing_type_0 = JobBilling.from_dict(data)

        return billing_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(JobBilling | None, data)


def _parse_asset(data: object) -> None | VideoAssetType0:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        asset_type_0 = VideoAssetType0.from_dict(data)

        return asset_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | VideoAssetType0, data)


class VideoParams(TypedDict, total=False):
    """The JSON object `Video.from_dict` reads (keys as on the wire), for type checkers."""

    id: Required[str]
    object: str
    requestId: str
    model: str | None
    status: str
    """ `queued`, `processing`, `completed`, `failed`. """
    lifecycle_status: str
    progress: float | None
    progress_source: str | None
    poll_after_seconds: float | None
    created_at: int | str | None
    completed_at: int | str | None
    expires_at: int | str | None
    error: Any
    seconds: str | int | None
    size: str | None
    provider: str | None
    native_video_id: str | None
    polling_url: str | None
    websocket_url: str | None
    content_url: str | None
    download_url: str | None
    outputs: Sequence[Any]
    usage: Any
    billing: JobBillingParams | None
    started_at: int | str | None
    generation_id: str | None
    """ The gateway's generation record of the job (its id today). """
    cancel_url: str | None
    output_access: str | None
    """ How the video can be fetched: `bytes` (content_url), `signed_url` or `both`. """
    asset: VideoAssetType0Params | None
    audio: bool | None
    """ Whether the video has sound (null when the provider does not say). """


from ..models.job_billing import JobBilling, JobBillingParams  # noqa: E402
from ..models.video_asset_type_0 import VideoAssetType0, VideoAssetType0Params  # noqa: E402

_object_new_ = object.__new__

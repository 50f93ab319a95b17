from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Video")


@_attrs_define
class Video:
    """A video job. `lifecycle_status` is `pending | running | completed | failed | cancelled | expired`; `progress` 0-100;
    `poll_after_seconds` the gateway's hint for the next poll.

    """

    id: str
    object_: str | Unset = UNSET
    request_id: str | Unset = UNSET
    model: None | str | Unset = UNSET
    status: str | Unset = UNSET
    """ `queued`, `processing`, `completed`, `failed`. """
    lifecycle_status: str | Unset = UNSET
    progress: float | None | Unset = UNSET
    progress_source: None | str | Unset = UNSET
    poll_after_seconds: float | None | Unset = UNSET
    created_at: int | None | str | Unset = UNSET
    completed_at: int | None | str | Unset = UNSET
    expires_at: int | None | str | Unset = UNSET
    error: Any | Unset = UNSET
    seconds: int | None | str | Unset = UNSET
    size: None | str | Unset = UNSET
    provider: None | str | Unset = UNSET
    native_video_id: None | str | Unset = UNSET
    polling_url: None | str | Unset = UNSET
    websocket_url: None | str | Unset = UNSET
    content_url: None | str | Unset = UNSET
    download_url: None | str | Unset = UNSET
    outputs: list[Any] | Unset = UNSET
    usage: Any | Unset = UNSET
    billing: None | Unset | VideoBillingType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        request_id = self.request_id

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        status = self.status

        lifecycle_status = self.lifecycle_status

        progress: float | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        progress_source: None | str | Unset
        if isinstance(self.progress_source, Unset):
            progress_source = UNSET
        else:
            progress_source = self.progress_source

        poll_after_seconds: float | None | Unset
        if isinstance(self.poll_after_seconds, Unset):
            poll_after_seconds = UNSET
        else:
            poll_after_seconds = self.poll_after_seconds

        created_at: int | None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        completed_at: int | None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        expires_at: int | None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        error = self.error

        seconds: int | None | str | Unset
        if isinstance(self.seconds, Unset):
            seconds = UNSET
        else:
            seconds = self.seconds

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        native_video_id: None | str | Unset
        if isinstance(self.native_video_id, Unset):
            native_video_id = UNSET
        else:
            native_video_id = self.native_video_id

        polling_url: None | str | Unset
        if isinstance(self.polling_url, Unset):
            polling_url = UNSET
        else:
            polling_url = self.polling_url

        websocket_url: None | str | Unset
        if isinstance(self.websocket_url, Unset):
            websocket_url = UNSET
        else:
            websocket_url = self.websocket_url

        content_url: None | str | Unset
        if isinstance(self.content_url, Unset):
            content_url = UNSET
        else:
            content_url = self.content_url

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        outputs: list[Any] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = self.outputs

        usage = self.usage

        billing: dict[str, Any] | None | Unset
        if isinstance(self.billing, Unset):
            billing = UNSET
        elif isinstance(self.billing, VideoBillingType0):
            billing = self.billing.to_dict()
        else:
            billing = self.billing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if model is not UNSET:
            field_dict["model"] = model
        if status is not UNSET:
            field_dict["status"] = status
        if lifecycle_status is not UNSET:
            field_dict["lifecycle_status"] = lifecycle_status
        if progress is not UNSET:
            field_dict["progress"] = progress
        if progress_source is not UNSET:
            field_dict["progress_source"] = progress_source
        if poll_after_seconds is not UNSET:
            field_dict["poll_after_seconds"] = poll_after_seconds
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if error is not UNSET:
            field_dict["error"] = error
        if seconds is not UNSET:
            field_dict["seconds"] = seconds
        if size is not UNSET:
            field_dict["size"] = size
        if provider is not UNSET:
            field_dict["provider"] = provider
        if native_video_id is not UNSET:
            field_dict["native_video_id"] = native_video_id
        if polling_url is not UNSET:
            field_dict["polling_url"] = polling_url
        if websocket_url is not UNSET:
            field_dict["websocket_url"] = websocket_url
        if content_url is not UNSET:
            field_dict["content_url"] = content_url
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if usage is not UNSET:
            field_dict["usage"] = usage
        if billing is not UNSET:
            field_dict["billing"] = billing

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET) if d else UNSET

        request_id = d.pop("requestId", UNSET) if d else UNSET

        model: None | str | Unset = d.pop("model", UNSET) if d else UNSET

        status = d.pop("status", UNSET) if d else UNSET

        lifecycle_status = d.pop("lifecycle_status", UNSET) if d else UNSET

        progress: float | None | Unset = d.pop("progress", UNSET) if d else UNSET

        progress_source: None | str | Unset = d.pop("progress_source", UNSET) if d else UNSET

        poll_after_seconds: float | None | Unset = d.pop("poll_after_seconds", UNSET) if d else UNSET

        created_at: int | None | str | Unset = d.pop("created_at", UNSET) if d else UNSET

        completed_at: int | None | str | Unset = d.pop("completed_at", UNSET) if d else UNSET

        expires_at: int | None | str | Unset = d.pop("expires_at", UNSET) if d else UNSET

        error = d.pop("error", UNSET) if d else UNSET

        seconds: int | None | str | Unset = d.pop("seconds", UNSET) if d else UNSET

        size: None | str | Unset = d.pop("size", UNSET) if d else UNSET

        provider: None | str | Unset = d.pop("provider", UNSET) if d else UNSET

        native_video_id: None | str | Unset = d.pop("native_video_id", UNSET) if d else UNSET

        polling_url: None | str | Unset = d.pop("polling_url", UNSET) if d else UNSET

        websocket_url: None | str | Unset = d.pop("websocket_url", UNSET) if d else UNSET

        content_url: None | str | Unset = d.pop("content_url", UNSET) if d else UNSET

        download_url: None | str | Unset = d.pop("download_url", UNSET) if d else UNSET

        outputs = cast(list[Any], (d.pop("outputs", UNSET) if d else UNSET))

        usage = d.pop("usage", UNSET) if d else UNSET

        _billing = d.pop("billing", UNSET) if d else UNSET
        billing = _billing if _billing is None or _billing is UNSET else _parse_billing(_billing)

        if cls is Video:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.id = id
            new_instance_.object_ = object_
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
            video = new_instance_
        else:
            video = cls(
                id=id,
                object_=object_,
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
            )

        video.additional_properties = d
        return video

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


def _parse_billing(data: object) -> None | Unset | VideoBillingType0:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        billing_type_0 = VideoBillingType0.from_dict(data)

        return billing_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | Unset | VideoBillingType0, data)


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
    billing: VideoBillingType0Params | None


from ..models.video_billing_type_0 import VideoBillingType0, VideoBillingType0Params  # noqa: E402

_object_new_ = object.__new__

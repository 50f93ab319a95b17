from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Batch")


@_attrs_define
class Batch:
    """A batch: the provider's object plus the gateway's fields. `lifecycle_status` is `pending | running | completed |
    failed | cancelled` (`expired` too); only those last four end a wait.

    """

    id: str
    """ The gateway's batch id (`batch_...`). """
    object_: str | Unset = UNSET
    endpoint: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    errors: BatchErrorsType0 | None | Unset = UNSET
    input_file_id: None | str | Unset = UNSET
    completion_window: None | str | Unset = UNSET
    status: str | Unset = UNSET
    """ The provider's status (`validating`, `in_progress`, ...). """
    lifecycle_status: str | Unset = UNSET
    """ The gateway's normalised status. """
    output_file_id: None | str | Unset = UNSET
    error_file_id: None | str | Unset = UNSET
    created_at: int | None | str | Unset = UNSET
    completed_at: int | None | str | Unset = UNSET
    request_counts: BatchRequestCounts | None | Unset = UNSET
    metadata: BatchMetadataType0 | None | Unset = UNSET
    native_batch_id: None | str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    provider: None | str | Unset = UNSET
    polling_url: None | str | Unset = UNSET
    cancel_url: None | str | Unset = UNSET
    websocket_url: None | str | Unset = UNSET
    progress: float | None | Unset = UNSET
    poll_after_seconds: float | None | Unset = UNSET
    billing: BatchBillingType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        endpoint: None | str | Unset
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        else:
            endpoint = self.endpoint

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        errors: dict[str, Any] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, BatchErrorsType0):
            errors = self.errors.to_dict()
        else:
            errors = self.errors

        input_file_id: None | str | Unset
        if isinstance(self.input_file_id, Unset):
            input_file_id = UNSET
        else:
            input_file_id = self.input_file_id

        completion_window: None | str | Unset
        if isinstance(self.completion_window, Unset):
            completion_window = UNSET
        else:
            completion_window = self.completion_window

        status = self.status

        lifecycle_status = self.lifecycle_status

        output_file_id: None | str | Unset
        if isinstance(self.output_file_id, Unset):
            output_file_id = UNSET
        else:
            output_file_id = self.output_file_id

        error_file_id: None | str | Unset
        if isinstance(self.error_file_id, Unset):
            error_file_id = UNSET
        else:
            error_file_id = self.error_file_id

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

        request_counts: dict[str, Any] | None | Unset
        if isinstance(self.request_counts, Unset):
            request_counts = UNSET
        elif isinstance(self.request_counts, BatchRequestCounts):
            request_counts = self.request_counts.to_dict()
        else:
            request_counts = self.request_counts

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, BatchMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        native_batch_id: None | str | Unset
        if isinstance(self.native_batch_id, Unset):
            native_batch_id = UNSET
        else:
            native_batch_id = self.native_batch_id

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        polling_url: None | str | Unset
        if isinstance(self.polling_url, Unset):
            polling_url = UNSET
        else:
            polling_url = self.polling_url

        cancel_url: None | str | Unset
        if isinstance(self.cancel_url, Unset):
            cancel_url = UNSET
        else:
            cancel_url = self.cancel_url

        websocket_url: None | str | Unset
        if isinstance(self.websocket_url, Unset):
            websocket_url = UNSET
        else:
            websocket_url = self.websocket_url

        progress: float | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        poll_after_seconds: float | None | Unset
        if isinstance(self.poll_after_seconds, Unset):
            poll_after_seconds = UNSET
        else:
            poll_after_seconds = self.poll_after_seconds

        billing: dict[str, Any] | None | Unset
        if isinstance(self.billing, Unset):
            billing = UNSET
        elif isinstance(self.billing, BatchBillingType0):
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
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if model is not UNSET:
            field_dict["model"] = model
        if errors is not UNSET:
            field_dict["errors"] = errors
        if input_file_id is not UNSET:
            field_dict["input_file_id"] = input_file_id
        if completion_window is not UNSET:
            field_dict["completion_window"] = completion_window
        if status is not UNSET:
            field_dict["status"] = status
        if lifecycle_status is not UNSET:
            field_dict["lifecycle_status"] = lifecycle_status
        if output_file_id is not UNSET:
            field_dict["output_file_id"] = output_file_id
        if error_file_id is not UNSET:
            field_dict["error_file_id"] = error_file_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if request_counts is not UNSET:
            field_dict["request_counts"] = request_counts
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if native_batch_id is not UNSET:
            field_dict["native_batch_id"] = native_batch_id
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if polling_url is not UNSET:
            field_dict["polling_url"] = polling_url
        if cancel_url is not UNSET:
            field_dict["cancel_url"] = cancel_url
        if websocket_url is not UNSET:
            field_dict["websocket_url"] = websocket_url
        if progress is not UNSET:
            field_dict["progress"] = progress
        if poll_after_seconds is not UNSET:
            field_dict["poll_after_seconds"] = poll_after_seconds
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

        endpoint: None | str | Unset = d.pop("endpoint", UNSET) if d else UNSET

        model: None | str | Unset = d.pop("model", UNSET) if d else UNSET

        _errors = d.pop("errors", UNSET) if d else UNSET
        errors = _errors if _errors is None or _errors is UNSET else _parse_errors(_errors)

        input_file_id: None | str | Unset = d.pop("input_file_id", UNSET) if d else UNSET

        completion_window: None | str | Unset = d.pop("completion_window", UNSET) if d else UNSET

        status = d.pop("status", UNSET) if d else UNSET

        lifecycle_status = d.pop("lifecycle_status", UNSET) if d else UNSET

        output_file_id: None | str | Unset = d.pop("output_file_id", UNSET) if d else UNSET

        error_file_id: None | str | Unset = d.pop("error_file_id", UNSET) if d else UNSET

        created_at: int | None | str | Unset = d.pop("created_at", UNSET) if d else UNSET

        completed_at: int | None | str | Unset = d.pop("completed_at", UNSET) if d else UNSET

        _request_counts = d.pop("request_counts", UNSET) if d else UNSET
        request_counts = (
            _request_counts
            if _request_counts is None or _request_counts is UNSET
            else _parse_request_counts(_request_counts)
        )

        _metadata = d.pop("metadata", UNSET) if d else UNSET
        metadata = _metadata if _metadata is None or _metadata is UNSET else _parse_metadata(_metadata)

        native_batch_id: None | str | Unset = d.pop("native_batch_id", UNSET) if d else UNSET

        request_id: None | str | Unset = d.pop("request_id", UNSET) if d else UNSET

        provider: None | str | Unset = d.pop("provider", UNSET) if d else UNSET

        polling_url: None | str | Unset = d.pop("polling_url", UNSET) if d else UNSET

        cancel_url: None | str | Unset = d.pop("cancel_url", UNSET) if d else UNSET

        websocket_url: None | str | Unset = d.pop("websocket_url", UNSET) if d else UNSET

        progress: float | None | Unset = d.pop("progress", UNSET) if d else UNSET

        poll_after_seconds: float | None | Unset = d.pop("poll_after_seconds", UNSET) if d else UNSET

        _billing = d.pop("billing", UNSET) if d else UNSET
        billing = _billing if _billing is None or _billing is UNSET else _parse_billing(_billing)

        if cls is Batch:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.id = id
            new_instance_.object_ = object_
            new_instance_.endpoint = endpoint
            new_instance_.model = model
            new_instance_.errors = errors
            new_instance_.input_file_id = input_file_id
            new_instance_.completion_window = completion_window
            new_instance_.status = status
            new_instance_.lifecycle_status = lifecycle_status
            new_instance_.output_file_id = output_file_id
            new_instance_.error_file_id = error_file_id
            new_instance_.created_at = created_at
            new_instance_.completed_at = completed_at
            new_instance_.request_counts = request_counts
            new_instance_.metadata = metadata
            new_instance_.native_batch_id = native_batch_id
            new_instance_.request_id = request_id
            new_instance_.provider = provider
            new_instance_.polling_url = polling_url
            new_instance_.cancel_url = cancel_url
            new_instance_.websocket_url = websocket_url
            new_instance_.progress = progress
            new_instance_.poll_after_seconds = poll_after_seconds
            new_instance_.billing = billing
            batch = new_instance_
        else:
            batch = cls(
                id=id,
                object_=object_,
                endpoint=endpoint,
                model=model,
                errors=errors,
                input_file_id=input_file_id,
                completion_window=completion_window,
                status=status,
                lifecycle_status=lifecycle_status,
                output_file_id=output_file_id,
                error_file_id=error_file_id,
                created_at=created_at,
                completed_at=completed_at,
                request_counts=request_counts,
                metadata=metadata,
                native_batch_id=native_batch_id,
                request_id=request_id,
                provider=provider,
                polling_url=polling_url,
                cancel_url=cancel_url,
                websocket_url=websocket_url,
                progress=progress,
                poll_after_seconds=poll_after_seconds,
                billing=billing,
            )

        batch.additional_properties = d
        return batch

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


def _parse_errors(data: object) -> BatchErrorsType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        errors_type_0 = BatchErrorsType0.from_dict(data)

        return errors_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(BatchErrorsType0 | None | Unset, data)


def _parse_request_counts(data: object) -> BatchRequestCounts | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        request_counts_type_0 = BatchRequestCounts.from_dict(data)

        return request_counts_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(BatchRequestCounts | None | Unset, data)


def _parse_metadata(data: object) -> BatchMetadataType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = BatchMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(BatchMetadataType0 | None | Unset, data)


def _parse_billing(data: object) -> BatchBillingType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        billing_type_0 = BatchBillingType0.from_dict(data)

        return billing_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(BatchBillingType0 | None | Unset, data)


class BatchParams(TypedDict, total=False):
    """The JSON object `Batch.from_dict` reads (keys as on the wire), for type checkers."""

    id: Required[str]
    """ The gateway's batch id (`batch_...`). """
    object: str
    endpoint: str | None
    model: str | None
    errors: BatchErrorsType0Params | None
    input_file_id: str | None
    completion_window: str | None
    status: str
    """ The provider's status (`validating`, `in_progress`, ...). """
    lifecycle_status: str
    """ The gateway's normalised status. """
    output_file_id: str | None
    error_file_id: str | None
    created_at: int | str | None
    completed_at: int | str | None
    request_counts: BatchRequestCountsParams | None
    metadata: BatchMetadataType0Params | None
    native_batch_id: str | None
    request_id: str | None
    provider: str | None
    polling_url: str | None
    cancel_url: str | None
    websocket_url: str | None
    progress: float | None
    poll_after_seconds: float | None
    billing: BatchBillingType0Params | None


from ..models.batch_billing_type_0 import BatchBillingType0, BatchBillingType0Params  # noqa: E402
from ..models.batch_errors_type_0 import BatchErrorsType0, BatchErrorsType0Params  # noqa: E402
from ..models.batch_metadata_type_0 import BatchMetadataType0, BatchMetadataType0Params  # noqa: E402
from ..models.batch_request_counts import BatchRequestCounts, BatchRequestCountsParams  # noqa: E402

_object_new_ = object.__new__

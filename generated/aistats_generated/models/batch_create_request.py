from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchCreateRequest")


@_attrs_define
class BatchCreateRequest:
    """A batch from an uploaded file (`input_file_id`, `endpoint`) or from inline `requests` (with `model`); not both."""

    input_file_id: str | Unset = UNSET
    """ An uploaded JSONL file (purpose `batch`). """
    endpoint: str | Unset = UNSET
    """ The route each line calls, e.g. `/v1/chat/completions`. """
    completion_window: str | Unset = UNSET
    """ `24h` (the only window OpenAI offers). """
    metadata: BatchCreateRequestMetadata | Unset = UNSET
    model: str | Unset = UNSET
    """ The model of inline `requests`. """
    requests: list[BatchRequestItem] | Unset = UNSET
    """ Inline requests, each `{custom_id, body}` (body without `model`). """
    webhook: BatchCreateRequestWebhook | Unset = UNSET
    """ `{endpoint_id}` of a managed webhook endpoint. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_file_id = self.input_file_id

        endpoint = self.endpoint

        completion_window = self.completion_window

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        model = self.model

        requests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.requests, Unset):
            requests = []
            for requests_item_data in self.requests:
                requests_item = requests_item_data.to_dict()
                requests.append(requests_item)

        webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook, Unset):
            webhook = self.webhook.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_file_id is not UNSET:
            field_dict["input_file_id"] = input_file_id
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if completion_window is not UNSET:
            field_dict["completion_window"] = completion_window
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if model is not UNSET:
            field_dict["model"] = model
        if requests is not UNSET:
            field_dict["requests"] = requests
        if webhook is not UNSET:
            field_dict["webhook"] = webhook

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        input_file_id = d.pop("input_file_id", UNSET) if d else UNSET

        endpoint = d.pop("endpoint", UNSET) if d else UNSET

        completion_window = d.pop("completion_window", UNSET) if d else UNSET

        _metadata: Any = d.pop("metadata", UNSET) if d else UNSET
        metadata: BatchCreateRequestMetadata | Unset = (
            UNSET if _metadata is UNSET else _from_dict_BatchCreateRequestMetadata(_metadata)
        )

        model = d.pop("model", UNSET) if d else UNSET

        _requests = d.pop("requests", UNSET) if d else UNSET
        requests: list[BatchRequestItem] | Unset = UNSET
        if _requests is not UNSET:
            requests = []
            for requests_item_data in _requests:
                requests.append(_from_dict_BatchRequestItem(requests_item_data))

        _webhook: Any = d.pop("webhook", UNSET) if d else UNSET
        webhook: BatchCreateRequestWebhook | Unset = (
            UNSET if _webhook is UNSET else _from_dict_BatchCreateRequestWebhook(_webhook)
        )

        if cls is BatchCreateRequest:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.input_file_id = input_file_id
            new_instance_.endpoint = endpoint
            new_instance_.completion_window = completion_window
            new_instance_.metadata = metadata
            new_instance_.model = model
            new_instance_.requests = requests
            new_instance_.webhook = webhook
            batch_create_request = new_instance_
        else:
            batch_create_request = cls(
                input_file_id=input_file_id,
                endpoint=endpoint,
                completion_window=completion_window,
                metadata=metadata,
                model=model,
                requests=requests,
                webhook=webhook,
            )

        batch_create_request.additional_properties = d
        return batch_create_request

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


class BatchCreateRequestParams(TypedDict, total=False):
    """The JSON object `BatchCreateRequest.from_dict` reads (keys as on the wire), for type checkers."""

    input_file_id: str
    """ An uploaded JSONL file (purpose `batch`). """
    endpoint: str
    """ The route each line calls, e.g. `/v1/chat/completions`. """
    completion_window: str
    """ `24h` (the only window OpenAI offers). """
    metadata: BatchCreateRequestMetadataParams
    model: str
    """ The model of inline `requests`. """
    requests: Sequence[BatchRequestItemParams]
    """ Inline requests, each `{custom_id, body}` (body without `model`). """
    webhook: BatchCreateRequestWebhookParams
    """ `{endpoint_id}` of a managed webhook endpoint. """


from ..models.batch_create_request_metadata import BatchCreateRequestMetadata, BatchCreateRequestMetadataParams  # noqa: E402
from ..models.batch_create_request_webhook import BatchCreateRequestWebhook, BatchCreateRequestWebhookParams  # noqa: E402
from ..models.batch_request_item import BatchRequestItem, BatchRequestItemParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_BatchCreateRequestMetadata = BatchCreateRequestMetadata.from_dict
_from_dict_BatchCreateRequestWebhook = BatchCreateRequestWebhook.from_dict
_from_dict_BatchRequestItem = BatchRequestItem.from_dict

from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BatchCreateRequest")


@_attrs_define
class BatchCreateRequest:
    """A batch from an uploaded file (`input_file_id`, `endpoint`) or from inline `requests` (with `model`); not both."""

    input_file_id: str | None = None
    """ An uploaded JSONL file (purpose `batch`). """
    endpoint: str | None = None
    """ The route each line calls, e.g. `/v1/chat/completions`. """
    completion_window: str | None = None
    """ `24h` (the only window OpenAI offers). """
    metadata: BatchCreateRequestMetadata | None = None
    model: str | None = None
    """ The model of inline `requests`. """
    requests: list[BatchRequestItem] | None = None
    """ Inline requests, each `{custom_id, body}` (body without `model`). """
    webhook: BatchWebhook | None = None
    """ Where the batch's events go: a managed webhook endpoint (a bare `url` is refused with 400
    `batch_webhook_endpoint_required`). """
    webhook_endpoint_id: str | None = None
    """ A managed webhook endpoint of the workspace to notify (400 `batch_webhook_endpoint_not_found_or_inactive`
    when it is not an active one). """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        input_file_id = self.input_file_id
        if input_file_id is not None:
            field_dict["input_file_id"] = input_file_id
        elif self._nulls_ & 1:
            field_dict["input_file_id"] = None
        endpoint = self.endpoint
        if endpoint is not None:
            field_dict["endpoint"] = endpoint
        elif self._nulls_ & 2:
            field_dict["endpoint"] = None
        completion_window = self.completion_window
        if completion_window is not None:
            field_dict["completion_window"] = completion_window
        elif self._nulls_ & 4:
            field_dict["completion_window"] = None
        metadata = self.metadata
        if metadata is not None:
            field_dict["metadata"] = metadata.to_dict()
        elif self._nulls_ & 8:
            field_dict["metadata"] = None
        model = self.model
        if model is not None:
            field_dict["model"] = model
        elif self._nulls_ & 16:
            field_dict["model"] = None
        requests = self.requests
        if requests is not None:
            requests_json: list[dict[str, Any]] = []
            for requests_item in requests:
                requests_json.append(requests_item.to_dict())
            field_dict["requests"] = requests_json
        elif self._nulls_ & 32:
            field_dict["requests"] = None
        webhook = self.webhook
        if webhook is not None:
            field_dict["webhook"] = webhook.to_dict()
        elif self._nulls_ & 64:
            field_dict["webhook"] = None
        webhook_endpoint_id = self.webhook_endpoint_id
        if webhook_endpoint_id is not None:
            field_dict["webhook_endpoint_id"] = webhook_endpoint_id
        elif self._nulls_ & 128:
            field_dict["webhook_endpoint_id"] = None

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
        if d:
            input_file_id = d.pop("input_file_id", None)
            if input_file_id is None and "input_file_id" in src_dict:
                nulls_ |= 1
        else:
            input_file_id = None

        if d:
            endpoint = d.pop("endpoint", None)
            if endpoint is None and "endpoint" in src_dict:
                nulls_ |= 2
        else:
            endpoint = None

        if d:
            completion_window = d.pop("completion_window", None)
            if completion_window is None and "completion_window" in src_dict:
                nulls_ |= 4
        else:
            completion_window = None

        metadata: BatchCreateRequestMetadata | None = None
        if d:
            _metadata = d.pop("metadata", None)
            if _metadata is None:
                if "metadata" in src_dict:
                    nulls_ |= 8
            else:
                metadata = _from_dict_BatchCreateRequestMetadata(_metadata)

        if d:
            model = d.pop("model", None)
            if model is None and "model" in src_dict:
                nulls_ |= 16
        else:
            model = None

        requests: list[BatchRequestItem] | None = None
        if d:
            _requests = d.pop("requests", None)
            if _requests is None:
                if "requests" in src_dict:
                    nulls_ |= 32
            else:
                requests = []
                for requests_item_data in _requests:
                    requests.append(_from_dict_BatchRequestItem(requests_item_data))

        webhook: BatchWebhook | None = None
        if d:
            _webhook = d.pop("webhook", None)
            if _webhook is None:
                if "webhook" in src_dict:
                    nulls_ |= 64
            else:
                webhook = _from_dict_BatchWebhook(_webhook)

        if d:
            webhook_endpoint_id = d.pop("webhook_endpoint_id", None)
            if webhook_endpoint_id is None and "webhook_endpoint_id" in src_dict:
                nulls_ |= 128
        else:
            webhook_endpoint_id = None

        if cls is BatchCreateRequest:
            new_instance_ = _object_new_(cls)
            new_instance_.input_file_id = input_file_id
            new_instance_.endpoint = endpoint
            new_instance_.completion_window = completion_window
            new_instance_.metadata = metadata
            new_instance_.model = model
            new_instance_.requests = requests
            new_instance_.webhook = webhook
            new_instance_.webhook_endpoint_id = webhook_endpoint_id
        else:
            new_instance_ = cls(
                input_file_id=input_file_id,
                endpoint=endpoint,
                completion_window=completion_window,
                metadata=metadata,
                model=model,
                requests=requests,
                webhook=webhook,
                webhook_endpoint_id=webhook_endpoint_id,
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
    webhook: BatchWebhookParams
    """ Where the batch's events go: a managed webhook endpoint (a bare `url` is refused with 400
    `batch_webhook_endpoint_required`). """
    webhook_endpoint_id: str
    """ A managed webhook endpoint of the workspace to notify (400 `batch_webhook_endpoint_not_found_or_inactive`
    when it is not an active one). """


from ..models.batch_create_request_metadata import BatchCreateRequestMetadata, BatchCreateRequestMetadataParams  # noqa: E402
from ..models.batch_request_item import BatchRequestItem, BatchRequestItemParams  # noqa: E402
from ..models.batch_webhook import BatchWebhook, BatchWebhookParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_BatchCreateRequestMetadata = BatchCreateRequestMetadata.from_dict
_from_dict_BatchRequestItem = BatchRequestItem.from_dict
_from_dict_BatchWebhook = BatchWebhook.from_dict

from __future__ import annotations

import json as _json
import warnings as _warnings
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Batch")


@_attrs_define
class Batch:
    """A batch: the provider's object plus the gateway's fields. `lifecycle_status` is `pending | running | completed |
    failed | cancelled` (`expired` too); only those last four end a wait.

    """

    id: str
    """ The gateway's batch id (`batch_...`). """
    object: str | None = None
    endpoint: None | str = None
    model: None | str = None
    errors: BatchErrorsType0 | None = None
    input_file_id: None | str = None
    completion_window: None | str = None
    status: str | None = None
    """ The provider's status (`validating`, `in_progress`, ...). """
    lifecycle_status: str | None = None
    """ The gateway's normalised status. """
    output_file_id: None | str = None
    error_file_id: None | str = None
    created_at: int | None | str = None
    completed_at: int | None | str = None
    in_progress_at: int | None = None
    """ When the provider started running it (Unix seconds). """
    expires_at: int | None = None
    """ When the completion window ends (Unix seconds). """
    finalizing_at: int | None = None
    failed_at: int | None = None
    expired_at: int | None = None
    cancelling_at: int | None = None
    cancelled_at: int | None = None
    request_counts: BatchRequestCounts | None = None
    usage: BatchUsageType0 | None = None
    """ The provider's token usage of the whole batch. """
    pricing_lines: list[BatchPricingLinesItem] | None = None
    """ The gateway's price lines of the batch (empty until priced). """
    metadata: BatchMetadataType0 | None = None
    native_batch_id: None | str = None
    request_id: None | str = None
    provider: None | str = None
    polling_url: None | str = None
    cancel_url: None | str = None
    websocket_url: None | str = None
    progress: float | None = None
    poll_after_seconds: float | None = None
    billing: JobBilling | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def object_(self) -> str | None:
        """Deprecated spelling of ``object`` (removed in 0.4)."""
        _warnings.warn("`Batch.object_` is deprecated, use `.object`", DeprecationWarning, stacklevel=2)
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
        endpoint = self.endpoint
        if endpoint is not None:
            field_dict["endpoint"] = endpoint
        elif self._nulls_ & 2:
            field_dict["endpoint"] = None
        model = self.model
        if model is not None:
            field_dict["model"] = model
        elif self._nulls_ & 4:
            field_dict["model"] = None
        errors = self.errors
        if errors is not None:
            if isinstance(errors, BatchErrorsType0):
                field_dict["errors"] = errors.to_dict()
            else:
                field_dict["errors"] = errors
        elif self._nulls_ & 8:
            field_dict["errors"] = None
        input_file_id = self.input_file_id
        if input_file_id is not None:
            field_dict["input_file_id"] = input_file_id
        elif self._nulls_ & 16:
            field_dict["input_file_id"] = None
        completion_window = self.completion_window
        if completion_window is not None:
            field_dict["completion_window"] = completion_window
        elif self._nulls_ & 32:
            field_dict["completion_window"] = None
        status = self.status
        if status is not None:
            field_dict["status"] = status
        elif self._nulls_ & 64:
            field_dict["status"] = None
        lifecycle_status = self.lifecycle_status
        if lifecycle_status is not None:
            field_dict["lifecycle_status"] = lifecycle_status
        elif self._nulls_ & 128:
            field_dict["lifecycle_status"] = None
        output_file_id = self.output_file_id
        if output_file_id is not None:
            field_dict["output_file_id"] = output_file_id
        elif self._nulls_ & 256:
            field_dict["output_file_id"] = None
        error_file_id = self.error_file_id
        if error_file_id is not None:
            field_dict["error_file_id"] = error_file_id
        elif self._nulls_ & 512:
            field_dict["error_file_id"] = None
        created_at = self.created_at
        if created_at is not None:
            field_dict["created_at"] = created_at
        elif self._nulls_ & 1024:
            field_dict["created_at"] = None
        completed_at = self.completed_at
        if completed_at is not None:
            field_dict["completed_at"] = completed_at
        elif self._nulls_ & 2048:
            field_dict["completed_at"] = None
        in_progress_at = self.in_progress_at
        if in_progress_at is not None:
            field_dict["in_progress_at"] = in_progress_at
        elif self._nulls_ & 4096:
            field_dict["in_progress_at"] = None
        expires_at = self.expires_at
        if expires_at is not None:
            field_dict["expires_at"] = expires_at
        elif self._nulls_ & 8192:
            field_dict["expires_at"] = None
        finalizing_at = self.finalizing_at
        if finalizing_at is not None:
            field_dict["finalizing_at"] = finalizing_at
        elif self._nulls_ & 16384:
            field_dict["finalizing_at"] = None
        failed_at = self.failed_at
        if failed_at is not None:
            field_dict["failed_at"] = failed_at
        elif self._nulls_ & 32768:
            field_dict["failed_at"] = None
        expired_at = self.expired_at
        if expired_at is not None:
            field_dict["expired_at"] = expired_at
        elif self._nulls_ & 65536:
            field_dict["expired_at"] = None
        cancelling_at = self.cancelling_at
        if cancelling_at is not None:
            field_dict["cancelling_at"] = cancelling_at
        elif self._nulls_ & 131072:
            field_dict["cancelling_at"] = None
        cancelled_at = self.cancelled_at
        if cancelled_at is not None:
            field_dict["cancelled_at"] = cancelled_at
        elif self._nulls_ & 262144:
            field_dict["cancelled_at"] = None
        request_counts = self.request_counts
        if request_counts is not None:
            if isinstance(request_counts, BatchRequestCounts):
                field_dict["request_counts"] = request_counts.to_dict()
            else:
                field_dict["request_counts"] = request_counts
        elif self._nulls_ & 524288:
            field_dict["request_counts"] = None
        usage = self.usage
        if usage is not None:
            if isinstance(usage, BatchUsageType0):
                field_dict["usage"] = usage.to_dict()
            else:
                field_dict["usage"] = usage
        elif self._nulls_ & 1048576:
            field_dict["usage"] = None
        pricing_lines = self.pricing_lines
        if pricing_lines is not None:
            pricing_lines_json: list[dict[str, Any]] = []
            for pricing_lines_item in pricing_lines:
                pricing_lines_json.append(pricing_lines_item.to_dict())
            field_dict["pricing_lines"] = pricing_lines_json
        elif self._nulls_ & 2097152:
            field_dict["pricing_lines"] = None
        metadata = self.metadata
        if metadata is not None:
            if isinstance(metadata, BatchMetadataType0):
                field_dict["metadata"] = metadata.to_dict()
            else:
                field_dict["metadata"] = metadata
        elif self._nulls_ & 4194304:
            field_dict["metadata"] = None
        native_batch_id = self.native_batch_id
        if native_batch_id is not None:
            field_dict["native_batch_id"] = native_batch_id
        elif self._nulls_ & 8388608:
            field_dict["native_batch_id"] = None
        request_id = self.request_id
        if request_id is not None:
            field_dict["request_id"] = request_id
        elif self._nulls_ & 16777216:
            field_dict["request_id"] = None
        provider = self.provider
        if provider is not None:
            field_dict["provider"] = provider
        elif self._nulls_ & 33554432:
            field_dict["provider"] = None
        polling_url = self.polling_url
        if polling_url is not None:
            field_dict["polling_url"] = polling_url
        elif self._nulls_ & 67108864:
            field_dict["polling_url"] = None
        cancel_url = self.cancel_url
        if cancel_url is not None:
            field_dict["cancel_url"] = cancel_url
        elif self._nulls_ & 134217728:
            field_dict["cancel_url"] = None
        websocket_url = self.websocket_url
        if websocket_url is not None:
            field_dict["websocket_url"] = websocket_url
        elif self._nulls_ & 268435456:
            field_dict["websocket_url"] = None
        progress = self.progress
        if progress is not None:
            field_dict["progress"] = progress
        elif self._nulls_ & 536870912:
            field_dict["progress"] = None
        poll_after_seconds = self.poll_after_seconds
        if poll_after_seconds is not None:
            field_dict["poll_after_seconds"] = poll_after_seconds
        elif self._nulls_ & 1073741824:
            field_dict["poll_after_seconds"] = None
        billing = self.billing
        if billing is not None:
            if isinstance(billing, JobBilling):
                field_dict["billing"] = billing.to_dict()
            else:
                field_dict["billing"] = billing
        elif self._nulls_ & 2147483648:
            field_dict["billing"] = None

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
            endpoint = d.pop("endpoint", None)
            if endpoint is None and "endpoint" in src_dict:
                nulls_ |= 2
        else:
            endpoint = None

        if d:
            model = d.pop("model", None)
            if model is None and "model" in src_dict:
                nulls_ |= 4
        else:
            model = None

        errors: BatchErrorsType0 | None = None
        if d:
            _errors = d.pop("errors", None)
            if _errors is None:
                if "errors" in src_dict:
                    nulls_ |= 8
            else:
                errors = _parse_errors(_errors)

        if d:
            input_file_id = d.pop("input_file_id", None)
            if input_file_id is None and "input_file_id" in src_dict:
                nulls_ |= 16
        else:
            input_file_id = None

        if d:
            completion_window = d.pop("completion_window", None)
            if completion_window is None and "completion_window" in src_dict:
                nulls_ |= 32
        else:
            completion_window = None

        if d:
            status = d.pop("status", None)
            if status is None and "status" in src_dict:
                nulls_ |= 64
        else:
            status = None

        if d:
            lifecycle_status = d.pop("lifecycle_status", None)
            if lifecycle_status is None and "lifecycle_status" in src_dict:
                nulls_ |= 128
        else:
            lifecycle_status = None

        if d:
            output_file_id = d.pop("output_file_id", None)
            if output_file_id is None and "output_file_id" in src_dict:
                nulls_ |= 256
        else:
            output_file_id = None

        if d:
            error_file_id = d.pop("error_file_id", None)
            if error_file_id is None and "error_file_id" in src_dict:
                nulls_ |= 512
        else:
            error_file_id = None

        if d:
            created_at = d.pop("created_at", None)
            if created_at is None and "created_at" in src_dict:
                nulls_ |= 1024
        else:
            created_at = None

        if d:
            completed_at = d.pop("completed_at", None)
            if completed_at is None and "completed_at" in src_dict:
                nulls_ |= 2048
        else:
            completed_at = None

        if d:
            in_progress_at = d.pop("in_progress_at", None)
            if in_progress_at is None and "in_progress_at" in src_dict:
                nulls_ |= 4096
        else:
            in_progress_at = None

        if d:
            expires_at = d.pop("expires_at", None)
            if expires_at is None and "expires_at" in src_dict:
                nulls_ |= 8192
        else:
            expires_at = None

        if d:
            finalizing_at = d.pop("finalizing_at", None)
            if finalizing_at is None and "finalizing_at" in src_dict:
                nulls_ |= 16384
        else:
            finalizing_at = None

        if d:
            failed_at = d.pop("failed_at", None)
            if failed_at is None and "failed_at" in src_dict:
                nulls_ |= 32768
        else:
            failed_at = None

        if d:
            expired_at = d.pop("expired_at", None)
            if expired_at is None and "expired_at" in src_dict:
                nulls_ |= 65536
        else:
            expired_at = None

        if d:
            cancelling_at = d.pop("cancelling_at", None)
            if cancelling_at is None and "cancelling_at" in src_dict:
                nulls_ |= 131072
        else:
            cancelling_at = None

        if d:
            cancelled_at = d.pop("cancelled_at", None)
            if cancelled_at is None and "cancelled_at" in src_dict:
                nulls_ |= 262144
        else:
            cancelled_at = None

        request_counts: BatchRequestCounts | None = None
        if d:
            _request_counts = d.pop("request_counts", None)
            if _request_counts is None:
                if "request_counts" in src_dict:
                    nulls_ |= 524288
            else:
                request_counts = _parse_request_counts(_request_counts)

        usage: BatchUsageType0 | None = None
        if d:
            _usage = d.pop("usage", None)
            if _usage is None:
                if "usage" in src_dict:
                    nulls_ |= 1048576
            else:
                usage = _parse_usage(_usage)

        pricing_lines: list[BatchPricingLinesItem] | None = None
        if d:
            _pricing_lines = d.pop("pricing_lines", None)
            if _pricing_lines is None:
                if "pricing_lines" in src_dict:
                    nulls_ |= 2097152
            else:
                pricing_lines = []
                for pricing_lines_item_data in _pricing_lines:
                    pricing_lines.append(_from_dict_BatchPricingLinesItem(pricing_lines_item_data))

        metadata: BatchMetadataType0 | None = None
        if d:
            _metadata = d.pop("metadata", None)
            if _metadata is None:
                if "metadata" in src_dict:
                    nulls_ |= 4194304
            else:
                metadata = _parse_metadata(_metadata)

        if d:
            native_batch_id = d.pop("native_batch_id", None)
            if native_batch_id is None and "native_batch_id" in src_dict:
                nulls_ |= 8388608
        else:
            native_batch_id = None

        if d:
            request_id = d.pop("request_id", None)
            if request_id is None and "request_id" in src_dict:
                nulls_ |= 16777216
        else:
            request_id = None

        if d:
            provider = d.pop("provider", None)
            if provider is None and "provider" in src_dict:
                nulls_ |= 33554432
        else:
            provider = None

        if d:
            polling_url = d.pop("polling_url", None)
            if polling_url is None and "polling_url" in src_dict:
                nulls_ |= 67108864
        else:
            polling_url = None

        if d:
            cancel_url = d.pop("cancel_url", None)
            if cancel_url is None and "cancel_url" in src_dict:
                nulls_ |= 134217728
        else:
            cancel_url = None

        if d:
            websocket_url = d.pop("websocket_url", None)
            if websocket_url is None and "websocket_url" in src_dict:
                nulls_ |= 268435456
        else:
            websocket_url = None

        if d:
            progress = d.pop("progress", None)
            if progress is None and "progress" in src_dict:
                nulls_ |= 536870912
        else:
            progress = None

        if d:
            poll_after_seconds = d.pop("poll_after_seconds", None)
            if poll_after_seconds is None and "poll_after_seconds" in src_dict:
                nulls_ |= 1073741824
        else:
            poll_after_seconds = None

        billing: JobBilling | None = None
        if d:
            _billing = d.pop("billing", None)
            if _billing is None:
                if "billing" in src_dict:
                    nulls_ |= 2147483648
            else:
                billing = _parse_billing(_billing)

        if cls is Batch:
            new_instance_ = _object_new_(cls)
            new_instance_.id = id
            new_instance_.object = object_
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
            new_instance_.in_progress_at = in_progress_at
            new_instance_.expires_at = expires_at
            new_instance_.finalizing_at = finalizing_at
            new_instance_.failed_at = failed_at
            new_instance_.expired_at = expired_at
            new_instance_.cancelling_at = cancelling_at
            new_instance_.cancelled_at = cancelled_at
            new_instance_.request_counts = request_counts
            new_instance_.usage = usage
            new_instance_.pricing_lines = pricing_lines
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
        else:
            new_instance_ = cls(
                id=id,
                object=object_,
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
                in_progress_at=in_progress_at,
                expires_at=expires_at,
                finalizing_at=finalizing_at,
                failed_at=failed_at,
                expired_at=expired_at,
                cancelling_at=cancelling_at,
                cancelled_at=cancelled_at,
                request_counts=request_counts,
                usage=usage,
                pricing_lines=pricing_lines,
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


def _parse_errors(data: object) -> BatchErrorsType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        errors_type_0 = BatchErrorsType0.from_dict(data)

        return errors_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(BatchErrorsType0 | None, data)


def _parse_request_counts(data: object) -> BatchRequestCounts | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        request_counts_type_0 = BatchRequestCounts.from_dict(data)

        return request_counts_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(BatchRequestCounts | None, data)


def _parse_usage(data: object) -> BatchUsageType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        usage_type_0 = BatchUsageType0.from_dict(data)

        return usage_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(BatchUsageType0 | None, data)


def _parse_metadata(data: object) -> BatchMetadataType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        metadata_type_0 = BatchMetadataType0.from_dict(data)

        return metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(BatchMetadataType0 | None, data)


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
    in_progress_at: int | None
    """ When the provider started running it (Unix seconds). """
    expires_at: int | None
    """ When the completion window ends (Unix seconds). """
    finalizing_at: int | None
    failed_at: int | None
    expired_at: int | None
    cancelling_at: int | None
    cancelled_at: int | None
    request_counts: BatchRequestCountsParams | None
    usage: BatchUsageType0Params | None
    """ The provider's token usage of the whole batch. """
    pricing_lines: Sequence[BatchPricingLinesItemParams]
    """ The gateway's price lines of the batch (empty until priced). """
    metadata: BatchMetadataType0Params | None
    native_batch_id: str | None
    request_id: str | None
    provider: str | None
    polling_url: str | None
    cancel_url: str | None
    websocket_url: str | None
    progress: float | None
    poll_after_seconds: float | None
    billing: JobBillingParams | None


from ..models.batch_errors_type_0 import BatchErrorsType0, BatchErrorsType0Params  # noqa: E402
from ..models.batch_metadata_type_0 import BatchMetadataType0, BatchMetadataType0Params  # noqa: E402
from ..models.batch_pricing_lines_item import BatchPricingLinesItem, BatchPricingLinesItemParams  # noqa: E402
from ..models.batch_request_counts import BatchRequestCounts, BatchRequestCountsParams  # noqa: E402
from ..models.batch_usage_type_0 import BatchUsageType0, BatchUsageType0Params  # noqa: E402
from ..models.job_billing import JobBilling, JobBillingParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_BatchPricingLinesItem = BatchPricingLinesItem.from_dict

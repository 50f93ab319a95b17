from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayError")


@_attrs_define
class GatewayError:
    """The body of a non-2xx response."""

    error: ErrorObject | str
    """ The error code, e.g. `validation_error` or `upstream_error`; an object when a provider's error is relayed as
    is. """
    generation_id: str | Unset = UNSET
    """ The gateway's request id. """
    status_code: int | Unset = UNSET
    error_type: str | Unset = UNSET
    """ `user` or `system`. """
    error_origin: str | Unset = UNSET
    """ `user`, `gateway` or `upstream`. """
    error_operational_kind: str | Unset = UNSET
    description: None | str | Unset = UNSET
    """ What went wrong, for people (sometimes just the code again). """
    reason: None | str | Unset = UNSET
    details: list[ValidationIssue] | Unset = UNSET
    """ Validation issues, each naming the offending path. """
    attempt_count: int | Unset = UNSET
    failed_providers: list[str] | Unset = UNSET
    failed_statuses: list[int] | Unset = UNSET
    """ The HTTP statuses the providers answered with. """
    failure_sample: list[ProviderFailure] | Unset = UNSET
    upstream_error: UpstreamError | Unset = UNSET
    """ The provider's own error, as the gateway understood it. """
    routing_diagnostics: GatewayErrorRoutingDiagnostics | Unset = UNSET
    provider_candidate_diagnostics: GatewayErrorProviderCandidateDiagnostics | Unset = UNSET
    provider_failure_diagnostics: GatewayErrorProviderFailureDiagnostics | Unset = UNSET
    ok: bool | Unset = UNSET
    """ `false` (older gateways). """
    message: None | str | Unset = UNSET
    request_id: None | str | Unset = UNSET
    """ The request id (older gateways). """
    team_id: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    meta: GatewayErrorMetaType0 | None | Unset = UNSET
    timing: GatewayErrorTimingType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | str
        if isinstance(self.error, ErrorObject):
            error = self.error.to_dict()
        else:
            error = self.error

        generation_id = self.generation_id

        status_code = self.status_code

        error_type = self.error_type

        error_origin = self.error_origin

        error_operational_kind = self.error_operational_kind

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        attempt_count = self.attempt_count

        failed_providers: list[str] | Unset = UNSET
        if not isinstance(self.failed_providers, Unset):
            failed_providers = self.failed_providers

        failed_statuses: list[int] | Unset = UNSET
        if not isinstance(self.failed_statuses, Unset):
            failed_statuses = self.failed_statuses

        failure_sample: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failure_sample, Unset):
            failure_sample = []
            for failure_sample_item_data in self.failure_sample:
                failure_sample_item = failure_sample_item_data.to_dict()
                failure_sample.append(failure_sample_item)

        upstream_error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upstream_error, Unset):
            upstream_error = self.upstream_error.to_dict()

        routing_diagnostics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.routing_diagnostics, Unset):
            routing_diagnostics = self.routing_diagnostics.to_dict()

        provider_candidate_diagnostics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_candidate_diagnostics, Unset):
            provider_candidate_diagnostics = self.provider_candidate_diagnostics.to_dict()

        provider_failure_diagnostics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_failure_diagnostics, Unset):
            provider_failure_diagnostics = self.provider_failure_diagnostics.to_dict()

        ok = self.ok

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, GatewayErrorMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        timing: dict[str, Any] | None | Unset
        if isinstance(self.timing, Unset):
            timing = UNSET
        elif isinstance(self.timing, GatewayErrorTimingType0):
            timing = self.timing.to_dict()
        else:
            timing = self.timing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if generation_id is not UNSET:
            field_dict["generation_id"] = generation_id
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if error_origin is not UNSET:
            field_dict["error_origin"] = error_origin
        if error_operational_kind is not UNSET:
            field_dict["error_operational_kind"] = error_operational_kind
        if description is not UNSET:
            field_dict["description"] = description
        if reason is not UNSET:
            field_dict["reason"] = reason
        if details is not UNSET:
            field_dict["details"] = details
        if attempt_count is not UNSET:
            field_dict["attempt_count"] = attempt_count
        if failed_providers is not UNSET:
            field_dict["failed_providers"] = failed_providers
        if failed_statuses is not UNSET:
            field_dict["failed_statuses"] = failed_statuses
        if failure_sample is not UNSET:
            field_dict["failure_sample"] = failure_sample
        if upstream_error is not UNSET:
            field_dict["upstream_error"] = upstream_error
        if routing_diagnostics is not UNSET:
            field_dict["routing_diagnostics"] = routing_diagnostics
        if provider_candidate_diagnostics is not UNSET:
            field_dict["provider_candidate_diagnostics"] = provider_candidate_diagnostics
        if provider_failure_diagnostics is not UNSET:
            field_dict["provider_failure_diagnostics"] = provider_failure_diagnostics
        if ok is not UNSET:
            field_dict["ok"] = ok
        if message is not UNSET:
            field_dict["message"] = message
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if model is not UNSET:
            field_dict["model"] = model
        if meta is not UNSET:
            field_dict["meta"] = meta
        if timing is not UNSET:
            field_dict["timing"] = timing

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        error = _parse_error(d.pop("error"))

        generation_id = d.pop("generation_id", UNSET) if d else UNSET

        status_code = d.pop("status_code", UNSET) if d else UNSET

        error_type = d.pop("error_type", UNSET) if d else UNSET

        error_origin = d.pop("error_origin", UNSET) if d else UNSET

        error_operational_kind = d.pop("error_operational_kind", UNSET) if d else UNSET

        description: None | str | Unset = d.pop("description", UNSET) if d else UNSET

        reason: None | str | Unset = d.pop("reason", UNSET) if d else UNSET

        _details = d.pop("details", UNSET) if d else UNSET
        details: list[ValidationIssue] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details.append(_from_dict_ValidationIssue(details_item_data))

        attempt_count = d.pop("attempt_count", UNSET) if d else UNSET

        failed_providers = cast(list[str], (d.pop("failed_providers", UNSET) if d else UNSET))

        failed_statuses = cast(list[int], (d.pop("failed_statuses", UNSET) if d else UNSET))

        _failure_sample = d.pop("failure_sample", UNSET) if d else UNSET
        failure_sample: list[ProviderFailure] | Unset = UNSET
        if _failure_sample is not UNSET:
            failure_sample = []
            for failure_sample_item_data in _failure_sample:
                failure_sample.append(_from_dict_ProviderFailure(failure_sample_item_data))

        _upstream_error: Any = d.pop("upstream_error", UNSET) if d else UNSET
        upstream_error: UpstreamError | Unset = (
            UNSET if _upstream_error is UNSET else _from_dict_UpstreamError(_upstream_error)
        )

        _routing_diagnostics: Any = d.pop("routing_diagnostics", UNSET) if d else UNSET
        routing_diagnostics: GatewayErrorRoutingDiagnostics | Unset = (
            UNSET if _routing_diagnostics is UNSET else _from_dict_GatewayErrorRoutingDiagnostics(_routing_diagnostics)
        )

        _provider_candidate_diagnostics: Any = d.pop("provider_candidate_diagnostics", UNSET) if d else UNSET
        provider_candidate_diagnostics: GatewayErrorProviderCandidateDiagnostics | Unset = (
            UNSET
            if _provider_candidate_diagnostics is UNSET
            else _from_dict_GatewayErrorProviderCandidateDiagnostics(_provider_candidate_diagnostics)
        )

        _provider_failure_diagnostics: Any = d.pop("provider_failure_diagnostics", UNSET) if d else UNSET
        provider_failure_diagnostics: GatewayErrorProviderFailureDiagnostics | Unset = (
            UNSET
            if _provider_failure_diagnostics is UNSET
            else _from_dict_GatewayErrorProviderFailureDiagnostics(_provider_failure_diagnostics)
        )

        ok = d.pop("ok", UNSET) if d else UNSET

        message: None | str | Unset = d.pop("message", UNSET) if d else UNSET

        request_id: None | str | Unset = d.pop("request_id", UNSET) if d else UNSET

        team_id: None | str | Unset = d.pop("team_id", UNSET) if d else UNSET

        model: None | str | Unset = d.pop("model", UNSET) if d else UNSET

        _meta = d.pop("meta", UNSET) if d else UNSET
        meta = _meta if _meta is None or _meta is UNSET else _parse_meta(_meta)

        _timing = d.pop("timing", UNSET) if d else UNSET
        timing = _timing if _timing is None or _timing is UNSET else _parse_timing(_timing)

        if cls is GatewayError:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.error = error
            new_instance_.generation_id = generation_id
            new_instance_.status_code = status_code
            new_instance_.error_type = error_type
            new_instance_.error_origin = error_origin
            new_instance_.error_operational_kind = error_operational_kind
            new_instance_.description = description
            new_instance_.reason = reason
            new_instance_.details = details
            new_instance_.attempt_count = attempt_count
            new_instance_.failed_providers = failed_providers
            new_instance_.failed_statuses = failed_statuses
            new_instance_.failure_sample = failure_sample
            new_instance_.upstream_error = upstream_error
            new_instance_.routing_diagnostics = routing_diagnostics
            new_instance_.provider_candidate_diagnostics = provider_candidate_diagnostics
            new_instance_.provider_failure_diagnostics = provider_failure_diagnostics
            new_instance_.ok = ok
            new_instance_.message = message
            new_instance_.request_id = request_id
            new_instance_.team_id = team_id
            new_instance_.model = model
            new_instance_.meta = meta
            new_instance_.timing = timing
            gateway_error = new_instance_
        else:
            gateway_error = cls(
                error=error,
                generation_id=generation_id,
                status_code=status_code,
                error_type=error_type,
                error_origin=error_origin,
                error_operational_kind=error_operational_kind,
                description=description,
                reason=reason,
                details=details,
                attempt_count=attempt_count,
                failed_providers=failed_providers,
                failed_statuses=failed_statuses,
                failure_sample=failure_sample,
                upstream_error=upstream_error,
                routing_diagnostics=routing_diagnostics,
                provider_candidate_diagnostics=provider_candidate_diagnostics,
                provider_failure_diagnostics=provider_failure_diagnostics,
                ok=ok,
                message=message,
                request_id=request_id,
                team_id=team_id,
                model=model,
                meta=meta,
                timing=timing,
            )

        gateway_error.additional_properties = d
        return gateway_error

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


def _parse_error(data: object) -> ErrorObject | str:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        error_type_1 = ErrorObject.from_dict(data)

        return error_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ErrorObject | str, data)


def _parse_meta(data: object) -> GatewayErrorMetaType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        meta_type_0 = GatewayErrorMetaType0.from_dict(data)

        return meta_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(GatewayErrorMetaType0 | None | Unset, data)


def _parse_timing(data: object) -> GatewayErrorTimingType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        timing_type_0 = GatewayErrorTimingType0.from_dict(data)

        return timing_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(GatewayErrorTimingType0 | None | Unset, data)


class GatewayErrorParams(TypedDict, total=False):
    """The JSON object `GatewayError.from_dict` reads (keys as on the wire), for type checkers."""

    error: Required[str | ErrorObjectParams]
    """ The error code, e.g. `validation_error` or `upstream_error`; an object when a provider's error is relayed as
    is. """
    generation_id: str
    """ The gateway's request id. """
    status_code: int
    error_type: str
    """ `user` or `system`. """
    error_origin: str
    """ `user`, `gateway` or `upstream`. """
    error_operational_kind: str
    description: str | None
    """ What went wrong, for people (sometimes just the code again). """
    reason: str | None
    details: Sequence[ValidationIssueParams]
    """ Validation issues, each naming the offending path. """
    attempt_count: int
    failed_providers: Sequence[str]
    failed_statuses: Sequence[int]
    """ The HTTP statuses the providers answered with. """
    failure_sample: Sequence[ProviderFailureParams]
    upstream_error: UpstreamErrorParams
    """ The provider's own error, as the gateway understood it. """
    routing_diagnostics: GatewayErrorRoutingDiagnosticsParams
    provider_candidate_diagnostics: GatewayErrorProviderCandidateDiagnosticsParams
    provider_failure_diagnostics: GatewayErrorProviderFailureDiagnosticsParams
    ok: bool
    """ `false` (older gateways). """
    message: str | None
    request_id: str | None
    """ The request id (older gateways). """
    team_id: str | None
    model: str | None
    meta: GatewayErrorMetaType0Params | None
    timing: GatewayErrorTimingType0Params | None


from ..models.error_object import ErrorObject, ErrorObjectParams  # noqa: E402
from ..models.gateway_error_meta_type_0 import GatewayErrorMetaType0, GatewayErrorMetaType0Params  # noqa: E402
from ..models.gateway_error_provider_candidate_diagnostics import (  # noqa: E402
    GatewayErrorProviderCandidateDiagnostics,
    GatewayErrorProviderCandidateDiagnosticsParams,
)
from ..models.gateway_error_provider_failure_diagnostics import (  # noqa: E402
    GatewayErrorProviderFailureDiagnostics,
    GatewayErrorProviderFailureDiagnosticsParams,
)
from ..models.gateway_error_routing_diagnostics import (  # noqa: E402
    GatewayErrorRoutingDiagnostics,
    GatewayErrorRoutingDiagnosticsParams,
)
from ..models.gateway_error_timing_type_0 import GatewayErrorTimingType0, GatewayErrorTimingType0Params  # noqa: E402
from ..models.provider_failure import ProviderFailure, ProviderFailureParams  # noqa: E402
from ..models.upstream_error import UpstreamError, UpstreamErrorParams  # noqa: E402
from ..models.validation_issue import ValidationIssue, ValidationIssueParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_GatewayErrorProviderCandidateDiagnostics = GatewayErrorProviderCandidateDiagnostics.from_dict
_from_dict_GatewayErrorProviderFailureDiagnostics = GatewayErrorProviderFailureDiagnostics.from_dict
_from_dict_GatewayErrorRoutingDiagnostics = GatewayErrorRoutingDiagnostics.from_dict
_from_dict_ProviderFailure = ProviderFailure.from_dict
_from_dict_UpstreamError = UpstreamError.from_dict
_from_dict_ValidationIssue = ValidationIssue.from_dict

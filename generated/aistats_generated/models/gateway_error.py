from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GatewayError")


@_attrs_define
class GatewayError:
    """The body of a non-2xx response."""

    error: ErrorObject | str
    """ The error code, e.g. `validation_error` or `upstream_error`; an object when a provider's error is relayed as
    is. """
    generation_id: str | None = None
    """ The gateway's request id. """
    status_code: int | None = None
    error_type: str | None = None
    """ `user` or `system`. """
    error_origin: str | None = None
    """ `user`, `gateway` or `upstream`. """
    error_operational_kind: str | None = None
    description: None | str = None
    """ What went wrong, for people (sometimes just the code again). """
    reason: None | str = None
    details: list[ValidationIssue] | None = None
    """ Validation issues, each naming the offending path. """
    attempt_count: int | None = None
    failed_providers: list[str] | None = None
    failed_statuses: list[int] | None = None
    """ The HTTP statuses the providers answered with. """
    failure_sample: list[ProviderFailure] | None = None
    upstream_error: UpstreamError | None = None
    """ The provider's own error, as the gateway understood it. """
    routing_diagnostics: GatewayErrorRoutingDiagnostics | None = None
    provider_candidate_diagnostics: GatewayErrorProviderCandidateDiagnostics | None = None
    provider_failure_diagnostics: GatewayErrorProviderFailureDiagnostics | None = None
    ok: bool | None = None
    """ `false` (older gateways). """
    message: None | str = None
    request_id: None | str = None
    """ The request id (older gateways). """
    team_id: None | str = None
    model: None | str = None
    meta: GatewayErrorMetaType0 | None = None
    timing: GatewayErrorTimingType0 | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | str
        if isinstance(self.error, ErrorObject):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        generation_id = self.generation_id
        if generation_id is not None:
            field_dict["generation_id"] = generation_id
        elif self._nulls_ & 1:
            field_dict["generation_id"] = None
        status_code = self.status_code
        if status_code is not None:
            field_dict["status_code"] = status_code
        elif self._nulls_ & 2:
            field_dict["status_code"] = None
        error_type = self.error_type
        if error_type is not None:
            field_dict["error_type"] = error_type
        elif self._nulls_ & 4:
            field_dict["error_type"] = None
        error_origin = self.error_origin
        if error_origin is not None:
            field_dict["error_origin"] = error_origin
        elif self._nulls_ & 8:
            field_dict["error_origin"] = None
        error_operational_kind = self.error_operational_kind
        if error_operational_kind is not None:
            field_dict["error_operational_kind"] = error_operational_kind
        elif self._nulls_ & 16:
            field_dict["error_operational_kind"] = None
        description = self.description
        if description is not None:
            field_dict["description"] = description
        elif self._nulls_ & 32:
            field_dict["description"] = None
        reason = self.reason
        if reason is not None:
            field_dict["reason"] = reason
        elif self._nulls_ & 64:
            field_dict["reason"] = None
        details = self.details
        if details is not None:
            details_json: list[dict[str, Any]] = []
            for details_item in details:
                details_json.append(details_item.to_dict())
            field_dict["details"] = details_json
        elif self._nulls_ & 128:
            field_dict["details"] = None
        attempt_count = self.attempt_count
        if attempt_count is not None:
            field_dict["attempt_count"] = attempt_count
        elif self._nulls_ & 256:
            field_dict["attempt_count"] = None
        failed_providers = self.failed_providers
        if failed_providers is not None:
            field_dict["failed_providers"] = failed_providers
        elif self._nulls_ & 512:
            field_dict["failed_providers"] = None
        failed_statuses = self.failed_statuses
        if failed_statuses is not None:
            field_dict["failed_statuses"] = failed_statuses
        elif self._nulls_ & 1024:
            field_dict["failed_statuses"] = None
        failure_sample = self.failure_sample
        if failure_sample is not None:
            failure_sample_json: list[dict[str, Any]] = []
            for failure_sample_item in failure_sample:
                failure_sample_json.append(failure_sample_item.to_dict())
            field_dict["failure_sample"] = failure_sample_json
        elif self._nulls_ & 2048:
            field_dict["failure_sample"] = None
        upstream_error = self.upstream_error
        if upstream_error is not None:
            field_dict["upstream_error"] = upstream_error.to_dict()
        elif self._nulls_ & 4096:
            field_dict["upstream_error"] = None
        routing_diagnostics = self.routing_diagnostics
        if routing_diagnostics is not None:
            field_dict["routing_diagnostics"] = routing_diagnostics.to_dict()
        elif self._nulls_ & 8192:
            field_dict["routing_diagnostics"] = None
        provider_candidate_diagnostics = self.provider_candidate_diagnostics
        if provider_candidate_diagnostics is not None:
            field_dict["provider_candidate_diagnostics"] = provider_candidate_diagnostics.to_dict()
        elif self._nulls_ & 16384:
            field_dict["provider_candidate_diagnostics"] = None
        provider_failure_diagnostics = self.provider_failure_diagnostics
        if provider_failure_diagnostics is not None:
            field_dict["provider_failure_diagnostics"] = provider_failure_diagnostics.to_dict()
        elif self._nulls_ & 32768:
            field_dict["provider_failure_diagnostics"] = None
        ok = self.ok
        if ok is not None:
            field_dict["ok"] = ok
        elif self._nulls_ & 65536:
            field_dict["ok"] = None
        message = self.message
        if message is not None:
            field_dict["message"] = message
        elif self._nulls_ & 131072:
            field_dict["message"] = None
        request_id = self.request_id
        if request_id is not None:
            field_dict["request_id"] = request_id
        elif self._nulls_ & 262144:
            field_dict["request_id"] = None
        team_id = self.team_id
        if team_id is not None:
            field_dict["team_id"] = team_id
        elif self._nulls_ & 524288:
            field_dict["team_id"] = None
        model = self.model
        if model is not None:
            field_dict["model"] = model
        elif self._nulls_ & 1048576:
            field_dict["model"] = None
        meta = self.meta
        if meta is not None:
            if isinstance(meta, GatewayErrorMetaType0):
                field_dict["meta"] = meta.to_dict()
            else:
                field_dict["meta"] = meta
        elif self._nulls_ & 2097152:
            field_dict["meta"] = None
        timing = self.timing
        if timing is not None:
            if isinstance(timing, GatewayErrorTimingType0):
                field_dict["timing"] = timing.to_dict()
            else:
                field_dict["timing"] = timing
        elif self._nulls_ & 4194304:
            field_dict["timing"] = None

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
        error = _parse_error(d.pop("error"))

        if d:
            generation_id = d.pop("generation_id", None)
            if generation_id is None and "generation_id" in src_dict:
                nulls_ |= 1
        else:
            generation_id = None

        if d:
            status_code = d.pop("status_code", None)
            if status_code is None and "status_code" in src_dict:
                nulls_ |= 2
        else:
            status_code = None

        if d:
            error_type = d.pop("error_type", None)
            if error_type is None and "error_type" in src_dict:
                nulls_ |= 4
        else:
            error_type = None

        if d:
            error_origin = d.pop("error_origin", None)
            if error_origin is None and "error_origin" in src_dict:
                nulls_ |= 8
        else:
            error_origin = None

        if d:
            error_operational_kind = d.pop("error_operational_kind", None)
            if error_operational_kind is None and "error_operational_kind" in src_dict:
                nulls_ |= 16
        else:
            error_operational_kind = None

        if d:
            description = d.pop("description", None)
            if description is None and "description" in src_dict:
                nulls_ |= 32
        else:
            description = None

        if d:
            reason = d.pop("reason", None)
            if reason is None and "reason" in src_dict:
                nulls_ |= 64
        else:
            reason = None

        details: list[ValidationIssue] | None = None
        if d:
            _details = d.pop("details", None)
            if _details is None:
                if "details" in src_dict:
                    nulls_ |= 128
            else:
                details = []
                for details_item_data in _details:
                    details.append(_from_dict_ValidationIssue(details_item_data))

        if d:
            attempt_count = d.pop("attempt_count", None)
            if attempt_count is None and "attempt_count" in src_dict:
                nulls_ |= 256
        else:
            attempt_count = None

        if d:
            failed_providers = d.pop("failed_providers", None)
            if failed_providers is None and "failed_providers" in src_dict:
                nulls_ |= 512
        else:
            failed_providers = None

        if d:
            failed_statuses = d.pop("failed_statuses", None)
            if failed_statuses is None and "failed_statuses" in src_dict:
                nulls_ |= 1024
        else:
            failed_statuses = None

        failure_sample: list[ProviderFailure] | None = None
        if d:
            _failure_sample = d.pop("failure_sample", None)
            if _failure_sample is None:
                if "failure_sample" in src_dict:
                    nulls_ |= 2048
            else:
                failure_sample = []
                for failure_sample_item_data in _failure_sample:
                    failure_sample.append(_from_dict_ProviderFailure(failure_sample_item_data))

        upstream_error: UpstreamError | None = None
        if d:
            _upstream_error = d.pop("upstream_error", None)
            if _upstream_error is None:
                if "upstream_error" in src_dict:
                    nulls_ |= 4096
            else:
                upstream_error = _from_dict_UpstreamError(_upstream_error)

        routing_diagnostics: GatewayErrorRoutingDiagnostics | None = None
        if d:
            _routing_diagnostics = d.pop("routing_diagnostics", None)
            if _routing_diagnostics is None:
                if "routing_diagnostics" in src_dict:
                    nulls_ |= 8192
            else:
                routing_diagnostics = _from_dict_GatewayErrorRoutingDiagnostics(_routing_diagnostics)

        provider_candidate_diagnostics: GatewayErrorProviderCandidateDiagnostics | None = None
        if d:
            _provider_candidate_diagnostics = d.pop("provider_candidate_diagnostics", None)
            if _provider_candidate_diagnostics is None:
                if "provider_candidate_diagnostics" in src_dict:
                    nulls_ |= 16384
            else:
                provider_candidate_diagnostics = _from_dict_GatewayErrorProviderCandidateDiagnostics(
                    _provider_candidate_diagnostics
                )

        provider_failure_diagnostics: GatewayErrorProviderFailureDiagnostics | None = None
        if d:
            _provider_failure_diagnostics = d.pop("provider_failure_diagnostics", None)
            if _provider_failure_diagnostics is None:
                if "provider_failure_diagnostics" in src_dict:
                    nulls_ |= 32768
            else:
                provider_failure_diagnostics = _from_dict_GatewayErrorProviderFailureDiagnostics(
                    _provider_failure_diagnostics
                )

        if d:
            ok = d.pop("ok", None)
            if ok is None and "ok" in src_dict:
                nulls_ |= 65536
        else:
            ok = None

        if d:
            message = d.pop("message", None)
            if message is None and "message" in src_dict:
                nulls_ |= 131072
        else:
            message = None

        if d:
            request_id = d.pop("request_id", None)
            if request_id is None and "request_id" in src_dict:
                nulls_ |= 262144
        else:
            request_id = None

        if d:
            team_id = d.pop("team_id", None)
            if team_id is None and "team_id" in src_dict:
                nulls_ |= 524288
        else:
            team_id = None

        if d:
            model = d.pop("model", None)
            if model is None and "model" in src_dict:
                nulls_ |= 1048576
        else:
            model = None

        meta: GatewayErrorMetaType0 | None = None
        if d:
            _meta = d.pop("meta", None)
            if _meta is None:
                if "meta" in src_dict:
                    nulls_ |= 2097152
            else:
                meta = _parse_meta(_meta)

        timing: GatewayErrorTimingType0 | None = None
        if d:
            _timing = d.pop("timing", None)
            if _timing is None:
                if "timing" in src_dict:
                    nulls_ |= 4194304
            else:
                timing = _parse_timing(_timing)

        if cls is GatewayError:
            new_instance_ = _object_new_(cls)
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
        else:
            new_instance_ = cls(
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


def _parse_error(data: object) -> ErrorObject | str:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        error_type_1 = ErrorObject.from_dict(data)

        return error_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ErrorObject | str, data)


def _parse_meta(data: object) -> GatewayErrorMetaType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        meta_type_0 = GatewayErrorMetaType0.from_dict(data)

        return meta_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(GatewayErrorMetaType0 | None, data)


def _parse_timing(data: object) -> GatewayErrorTimingType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        timing_type_0 = GatewayErrorTimingType0.from_dict(data)

        return timing_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(GatewayErrorTimingType0 | None, data)


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

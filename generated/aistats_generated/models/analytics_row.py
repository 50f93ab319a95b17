from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AnalyticsRow")


@_attrs_define
class AnalyticsRow:
    """Usage of one model through one provider on one UTC day."""

    date: str | None = None
    model: None | str = None
    model_permaslug: None | str = None
    endpoint_id: None | str = None
    provider_name: None | str = None
    usage: float | None = None
    """ Spend in USD. """
    byok_usage_inference: float | None = None
    requests: int | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    reasoning_tokens: int | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        date = self.date
        if date is not None:
            field_dict["date"] = date
        elif self._nulls_ & 1:
            field_dict["date"] = None
        model = self.model
        if model is not None:
            field_dict["model"] = model
        elif self._nulls_ & 2:
            field_dict["model"] = None
        model_permaslug = self.model_permaslug
        if model_permaslug is not None:
            field_dict["model_permaslug"] = model_permaslug
        elif self._nulls_ & 4:
            field_dict["model_permaslug"] = None
        endpoint_id = self.endpoint_id
        if endpoint_id is not None:
            field_dict["endpoint_id"] = endpoint_id
        elif self._nulls_ & 8:
            field_dict["endpoint_id"] = None
        provider_name = self.provider_name
        if provider_name is not None:
            field_dict["provider_name"] = provider_name
        elif self._nulls_ & 16:
            field_dict["provider_name"] = None
        usage = self.usage
        if usage is not None:
            field_dict["usage"] = usage
        elif self._nulls_ & 32:
            field_dict["usage"] = None
        byok_usage_inference = self.byok_usage_inference
        if byok_usage_inference is not None:
            field_dict["byok_usage_inference"] = byok_usage_inference
        elif self._nulls_ & 64:
            field_dict["byok_usage_inference"] = None
        requests = self.requests
        if requests is not None:
            field_dict["requests"] = requests
        elif self._nulls_ & 128:
            field_dict["requests"] = None
        prompt_tokens = self.prompt_tokens
        if prompt_tokens is not None:
            field_dict["prompt_tokens"] = prompt_tokens
        elif self._nulls_ & 256:
            field_dict["prompt_tokens"] = None
        completion_tokens = self.completion_tokens
        if completion_tokens is not None:
            field_dict["completion_tokens"] = completion_tokens
        elif self._nulls_ & 512:
            field_dict["completion_tokens"] = None
        reasoning_tokens = self.reasoning_tokens
        if reasoning_tokens is not None:
            field_dict["reasoning_tokens"] = reasoning_tokens
        elif self._nulls_ & 1024:
            field_dict["reasoning_tokens"] = None

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
            date = d.pop("date", None)
            if date is None and "date" in src_dict:
                nulls_ |= 1
        else:
            date = None

        if d:
            model = d.pop("model", None)
            if model is None and "model" in src_dict:
                nulls_ |= 2
        else:
            model = None

        if d:
            model_permaslug = d.pop("model_permaslug", None)
            if model_permaslug is None and "model_permaslug" in src_dict:
                nulls_ |= 4
        else:
            model_permaslug = None

        if d:
            endpoint_id = d.pop("endpoint_id", None)
            if endpoint_id is None and "endpoint_id" in src_dict:
                nulls_ |= 8
        else:
            endpoint_id = None

        if d:
            provider_name = d.pop("provider_name", None)
            if provider_name is None and "provider_name" in src_dict:
                nulls_ |= 16
        else:
            provider_name = None

        if d:
            usage = d.pop("usage", None)
            if usage is None and "usage" in src_dict:
                nulls_ |= 32
        else:
            usage = None

        if d:
            byok_usage_inference = d.pop("byok_usage_inference", None)
            if byok_usage_inference is None and "byok_usage_inference" in src_dict:
                nulls_ |= 64
        else:
            byok_usage_inference = None

        if d:
            requests = d.pop("requests", None)
            if requests is None and "requests" in src_dict:
                nulls_ |= 128
        else:
            requests = None

        if d:
            prompt_tokens = d.pop("prompt_tokens", None)
            if prompt_tokens is None and "prompt_tokens" in src_dict:
                nulls_ |= 256
        else:
            prompt_tokens = None

        if d:
            completion_tokens = d.pop("completion_tokens", None)
            if completion_tokens is None and "completion_tokens" in src_dict:
                nulls_ |= 512
        else:
            completion_tokens = None

        if d:
            reasoning_tokens = d.pop("reasoning_tokens", None)
            if reasoning_tokens is None and "reasoning_tokens" in src_dict:
                nulls_ |= 1024
        else:
            reasoning_tokens = None

        if cls is AnalyticsRow:
            new_instance_ = _object_new_(cls)
            new_instance_.date = date
            new_instance_.model = model
            new_instance_.model_permaslug = model_permaslug
            new_instance_.endpoint_id = endpoint_id
            new_instance_.provider_name = provider_name
            new_instance_.usage = usage
            new_instance_.byok_usage_inference = byok_usage_inference
            new_instance_.requests = requests
            new_instance_.prompt_tokens = prompt_tokens
            new_instance_.completion_tokens = completion_tokens
            new_instance_.reasoning_tokens = reasoning_tokens
        else:
            new_instance_ = cls(
                date=date,
                model=model,
                model_permaslug=model_permaslug,
                endpoint_id=endpoint_id,
                provider_name=provider_name,
                usage=usage,
                byok_usage_inference=byok_usage_inference,
                requests=requests,
                prompt_tokens=prompt_tokens,
                completion_tokens=completion_tokens,
                reasoning_tokens=reasoning_tokens,
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


class AnalyticsRowParams(TypedDict, total=False):
    """The JSON object `AnalyticsRow.from_dict` reads (keys as on the wire), for type checkers."""

    date: str
    model: str | None
    model_permaslug: str | None
    endpoint_id: str | None
    provider_name: str | None
    usage: float | None
    """ Spend in USD. """
    byok_usage_inference: float | None
    requests: int | None
    prompt_tokens: int | None
    completion_tokens: int | None
    reasoning_tokens: int | None


_object_new_ = object.__new__

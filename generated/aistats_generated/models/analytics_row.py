from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsRow")


@_attrs_define
class AnalyticsRow:
    """Usage of one model through one provider on one UTC day."""

    date: str | Unset = UNSET
    model: None | str | Unset = UNSET
    model_permaslug: None | str | Unset = UNSET
    endpoint_id: None | str | Unset = UNSET
    provider_name: None | str | Unset = UNSET
    usage: float | None | Unset = UNSET
    """ Spend in USD. """
    byok_usage_inference: float | None | Unset = UNSET
    requests: int | None | Unset = UNSET
    prompt_tokens: int | None | Unset = UNSET
    completion_tokens: int | None | Unset = UNSET
    reasoning_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        model_permaslug: None | str | Unset
        if isinstance(self.model_permaslug, Unset):
            model_permaslug = UNSET
        else:
            model_permaslug = self.model_permaslug

        endpoint_id: None | str | Unset
        if isinstance(self.endpoint_id, Unset):
            endpoint_id = UNSET
        else:
            endpoint_id = self.endpoint_id

        provider_name: None | str | Unset
        if isinstance(self.provider_name, Unset):
            provider_name = UNSET
        else:
            provider_name = self.provider_name

        usage: float | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        else:
            usage = self.usage

        byok_usage_inference: float | None | Unset
        if isinstance(self.byok_usage_inference, Unset):
            byok_usage_inference = UNSET
        else:
            byok_usage_inference = self.byok_usage_inference

        requests: int | None | Unset
        if isinstance(self.requests, Unset):
            requests = UNSET
        else:
            requests = self.requests

        prompt_tokens: int | None | Unset
        if isinstance(self.prompt_tokens, Unset):
            prompt_tokens = UNSET
        else:
            prompt_tokens = self.prompt_tokens

        completion_tokens: int | None | Unset
        if isinstance(self.completion_tokens, Unset):
            completion_tokens = UNSET
        else:
            completion_tokens = self.completion_tokens

        reasoning_tokens: int | None | Unset
        if isinstance(self.reasoning_tokens, Unset):
            reasoning_tokens = UNSET
        else:
            reasoning_tokens = self.reasoning_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if model is not UNSET:
            field_dict["model"] = model
        if model_permaslug is not UNSET:
            field_dict["model_permaslug"] = model_permaslug
        if endpoint_id is not UNSET:
            field_dict["endpoint_id"] = endpoint_id
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if usage is not UNSET:
            field_dict["usage"] = usage
        if byok_usage_inference is not UNSET:
            field_dict["byok_usage_inference"] = byok_usage_inference
        if requests is not UNSET:
            field_dict["requests"] = requests
        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if completion_tokens is not UNSET:
            field_dict["completion_tokens"] = completion_tokens
        if reasoning_tokens is not UNSET:
            field_dict["reasoning_tokens"] = reasoning_tokens

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        date = d.pop("date", UNSET) if d else UNSET

        model: None | str | Unset = d.pop("model", UNSET) if d else UNSET

        model_permaslug: None | str | Unset = d.pop("model_permaslug", UNSET) if d else UNSET

        endpoint_id: None | str | Unset = d.pop("endpoint_id", UNSET) if d else UNSET

        provider_name: None | str | Unset = d.pop("provider_name", UNSET) if d else UNSET

        usage: float | None | Unset = d.pop("usage", UNSET) if d else UNSET

        byok_usage_inference: float | None | Unset = d.pop("byok_usage_inference", UNSET) if d else UNSET

        requests: int | None | Unset = d.pop("requests", UNSET) if d else UNSET

        prompt_tokens: int | None | Unset = d.pop("prompt_tokens", UNSET) if d else UNSET

        completion_tokens: int | None | Unset = d.pop("completion_tokens", UNSET) if d else UNSET

        reasoning_tokens: int | None | Unset = d.pop("reasoning_tokens", UNSET) if d else UNSET

        if cls is AnalyticsRow:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
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
            analytics_row = new_instance_
        else:
            analytics_row = cls(
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

        analytics_row.additional_properties = d
        return analytics_row

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

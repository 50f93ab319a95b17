from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModerationsResponse")


@_attrs_define
class ModerationsResponse:
    """`POST /moderations`."""

    results: list[ModerationResult]
    id: None | str | Unset = UNSET
    object_: str | Unset = UNSET
    model: None | str | Unset = UNSET
    usage: ModerationsResponseUsageType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        object_ = self.object_

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, ModerationsResponseUsageType0):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if model is not UNSET:
            field_dict["model"] = model
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        results: list[ModerationResult] = []
        for results_item_data in d.pop("results"):
            results.append(_from_dict_ModerationResult(results_item_data))

        id: None | str | Unset = d.pop("id", UNSET) if d else UNSET

        object_ = d.pop("object", UNSET) if d else UNSET

        model: None | str | Unset = d.pop("model", UNSET) if d else UNSET

        _usage = d.pop("usage", UNSET) if d else UNSET
        usage = _usage if _usage is None or _usage is UNSET else _parse_usage(_usage)

        if cls is ModerationsResponse:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.results = results
            new_instance_.id = id
            new_instance_.object_ = object_
            new_instance_.model = model
            new_instance_.usage = usage
            moderations_response = new_instance_
        else:
            moderations_response = cls(
                results=results,
                id=id,
                object_=object_,
                model=model,
                usage=usage,
            )

        moderations_response.additional_properties = d
        return moderations_response

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


def _parse_usage(data: object) -> ModerationsResponseUsageType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        usage_type_0 = ModerationsResponseUsageType0.from_dict(data)

        return usage_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ModerationsResponseUsageType0 | None | Unset, data)


class ModerationsResponseParams(TypedDict, total=False):
    """The JSON object `ModerationsResponse.from_dict` reads (keys as on the wire), for type checkers."""

    results: Required[Sequence[ModerationResultParams]]
    id: str | None
    object: str
    model: str | None
    usage: ModerationsResponseUsageType0Params | None


from ..models.moderation_result import ModerationResult, ModerationResultParams  # noqa: E402
from ..models.moderations_response_usage_type_0 import (  # noqa: E402
    ModerationsResponseUsageType0,
    ModerationsResponseUsageType0Params,
)

_object_new_ = object.__new__
_from_dict_ModerationResult = ModerationResult.from_dict

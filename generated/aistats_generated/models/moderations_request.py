from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModerationsRequest")


@_attrs_define
class ModerationsRequest:
    """A moderation request."""

    input_: list[ModerationsRequestInputType1ItemType1 | str] | str
    model: str | Unset = UNSET
    """ The gateway picks a default when left out. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_: list[dict[str, Any] | str] | str
        if isinstance(self.input_, list):
            input_ = []
            for input_type_1_item_data in self.input_:
                input_type_1_item: dict[str, Any] | str
                if isinstance(input_type_1_item_data, ModerationsRequestInputType1ItemType1):
                    input_type_1_item = input_type_1_item_data.to_dict()
                else:
                    input_type_1_item = input_type_1_item_data
                input_.append(input_type_1_item)

        else:
            input_ = self.input_

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        input_ = _parse_input_(d.pop("input"))

        model = d.pop("model", UNSET) if d else UNSET

        if cls is ModerationsRequest:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.input_ = input_
            new_instance_.model = model
            moderations_request = new_instance_
        else:
            moderations_request = cls(
                input_=input_,
                model=model,
            )

        moderations_request.additional_properties = d
        return moderations_request

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


def _parse_input_(data: object) -> list[ModerationsRequestInputType1ItemType1 | str] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        input_type_1 = []
        _input_type_1 = data
        for input_type_1_item_data in _input_type_1:

            def _parse_input_type_1_item(data: object) -> ModerationsRequestInputType1ItemType1 | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    input_type_1_item_type_1 = ModerationsRequestInputType1ItemType1.from_dict(data)

                    return input_type_1_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ModerationsRequestInputType1ItemType1 | str, data)

            input_type_1_item = _parse_input_type_1_item(input_type_1_item_data)

            input_type_1.append(input_type_1_item)

        return input_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[ModerationsRequestInputType1ItemType1 | str] | str, data)


class ModerationsRequestParams(TypedDict, total=False):
    """The JSON object `ModerationsRequest.from_dict` reads (keys as on the wire), for type checkers."""

    input: Required[str | Sequence[str | ModerationsRequestInputType1ItemType1Params]]
    model: str
    """ The gateway picks a default when left out. """


from ..models.moderations_request_input_type_1_item_type_1 import (  # noqa: E402
    ModerationsRequestInputType1ItemType1,
    ModerationsRequestInputType1ItemType1Params,
)

_object_new_ = object.__new__

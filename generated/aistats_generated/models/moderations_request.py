from __future__ import annotations

import json as _json
import warnings as _warnings
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ModerationsRequest")


@_attrs_define
class ModerationsRequest:
    """A moderation request."""

    input: list[ModerationsRequestInputType1ItemType1 | str] | str
    model: str | None = None
    """ The gateway picks a default when left out. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def input_(self) -> list[ModerationsRequestInputType1ItemType1 | str] | str:
        """Deprecated spelling of ``input`` (removed in 0.4)."""
        _warnings.warn("`ModerationsRequest.input_` is deprecated, use `.input`", DeprecationWarning, stacklevel=2)
        return self.input

    def to_dict(self) -> dict[str, Any]:
        input_: list[dict[str, Any] | str] | str
        if isinstance(self.input, list):
            input_ = []
            for input_type_1_item_data in self.input:
                input_type_1_item: dict[str, Any] | str
                if isinstance(input_type_1_item_data, ModerationsRequestInputType1ItemType1):
                    input_type_1_item = input_type_1_item_data.to_dict()
                else:
                    input_type_1_item = input_type_1_item_data
                input_.append(input_type_1_item)

        else:
            input_ = self.input

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
            }
        )
        model = self.model
        if model is not None:
            field_dict["model"] = model
        elif self._nulls_ & 1:
            field_dict["model"] = None

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
        input_ = _parse_input_(d.pop("input"))

        if d:
            model = d.pop("model", None)
            if model is None and "model" in src_dict:
                nulls_ |= 1
        else:
            model = None

        if cls is ModerationsRequest:
            new_instance_ = _object_new_(cls)
            new_instance_.input = input_
            new_instance_.model = model
        else:
            new_instance_ = cls(
                input=input_,
                model=model,
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

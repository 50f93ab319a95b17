from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmbeddingsRequest")


@_attrs_define
class EmbeddingsRequest:
    """An embeddings request; unknown properties are passed to the provider."""

    model: str
    input_: list[int] | list[list[int]] | list[str] | str
    """ A string, a list of strings, or token ids. """
    encoding_format: str | Unset = UNSET
    """ `float` (the default) or `base64`. """
    dimensions: int | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        input_: list[int] | list[list[int]] | list[str] | str
        if isinstance(self.input_, list):
            input_ = self.input_

        elif isinstance(self.input_, list):
            input_ = self.input_

        elif isinstance(self.input_, list):
            input_ = []
            for input_type_3_item_data in self.input_:
                input_type_3_item = input_type_3_item_data

                input_.append(input_type_3_item)

        else:
            input_ = self.input_

        encoding_format = self.encoding_format

        dimensions = self.dimensions

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input_,
            }
        )
        if encoding_format is not UNSET:
            field_dict["encoding_format"] = encoding_format
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        model = d.pop("model")

        input_ = _parse_input_(d.pop("input"))

        encoding_format = d.pop("encoding_format", UNSET) if d else UNSET

        dimensions = d.pop("dimensions", UNSET) if d else UNSET

        user = d.pop("user", UNSET) if d else UNSET

        if cls is EmbeddingsRequest:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.model = model
            new_instance_.input_ = input_
            new_instance_.encoding_format = encoding_format
            new_instance_.dimensions = dimensions
            new_instance_.user = user
            embeddings_request = new_instance_
        else:
            embeddings_request = cls(
                model=model,
                input_=input_,
                encoding_format=encoding_format,
                dimensions=dimensions,
                user=user,
            )

        embeddings_request.additional_properties = d
        return embeddings_request

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


def _parse_input_(data: object) -> list[int] | list[list[int]] | list[str] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        input_type_1 = cast(list[str], data)

        return input_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, list):
            raise TypeError()
        input_type_2 = cast(list[int], data)

        return input_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, list):
            raise TypeError()
        input_type_3 = []
        _input_type_3 = data
        for input_type_3_item_data in _input_type_3:
            input_type_3_item = cast(list[int], input_type_3_item_data)

            input_type_3.append(input_type_3_item)

        return input_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[int] | list[list[int]] | list[str] | str, data)


class EmbeddingsRequestParams(TypedDict, total=False):
    """The JSON object `EmbeddingsRequest.from_dict` reads (keys as on the wire), for type checkers."""

    model: Required[str]
    input: Required[str | Sequence[str] | Sequence[int] | Sequence[Sequence[int]]]
    """ A string, a list of strings, or token ids. """
    encoding_format: str
    """ `float` (the default) or `base64`. """
    dimensions: int
    user: str


_object_new_ = object.__new__

from __future__ import annotations

import json as _json
import warnings as _warnings
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EmbeddingsRequest")


@_attrs_define
class EmbeddingsRequest:
    """An embeddings request; unknown properties are passed to the provider."""

    model: str
    input: list[int] | list[list[int]] | list[str] | str
    """ A string, a list of strings, or token ids. """
    encoding_format: str | None = None
    """ `float` (the default) or `base64`. """
    dimensions: int | None = None
    user: str | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def input_(self) -> list[int] | list[list[int]] | list[str] | str:
        """Deprecated spelling of ``input`` (removed in 0.4)."""
        _warnings.warn("`EmbeddingsRequest.input_` is deprecated, use `.input`", DeprecationWarning, stacklevel=2)
        return self.input

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        input_: list[int] | list[list[int]] | list[str] | str
        if isinstance(self.input, list):
            input_ = self.input

        elif isinstance(self.input, list):
            input_ = self.input

        elif isinstance(self.input, list):
            input_ = []
            for input_type_3_item_data in self.input:
                input_type_3_item = input_type_3_item_data

                input_.append(input_type_3_item)

        else:
            input_ = self.input

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "input": input_,
            }
        )
        encoding_format = self.encoding_format
        if encoding_format is not None:
            field_dict["encoding_format"] = encoding_format
        elif self._nulls_ & 1:
            field_dict["encoding_format"] = None
        dimensions = self.dimensions
        if dimensions is not None:
            field_dict["dimensions"] = dimensions
        elif self._nulls_ & 2:
            field_dict["dimensions"] = None
        user = self.user
        if user is not None:
            field_dict["user"] = user
        elif self._nulls_ & 4:
            field_dict["user"] = None

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
        model = d.pop("model")

        input_ = _parse_input_(d.pop("input"))

        if d:
            encoding_format = d.pop("encoding_format", None)
            if encoding_format is None and "encoding_format" in src_dict:
                nulls_ |= 1
        else:
            encoding_format = None

        if d:
            dimensions = d.pop("dimensions", None)
            if dimensions is None and "dimensions" in src_dict:
                nulls_ |= 2
        else:
            dimensions = None

        if d:
            user = d.pop("user", None)
            if user is None and "user" in src_dict:
                nulls_ |= 4
        else:
            user = None

        if cls is EmbeddingsRequest:
            new_instance_ = _object_new_(cls)
            new_instance_.model = model
            new_instance_.input = input_
            new_instance_.encoding_format = encoding_format
            new_instance_.dimensions = dimensions
            new_instance_.user = user
        else:
            new_instance_ = cls(
                model=model,
                input=input_,
                encoding_format=encoding_format,
                dimensions=dimensions,
                user=user,
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

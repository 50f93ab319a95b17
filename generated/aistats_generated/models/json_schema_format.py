from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JsonSchemaFormat")


@_attrs_define
class JsonSchemaFormat:
    """A named JSON Schema for structured output."""

    name: str | None = None
    """ The schema's name. """
    description: str | None = None
    """ What the schema describes, for the model. """
    schema: JsonSchemaFormatSchema | None = None
    """ The JSON Schema itself. """
    strict: bool | None = None
    """ Ask the provider to enforce the schema exactly. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        name = self.name
        if name is not None:
            field_dict["name"] = name
        elif self._nulls_ & 1:
            field_dict["name"] = None
        description = self.description
        if description is not None:
            field_dict["description"] = description
        elif self._nulls_ & 2:
            field_dict["description"] = None
        schema = self.schema
        if schema is not None:
            field_dict["schema"] = schema.to_dict()
        elif self._nulls_ & 4:
            field_dict["schema"] = None
        strict = self.strict
        if strict is not None:
            field_dict["strict"] = strict
        elif self._nulls_ & 8:
            field_dict["strict"] = None

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
            name = d.pop("name", None)
            if name is None and "name" in src_dict:
                nulls_ |= 1
        else:
            name = None

        if d:
            description = d.pop("description", None)
            if description is None and "description" in src_dict:
                nulls_ |= 2
        else:
            description = None

        schema: JsonSchemaFormatSchema | None = None
        if d:
            _schema = d.pop("schema", None)
            if _schema is None:
                if "schema" in src_dict:
                    nulls_ |= 4
            else:
                schema = _from_dict_JsonSchemaFormatSchema(_schema)

        if d:
            strict = d.pop("strict", None)
            if strict is None and "strict" in src_dict:
                nulls_ |= 8
        else:
            strict = None

        if cls is JsonSchemaFormat:
            new_instance_ = _object_new_(cls)
            new_instance_.name = name
            new_instance_.description = description
            new_instance_.schema = schema
            new_instance_.strict = strict
        else:
            new_instance_ = cls(
                name=name,
                description=description,
                schema=schema,
                strict=strict,
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


class JsonSchemaFormatParams(TypedDict, total=False):
    """The JSON object `JsonSchemaFormat.from_dict` reads (keys as on the wire), for type checkers."""

    name: str
    """ The schema's name. """
    description: str
    """ What the schema describes, for the model. """
    schema: JsonSchemaFormatSchemaParams
    """ The JSON Schema itself. """
    strict: bool
    """ Ask the provider to enforce the schema exactly. """


from ..models.json_schema_format_schema import JsonSchemaFormatSchema, JsonSchemaFormatSchemaParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_JsonSchemaFormatSchema = JsonSchemaFormatSchema.from_dict

from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JsonSchemaFormat")


@_attrs_define
class JsonSchemaFormat:
    """A named JSON Schema for structured output."""

    name: str | Unset = UNSET
    """ The schema's name. """
    description: str | Unset = UNSET
    """ What the schema describes, for the model. """
    schema: JsonSchemaFormatSchema | Unset = UNSET
    """ The JSON Schema itself. """
    strict: bool | Unset = UNSET
    """ Ask the provider to enforce the schema exactly. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if schema is not UNSET:
            field_dict["schema"] = schema
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        name = d.pop("name", UNSET) if d else UNSET

        description = d.pop("description", UNSET) if d else UNSET

        _schema: Any = d.pop("schema", UNSET) if d else UNSET
        schema: JsonSchemaFormatSchema | Unset = (
            UNSET if _schema is UNSET else _from_dict_JsonSchemaFormatSchema(_schema)
        )

        strict = d.pop("strict", UNSET) if d else UNSET

        if cls is JsonSchemaFormat:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.name = name
            new_instance_.description = description
            new_instance_.schema = schema
            new_instance_.strict = strict
            json_schema_format = new_instance_
        else:
            json_schema_format = cls(
                name=name,
                description=description,
                schema=schema,
                strict=strict,
            )

        json_schema_format.additional_properties = d
        return json_schema_format

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

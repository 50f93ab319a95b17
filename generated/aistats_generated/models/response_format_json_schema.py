from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseFormatJsonSchema")


@_attrs_define
class ResponseFormatJsonSchema:
    """JSON that matches the given JSON Schema, in OpenAI's form (`json_schema: {name, schema, strict}`) or flat (`name`,
    `schema`, `strict` beside `type`).

    """

    type_: Literal["json_schema"]
    json_schema: JsonSchemaFormat | Unset = UNSET
    """ A named JSON Schema for structured output. """
    name: str | Unset = UNSET
    schema: ResponseFormatJsonSchemaSchema | Unset = UNSET
    strict: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        json_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.json_schema, Unset):
            json_schema = self.json_schema.to_dict()

        name = self.name

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema
        if name is not UNSET:
            field_dict["name"] = name
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
        type_ = cast(Literal["json_schema"], d.pop("type"))
        if type_ != "json_schema":
            raise ValueError(f"type must match const 'json_schema', got '{type_}'")

        _json_schema: Any = d.pop("json_schema", UNSET) if d else UNSET
        json_schema: JsonSchemaFormat | Unset = (
            UNSET if _json_schema is UNSET else _from_dict_JsonSchemaFormat(_json_schema)
        )

        name = d.pop("name", UNSET) if d else UNSET

        _schema: Any = d.pop("schema", UNSET) if d else UNSET
        schema: ResponseFormatJsonSchemaSchema | Unset = (
            UNSET if _schema is UNSET else _from_dict_ResponseFormatJsonSchemaSchema(_schema)
        )

        strict = d.pop("strict", UNSET) if d else UNSET

        if cls is ResponseFormatJsonSchema:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.type_ = type_
            new_instance_.json_schema = json_schema
            new_instance_.name = name
            new_instance_.schema = schema
            new_instance_.strict = strict
            response_format_json_schema = new_instance_
        else:
            response_format_json_schema = cls(
                type_=type_,
                json_schema=json_schema,
                name=name,
                schema=schema,
                strict=strict,
            )

        response_format_json_schema.additional_properties = d
        return response_format_json_schema

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


class ResponseFormatJsonSchemaParams(TypedDict, total=False):
    """The JSON object `ResponseFormatJsonSchema.from_dict` reads (keys as on the wire), for type checkers."""

    type: Required[Literal["json_schema"]]
    json_schema: JsonSchemaFormatParams
    """ A named JSON Schema for structured output. """
    name: str
    schema: ResponseFormatJsonSchemaSchemaParams
    strict: bool


from ..models.json_schema_format import JsonSchemaFormat, JsonSchemaFormatParams  # noqa: E402
from ..models.response_format_json_schema_schema import (  # noqa: E402
    ResponseFormatJsonSchemaSchema,
    ResponseFormatJsonSchemaSchemaParams,
)

_object_new_ = object.__new__
_from_dict_JsonSchemaFormat = JsonSchemaFormat.from_dict
_from_dict_ResponseFormatJsonSchemaSchema = ResponseFormatJsonSchemaSchema.from_dict

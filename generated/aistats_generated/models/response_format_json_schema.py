from __future__ import annotations

import builtins as _builtins
import json as _json
import warnings as _warnings
from collections.abc import Mapping
from typing import Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResponseFormatJsonSchema")


@_attrs_define
class ResponseFormatJsonSchema:
    """JSON that matches the given JSON Schema, in OpenAI's form (`json_schema: {name, schema, strict}`) or flat (`name`,
    `schema`, `strict` beside `type`).

    """

    type: Literal["json_schema"]
    json_schema: JsonSchemaFormat | None = None
    """ A named JSON Schema for structured output. """
    name: str | None = None
    schema: ResponseFormatJsonSchemaSchema | None = None
    strict: bool | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type_(self) -> Literal["json_schema"]:
        """Deprecated spelling of ``type`` (removed in 0.4)."""
        _warnings.warn("`ResponseFormatJsonSchema.type_` is deprecated, use `.type`", DeprecationWarning, stacklevel=2)
        return self.type

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        json_schema = self.json_schema
        if json_schema is not None:
            field_dict["json_schema"] = json_schema.to_dict()
        elif self._nulls_ & 1:
            field_dict["json_schema"] = None
        name = self.name
        if name is not None:
            field_dict["name"] = name
        elif self._nulls_ & 2:
            field_dict["name"] = None
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
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = {**src_dict}
        except TypeError:  # not a mapping: what dict() makes of it (pairs), or its error
            d = dict(src_dict)
        nulls_ = 0
        type_ = cast(Literal["json_schema"], d.pop("type"))
        if type_ != "json_schema":
            raise ValueError(f"type must match const 'json_schema', got '{type_}'")

        json_schema: JsonSchemaFormat | None = None
        if d:
            _json_schema = d.pop("json_schema", None)
            if _json_schema is None:
                if "json_schema" in src_dict:
                    nulls_ |= 1
            else:
                json_schema = _from_dict_JsonSchemaFormat(_json_schema)

        if d:
            name = d.pop("name", None)
            if name is None and "name" in src_dict:
                nulls_ |= 2
        else:
            name = None

        schema: ResponseFormatJsonSchemaSchema | None = None
        if d:
            _schema = d.pop("schema", None)
            if _schema is None:
                if "schema" in src_dict:
                    nulls_ |= 4
            else:
                schema = _from_dict_ResponseFormatJsonSchemaSchema(_schema)

        if d:
            strict = d.pop("strict", None)
            if strict is None and "strict" in src_dict:
                nulls_ |= 8
        else:
            strict = None

        if cls is ResponseFormatJsonSchema:
            new_instance_ = _object_new_(cls)
            new_instance_.type = type_
            new_instance_.json_schema = json_schema
            new_instance_.name = name
            new_instance_.schema = schema
            new_instance_.strict = strict
        else:
            new_instance_ = cls(
                type=type_,
                json_schema=json_schema,
                name=name,
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

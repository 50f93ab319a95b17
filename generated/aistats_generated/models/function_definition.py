from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FunctionDefinition")


@_attrs_define
class FunctionDefinition:
    """A function's name, purpose and JSON Schema parameters."""

    name: str
    description: str | Unset = UNSET
    parameters: FunctionDefinitionParameters | Unset = UNSET
    """ The arguments' JSON Schema. """
    strict: bool | None | Unset = UNSET
    """ Ask the provider to follow the parameters' schema exactly. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET) if d else UNSET

        _parameters: Any = d.pop("parameters", UNSET) if d else UNSET
        parameters: FunctionDefinitionParameters | Unset = (
            UNSET if _parameters is UNSET else _from_dict_FunctionDefinitionParameters(_parameters)
        )

        strict: bool | None | Unset = d.pop("strict", UNSET) if d else UNSET

        if cls is FunctionDefinition:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.name = name
            new_instance_.description = description
            new_instance_.parameters = parameters
            new_instance_.strict = strict
            function_definition = new_instance_
        else:
            function_definition = cls(
                name=name,
                description=description,
                parameters=parameters,
                strict=strict,
            )

        function_definition.additional_properties = d
        return function_definition

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


class FunctionDefinitionParams(TypedDict, total=False):
    """The JSON object `FunctionDefinition.from_dict` reads (keys as on the wire), for type checkers."""

    name: Required[str]
    description: str
    parameters: FunctionDefinitionParametersParams
    """ The arguments' JSON Schema. """
    strict: bool | None
    """ Ask the provider to follow the parameters' schema exactly. """


from ..models.function_definition_parameters import FunctionDefinitionParameters, FunctionDefinitionParametersParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_FunctionDefinitionParameters = FunctionDefinitionParameters.from_dict

from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationIssue")


@_attrs_define
class ValidationIssue:
    """One reason a request was refused."""

    message: str | Unset = UNSET
    path: list[int | str] | Unset = UNSET
    keyword: str | Unset = UNSET
    params: ValidationIssueArguments | Unset = UNSET
    """ The rule's arguments, e.g. the allowed values. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        path: list[int | str] | Unset = UNSET
        if not isinstance(self.path, Unset):
            path = []
            for path_item_data in self.path:
                path_item: int | str
                path_item = path_item_data
                path.append(path_item)

        keyword = self.keyword

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if path is not UNSET:
            field_dict["path"] = path
        if keyword is not UNSET:
            field_dict["keyword"] = keyword
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        message = d.pop("message", UNSET) if d else UNSET

        _path = d.pop("path", UNSET) if d else UNSET
        path: list[int | str] | Unset = UNSET
        if _path is not UNSET:
            path = []
            for path_item_data in _path:
                path_item: int | str = path_item_data

                path.append(path_item)

        keyword = d.pop("keyword", UNSET) if d else UNSET

        _params: Any = d.pop("params", UNSET) if d else UNSET
        params: ValidationIssueArguments | Unset = (
            UNSET if _params is UNSET else _from_dict_ValidationIssueArguments(_params)
        )

        if cls is ValidationIssue:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.message = message
            new_instance_.path = path
            new_instance_.keyword = keyword
            new_instance_.params = params
            validation_issue = new_instance_
        else:
            validation_issue = cls(
                message=message,
                path=path,
                keyword=keyword,
                params=params,
            )

        validation_issue.additional_properties = d
        return validation_issue

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


class ValidationIssueParams(TypedDict, total=False):
    """The JSON object `ValidationIssue.from_dict` reads (keys as on the wire), for type checkers."""

    message: str
    path: Sequence[str | int]
    keyword: str
    params: ValidationIssueArgumentsParams
    """ The rule's arguments, e.g. the allowed values. """


from ..models.validation_issue_arguments import ValidationIssueArguments, ValidationIssueArgumentsParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_ValidationIssueArguments = ValidationIssueArguments.from_dict

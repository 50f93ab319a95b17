from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ValidationIssue")


@_attrs_define
class ValidationIssue:
    """One reason a request was refused."""

    message: str | None = None
    path: list[int | str] | None = None
    keyword: str | None = None
    params: ValidationIssueArguments | None = None
    """ The rule's arguments, e.g. the allowed values. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        message = self.message
        if message is not None:
            field_dict["message"] = message
        elif self._nulls_ & 1:
            field_dict["message"] = None
        path = self.path
        if path is not None:
            path_json: list[Any] = []
            for path_item in path:
                path_item_json: int | str
                path_item_json = path_item
                path_json.append(path_item_json)
            field_dict["path"] = path_json
        elif self._nulls_ & 2:
            field_dict["path"] = None
        keyword = self.keyword
        if keyword is not None:
            field_dict["keyword"] = keyword
        elif self._nulls_ & 4:
            field_dict["keyword"] = None
        params = self.params
        if params is not None:
            field_dict["params"] = params.to_dict()
        elif self._nulls_ & 8:
            field_dict["params"] = None

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
            message = d.pop("message", None)
            if message is None and "message" in src_dict:
                nulls_ |= 1
        else:
            message = None

        path: list[int | str] | None = None
        if d:
            _path = d.pop("path", None)
            if _path is None:
                if "path" in src_dict:
                    nulls_ |= 2
            else:
                path = []
                for path_item_data in _path:
                    path_item: int | str = path_item_data

                    path.append(path_item)

        if d:
            keyword = d.pop("keyword", None)
            if keyword is None and "keyword" in src_dict:
                nulls_ |= 4
        else:
            keyword = None

        params: ValidationIssueArguments | None = None
        if d:
            _params = d.pop("params", None)
            if _params is None:
                if "params" in src_dict:
                    nulls_ |= 8
            else:
                params = _from_dict_ValidationIssueArguments(_params)

        if cls is ValidationIssue:
            new_instance_ = _object_new_(cls)
            new_instance_.message = message
            new_instance_.path = path
            new_instance_.keyword = keyword
            new_instance_.params = params
        else:
            new_instance_ = cls(
                message=message,
                path=path,
                keyword=keyword,
                params=params,
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

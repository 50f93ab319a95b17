from __future__ import annotations

import json as _json
import warnings as _warnings
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BatchCapabilityList")


@_attrs_define
class BatchCapabilityList:
    """`GET /batches/capabilities`."""

    data: list[BatchCapability]
    object: str | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def object_(self) -> str | None:
        """Deprecated spelling of ``object`` (removed in 0.4)."""
        _warnings.warn("`BatchCapabilityList.object_` is deprecated, use `.object`", DeprecationWarning, stacklevel=2)
        return self.object

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        object_ = self.object
        if object_ is not None:
            field_dict["object"] = object_
        elif self._nulls_ & 1:
            field_dict["object"] = None

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
        data: list[BatchCapability] = []
        for data_item_data in d.pop("data"):
            data.append(_from_dict_BatchCapability(data_item_data))

        if d:
            object_ = d.pop("object", None)
            if object_ is None and "object" in src_dict:
                nulls_ |= 1
        else:
            object_ = None

        if cls is BatchCapabilityList:
            new_instance_ = _object_new_(cls)
            new_instance_.data = data
            new_instance_.object = object_
        else:
            new_instance_ = cls(
                data=data,
                object=object_,
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


class BatchCapabilityListParams(TypedDict, total=False):
    """The JSON object `BatchCapabilityList.from_dict` reads (keys as on the wire), for type checkers."""

    data: Required[Sequence[BatchCapabilityParams]]
    object: str


from ..models.batch_capability import BatchCapability, BatchCapabilityParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_BatchCapability = BatchCapability.from_dict

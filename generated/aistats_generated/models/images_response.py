from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImagesResponse")


@_attrs_define
class ImagesResponse:
    """`POST /images/generations`."""

    data: list[GeneratedImage]
    id: None | str | Unset = UNSET
    created: int | None | Unset = UNSET
    model: None | str | Unset = UNSET
    usage: ImagesResponseUsageType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        created: int | None | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, ImagesResponseUsageType0):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if created is not UNSET:
            field_dict["created"] = created
        if model is not UNSET:
            field_dict["model"] = model
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        data: list[GeneratedImage] = []
        for data_item_data in d.pop("data"):
            data.append(_from_dict_GeneratedImage(data_item_data))

        id: None | str | Unset = d.pop("id", UNSET) if d else UNSET

        created: int | None | Unset = d.pop("created", UNSET) if d else UNSET

        model: None | str | Unset = d.pop("model", UNSET) if d else UNSET

        _usage = d.pop("usage", UNSET) if d else UNSET
        usage = _usage if _usage is None or _usage is UNSET else _parse_usage(_usage)

        if cls is ImagesResponse:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.data = data
            new_instance_.id = id
            new_instance_.created = created
            new_instance_.model = model
            new_instance_.usage = usage
            images_response = new_instance_
        else:
            images_response = cls(
                data=data,
                id=id,
                created=created,
                model=model,
                usage=usage,
            )

        images_response.additional_properties = d
        return images_response

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


def _parse_usage(data: object) -> ImagesResponseUsageType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        usage_type_0 = ImagesResponseUsageType0.from_dict(data)

        return usage_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ImagesResponseUsageType0 | None | Unset, data)


class ImagesResponseParams(TypedDict, total=False):
    """The JSON object `ImagesResponse.from_dict` reads (keys as on the wire), for type checkers."""

    data: Required[Sequence[GeneratedImageParams]]
    id: str | None
    created: int | None
    model: str | None
    usage: ImagesResponseUsageType0Params | None


from ..models.generated_image import GeneratedImage, GeneratedImageParams  # noqa: E402
from ..models.images_response_usage_type_0 import ImagesResponseUsageType0, ImagesResponseUsageType0Params  # noqa: E402

_object_new_ = object.__new__
_from_dict_GeneratedImage = GeneratedImage.from_dict

from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OcrPage")


@_attrs_define
class OcrPage:
    """One page's text."""

    index: int | Unset = UNSET
    markdown: str | Unset = UNSET
    images: list[OcrPageImagesItem] | Unset = UNSET
    dimensions: None | OcrPageDimensionsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        markdown = self.markdown

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        dimensions: dict[str, Any] | None | Unset
        if isinstance(self.dimensions, Unset):
            dimensions = UNSET
        elif isinstance(self.dimensions, OcrPageDimensionsType0):
            dimensions = self.dimensions.to_dict()
        else:
            dimensions = self.dimensions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if markdown is not UNSET:
            field_dict["markdown"] = markdown
        if images is not UNSET:
            field_dict["images"] = images
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        index = d.pop("index", UNSET) if d else UNSET

        markdown = d.pop("markdown", UNSET) if d else UNSET

        _images = d.pop("images", UNSET) if d else UNSET
        images: list[OcrPageImagesItem] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images.append(_from_dict_OcrPageImagesItem(images_item_data))

        _dimensions = d.pop("dimensions", UNSET) if d else UNSET
        dimensions = _dimensions if _dimensions is None or _dimensions is UNSET else _parse_dimensions(_dimensions)

        if cls is OcrPage:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.index = index
            new_instance_.markdown = markdown
            new_instance_.images = images
            new_instance_.dimensions = dimensions
            ocr_page = new_instance_
        else:
            ocr_page = cls(
                index=index,
                markdown=markdown,
                images=images,
                dimensions=dimensions,
            )

        ocr_page.additional_properties = d
        return ocr_page

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


def _parse_dimensions(data: object) -> None | OcrPageDimensionsType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        dimensions_type_0 = OcrPageDimensionsType0.from_dict(data)

        return dimensions_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | OcrPageDimensionsType0 | Unset, data)


class OcrPageParams(TypedDict, total=False):
    """The JSON object `OcrPage.from_dict` reads (keys as on the wire), for type checkers."""

    index: int
    markdown: str
    images: Sequence[OcrPageImagesItemParams]
    dimensions: OcrPageDimensionsType0Params | None


from ..models.ocr_page_dimensions_type_0 import OcrPageDimensionsType0, OcrPageDimensionsType0Params  # noqa: E402
from ..models.ocr_page_images_item import OcrPageImagesItem, OcrPageImagesItemParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_OcrPageImagesItem = OcrPageImagesItem.from_dict

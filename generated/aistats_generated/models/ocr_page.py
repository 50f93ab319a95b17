from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OcrPage")


@_attrs_define
class OcrPage:
    """One page's text."""

    index: int | None = None
    markdown: str | None = None
    images: list[OcrPageImagesItem] | None = None
    dimensions: None | OcrPageDimensionsType0 = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        index = self.index
        if index is not None:
            field_dict["index"] = index
        elif self._nulls_ & 1:
            field_dict["index"] = None
        markdown = self.markdown
        if markdown is not None:
            field_dict["markdown"] = markdown
        elif self._nulls_ & 2:
            field_dict["markdown"] = None
        images = self.images
        if images is not None:
            images_json: list[dict[str, Any]] = []
            for images_item in images:
                images_json.append(images_item.to_dict())
            field_dict["images"] = images_json
        elif self._nulls_ & 4:
            field_dict["images"] = None
        dimensions = self.dimensions
        if dimensions is not None:
            if isinstance(dimensions, OcrPageDimensionsType0):
                field_dict["dimensions"] = dimensions.to_dict()
            else:
                field_dict["dimensions"] = dimensions
        elif self._nulls_ & 8:
            field_dict["dimensions"] = None

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
            index = d.pop("index", None)
            if index is None and "index" in src_dict:
                nulls_ |= 1
        else:
            index = None

        if d:
            markdown = d.pop("markdown", None)
            if markdown is None and "markdown" in src_dict:
                nulls_ |= 2
        else:
            markdown = None

        images: list[OcrPageImagesItem] | None = None
        if d:
            _images = d.pop("images", None)
            if _images is None:
                if "images" in src_dict:
                    nulls_ |= 4
            else:
                images = []
                for images_item_data in _images:
                    images.append(_from_dict_OcrPageImagesItem(images_item_data))

        dimensions: None | OcrPageDimensionsType0 = None
        if d:
            _dimensions = d.pop("dimensions", None)
            if _dimensions is None:
                if "dimensions" in src_dict:
                    nulls_ |= 8
            else:
                dimensions = _parse_dimensions(_dimensions)

        if cls is OcrPage:
            new_instance_ = _object_new_(cls)
            new_instance_.index = index
            new_instance_.markdown = markdown
            new_instance_.images = images
            new_instance_.dimensions = dimensions
        else:
            new_instance_ = cls(
                index=index,
                markdown=markdown,
                images=images,
                dimensions=dimensions,
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


def _parse_dimensions(data: object) -> None | OcrPageDimensionsType0:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        dimensions_type_0 = OcrPageDimensionsType0.from_dict(data)

        return dimensions_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | OcrPageDimensionsType0, data)


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

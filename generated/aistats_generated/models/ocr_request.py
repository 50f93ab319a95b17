from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OcrRequest")


@_attrs_define
class OcrRequest:
    """An OCR request; exactly one of `document` and `image`."""

    model: str
    """ The model id, such as `mistral/mistral-ocr`. """
    document: OcrRequestDocument | Unset = UNSET
    """ `{"type": "document_url", "document_url": ...}` or `{"type": "image_url", "image_url": ...}`. """
    image: OcrRequestImageType1 | str | Unset = UNSET
    """ The older form of an image input. """
    pages: list[int] | Unset = UNSET
    include_image_base64: bool | Unset = UNSET
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        image: dict[str, Any] | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        elif isinstance(self.image, OcrRequestImageType1):
            image = self.image.to_dict()
        else:
            image = self.image

        pages: list[int] | Unset = UNSET
        if not isinstance(self.pages, Unset):
            pages = self.pages

        include_image_base64 = self.include_image_base64

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if document is not UNSET:
            field_dict["document"] = document
        if image is not UNSET:
            field_dict["image"] = image
        if pages is not UNSET:
            field_dict["pages"] = pages
        if include_image_base64 is not UNSET:
            field_dict["include_image_base64"] = include_image_base64
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        model = d.pop("model")

        _document: Any = d.pop("document", UNSET) if d else UNSET
        document: OcrRequestDocument | Unset = UNSET if _document is UNSET else _from_dict_OcrRequestDocument(_document)

        _image = d.pop("image", UNSET) if d else UNSET
        image = _image if _image is UNSET else _parse_image(_image)

        pages = cast(list[int], (d.pop("pages", UNSET) if d else UNSET))

        include_image_base64 = d.pop("include_image_base64", UNSET) if d else UNSET

        language = d.pop("language", UNSET) if d else UNSET

        if cls is OcrRequest:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.model = model
            new_instance_.document = document
            new_instance_.image = image
            new_instance_.pages = pages
            new_instance_.include_image_base64 = include_image_base64
            new_instance_.language = language
            ocr_request = new_instance_
        else:
            ocr_request = cls(
                model=model,
                document=document,
                image=image,
                pages=pages,
                include_image_base64=include_image_base64,
                language=language,
            )

        ocr_request.additional_properties = d
        return ocr_request

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


def _parse_image(data: object) -> OcrRequestImageType1 | str | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        image_type_1 = OcrRequestImageType1.from_dict(data)

        return image_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(OcrRequestImageType1 | str | Unset, data)


class OcrRequestParams(TypedDict, total=False):
    """The JSON object `OcrRequest.from_dict` reads (keys as on the wire), for type checkers."""

    model: Required[str]
    """ The model id, such as `mistral/mistral-ocr`. """
    document: OcrRequestDocumentParams
    """ `{"type": "document_url", "document_url": ...}` or `{"type": "image_url", "image_url": ...}`. """
    image: str | OcrRequestImageType1Params
    """ The older form of an image input. """
    pages: Sequence[int]
    include_image_base64: bool
    language: str


from ..models.ocr_request_document import OcrRequestDocument, OcrRequestDocumentParams  # noqa: E402
from ..models.ocr_request_image_type_1 import OcrRequestImageType1, OcrRequestImageType1Params  # noqa: E402

_object_new_ = object.__new__
_from_dict_OcrRequestDocument = OcrRequestDocument.from_dict

from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OcrRequest")


@_attrs_define
class OcrRequest:
    """An OCR request; exactly one of `document` and `image`."""

    model: str
    """ The model id, such as `mistral/mistral-ocr`. """
    document: OcrRequestDocument | None = None
    """ `{"type": "document_url", "document_url": ...}` or `{"type": "image_url", "image_url": ...}`. """
    image: OcrRequestImageType1 | str | None = None
    """ The older form of an image input. """
    pages: list[int] | None = None
    include_image_base64: bool | None = None
    language: str | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        document = self.document
        if document is not None:
            field_dict["document"] = document.to_dict()
        elif self._nulls_ & 1:
            field_dict["document"] = None
        image = self.image
        if image is not None:
            if isinstance(image, OcrRequestImageType1):
                field_dict["image"] = image.to_dict()
            else:
                field_dict["image"] = image
        elif self._nulls_ & 2:
            field_dict["image"] = None
        pages = self.pages
        if pages is not None:
            field_dict["pages"] = pages
        elif self._nulls_ & 4:
            field_dict["pages"] = None
        include_image_base64 = self.include_image_base64
        if include_image_base64 is not None:
            field_dict["include_image_base64"] = include_image_base64
        elif self._nulls_ & 8:
            field_dict["include_image_base64"] = None
        language = self.language
        if language is not None:
            field_dict["language"] = language
        elif self._nulls_ & 16:
            field_dict["language"] = None

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
        model = d.pop("model")

        document: OcrRequestDocument | None = None
        if d:
            _document = d.pop("document", None)
            if _document is None:
                if "document" in src_dict:
                    nulls_ |= 1
            else:
                document = _from_dict_OcrRequestDocument(_document)

        image: OcrRequestImageType1 | str | None = None
        if d:
            _image = d.pop("image", None)
            if _image is None:
                if "image" in src_dict:
                    nulls_ |= 2
            else:
                image = _parse_image(_image)

        if d:
            pages = d.pop("pages", None)
            if pages is None and "pages" in src_dict:
                nulls_ |= 4
        else:
            pages = None

        if d:
            include_image_base64 = d.pop("include_image_base64", None)
            if include_image_base64 is None and "include_image_base64" in src_dict:
                nulls_ |= 8
        else:
            include_image_base64 = None

        if d:
            language = d.pop("language", None)
            if language is None and "language" in src_dict:
                nulls_ |= 16
        else:
            language = None

        if cls is OcrRequest:
            new_instance_ = _object_new_(cls)
            new_instance_.model = model
            new_instance_.document = document
            new_instance_.image = image
            new_instance_.pages = pages
            new_instance_.include_image_base64 = include_image_base64
            new_instance_.language = language
        else:
            new_instance_ = cls(
                model=model,
                document=document,
                image=image,
                pages=pages,
                include_image_base64=include_image_base64,
                language=language,
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


def _parse_image(data: object) -> OcrRequestImageType1 | str:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        image_type_1 = OcrRequestImageType1.from_dict(data)

        return image_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(OcrRequestImageType1 | str, data)


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

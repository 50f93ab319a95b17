from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OcrResponse")


@_attrs_define
class OcrResponse:
    """`POST /ocr`."""

    pages: list[OcrPage]
    request_id: str | Unset = UNSET
    id: str | Unset = UNSET
    object_: str | Unset = UNSET
    model: str | Unset = UNSET
    provider: str | Unset = UNSET
    text: str | Unset = UNSET
    usage: None | OcrResponseUsageType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pages = []
        for pages_item_data in self.pages:
            pages_item = pages_item_data.to_dict()
            pages.append(pages_item)

        request_id = self.request_id

        id = self.id

        object_ = self.object_

        model = self.model

        provider = self.provider

        text = self.text

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, OcrResponseUsageType0):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pages": pages,
            }
        )
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if model is not UNSET:
            field_dict["model"] = model
        if provider is not UNSET:
            field_dict["provider"] = provider
        if text is not UNSET:
            field_dict["text"] = text
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        pages: list[OcrPage] = []
        for pages_item_data in d.pop("pages"):
            pages.append(_from_dict_OcrPage(pages_item_data))

        request_id = d.pop("requestId", UNSET) if d else UNSET

        id = d.pop("id", UNSET) if d else UNSET

        object_ = d.pop("object", UNSET) if d else UNSET

        model = d.pop("model", UNSET) if d else UNSET

        provider = d.pop("provider", UNSET) if d else UNSET

        text = d.pop("text", UNSET) if d else UNSET

        _usage = d.pop("usage", UNSET) if d else UNSET
        usage = _usage if _usage is None or _usage is UNSET else _parse_usage(_usage)

        if cls is OcrResponse:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.pages = pages
            new_instance_.request_id = request_id
            new_instance_.id = id
            new_instance_.object_ = object_
            new_instance_.model = model
            new_instance_.provider = provider
            new_instance_.text = text
            new_instance_.usage = usage
            ocr_response = new_instance_
        else:
            ocr_response = cls(
                pages=pages,
                request_id=request_id,
                id=id,
                object_=object_,
                model=model,
                provider=provider,
                text=text,
                usage=usage,
            )

        ocr_response.additional_properties = d
        return ocr_response

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


def _parse_usage(data: object) -> None | OcrResponseUsageType0 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        usage_type_0 = OcrResponseUsageType0.from_dict(data)

        return usage_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | OcrResponseUsageType0 | Unset, data)


class OcrResponseParams(TypedDict, total=False):
    """The JSON object `OcrResponse.from_dict` reads (keys as on the wire), for type checkers."""

    pages: Required[Sequence[OcrPageParams]]
    requestId: str
    id: str
    object: str
    model: str
    provider: str
    text: str
    usage: OcrResponseUsageType0Params | None


from ..models.ocr_page import OcrPage, OcrPageParams  # noqa: E402
from ..models.ocr_response_usage_type_0 import OcrResponseUsageType0, OcrResponseUsageType0Params  # noqa: E402

_object_new_ = object.__new__
_from_dict_OcrPage = OcrPage.from_dict

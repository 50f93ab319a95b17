from __future__ import annotations

import json as _json
import warnings as _warnings
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OcrResponse")


@_attrs_define
class OcrResponse:
    """`POST /ocr`."""

    pages: list[OcrPage]
    request_id: str | None = None
    id: str | None = None
    object: str | None = None
    model: str | None = None
    provider: str | None = None
    text: str | None = None
    usage: None | OcrResponseUsageType0 = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def object_(self) -> str | None:
        """Deprecated spelling of ``object`` (removed in 0.4)."""
        _warnings.warn("`OcrResponse.object_` is deprecated, use `.object`", DeprecationWarning, stacklevel=2)
        return self.object

    def to_dict(self) -> dict[str, Any]:
        pages = []
        for pages_item_data in self.pages:
            pages_item = pages_item_data.to_dict()
            pages.append(pages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pages": pages,
            }
        )
        request_id = self.request_id
        if request_id is not None:
            field_dict["requestId"] = request_id
        elif self._nulls_ & 1:
            field_dict["requestId"] = None
        id = self.id
        if id is not None:
            field_dict["id"] = id
        elif self._nulls_ & 2:
            field_dict["id"] = None
        object_ = self.object
        if object_ is not None:
            field_dict["object"] = object_
        elif self._nulls_ & 4:
            field_dict["object"] = None
        model = self.model
        if model is not None:
            field_dict["model"] = model
        elif self._nulls_ & 8:
            field_dict["model"] = None
        provider = self.provider
        if provider is not None:
            field_dict["provider"] = provider
        elif self._nulls_ & 16:
            field_dict["provider"] = None
        text = self.text
        if text is not None:
            field_dict["text"] = text
        elif self._nulls_ & 32:
            field_dict["text"] = None
        usage = self.usage
        if usage is not None:
            if isinstance(usage, OcrResponseUsageType0):
                field_dict["usage"] = usage.to_dict()
            else:
                field_dict["usage"] = usage
        elif self._nulls_ & 64:
            field_dict["usage"] = None

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
        pages: list[OcrPage] = []
        for pages_item_data in d.pop("pages"):
            pages.append(_from_dict_OcrPage(pages_item_data))

        if d:
            request_id = d.pop("requestId", None)
            if request_id is None and "requestId" in src_dict:
                nulls_ |= 1
        else:
            request_id = None

        if d:
            id = d.pop("id", None)
            if id is None and "id" in src_dict:
                nulls_ |= 2
        else:
            id = None

        if d:
            object_ = d.pop("object", None)
            if object_ is None and "object" in src_dict:
                nulls_ |= 4
        else:
            object_ = None

        if d:
            model = d.pop("model", None)
            if model is None and "model" in src_dict:
                nulls_ |= 8
        else:
            model = None

        if d:
            provider = d.pop("provider", None)
            if provider is None and "provider" in src_dict:
                nulls_ |= 16
        else:
            provider = None

        if d:
            text = d.pop("text", None)
            if text is None and "text" in src_dict:
                nulls_ |= 32
        else:
            text = None

        usage: None | OcrResponseUsageType0 = None
        if d:
            _usage = d.pop("usage", None)
            if _usage is None:
                if "usage" in src_dict:
                    nulls_ |= 64
            else:
                usage = _parse_usage(_usage)

        if cls is OcrResponse:
            new_instance_ = _object_new_(cls)
            new_instance_.pages = pages
            new_instance_.request_id = request_id
            new_instance_.id = id
            new_instance_.object = object_
            new_instance_.model = model
            new_instance_.provider = provider
            new_instance_.text = text
            new_instance_.usage = usage
        else:
            new_instance_ = cls(
                pages=pages,
                request_id=request_id,
                id=id,
                object=object_,
                model=model,
                provider=provider,
                text=text,
                usage=usage,
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


def _parse_usage(data: object) -> None | OcrResponseUsageType0:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        usage_type_0 = OcrResponseUsageType0.from_dict(data)

        return usage_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | OcrResponseUsageType0, data)


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

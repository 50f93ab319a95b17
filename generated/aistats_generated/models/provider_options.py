from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProviderOptions")


@_attrs_define
class ProviderOptions:
    """Options for one provider family, applied only when it serves the request."""

    openai: OpenAIProviderOptions | None = None
    """ Options applied when OpenAI serves the request. """
    anthropic: AnthropicProviderOptions | None = None
    """ Options applied when Anthropic serves the request. """
    google: GoogleProviderOptions | None = None
    """ Options applied when Google serves the request. """
    deepinfra: ProviderOptionsDeepinfra | None = None
    fireworks: ProviderOptionsFireworks | None = None
    gmicloud: ProviderOptionsGmicloud | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        openai = self.openai
        if openai is not None:
            field_dict["openai"] = openai.to_dict()
        elif self._nulls_ & 1:
            field_dict["openai"] = None
        anthropic = self.anthropic
        if anthropic is not None:
            field_dict["anthropic"] = anthropic.to_dict()
        elif self._nulls_ & 2:
            field_dict["anthropic"] = None
        google = self.google
        if google is not None:
            field_dict["google"] = google.to_dict()
        elif self._nulls_ & 4:
            field_dict["google"] = None
        deepinfra = self.deepinfra
        if deepinfra is not None:
            field_dict["deepinfra"] = deepinfra.to_dict()
        elif self._nulls_ & 8:
            field_dict["deepinfra"] = None
        fireworks = self.fireworks
        if fireworks is not None:
            field_dict["fireworks"] = fireworks.to_dict()
        elif self._nulls_ & 16:
            field_dict["fireworks"] = None
        gmicloud = self.gmicloud
        if gmicloud is not None:
            field_dict["gmicloud"] = gmicloud.to_dict()
        elif self._nulls_ & 32:
            field_dict["gmicloud"] = None

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
        openai: OpenAIProviderOptions | None = None
        if d:
            _openai = d.pop("openai", None)
            if _openai is None:
                if "openai" in src_dict:
                    nulls_ |= 1
            else:
                openai = _from_dict_OpenAIProviderOptions(_openai)

        anthropic: AnthropicProviderOptions | None = None
        if d:
            _anthropic = d.pop("anthropic", None)
            if _anthropic is None:
                if "anthropic" in src_dict:
                    nulls_ |= 2
            else:
                anthropic = _from_dict_AnthropicProviderOptions(_anthropic)

        google: GoogleProviderOptions | None = None
        if d:
            _google = d.pop("google", None)
            if _google is None:
                if "google" in src_dict:
                    nulls_ |= 4
            else:
                google = _from_dict_GoogleProviderOptions(_google)

        deepinfra: ProviderOptionsDeepinfra | None = None
        if d:
            _deepinfra = d.pop("deepinfra", None)
            if _deepinfra is None:
                if "deepinfra" in src_dict:
                    nulls_ |= 8
            else:
                deepinfra = _from_dict_ProviderOptionsDeepinfra(_deepinfra)

        fireworks: ProviderOptionsFireworks | None = None
        if d:
            _fireworks = d.pop("fireworks", None)
            if _fireworks is None:
                if "fireworks" in src_dict:
                    nulls_ |= 16
            else:
                fireworks = _from_dict_ProviderOptionsFireworks(_fireworks)

        gmicloud: ProviderOptionsGmicloud | None = None
        if d:
            _gmicloud = d.pop("gmicloud", None)
            if _gmicloud is None:
                if "gmicloud" in src_dict:
                    nulls_ |= 32
            else:
                gmicloud = _from_dict_ProviderOptionsGmicloud(_gmicloud)

        if cls is ProviderOptions:
            new_instance_ = _object_new_(cls)
            new_instance_.openai = openai
            new_instance_.anthropic = anthropic
            new_instance_.google = google
            new_instance_.deepinfra = deepinfra
            new_instance_.fireworks = fireworks
            new_instance_.gmicloud = gmicloud
        else:
            new_instance_ = cls(
                openai=openai,
                anthropic=anthropic,
                google=google,
                deepinfra=deepinfra,
                fireworks=fireworks,
                gmicloud=gmicloud,
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


class ProviderOptionsParams(TypedDict, total=False):
    """The JSON object `ProviderOptions.from_dict` reads (keys as on the wire), for type checkers."""

    openai: OpenAIProviderOptionsParams
    """ Options applied when OpenAI serves the request. """
    anthropic: AnthropicProviderOptionsParams
    """ Options applied when Anthropic serves the request. """
    google: GoogleProviderOptionsParams
    """ Options applied when Google serves the request. """
    deepinfra: ProviderOptionsDeepinfraParams
    fireworks: ProviderOptionsFireworksParams
    gmicloud: ProviderOptionsGmicloudParams


from ..models.anthropic_provider_options import AnthropicProviderOptions, AnthropicProviderOptionsParams  # noqa: E402
from ..models.google_provider_options import GoogleProviderOptions, GoogleProviderOptionsParams  # noqa: E402
from ..models.open_ai_provider_options import OpenAIProviderOptions, OpenAIProviderOptionsParams  # noqa: E402
from ..models.provider_options_deepinfra import ProviderOptionsDeepinfra, ProviderOptionsDeepinfraParams  # noqa: E402
from ..models.provider_options_fireworks import ProviderOptionsFireworks, ProviderOptionsFireworksParams  # noqa: E402
from ..models.provider_options_gmicloud import ProviderOptionsGmicloud, ProviderOptionsGmicloudParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_AnthropicProviderOptions = AnthropicProviderOptions.from_dict
_from_dict_GoogleProviderOptions = GoogleProviderOptions.from_dict
_from_dict_OpenAIProviderOptions = OpenAIProviderOptions.from_dict
_from_dict_ProviderOptionsDeepinfra = ProviderOptionsDeepinfra.from_dict
_from_dict_ProviderOptionsFireworks = ProviderOptionsFireworks.from_dict
_from_dict_ProviderOptionsGmicloud = ProviderOptionsGmicloud.from_dict

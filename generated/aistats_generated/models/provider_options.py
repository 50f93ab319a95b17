from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderOptions")


@_attrs_define
class ProviderOptions:
    """Options for one provider family, applied only when it serves the request."""

    openai: OpenAIProviderOptions | Unset = UNSET
    """ Options applied when OpenAI serves the request. """
    anthropic: AnthropicProviderOptions | Unset = UNSET
    """ Options applied when Anthropic serves the request. """
    google: GoogleProviderOptions | Unset = UNSET
    """ Options applied when Google serves the request. """
    deepinfra: ProviderOptionsDeepinfra | Unset = UNSET
    fireworks: ProviderOptionsFireworks | Unset = UNSET
    gmicloud: ProviderOptionsGmicloud | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        openai: dict[str, Any] | Unset = UNSET
        if not isinstance(self.openai, Unset):
            openai = self.openai.to_dict()

        anthropic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anthropic, Unset):
            anthropic = self.anthropic.to_dict()

        google: dict[str, Any] | Unset = UNSET
        if not isinstance(self.google, Unset):
            google = self.google.to_dict()

        deepinfra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deepinfra, Unset):
            deepinfra = self.deepinfra.to_dict()

        fireworks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fireworks, Unset):
            fireworks = self.fireworks.to_dict()

        gmicloud: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gmicloud, Unset):
            gmicloud = self.gmicloud.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if openai is not UNSET:
            field_dict["openai"] = openai
        if anthropic is not UNSET:
            field_dict["anthropic"] = anthropic
        if google is not UNSET:
            field_dict["google"] = google
        if deepinfra is not UNSET:
            field_dict["deepinfra"] = deepinfra
        if fireworks is not UNSET:
            field_dict["fireworks"] = fireworks
        if gmicloud is not UNSET:
            field_dict["gmicloud"] = gmicloud

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        _openai: Any = d.pop("openai", UNSET) if d else UNSET
        openai: OpenAIProviderOptions | Unset = UNSET if _openai is UNSET else _from_dict_OpenAIProviderOptions(_openai)

        _anthropic: Any = d.pop("anthropic", UNSET) if d else UNSET
        anthropic: AnthropicProviderOptions | Unset = (
            UNSET if _anthropic is UNSET else _from_dict_AnthropicProviderOptions(_anthropic)
        )

        _google: Any = d.pop("google", UNSET) if d else UNSET
        google: GoogleProviderOptions | Unset = UNSET if _google is UNSET else _from_dict_GoogleProviderOptions(_google)

        _deepinfra: Any = d.pop("deepinfra", UNSET) if d else UNSET
        deepinfra: ProviderOptionsDeepinfra | Unset = (
            UNSET if _deepinfra is UNSET else _from_dict_ProviderOptionsDeepinfra(_deepinfra)
        )

        _fireworks: Any = d.pop("fireworks", UNSET) if d else UNSET
        fireworks: ProviderOptionsFireworks | Unset = (
            UNSET if _fireworks is UNSET else _from_dict_ProviderOptionsFireworks(_fireworks)
        )

        _gmicloud: Any = d.pop("gmicloud", UNSET) if d else UNSET
        gmicloud: ProviderOptionsGmicloud | Unset = (
            UNSET if _gmicloud is UNSET else _from_dict_ProviderOptionsGmicloud(_gmicloud)
        )

        if cls is ProviderOptions:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.openai = openai
            new_instance_.anthropic = anthropic
            new_instance_.google = google
            new_instance_.deepinfra = deepinfra
            new_instance_.fireworks = fireworks
            new_instance_.gmicloud = gmicloud
            provider_options = new_instance_
        else:
            provider_options = cls(
                openai=openai,
                anthropic=anthropic,
                google=google,
                deepinfra=deepinfra,
                fireworks=fireworks,
                gmicloud=gmicloud,
            )

        provider_options.additional_properties = d
        return provider_options

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

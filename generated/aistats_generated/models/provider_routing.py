from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_collection import DataCollection, check_data_collection
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderRouting")


@_attrs_define
class ProviderRouting:
    """How the gateway picks the provider. The gateway also accepts the camelCase spelling of each key."""

    mode: None | str | Unset = UNSET
    order: list[str] | Unset = UNSET
    """ Providers to try first, in order. """
    only: list[str] | Unset = UNSET
    """ Use only these providers. """
    ignore: list[str] | Unset = UNSET
    """ Never use these providers. """
    include_alpha: bool | Unset = UNSET
    """ Consider providers in alpha too (off by default). """
    allow_fallbacks: bool | None | Unset = UNSET
    """ Try another provider when the chosen one fails. """
    require_parameters: bool | None | Unset = UNSET
    """ Only use providers that support every parameter of the request. """
    required_execution_region: None | str | Unset = UNSET
    required_data_region: None | str | Unset = UNSET
    require_zero_data_retention: bool | None | Unset = UNSET
    data_collection: DataCollection | None | Unset = UNSET
    """ Whether providers that keep or train on data are allowed. """
    zdr: bool | None | Unset = UNSET
    """ Same as `require_zero_data_retention`. """
    enforce_distillable_text: bool | None | Unset = UNSET
    quantizations: list[str] | None | Unset = UNSET
    """ Accept only these quantizations. """
    sort: None | ProviderRoutingSortType1 | str | Unset = UNSET
    """ Rank providers by price, latency or throughput (a name or an object). """
    max_price: ProviderMaxPrice | Unset = UNSET
    """ The most you will pay, per million tokens (or per unit), as a number or decimal string. """
    preferred_min_throughput: float | ProviderRoutingPreferredMinThroughputType1 | Unset = UNSET
    """ Tokens per second, overall or per percentile. """
    preferred_max_latency: float | ProviderRoutingPreferredMaxLatencyType1 | Unset = UNSET
    """ Milliseconds, overall or per percentile. """
    diagnostics: bool | None | Unset = UNSET
    return_diagnostics: bool | None | Unset = UNSET
    """ Include routing diagnostics in error bodies. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        else:
            mode = self.mode

        order: list[str] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order

        only: list[str] | Unset = UNSET
        if not isinstance(self.only, Unset):
            only = self.only

        ignore: list[str] | Unset = UNSET
        if not isinstance(self.ignore, Unset):
            ignore = self.ignore

        include_alpha = self.include_alpha

        allow_fallbacks: bool | None | Unset
        if isinstance(self.allow_fallbacks, Unset):
            allow_fallbacks = UNSET
        else:
            allow_fallbacks = self.allow_fallbacks

        require_parameters: bool | None | Unset
        if isinstance(self.require_parameters, Unset):
            require_parameters = UNSET
        else:
            require_parameters = self.require_parameters

        required_execution_region: None | str | Unset
        if isinstance(self.required_execution_region, Unset):
            required_execution_region = UNSET
        else:
            required_execution_region = self.required_execution_region

        required_data_region: None | str | Unset
        if isinstance(self.required_data_region, Unset):
            required_data_region = UNSET
        else:
            required_data_region = self.required_data_region

        require_zero_data_retention: bool | None | Unset
        if isinstance(self.require_zero_data_retention, Unset):
            require_zero_data_retention = UNSET
        else:
            require_zero_data_retention = self.require_zero_data_retention

        data_collection: None | str | Unset
        if isinstance(self.data_collection, Unset):
            data_collection = UNSET
        elif isinstance(self.data_collection, str):
            data_collection = self.data_collection
        else:
            data_collection = self.data_collection

        zdr: bool | None | Unset
        if isinstance(self.zdr, Unset):
            zdr = UNSET
        else:
            zdr = self.zdr

        enforce_distillable_text: bool | None | Unset
        if isinstance(self.enforce_distillable_text, Unset):
            enforce_distillable_text = UNSET
        else:
            enforce_distillable_text = self.enforce_distillable_text

        quantizations: list[str] | None | Unset
        if isinstance(self.quantizations, Unset):
            quantizations = UNSET
        elif isinstance(self.quantizations, list):
            quantizations = self.quantizations

        else:
            quantizations = self.quantizations

        sort: dict[str, Any] | None | str | Unset
        if isinstance(self.sort, Unset):
            sort = UNSET
        elif isinstance(self.sort, ProviderRoutingSortType1):
            sort = self.sort.to_dict()
        else:
            sort = self.sort

        max_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_price, Unset):
            max_price = self.max_price.to_dict()

        preferred_min_throughput: dict[str, Any] | float | Unset
        if isinstance(self.preferred_min_throughput, Unset):
            preferred_min_throughput = UNSET
        elif isinstance(self.preferred_min_throughput, ProviderRoutingPreferredMinThroughputType1):
            preferred_min_throughput = self.preferred_min_throughput.to_dict()
        else:
            preferred_min_throughput = self.preferred_min_throughput

        preferred_max_latency: dict[str, Any] | float | Unset
        if isinstance(self.preferred_max_latency, Unset):
            preferred_max_latency = UNSET
        elif isinstance(self.preferred_max_latency, ProviderRoutingPreferredMaxLatencyType1):
            preferred_max_latency = self.preferred_max_latency.to_dict()
        else:
            preferred_max_latency = self.preferred_max_latency

        diagnostics: bool | None | Unset
        if isinstance(self.diagnostics, Unset):
            diagnostics = UNSET
        else:
            diagnostics = self.diagnostics

        return_diagnostics: bool | None | Unset
        if isinstance(self.return_diagnostics, Unset):
            return_diagnostics = UNSET
        else:
            return_diagnostics = self.return_diagnostics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if order is not UNSET:
            field_dict["order"] = order
        if only is not UNSET:
            field_dict["only"] = only
        if ignore is not UNSET:
            field_dict["ignore"] = ignore
        if include_alpha is not UNSET:
            field_dict["include_alpha"] = include_alpha
        if allow_fallbacks is not UNSET:
            field_dict["allow_fallbacks"] = allow_fallbacks
        if require_parameters is not UNSET:
            field_dict["require_parameters"] = require_parameters
        if required_execution_region is not UNSET:
            field_dict["required_execution_region"] = required_execution_region
        if required_data_region is not UNSET:
            field_dict["required_data_region"] = required_data_region
        if require_zero_data_retention is not UNSET:
            field_dict["require_zero_data_retention"] = require_zero_data_retention
        if data_collection is not UNSET:
            field_dict["data_collection"] = data_collection
        if zdr is not UNSET:
            field_dict["zdr"] = zdr
        if enforce_distillable_text is not UNSET:
            field_dict["enforce_distillable_text"] = enforce_distillable_text
        if quantizations is not UNSET:
            field_dict["quantizations"] = quantizations
        if sort is not UNSET:
            field_dict["sort"] = sort
        if max_price is not UNSET:
            field_dict["max_price"] = max_price
        if preferred_min_throughput is not UNSET:
            field_dict["preferred_min_throughput"] = preferred_min_throughput
        if preferred_max_latency is not UNSET:
            field_dict["preferred_max_latency"] = preferred_max_latency
        if diagnostics is not UNSET:
            field_dict["diagnostics"] = diagnostics
        if return_diagnostics is not UNSET:
            field_dict["return_diagnostics"] = return_diagnostics

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        mode: None | str | Unset = d.pop("mode", UNSET) if d else UNSET

        order = cast(list[str], (d.pop("order", UNSET) if d else UNSET))

        only = cast(list[str], (d.pop("only", UNSET) if d else UNSET))

        ignore = cast(list[str], (d.pop("ignore", UNSET) if d else UNSET))

        include_alpha = d.pop("include_alpha", UNSET) if d else UNSET

        allow_fallbacks: bool | None | Unset = d.pop("allow_fallbacks", UNSET) if d else UNSET

        require_parameters: bool | None | Unset = d.pop("require_parameters", UNSET) if d else UNSET

        required_execution_region: None | str | Unset = d.pop("required_execution_region", UNSET) if d else UNSET

        required_data_region: None | str | Unset = d.pop("required_data_region", UNSET) if d else UNSET

        require_zero_data_retention: bool | None | Unset = d.pop("require_zero_data_retention", UNSET) if d else UNSET

        _data_collection = d.pop("data_collection", UNSET) if d else UNSET
        data_collection = (
            _data_collection
            if _data_collection is None or _data_collection is UNSET
            else _parse_data_collection(_data_collection)
        )

        zdr: bool | None | Unset = d.pop("zdr", UNSET) if d else UNSET

        enforce_distillable_text: bool | None | Unset = d.pop("enforce_distillable_text", UNSET) if d else UNSET

        _quantizations = d.pop("quantizations", UNSET) if d else UNSET
        quantizations = (
            _quantizations
            if _quantizations is None or _quantizations is UNSET
            else _parse_quantizations(_quantizations)
        )

        _sort = d.pop("sort", UNSET) if d else UNSET
        sort = _sort if _sort is None or _sort is UNSET else _parse_sort(_sort)

        _max_price: Any = d.pop("max_price", UNSET) if d else UNSET
        max_price: ProviderMaxPrice | Unset = UNSET if _max_price is UNSET else _from_dict_ProviderMaxPrice(_max_price)

        _preferred_min_throughput = d.pop("preferred_min_throughput", UNSET) if d else UNSET
        preferred_min_throughput = (
            _preferred_min_throughput
            if _preferred_min_throughput is UNSET
            else _parse_preferred_min_throughput(_preferred_min_throughput)
        )

        _preferred_max_latency = d.pop("preferred_max_latency", UNSET) if d else UNSET
        preferred_max_latency = (
            _preferred_max_latency
            if _preferred_max_latency is UNSET
            else _parse_preferred_max_latency(_preferred_max_latency)
        )

        diagnostics: bool | None | Unset = d.pop("diagnostics", UNSET) if d else UNSET

        return_diagnostics: bool | None | Unset = d.pop("return_diagnostics", UNSET) if d else UNSET

        if cls is ProviderRouting:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.mode = mode
            new_instance_.order = order
            new_instance_.only = only
            new_instance_.ignore = ignore
            new_instance_.include_alpha = include_alpha
            new_instance_.allow_fallbacks = allow_fallbacks
            new_instance_.require_parameters = require_parameters
            new_instance_.required_execution_region = required_execution_region
            new_instance_.required_data_region = required_data_region
            new_instance_.require_zero_data_retention = require_zero_data_retention
            new_instance_.data_collection = data_collection
            new_instance_.zdr = zdr
            new_instance_.enforce_distillable_text = enforce_distillable_text
            new_instance_.quantizations = quantizations
            new_instance_.sort = sort
            new_instance_.max_price = max_price
            new_instance_.preferred_min_throughput = preferred_min_throughput
            new_instance_.preferred_max_latency = preferred_max_latency
            new_instance_.diagnostics = diagnostics
            new_instance_.return_diagnostics = return_diagnostics
            provider_routing = new_instance_
        else:
            provider_routing = cls(
                mode=mode,
                order=order,
                only=only,
                ignore=ignore,
                include_alpha=include_alpha,
                allow_fallbacks=allow_fallbacks,
                require_parameters=require_parameters,
                required_execution_region=required_execution_region,
                required_data_region=required_data_region,
                require_zero_data_retention=require_zero_data_retention,
                data_collection=data_collection,
                zdr=zdr,
                enforce_distillable_text=enforce_distillable_text,
                quantizations=quantizations,
                sort=sort,
                max_price=max_price,
                preferred_min_throughput=preferred_min_throughput,
                preferred_max_latency=preferred_max_latency,
                diagnostics=diagnostics,
                return_diagnostics=return_diagnostics,
            )

        provider_routing.additional_properties = d
        return provider_routing

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


def _parse_data_collection(data: object) -> DataCollection | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        data_collection_type_0 = check_data_collection(data)

        return data_collection_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(DataCollection | None | Unset, data)


def _parse_quantizations(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        quantizations_type_0 = cast(list[str], data)

        return quantizations_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | None | Unset, data)


def _parse_sort(data: object) -> None | ProviderRoutingSortType1 | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        sort_type_1 = ProviderRoutingSortType1.from_dict(data)

        return sort_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | ProviderRoutingSortType1 | str | Unset, data)


def _parse_preferred_min_throughput(data: object) -> float | ProviderRoutingPreferredMinThroughputType1 | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        preferred_min_throughput_type_1 = ProviderRoutingPreferredMinThroughputType1.from_dict(data)

        return preferred_min_throughput_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(float | ProviderRoutingPreferredMinThroughputType1 | Unset, data)


def _parse_preferred_max_latency(data: object) -> float | ProviderRoutingPreferredMaxLatencyType1 | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        preferred_max_latency_type_1 = ProviderRoutingPreferredMaxLatencyType1.from_dict(data)

        return preferred_max_latency_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(float | ProviderRoutingPreferredMaxLatencyType1 | Unset, data)


class ProviderRoutingParams(TypedDict, total=False):
    """The JSON object `ProviderRouting.from_dict` reads (keys as on the wire), for type checkers."""

    mode: str | None
    order: Sequence[str]
    """ Providers to try first, in order. """
    only: Sequence[str]
    """ Use only these providers. """
    ignore: Sequence[str]
    """ Never use these providers. """
    include_alpha: bool
    """ Consider providers in alpha too (off by default). """
    allow_fallbacks: bool | None
    """ Try another provider when the chosen one fails. """
    require_parameters: bool | None
    """ Only use providers that support every parameter of the request. """
    required_execution_region: str | None
    required_data_region: str | None
    require_zero_data_retention: bool | None
    data_collection: DataCollection | None
    """ Whether providers that keep or train on data are allowed. """
    zdr: bool | None
    """ Same as `require_zero_data_retention`. """
    enforce_distillable_text: bool | None
    quantizations: Sequence[str] | None
    """ Accept only these quantizations. """
    sort: str | ProviderRoutingSortType1Params | None
    """ Rank providers by price, latency or throughput (a name or an object). """
    max_price: ProviderMaxPriceParams
    """ The most you will pay, per million tokens (or per unit), as a number or decimal string. """
    preferred_min_throughput: float | ProviderRoutingPreferredMinThroughputType1Params
    """ Tokens per second, overall or per percentile. """
    preferred_max_latency: float | ProviderRoutingPreferredMaxLatencyType1Params
    """ Milliseconds, overall or per percentile. """
    diagnostics: bool | None
    return_diagnostics: bool | None
    """ Include routing diagnostics in error bodies. """


from ..models.provider_max_price import ProviderMaxPrice, ProviderMaxPriceParams  # noqa: E402
from ..models.provider_routing_preferred_max_latency_type_1 import (  # noqa: E402
    ProviderRoutingPreferredMaxLatencyType1,
    ProviderRoutingPreferredMaxLatencyType1Params,
)
from ..models.provider_routing_preferred_min_throughput_type_1 import (  # noqa: E402
    ProviderRoutingPreferredMinThroughputType1,
    ProviderRoutingPreferredMinThroughputType1Params,
)
from ..models.provider_routing_sort_type_1 import ProviderRoutingSortType1, ProviderRoutingSortType1Params  # noqa: E402

_object_new_ = object.__new__
_from_dict_ProviderMaxPrice = ProviderMaxPrice.from_dict

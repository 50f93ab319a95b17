from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_collection import DataCollection, check_data_collection

T = TypeVar("T", bound="ProviderRouting")


@_attrs_define
class ProviderRouting:
    """How the gateway picks the provider. The gateway also accepts the camelCase spelling of each key."""

    mode: None | str = None
    order: list[str] | None = None
    """ Providers to try first, in order. """
    only: list[str] | None = None
    """ Use only these providers. """
    ignore: list[str] | None = None
    """ Never use these providers. """
    include_alpha: bool | None = None
    """ Consider providers in alpha too (off by default). """
    allow_fallbacks: bool | None = None
    """ Try another provider when the chosen one fails. """
    require_parameters: bool | None = None
    """ Only use providers that support every parameter of the request. """
    required_execution_region: None | str = None
    required_data_region: None | str = None
    require_zero_data_retention: bool | None = None
    data_collection: DataCollection | None = None
    """ Whether providers that keep or train on data are allowed. """
    zdr: bool | None = None
    """ Same as `require_zero_data_retention`. """
    enforce_distillable_text: bool | None = None
    quantizations: list[str] | None = None
    """ Accept only these quantizations. """
    sort: None | ProviderRoutingSortType1 | str = None
    """ Rank providers by price, latency or throughput (a name or an object). """
    max_price: ProviderMaxPrice | None = None
    """ The most you will pay, per million tokens (or per unit), as a number or decimal string. """
    preferred_min_throughput: float | ProviderRoutingPreferredMinThroughputType1 | None = None
    """ Tokens per second, overall or per percentile. """
    preferred_max_latency: float | ProviderRoutingPreferredMaxLatencyType1 | None = None
    """ Milliseconds, overall or per percentile. """
    diagnostics: bool | None = None
    return_diagnostics: bool | None = None
    """ Include routing diagnostics in error bodies. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        mode = self.mode
        if mode is not None:
            field_dict["mode"] = mode
        elif self._nulls_ & 1:
            field_dict["mode"] = None
        order = self.order
        if order is not None:
            field_dict["order"] = order
        elif self._nulls_ & 2:
            field_dict["order"] = None
        only = self.only
        if only is not None:
            field_dict["only"] = only
        elif self._nulls_ & 4:
            field_dict["only"] = None
        ignore = self.ignore
        if ignore is not None:
            field_dict["ignore"] = ignore
        elif self._nulls_ & 8:
            field_dict["ignore"] = None
        include_alpha = self.include_alpha
        if include_alpha is not None:
            field_dict["include_alpha"] = include_alpha
        elif self._nulls_ & 16:
            field_dict["include_alpha"] = None
        allow_fallbacks = self.allow_fallbacks
        if allow_fallbacks is not None:
            field_dict["allow_fallbacks"] = allow_fallbacks
        elif self._nulls_ & 32:
            field_dict["allow_fallbacks"] = None
        require_parameters = self.require_parameters
        if require_parameters is not None:
            field_dict["require_parameters"] = require_parameters
        elif self._nulls_ & 64:
            field_dict["require_parameters"] = None
        required_execution_region = self.required_execution_region
        if required_execution_region is not None:
            field_dict["required_execution_region"] = required_execution_region
        elif self._nulls_ & 128:
            field_dict["required_execution_region"] = None
        required_data_region = self.required_data_region
        if required_data_region is not None:
            field_dict["required_data_region"] = required_data_region
        elif self._nulls_ & 256:
            field_dict["required_data_region"] = None
        require_zero_data_retention = self.require_zero_data_retention
        if require_zero_data_retention is not None:
            field_dict["require_zero_data_retention"] = require_zero_data_retention
        elif self._nulls_ & 512:
            field_dict["require_zero_data_retention"] = None
        data_collection = self.data_collection
        if data_collection is not None:
            if isinstance(data_collection, str):
                field_dict["data_collection"] = data_collection
            else:
                field_dict["data_collection"] = data_collection
        elif self._nulls_ & 1024:
            field_dict["data_collection"] = None
        zdr = self.zdr
        if zdr is not None:
            field_dict["zdr"] = zdr
        elif self._nulls_ & 2048:
            field_dict["zdr"] = None
        enforce_distillable_text = self.enforce_distillable_text
        if enforce_distillable_text is not None:
            field_dict["enforce_distillable_text"] = enforce_distillable_text
        elif self._nulls_ & 4096:
            field_dict["enforce_distillable_text"] = None
        quantizations = self.quantizations
        if quantizations is not None:
            if isinstance(quantizations, list):
                field_dict["quantizations"] = quantizations

            else:
                field_dict["quantizations"] = quantizations
        elif self._nulls_ & 8192:
            field_dict["quantizations"] = None
        sort = self.sort
        if sort is not None:
            if isinstance(sort, ProviderRoutingSortType1):
                field_dict["sort"] = sort.to_dict()
            else:
                field_dict["sort"] = sort
        elif self._nulls_ & 16384:
            field_dict["sort"] = None
        max_price = self.max_price
        if max_price is not None:
            field_dict["max_price"] = max_price.to_dict()
        elif self._nulls_ & 32768:
            field_dict["max_price"] = None
        preferred_min_throughput = self.preferred_min_throughput
        if preferred_min_throughput is not None:
            if isinstance(preferred_min_throughput, ProviderRoutingPreferredMinThroughputType1):
                field_dict["preferred_min_throughput"] = preferred_min_throughput.to_dict()
            else:
                field_dict["preferred_min_throughput"] = preferred_min_throughput
        elif self._nulls_ & 65536:
            field_dict["preferred_min_throughput"] = None
        preferred_max_latency = self.preferred_max_latency
        if preferred_max_latency is not None:
            if isinstance(preferred_max_latency, ProviderRoutingPreferredMaxLatencyType1):
                field_dict["preferred_max_latency"] = preferred_max_latency.to_dict()
            else:
                field_dict["preferred_max_latency"] = preferred_max_latency
        elif self._nulls_ & 131072:
            field_dict["preferred_max_latency"] = None
        diagnostics = self.diagnostics
        if diagnostics is not None:
            field_dict["diagnostics"] = diagnostics
        elif self._nulls_ & 262144:
            field_dict["diagnostics"] = None
        return_diagnostics = self.return_diagnostics
        if return_diagnostics is not None:
            field_dict["return_diagnostics"] = return_diagnostics
        elif self._nulls_ & 524288:
            field_dict["return_diagnostics"] = None

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
            mode = d.pop("mode", None)
            if mode is None and "mode" in src_dict:
                nulls_ |= 1
        else:
            mode = None

        if d:
            order = d.pop("order", None)
            if order is None and "order" in src_dict:
                nulls_ |= 2
        else:
            order = None

        if d:
            only = d.pop("only", None)
            if only is None and "only" in src_dict:
                nulls_ |= 4
        else:
            only = None

        if d:
            ignore = d.pop("ignore", None)
            if ignore is None and "ignore" in src_dict:
                nulls_ |= 8
        else:
            ignore = None

        if d:
            include_alpha = d.pop("include_alpha", None)
            if include_alpha is None and "include_alpha" in src_dict:
                nulls_ |= 16
        else:
            include_alpha = None

        if d:
            allow_fallbacks = d.pop("allow_fallbacks", None)
            if allow_fallbacks is None and "allow_fallbacks" in src_dict:
                nulls_ |= 32
        else:
            allow_fallbacks = None

        if d:
            require_parameters = d.pop("require_parameters", None)
            if require_parameters is None and "require_parameters" in src_dict:
                nulls_ |= 64
        else:
            require_parameters = None

        if d:
            required_execution_region = d.pop("required_execution_region", None)
            if required_execution_region is None and "required_execution_region" in src_dict:
                nulls_ |= 128
        else:
            required_execution_region = None

        if d:
            required_data_region = d.pop("required_data_region", None)
            if required_data_region is None and "required_data_region" in src_dict:
                nulls_ |= 256
        else:
            required_data_region = None

        if d:
            require_zero_data_retention = d.pop("require_zero_data_retention", None)
            if require_zero_data_retention is None and "require_zero_data_retention" in src_dict:
                nulls_ |= 512
        else:
            require_zero_data_retention = None

        data_collection: DataCollection | None = None
        if d:
            _data_collection = d.pop("data_collection", None)
            if _data_collection is None:
                if "data_collection" in src_dict:
                    nulls_ |= 1024
            else:
                data_collection = _parse_data_collection(_data_collection)

        if d:
            zdr = d.pop("zdr", None)
            if zdr is None and "zdr" in src_dict:
                nulls_ |= 2048
        else:
            zdr = None

        if d:
            enforce_distillable_text = d.pop("enforce_distillable_text", None)
            if enforce_distillable_text is None and "enforce_distillable_text" in src_dict:
                nulls_ |= 4096
        else:
            enforce_distillable_text = None

        quantizations: list[str] | None = None
        if d:
            _quantizations = d.pop("quantizations", None)
            if _quantizations is None:
                if "quantizations" in src_dict:
                    nulls_ |= 8192
            else:
                quantizations = _parse_quantizations(_quantizations)

        sort: None | ProviderRoutingSortType1 | str = None
        if d:
            _sort = d.pop("sort", None)
            if _sort is None:
                if "sort" in src_dict:
                    nulls_ |= 16384
            else:
                sort = _parse_sort(_sort)

        max_price: ProviderMaxPrice | None = None
        if d:
            _max_price = d.pop("max_price", None)
            if _max_price is None:
                if "max_price" in src_dict:
                    nulls_ |= 32768
            else:
                max_price = _from_dict_ProviderMaxPrice(_max_price)

        preferred_min_throughput: float | ProviderRoutingPreferredMinThroughputType1 | None = None
        if d:
            _preferred_min_throughput = d.pop("preferred_min_throughput", None)
            if _preferred_min_throughput is None:
                if "preferred_min_throughput" in src_dict:
                    nulls_ |= 65536
            else:
                preferred_min_throughput = _parse_preferred_min_throughput(_preferred_min_throughput)

        preferred_max_latency: float | ProviderRoutingPreferredMaxLatencyType1 | None = None
        if d:
            _preferred_max_latency = d.pop("preferred_max_latency", None)
            if _preferred_max_latency is None:
                if "preferred_max_latency" in src_dict:
                    nulls_ |= 131072
            else:
                preferred_max_latency = _parse_preferred_max_latency(_preferred_max_latency)

        if d:
            diagnostics = d.pop("diagnostics", None)
            if diagnostics is None and "diagnostics" in src_dict:
                nulls_ |= 262144
        else:
            diagnostics = None

        if d:
            return_diagnostics = d.pop("return_diagnostics", None)
            if return_diagnostics is None and "return_diagnostics" in src_dict:
                nulls_ |= 524288
        else:
            return_diagnostics = None

        if cls is ProviderRouting:
            new_instance_ = _object_new_(cls)
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
        else:
            new_instance_ = cls(
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


def _parse_data_collection(data: object) -> DataCollection | None:
    if data is None:
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        data_collection_type_0 = check_data_collection(data)

        return data_collection_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(DataCollection | None, data)


def _parse_quantizations(data: object) -> list[str] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        quantizations_type_0 = cast(list[str], data)

        return quantizations_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | None, data)


def _parse_sort(data: object) -> None | ProviderRoutingSortType1 | str:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        sort_type_1 = ProviderRoutingSortType1.from_dict(data)

        return sort_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | ProviderRoutingSortType1 | str, data)


def _parse_preferred_min_throughput(data: object) -> float | ProviderRoutingPreferredMinThroughputType1:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        preferred_min_throughput_type_1 = ProviderRoutingPreferredMinThroughputType1.from_dict(data)

        return preferred_min_throughput_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(float | ProviderRoutingPreferredMinThroughputType1, data)


def _parse_preferred_max_latency(data: object) -> float | ProviderRoutingPreferredMaxLatencyType1:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        preferred_max_latency_type_1 = ProviderRoutingPreferredMaxLatencyType1.from_dict(data)

        return preferred_max_latency_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(float | ProviderRoutingPreferredMaxLatencyType1, data)


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

from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Cost as _Cost
from ..types import cost_of as _cost_of

T = TypeVar("T", bound="JobBilling")


@_attrs_define
class JobBilling:
    """What the gateway holds and charges for a job. A batch's is set once it has finished (`billed`, `charged`, `reason`,
    `cost_nanos`, `cost_usd`, `finalized_at`); a video's follows its wallet hold (`state` `estimated` then `settled` or
    `void`, `reservation_status` `held` then `captured` or `released`). Costs are decimal strings in `currency`, or
    nanos (1e-9 of it).

    """

    billed: bool | None = None
    billable: bool | None = None
    charged: bool | None = None
    reason: None | str = None
    """ Why it was (not) billed, such as `successful_output_count_mismatch`. """
    charge_reason: None | str = None
    state: None | str = None
    """ `estimated`, `pending`, `settled` or `void`. """
    currency: None | str = None
    cost_nanos: int | None = None
    cost_usd: float | None = None
    total_nanos: int | None = None
    estimated_nanos: int | None = None
    estimated_provider_cost: None | str = None
    estimated_user_cost: None | str = None
    settled_provider_cost: None | str = None
    settled_user_cost: None | str = None
    estimation_sample_size: int | None = None
    estimation_total_rows: int | None = None
    estimation_truncated: bool | None = None
    reservation_id: None | str = None
    reservation_status: None | str = None
    """ `held`, then `captured` or `released`. """
    reserved_nanos: int | None = None
    pricing_breakdown: JobBillingPricingBreakdownType0 | None = None
    finalized_at: None | str = None
    """ When the charge was settled (ISO 8601). """
    billed_at: None | str = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def cost(self) -> _Cost | None:
        """What the call cost, as the gateway priced it; None when it sent no price."""
        return _cost_of(self)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        billed = self.billed
        if billed is not None:
            field_dict["billed"] = billed
        elif self._nulls_ & 1:
            field_dict["billed"] = None
        billable = self.billable
        if billable is not None:
            field_dict["billable"] = billable
        elif self._nulls_ & 2:
            field_dict["billable"] = None
        charged = self.charged
        if charged is not None:
            field_dict["charged"] = charged
        elif self._nulls_ & 4:
            field_dict["charged"] = None
        reason = self.reason
        if reason is not None:
            field_dict["reason"] = reason
        elif self._nulls_ & 8:
            field_dict["reason"] = None
        charge_reason = self.charge_reason
        if charge_reason is not None:
            field_dict["charge_reason"] = charge_reason
        elif self._nulls_ & 16:
            field_dict["charge_reason"] = None
        state = self.state
        if state is not None:
            field_dict["state"] = state
        elif self._nulls_ & 32:
            field_dict["state"] = None
        currency = self.currency
        if currency is not None:
            field_dict["currency"] = currency
        elif self._nulls_ & 64:
            field_dict["currency"] = None
        cost_nanos = self.cost_nanos
        if cost_nanos is not None:
            field_dict["cost_nanos"] = cost_nanos
        elif self._nulls_ & 128:
            field_dict["cost_nanos"] = None
        cost_usd = self.cost_usd
        if cost_usd is not None:
            field_dict["cost_usd"] = cost_usd
        elif self._nulls_ & 256:
            field_dict["cost_usd"] = None
        total_nanos = self.total_nanos
        if total_nanos is not None:
            field_dict["total_nanos"] = total_nanos
        elif self._nulls_ & 512:
            field_dict["total_nanos"] = None
        estimated_nanos = self.estimated_nanos
        if estimated_nanos is not None:
            field_dict["estimated_nanos"] = estimated_nanos
        elif self._nulls_ & 1024:
            field_dict["estimated_nanos"] = None
        estimated_provider_cost = self.estimated_provider_cost
        if estimated_provider_cost is not None:
            field_dict["estimated_provider_cost"] = estimated_provider_cost
        elif self._nulls_ & 2048:
            field_dict["estimated_provider_cost"] = None
        estimated_user_cost = self.estimated_user_cost
        if estimated_user_cost is not None:
            field_dict["estimated_user_cost"] = estimated_user_cost
        elif self._nulls_ & 4096:
            field_dict["estimated_user_cost"] = None
        settled_provider_cost = self.settled_provider_cost
        if settled_provider_cost is not None:
            field_dict["settled_provider_cost"] = settled_provider_cost
        elif self._nulls_ & 8192:
            field_dict["settled_provider_cost"] = None
        settled_user_cost = self.settled_user_cost
        if settled_user_cost is not None:
            field_dict["settled_user_cost"] = settled_user_cost
        elif self._nulls_ & 16384:
            field_dict["settled_user_cost"] = None
        estimation_sample_size = self.estimation_sample_size
        if estimation_sample_size is not None:
            field_dict["estimation_sample_size"] = estimation_sample_size
        elif self._nulls_ & 32768:
            field_dict["estimation_sample_size"] = None
        estimation_total_rows = self.estimation_total_rows
        if estimation_total_rows is not None:
            field_dict["estimation_total_rows"] = estimation_total_rows
        elif self._nulls_ & 65536:
            field_dict["estimation_total_rows"] = None
        estimation_truncated = self.estimation_truncated
        if estimation_truncated is not None:
            field_dict["estimation_truncated"] = estimation_truncated
        elif self._nulls_ & 131072:
            field_dict["estimation_truncated"] = None
        reservation_id = self.reservation_id
        if reservation_id is not None:
            field_dict["reservation_id"] = reservation_id
        elif self._nulls_ & 262144:
            field_dict["reservation_id"] = None
        reservation_status = self.reservation_status
        if reservation_status is not None:
            field_dict["reservation_status"] = reservation_status
        elif self._nulls_ & 524288:
            field_dict["reservation_status"] = None
        reserved_nanos = self.reserved_nanos
        if reserved_nanos is not None:
            field_dict["reserved_nanos"] = reserved_nanos
        elif self._nulls_ & 1048576:
            field_dict["reserved_nanos"] = None
        pricing_breakdown = self.pricing_breakdown
        if pricing_breakdown is not None:
            if isinstance(pricing_breakdown, JobBillingPricingBreakdownType0):
                field_dict["pricing_breakdown"] = pricing_breakdown.to_dict()
            else:
                field_dict["pricing_breakdown"] = pricing_breakdown
        elif self._nulls_ & 2097152:
            field_dict["pricing_breakdown"] = None
        finalized_at = self.finalized_at
        if finalized_at is not None:
            field_dict["finalized_at"] = finalized_at
        elif self._nulls_ & 4194304:
            field_dict["finalized_at"] = None
        billed_at = self.billed_at
        if billed_at is not None:
            field_dict["billed_at"] = billed_at
        elif self._nulls_ & 8388608:
            field_dict["billed_at"] = None

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
            billed = d.pop("billed", None)
            if billed is None and "billed" in src_dict:
                nulls_ |= 1
        else:
            billed = None

        if d:
            billable = d.pop("billable", None)
            if billable is None and "billable" in src_dict:
                nulls_ |= 2
        else:
            billable = None

        if d:
            charged = d.pop("charged", None)
            if charged is None and "charged" in src_dict:
                nulls_ |= 4
        else:
            charged = None

        if d:
            reason = d.pop("reason", None)
            if reason is None and "reason" in src_dict:
                nulls_ |= 8
        else:
            reason = None

        if d:
            charge_reason = d.pop("charge_reason", None)
            if charge_reason is None and "charge_reason" in src_dict:
                nulls_ |= 16
        else:
            charge_reason = None

        if d:
            state = d.pop("state", None)
            if state is None and "state" in src_dict:
                nulls_ |= 32
        else:
            state = None

        if d:
            currency = d.pop("currency", None)
            if currency is None and "currency" in src_dict:
                nulls_ |= 64
        else:
            currency = None

        if d:
            cost_nanos = d.pop("cost_nanos", None)
            if cost_nanos is None and "cost_nanos" in src_dict:
                nulls_ |= 128
        else:
            cost_nanos = None

        if d:
            cost_usd = d.pop("cost_usd", None)
            if cost_usd is None and "cost_usd" in src_dict:
                nulls_ |= 256
        else:
            cost_usd = None

        if d:
            total_nanos = d.pop("total_nanos", None)
            if total_nanos is None and "total_nanos" in src_dict:
                nulls_ |= 512
        else:
            total_nanos = None

        if d:
            estimated_nanos = d.pop("estimated_nanos", None)
            if estimated_nanos is None and "estimated_nanos" in src_dict:
                nulls_ |= 1024
        else:
            estimated_nanos = None

        if d:
            estimated_provider_cost = d.pop("estimated_provider_cost", None)
            if estimated_provider_cost is None and "estimated_provider_cost" in src_dict:
                nulls_ |= 2048
        else:
            estimated_provider_cost = None

        if d:
            estimated_user_cost = d.pop("estimated_user_cost", None)
            if estimated_user_cost is None and "estimated_user_cost" in src_dict:
                nulls_ |= 4096
        else:
            estimated_user_cost = None

        if d:
            settled_provider_cost = d.pop("settled_provider_cost", None)
            if settled_provider_cost is None and "settled_provider_cost" in src_dict:
                nulls_ |= 8192
        else:
            settled_provider_cost = None

        if d:
            settled_user_cost = d.pop("settled_user_cost", None)
            if settled_user_cost is None and "settled_user_cost" in src_dict:
                nulls_ |= 16384
        else:
            settled_user_cost = None

        if d:
            estimation_sample_size = d.pop("estimation_sample_size", None)
            if estimation_sample_size is None and "estimation_sample_size" in src_dict:
                nulls_ |= 32768
        else:
            estimation_sample_size = None

        if d:
            estimation_total_rows = d.pop("estimation_total_rows", None)
            if estimation_total_rows is None and "estimation_total_rows" in src_dict:
                nulls_ |= 65536
        else:
            estimation_total_rows = None

        if d:
            estimation_truncated = d.pop("estimation_truncated", None)
            if estimation_truncated is None and "estimation_truncated" in src_dict:
                nulls_ |= 131072
        else:
            estimation_truncated = None

        if d:
            reservation_id = d.pop("reservation_id", None)
            if reservation_id is None and "reservation_id" in src_dict:
                nulls_ |= 262144
        else:
            reservation_id = None

        if d:
            reservation_status = d.pop("reservation_status", None)
            if reservation_status is None and "reservation_status" in src_dict:
                nulls_ |= 524288
        else:
            reservation_status = None

        if d:
            reserved_nanos = d.pop("reserved_nanos", None)
            if reserved_nanos is None and "reserved_nanos" in src_dict:
                nulls_ |= 1048576
        else:
            reserved_nanos = None

        pricing_breakdown: JobBillingPricingBreakdownType0 | None = None
        if d:
            _pricing_breakdown = d.pop("pricing_breakdown", None)
            if _pricing_breakdown is None:
                if "pricing_breakdown" in src_dict:
                    nulls_ |= 2097152
            else:
                pricing_breakdown = _parse_pricing_breakdown(_pricing_breakdown)

        if d:
            finalized_at = d.pop("finalized_at", None)
            if finalized_at is None and "finalized_at" in src_dict:
                nulls_ |= 4194304
        else:
            finalized_at = None

        if d:
            billed_at = d.pop("billed_at", None)
            if billed_at is None and "billed_at" in src_dict:
                nulls_ |= 8388608
        else:
            billed_at = None

        if cls is JobBilling:
            new_instance_ = _object_new_(cls)
            new_instance_.billed = billed
            new_instance_.billable = billable
            new_instance_.charged = charged
            new_instance_.reason = reason
            new_instance_.charge_reason = charge_reason
            new_instance_.state = state
            new_instance_.currency = currency
            new_instance_.cost_nanos = cost_nanos
            new_instance_.cost_usd = cost_usd
            new_instance_.total_nanos = total_nanos
            new_instance_.estimated_nanos = estimated_nanos
            new_instance_.estimated_provider_cost = estimated_provider_cost
            new_instance_.estimated_user_cost = estimated_user_cost
            new_instance_.settled_provider_cost = settled_provider_cost
            new_instance_.settled_user_cost = settled_user_cost
            new_instance_.estimation_sample_size = estimation_sample_size
            new_instance_.estimation_total_rows = estimation_total_rows
            new_instance_.estimation_truncated = estimation_truncated
            new_instance_.reservation_id = reservation_id
            new_instance_.reservation_status = reservation_status
            new_instance_.reserved_nanos = reserved_nanos
            new_instance_.pricing_breakdown = pricing_breakdown
            new_instance_.finalized_at = finalized_at
            new_instance_.billed_at = billed_at
        else:
            new_instance_ = cls(
                billed=billed,
                billable=billable,
                charged=charged,
                reason=reason,
                charge_reason=charge_reason,
                state=state,
                currency=currency,
                cost_nanos=cost_nanos,
                cost_usd=cost_usd,
                total_nanos=total_nanos,
                estimated_nanos=estimated_nanos,
                estimated_provider_cost=estimated_provider_cost,
                estimated_user_cost=estimated_user_cost,
                settled_provider_cost=settled_provider_cost,
                settled_user_cost=settled_user_cost,
                estimation_sample_size=estimation_sample_size,
                estimation_total_rows=estimation_total_rows,
                estimation_truncated=estimation_truncated,
                reservation_id=reservation_id,
                reservation_status=reservation_status,
                reserved_nanos=reserved_nanos,
                pricing_breakdown=pricing_breakdown,
                finalized_at=finalized_at,
                billed_at=billed_at,
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


def _parse_pricing_breakdown(data: object) -> JobBillingPricingBreakdownType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        pricing_breakdown_type_0 = JobBillingPricingBreakdownType0.from_dict(data)

        return pricing_breakdown_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(JobBillingPricingBreakdownType0 | None, data)


class JobBillingParams(TypedDict, total=False):
    """The JSON object `JobBilling.from_dict` reads (keys as on the wire), for type checkers."""

    billed: bool | None
    billable: bool | None
    charged: bool | None
    reason: str | None
    """ Why it was (not) billed, such as `successful_output_count_mismatch`. """
    charge_reason: str | None
    state: str | None
    """ `estimated`, `pending`, `settled` or `void`. """
    currency: str | None
    cost_nanos: int | None
    cost_usd: float | None
    total_nanos: int | None
    estimated_nanos: int | None
    estimated_provider_cost: str | None
    estimated_user_cost: str | None
    settled_provider_cost: str | None
    settled_user_cost: str | None
    estimation_sample_size: int | None
    estimation_total_rows: int | None
    estimation_truncated: bool | None
    reservation_id: str | None
    reservation_status: str | None
    """ `held`, then `captured` or `released`. """
    reserved_nanos: int | None
    pricing_breakdown: JobBillingPricingBreakdownType0Params | None
    finalized_at: str | None
    """ When the charge was settled (ISO 8601). """
    billed_at: str | None


from ..models.job_billing_pricing_breakdown_type_0 import (  # noqa: E402
    JobBillingPricingBreakdownType0,
    JobBillingPricingBreakdownType0Params,
)

_object_new_ = object.__new__

from __future__ import annotations

import json as _json
import warnings as _warnings
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Credits")


@_attrs_define
class Credits:
    """`GET /credits`."""

    credits: CreditBalance
    """ Balances in nanos of USD. """
    ok: bool | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def credits_(self) -> CreditBalance:
        """Deprecated spelling of ``credits`` (removed in 0.4)."""
        _warnings.warn("`Credits.credits_` is deprecated, use `.credits`", DeprecationWarning, stacklevel=2)
        return self.credits

    def to_dict(self) -> dict[str, Any]:
        credits_ = self.credits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credits": credits_,
            }
        )
        ok = self.ok
        if ok is not None:
            field_dict["ok"] = ok
        elif self._nulls_ & 1:
            field_dict["ok"] = None

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
        credits_ = _from_dict_CreditBalance(d.pop("credits"))

        if d:
            ok = d.pop("ok", None)
            if ok is None and "ok" in src_dict:
                nulls_ |= 1
        else:
            ok = None

        if cls is Credits:
            new_instance_ = _object_new_(cls)
            new_instance_.credits = credits_
            new_instance_.ok = ok
        else:
            new_instance_ = cls(
                credits=credits_,
                ok=ok,
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


class CreditsParams(TypedDict, total=False):
    """The JSON object `Credits.from_dict` reads (keys as on the wire), for type checkers."""

    credits: Required[CreditBalanceParams]
    """ Balances in nanos of USD. """
    ok: bool


from ..models.credit_balance import CreditBalance, CreditBalanceParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_CreditBalance = CreditBalance.from_dict

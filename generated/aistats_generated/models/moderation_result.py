from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ModerationResult")


@_attrs_define
class ModerationResult:
    """The verdict on one input."""

    flagged: bool
    categories: ModerationResultCategories | None = None
    category_scores: ModerationResultCategoryScores | None = None
    category_applied_input_types: ModerationResultCategoryAppliedInputTypesType0 | None = None
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flagged = self.flagged

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flagged": flagged,
            }
        )
        categories = self.categories
        if categories is not None:
            field_dict["categories"] = categories.to_dict()
        elif self._nulls_ & 1:
            field_dict["categories"] = None
        category_scores = self.category_scores
        if category_scores is not None:
            field_dict["category_scores"] = category_scores.to_dict()
        elif self._nulls_ & 2:
            field_dict["category_scores"] = None
        category_applied_input_types = self.category_applied_input_types
        if category_applied_input_types is not None:
            if isinstance(category_applied_input_types, ModerationResultCategoryAppliedInputTypesType0):
                field_dict["category_applied_input_types"] = category_applied_input_types.to_dict()
            else:
                field_dict["category_applied_input_types"] = category_applied_input_types
        elif self._nulls_ & 4:
            field_dict["category_applied_input_types"] = None

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
        flagged = d.pop("flagged")

        categories: ModerationResultCategories | None = None
        if d:
            _categories = d.pop("categories", None)
            if _categories is None:
                if "categories" in src_dict:
                    nulls_ |= 1
            else:
                categories = _from_dict_ModerationResultCategories(_categories)

        category_scores: ModerationResultCategoryScores | None = None
        if d:
            _category_scores = d.pop("category_scores", None)
            if _category_scores is None:
                if "category_scores" in src_dict:
                    nulls_ |= 2
            else:
                category_scores = _from_dict_ModerationResultCategoryScores(_category_scores)

        category_applied_input_types: ModerationResultCategoryAppliedInputTypesType0 | None = None
        if d:
            _category_applied_input_types = d.pop("category_applied_input_types", None)
            if _category_applied_input_types is None:
                if "category_applied_input_types" in src_dict:
                    nulls_ |= 4
            else:
                category_applied_input_types = _parse_category_applied_input_types(_category_applied_input_types)

        if cls is ModerationResult:
            new_instance_ = _object_new_(cls)
            new_instance_.flagged = flagged
            new_instance_.categories = categories
            new_instance_.category_scores = category_scores
            new_instance_.category_applied_input_types = category_applied_input_types
        else:
            new_instance_ = cls(
                flagged=flagged,
                categories=categories,
                category_scores=category_scores,
                category_applied_input_types=category_applied_input_types,
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


def _parse_category_applied_input_types(data: object) -> ModerationResultCategoryAppliedInputTypesType0 | None:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        category_applied_input_types_type_0 = ModerationResultCategoryAppliedInputTypesType0.from_dict(data)

        return category_applied_input_types_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ModerationResultCategoryAppliedInputTypesType0 | None, data)


class ModerationResultParams(TypedDict, total=False):
    """The JSON object `ModerationResult.from_dict` reads (keys as on the wire), for type checkers."""

    flagged: Required[bool]
    categories: ModerationResultCategoriesParams
    category_scores: ModerationResultCategoryScoresParams
    category_applied_input_types: ModerationResultCategoryAppliedInputTypesType0Params | None


from ..models.moderation_result_categories import ModerationResultCategories, ModerationResultCategoriesParams  # noqa: E402
from ..models.moderation_result_category_applied_input_types_type_0 import (  # noqa: E402
    ModerationResultCategoryAppliedInputTypesType0,
    ModerationResultCategoryAppliedInputTypesType0Params,
)
from ..models.moderation_result_category_scores import (  # noqa: E402
    ModerationResultCategoryScores,
    ModerationResultCategoryScoresParams,
)

_object_new_ = object.__new__
_from_dict_ModerationResultCategories = ModerationResultCategories.from_dict
_from_dict_ModerationResultCategoryScores = ModerationResultCategoryScores.from_dict

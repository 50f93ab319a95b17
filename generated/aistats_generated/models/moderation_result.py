from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModerationResult")


@_attrs_define
class ModerationResult:
    """The verdict on one input."""

    flagged: bool
    categories: ModerationResultCategories | Unset = UNSET
    category_scores: ModerationResultCategoryScores | Unset = UNSET
    category_applied_input_types: ModerationResultCategoryAppliedInputTypesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flagged = self.flagged

        categories: dict[str, Any] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories.to_dict()

        category_scores: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category_scores, Unset):
            category_scores = self.category_scores.to_dict()

        category_applied_input_types: dict[str, Any] | None | Unset
        if isinstance(self.category_applied_input_types, Unset):
            category_applied_input_types = UNSET
        elif isinstance(self.category_applied_input_types, ModerationResultCategoryAppliedInputTypesType0):
            category_applied_input_types = self.category_applied_input_types.to_dict()
        else:
            category_applied_input_types = self.category_applied_input_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flagged": flagged,
            }
        )
        if categories is not UNSET:
            field_dict["categories"] = categories
        if category_scores is not UNSET:
            field_dict["category_scores"] = category_scores
        if category_applied_input_types is not UNSET:
            field_dict["category_applied_input_types"] = category_applied_input_types

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        flagged = d.pop("flagged")

        _categories: Any = d.pop("categories", UNSET) if d else UNSET
        categories: ModerationResultCategories | Unset = (
            UNSET if _categories is UNSET else _from_dict_ModerationResultCategories(_categories)
        )

        _category_scores: Any = d.pop("category_scores", UNSET) if d else UNSET
        category_scores: ModerationResultCategoryScores | Unset = (
            UNSET if _category_scores is UNSET else _from_dict_ModerationResultCategoryScores(_category_scores)
        )

        _category_applied_input_types = d.pop("category_applied_input_types", UNSET) if d else UNSET
        category_applied_input_types = (
            _category_applied_input_types
            if _category_applied_input_types is None or _category_applied_input_types is UNSET
            else _parse_category_applied_input_types(_category_applied_input_types)
        )

        if cls is ModerationResult:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.flagged = flagged
            new_instance_.categories = categories
            new_instance_.category_scores = category_scores
            new_instance_.category_applied_input_types = category_applied_input_types
            moderation_result = new_instance_
        else:
            moderation_result = cls(
                flagged=flagged,
                categories=categories,
                category_scores=category_scores,
                category_applied_input_types=category_applied_input_types,
            )

        moderation_result.additional_properties = d
        return moderation_result

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


def _parse_category_applied_input_types(data: object) -> ModerationResultCategoryAppliedInputTypesType0 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        category_applied_input_types_type_0 = ModerationResultCategoryAppliedInputTypesType0.from_dict(data)

        return category_applied_input_types_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ModerationResultCategoryAppliedInputTypesType0 | None | Unset, data)


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

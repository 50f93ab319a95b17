"""What the management routes return beyond the generated models: a created key whose secret
is masked in ``repr()``, the result of a delete, and the readers that unwrap ``{"data": ...}``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from aistats_generated.models import CreatedApiKey, DeletedFlag

__all__ = ["CreatedKey", "Deleted"]

M = TypeVar("M")


@dataclass(frozen=True, slots=True)
class Deleted:
    """What a delete returns: the id it was called with and the gateway's ``deleted`` flag
    (the gateway itself answers only ``{"deleted": true}``)."""

    id: str
    """The id of what was deleted."""
    deleted: bool
    """Whether the gateway deleted it."""


class CreatedKey(CreatedApiKey):
    """A new API key's record with its secret, ``key``: shown once by the gateway, so keep it
    now. ``repr()`` masks the secret (``to_dict()`` and ``.key`` give it)."""

    __slots__ = ()

    def __repr__(self) -> str:
        text = super().__repr__()
        secret = self.key
        return text.replace(repr(secret), "'****'") if secret else text


class _Data(Generic[M]):
    """A reply ``{"data": <M>}`` read as the ``M`` inside (a reader for ``Resource._send``)."""

    def __init__(self, model: type[M]) -> None:
        self._model = model

    def from_dict(self, src: Mapping[str, Any]) -> M:
        data: M = self._model.from_dict(src["data"])  # type: ignore[attr-defined]
        return data


class _Items(Generic[M]):
    """A list reply ``{"data": [...], ...}`` read as its items (a reader for ``Resource._send``)."""

    def __init__(self, page: type[Any]) -> None:
        self._page = page

    def from_dict(self, src: Mapping[str, Any]) -> list[M]:
        items: list[M] = self._page.from_dict(src).data
        return items


class _Deleted:
    """``{"deleted": true}`` read as ``Deleted`` with the id the call named."""

    def __init__(self, id: str) -> None:
        self._id = id

    def from_dict(self, src: Mapping[str, Any]) -> Deleted:
        return Deleted(id=self._id, deleted=DeletedFlag.from_dict(src).deleted)

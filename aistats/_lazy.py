"""Client attributes whose resource module is imported on first use, so that ``import aistats``
does not grow with the number of endpoints."""

from __future__ import annotations

import importlib
from typing import Any, Generic, TypeVar, overload

__all__ = ["forget_resources", "lazy_resource"]

R = TypeVar("R")


class lazy_resource(Generic[R]):
    """``client.<name>``: ``aistats.resources.<module>.<cls>(client)``, built once per client."""

    def __init__(self, module: str, cls: str) -> None:
        self._module = module
        self._cls = cls
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, instance: None, owner: type) -> lazy_resource[R]: ...

    @overload
    def __get__(self, instance: object, owner: type) -> R: ...

    def __get__(self, instance: object | None, owner: type) -> R | lazy_resource[R]:
        if instance is None:
            return self
        module = importlib.import_module(f"aistats.resources.{self._module}")
        resource: R = getattr(module, self._cls)(instance)
        instance.__dict__[self._name] = resource
        return resource


def forget_resources(instance: Any) -> None:
    """Drop the resources built for ``instance`` (a copy made by ``with_options`` builds its own)."""
    for klass in type(instance).__mro__:
        for name, value in vars(klass).items():
            if isinstance(value, lazy_resource):
                instance.__dict__.pop(name, None)

"""Strict keywords: a keyword that is neither a request property nor a per-call option is
refused with ``TypeError`` before anything is sent, naming the closest valid keyword.

The request properties are read from the generated ``<Model>Params`` TypedDict (its
own keys and its bases'), so a property added to ``openapi.yaml`` is accepted after
``make generate`` with no change here.
"""

from __future__ import annotations

import difflib
import functools
import typing
from collections.abc import Iterable, Mapping
from typing import Any, Final

from .request import load_model

__all__ = [
    "CLIENT_OPTIONS",
    "body_keys",
    "check_keywords",
    "refuse_type_as_format",
    "request_keys",
]

#: Constructor arguments that are not per-call options: named in the hint when given to a call.
CLIENT_OPTIONS: Final = frozenset(
    {
        "api_key",
        "base_url",
        "max_retries",
        "default_headers",
        "http_client",
        "app_title",
        "referer",
        "max_retry_after",
        "allow_insecure_http",
    }
)


@functools.cache
def request_keys(params_type: type) -> frozenset[str]:
    """Every key of a TypedDict, its bases' included (computed once per type)."""
    required: frozenset[str] = getattr(params_type, "__required_keys__", frozenset())
    optional: frozenset[str] = getattr(params_type, "__optional_keys__", frozenset())
    return frozenset(required | optional)


@functools.cache
def body_keys(body: str | None) -> frozenset[str]:
    """The request properties of a route's body model ``"module:Class"`` (the keys of its
    generated ``<Class>Params``, split keys included)."""
    return request_keys(load_model(f"{body}Params")) if body else frozenset()


def check_keywords(
    given: Mapping[str, Any], allowed: frozenset[str], *, call: str, options: Iterable[str]
) -> None:
    """Raise ``TypeError`` if ``given`` has a key outside ``allowed``.

    ``options`` are the call's explicit keywords (``timeout``, ``extra_body``, ...): they
    are offered as suggestions too, since a misspelt option lands among ``given``.
    """
    unknown = given.keys() - allowed
    if not unknown:
        return
    name = sorted(unknown)[0]
    raise TypeError(_message(call, name, allowed, options))


def _message(call: str, name: str, allowed: frozenset[str], options: Iterable[str]) -> str:
    text = f"{call} got an unexpected keyword argument {name!r}"
    if name in CLIENT_OPTIONS:
        return (
            f"{text}: {name} is a client option; use client.with_options({name}=...) "
            f"for one call, or pass it to the constructor."
        )
    options = set(options)
    close = difflib.get_close_matches(name, sorted(allowed | options), n=1, cutoff=0.6)
    if close:
        text += f"; did you mean {close[0]!r}?"
    else:
        text += "."
    if "extra_body" not in options and "extra_query" in options:  # a route without a body
        return text + " Other query parameters go in extra_query={...}."
    return text + " Provider-specific parameters go in extra_body={...}."


def refuse_type_as_format(value: object, *, call: str, where: str, example: str) -> None:
    """``TypeError`` pointing to ``chat.completions.parse()`` when ``value`` (a request's
    output format, sent as given) is a class or another type (a pydantic model, a dataclass,
    a TypedDict, ``list[int]``) rather than the dict the gateway takes."""
    if not (isinstance(value, type) or typing.get_origin(value) is not None):
        return
    name = getattr(value, "__name__", None) or repr(value)
    raise TypeError(
        f"{call} got a type as {where} ({name}): it is sent as given, so it must be a dict such as "
        f"{example}. To send a type's JSON schema and read the reply back as that type, use "
        f"client.chat.completions.parse(response_format={name}, ...)."
    )

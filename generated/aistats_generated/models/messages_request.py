from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypeAlias, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagesRequest")


@_attrs_define
class MessagesRequest:
    """An Anthropic Messages API request. Properties the gateway does not know are passed through to the provider."""

    model: str
    """ The model id, such as `anthropic/claude-sonnet-4.5`. """
    max_tokens: int
    """ Upper bound on the tokens generated (required by this API). """
    messages: list[MessagesRequestMessagesItem]
    """ The conversation, oldest first: `{role: user|assistant, content: string | blocks}`. """
    system: list[MessagesRequestSystemType1Item] | str | Unset = UNSET
    """ A system prompt, as a string or a list of text blocks. """
    stream: bool | Unset = UNSET
    """ Stream the reply as named Server-Sent Events. The gateway's default is false. """
    tools: list[MessagesRequestToolsItem] | Unset = UNSET
    """ Tools the model may call (`{name, description, input_schema}`). """
    tool_choice: MessagesRequestToolChoiceType1 | str | Unset = UNSET
    """ An object such as `{type: auto}`, or a string. """
    thinking: MessagesRequestThinking | Unset = UNSET
    """ Extended thinking, e.g. `{type: enabled, budget_tokens: 1024}`. """
    temperature: float | Unset = UNSET
    """ Sampling temperature. """
    top_p: float | Unset = UNSET
    """ Nucleus sampling probability mass. """
    top_k: int | Unset = UNSET
    """ Sample from the k most likely tokens only. """
    stop_sequences: list[str] | Unset = UNSET
    metadata: MessagesRequestMetadata | Unset = UNSET
    """ Your own key-value pairs. """
    session_id: str | Unset = UNSET
    """ Groups related requests for observability. """
    usage: bool | Unset = UNSET
    """ Include token usage details. The gateway's default is true. """
    meta: bool | Unset = UNSET
    """ Include gateway metadata in the response. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        max_tokens = self.max_tokens

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        system: list[dict[str, Any]] | str | Unset
        if isinstance(self.system, Unset):
            system = UNSET
        elif isinstance(self.system, list):
            system = []
            for system_type_1_item_data in self.system:
                system_type_1_item = system_type_1_item_data.to_dict()
                system.append(system_type_1_item)

        else:
            system = self.system

        stream = self.stream

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, MessagesRequestToolChoiceType1):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        thinking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thinking, Unset):
            thinking = self.thinking.to_dict()

        temperature = self.temperature

        top_p = self.top_p

        top_k = self.top_k

        stop_sequences: list[str] | Unset = UNSET
        if not isinstance(self.stop_sequences, Unset):
            stop_sequences = self.stop_sequences

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        session_id = self.session_id

        usage = self.usage

        meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "max_tokens": max_tokens,
                "messages": messages,
            }
        )
        if system is not UNSET:
            field_dict["system"] = system
        if stream is not UNSET:
            field_dict["stream"] = stream
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if stop_sequences is not UNSET:
            field_dict["stop_sequences"] = stop_sequences
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if usage is not UNSET:
            field_dict["usage"] = usage
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        model = d.pop("model")

        max_tokens = d.pop("max_tokens")

        messages: list[MessagesRequestMessagesItem] = []
        for messages_item_data in d.pop("messages"):
            messages.append(_from_dict_MessagesRequestMessagesItem(messages_item_data))

        _system = d.pop("system", UNSET) if d else UNSET
        system = _system if _system is UNSET else _parse_system(_system)

        stream = d.pop("stream", UNSET) if d else UNSET

        _tools = d.pop("tools", UNSET) if d else UNSET
        tools: list[MessagesRequestToolsItem] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools.append(_from_dict_MessagesRequestToolsItem(tools_item_data))

        _tool_choice = d.pop("tool_choice", UNSET) if d else UNSET
        tool_choice = _tool_choice if _tool_choice is UNSET else _parse_tool_choice(_tool_choice)

        _thinking: Any = d.pop("thinking", UNSET) if d else UNSET
        thinking: MessagesRequestThinking | Unset = (
            UNSET if _thinking is UNSET else _from_dict_MessagesRequestThinking(_thinking)
        )

        temperature = d.pop("temperature", UNSET) if d else UNSET

        top_p = d.pop("top_p", UNSET) if d else UNSET

        top_k = d.pop("top_k", UNSET) if d else UNSET

        stop_sequences = cast(list[str], (d.pop("stop_sequences", UNSET) if d else UNSET))

        _metadata: Any = d.pop("metadata", UNSET) if d else UNSET
        metadata: MessagesRequestMetadata | Unset = (
            UNSET if _metadata is UNSET else _from_dict_MessagesRequestMetadata(_metadata)
        )

        session_id = d.pop("session_id", UNSET) if d else UNSET

        usage = d.pop("usage", UNSET) if d else UNSET

        meta = d.pop("meta", UNSET) if d else UNSET

        if cls is MessagesRequest:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.model = model
            new_instance_.max_tokens = max_tokens
            new_instance_.messages = messages
            new_instance_.system = system
            new_instance_.stream = stream
            new_instance_.tools = tools
            new_instance_.tool_choice = tool_choice
            new_instance_.thinking = thinking
            new_instance_.temperature = temperature
            new_instance_.top_p = top_p
            new_instance_.top_k = top_k
            new_instance_.stop_sequences = stop_sequences
            new_instance_.metadata = metadata
            new_instance_.session_id = session_id
            new_instance_.usage = usage
            new_instance_.meta = meta
            messages_request = new_instance_
        else:
            messages_request = cls(
                model=model,
                max_tokens=max_tokens,
                messages=messages,
                system=system,
                stream=stream,
                tools=tools,
                tool_choice=tool_choice,
                thinking=thinking,
                temperature=temperature,
                top_p=top_p,
                top_k=top_k,
                stop_sequences=stop_sequences,
                metadata=metadata,
                session_id=session_id,
                usage=usage,
                meta=meta,
            )

        messages_request.additional_properties = d
        return messages_request

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


def _parse_system(data: object) -> list[MessagesRequestSystemType1Item] | str | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        system_type_1 = []
        _system_type_1 = data
        for system_type_1_item_data in _system_type_1:
            system_type_1_item = MessagesRequestSystemType1Item.from_dict(system_type_1_item_data)

            system_type_1.append(system_type_1_item)

        return system_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[MessagesRequestSystemType1Item] | str | Unset, data)


def _parse_tool_choice(data: object) -> MessagesRequestToolChoiceType1 | str | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tool_choice_type_1 = MessagesRequestToolChoiceType1.from_dict(data)

        return tool_choice_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(MessagesRequestToolChoiceType1 | str | Unset, data)


class MessagesRequestBaseParams(TypedDict, total=False):
    """`MessagesRequestParams` without the keys a caller takes as explicit keywords."""

    model: Required[str]
    """ The model id, such as `anthropic/claude-sonnet-4.5`. """
    max_tokens: Required[int]
    """ Upper bound on the tokens generated (required by this API). """
    messages: Required[Sequence[MessagesRequestMessagesItemParams]]
    """ The conversation, oldest first: `{role: user|assistant, content: string | blocks}`. """
    system: str | Sequence[MessagesRequestSystemType1ItemParams]
    """ A system prompt, as a string or a list of text blocks. """
    tools: Sequence[MessagesRequestToolsItemParams]
    """ Tools the model may call (`{name, description, input_schema}`). """
    tool_choice: str | MessagesRequestToolChoiceType1Params
    """ An object such as `{type: auto}`, or a string. """
    thinking: MessagesRequestThinkingParams
    """ Extended thinking, e.g. `{type: enabled, budget_tokens: 1024}`. """
    temperature: float
    """ Sampling temperature. """
    top_p: float
    """ Nucleus sampling probability mass. """
    top_k: int
    """ Sample from the k most likely tokens only. """
    stop_sequences: Sequence[str]
    metadata: MessagesRequestMetadataParams
    """ Your own key-value pairs. """
    session_id: str
    """ Groups related requests for observability. """
    usage: bool
    """ Include token usage details. The gateway's default is true. """
    meta: bool
    """ Include gateway metadata in the response. """


class MessagesRequestParams(MessagesRequestBaseParams, total=False):
    """The JSON object `MessagesRequest.from_dict` reads (keys as on the wire), for type checkers."""

    stream: bool
    """ Stream the reply as named Server-Sent Events. The gateway's default is false. """


MessagesRequestStreamParam: TypeAlias = "bool"
"""The `stream` key of `MessagesRequestParams`, for a facade that takes it as an explicit keyword."""


from ..models.messages_request_messages_item import MessagesRequestMessagesItem, MessagesRequestMessagesItemParams  # noqa: E402
from ..models.messages_request_metadata import MessagesRequestMetadata, MessagesRequestMetadataParams  # noqa: E402
from ..models.messages_request_system_type_1_item import (  # noqa: E402
    MessagesRequestSystemType1Item,
    MessagesRequestSystemType1ItemParams,
)
from ..models.messages_request_thinking import MessagesRequestThinking, MessagesRequestThinkingParams  # noqa: E402
from ..models.messages_request_tool_choice_type_1 import (  # noqa: E402
    MessagesRequestToolChoiceType1,
    MessagesRequestToolChoiceType1Params,
)
from ..models.messages_request_tools_item import MessagesRequestToolsItem, MessagesRequestToolsItemParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_MessagesRequestMessagesItem = MessagesRequestMessagesItem.from_dict
_from_dict_MessagesRequestMetadata = MessagesRequestMetadata.from_dict
_from_dict_MessagesRequestThinking = MessagesRequestThinking.from_dict
_from_dict_MessagesRequestToolsItem = MessagesRequestToolsItem.from_dict

from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypeAlias, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    system: list[MessagesRequestSystemType1Item] | str | None = None
    """ A system prompt, as a string or a list of text blocks. """
    stream: bool | None = None
    """ Stream the reply as named Server-Sent Events. The gateway's default is false. """
    tools: list[MessagesRequestToolsItem] | None = None
    """ Tools the model may call (`{name, description, input_schema}`). """
    tool_choice: MessagesRequestToolChoiceType1 | str | None = None
    """ An object such as `{type: auto}`, or a string. """
    thinking: MessagesRequestThinking | None = None
    """ Extended thinking, e.g. `{type: enabled, budget_tokens: 1024}`. """
    temperature: float | None = None
    """ Sampling temperature. """
    top_p: float | None = None
    """ Nucleus sampling probability mass. """
    top_k: int | None = None
    """ Sample from the k most likely tokens only. """
    stop_sequences: list[str] | None = None
    metadata: MessagesRequestMetadata | None = None
    """ Your own key-value pairs. """
    session_id: str | None = None
    """ Groups related requests for observability. """
    usage: bool | None = None
    """ Include token usage details. The gateway's default is true. """
    meta: bool | None = None
    """ Include gateway metadata in the response. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        max_tokens = self.max_tokens

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "max_tokens": max_tokens,
                "messages": messages,
            }
        )
        system = self.system
        if system is not None:
            if isinstance(system, list):
                field_dict["system"] = []
                for system_type_1_item_data in system:
                    system_type_1_item = system_type_1_item_data.to_dict()
                    field_dict["system"].append(system_type_1_item)

            else:
                field_dict["system"] = system
        elif self._nulls_ & 1:
            field_dict["system"] = None
        stream = self.stream
        if stream is not None:
            field_dict["stream"] = stream
        elif self._nulls_ & 2:
            field_dict["stream"] = None
        tools = self.tools
        if tools is not None:
            tools_json: list[dict[str, Any]] = []
            for tools_item in tools:
                tools_json.append(tools_item.to_dict())
            field_dict["tools"] = tools_json
        elif self._nulls_ & 4:
            field_dict["tools"] = None
        tool_choice = self.tool_choice
        if tool_choice is not None:
            if isinstance(tool_choice, MessagesRequestToolChoiceType1):
                field_dict["tool_choice"] = tool_choice.to_dict()
            else:
                field_dict["tool_choice"] = tool_choice
        elif self._nulls_ & 8:
            field_dict["tool_choice"] = None
        thinking = self.thinking
        if thinking is not None:
            field_dict["thinking"] = thinking.to_dict()
        elif self._nulls_ & 16:
            field_dict["thinking"] = None
        temperature = self.temperature
        if temperature is not None:
            field_dict["temperature"] = temperature
        elif self._nulls_ & 32:
            field_dict["temperature"] = None
        top_p = self.top_p
        if top_p is not None:
            field_dict["top_p"] = top_p
        elif self._nulls_ & 64:
            field_dict["top_p"] = None
        top_k = self.top_k
        if top_k is not None:
            field_dict["top_k"] = top_k
        elif self._nulls_ & 128:
            field_dict["top_k"] = None
        stop_sequences = self.stop_sequences
        if stop_sequences is not None:
            field_dict["stop_sequences"] = stop_sequences
        elif self._nulls_ & 256:
            field_dict["stop_sequences"] = None
        metadata = self.metadata
        if metadata is not None:
            field_dict["metadata"] = metadata.to_dict()
        elif self._nulls_ & 512:
            field_dict["metadata"] = None
        session_id = self.session_id
        if session_id is not None:
            field_dict["session_id"] = session_id
        elif self._nulls_ & 1024:
            field_dict["session_id"] = None
        usage = self.usage
        if usage is not None:
            field_dict["usage"] = usage
        elif self._nulls_ & 2048:
            field_dict["usage"] = None
        meta = self.meta
        if meta is not None:
            field_dict["meta"] = meta
        elif self._nulls_ & 4096:
            field_dict["meta"] = None

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
        model = d.pop("model")

        max_tokens = d.pop("max_tokens")

        messages: list[MessagesRequestMessagesItem] = []
        for messages_item_data in d.pop("messages"):
            messages.append(_from_dict_MessagesRequestMessagesItem(messages_item_data))

        system: list[MessagesRequestSystemType1Item] | str | None = None
        if d:
            _system = d.pop("system", None)
            if _system is None:
                if "system" in src_dict:
                    nulls_ |= 1
            else:
                system = _parse_system(_system)

        if d:
            stream = d.pop("stream", None)
            if stream is None and "stream" in src_dict:
                nulls_ |= 2
        else:
            stream = None

        tools: list[MessagesRequestToolsItem] | None = None
        if d:
            _tools = d.pop("tools", None)
            if _tools is None:
                if "tools" in src_dict:
                    nulls_ |= 4
            else:
                tools = []
                for tools_item_data in _tools:
                    tools.append(_from_dict_MessagesRequestToolsItem(tools_item_data))

        tool_choice: MessagesRequestToolChoiceType1 | str | None = None
        if d:
            _tool_choice = d.pop("tool_choice", None)
            if _tool_choice is None:
                if "tool_choice" in src_dict:
                    nulls_ |= 8
            else:
                tool_choice = _parse_tool_choice(_tool_choice)

        thinking: MessagesRequestThinking | None = None
        if d:
            _thinking = d.pop("thinking", None)
            if _thinking is None:
                if "thinking" in src_dict:
                    nulls_ |= 16
            else:
                thinking = _from_dict_MessagesRequestThinking(_thinking)

        if d:
            temperature = d.pop("temperature", None)
            if temperature is None and "temperature" in src_dict:
                nulls_ |= 32
        else:
            temperature = None

        if d:
            top_p = d.pop("top_p", None)
            if top_p is None and "top_p" in src_dict:
                nulls_ |= 64
        else:
            top_p = None

        if d:
            top_k = d.pop("top_k", None)
            if top_k is None and "top_k" in src_dict:
                nulls_ |= 128
        else:
            top_k = None

        if d:
            stop_sequences = d.pop("stop_sequences", None)
            if stop_sequences is None and "stop_sequences" in src_dict:
                nulls_ |= 256
        else:
            stop_sequences = None

        metadata: MessagesRequestMetadata | None = None
        if d:
            _metadata = d.pop("metadata", None)
            if _metadata is None:
                if "metadata" in src_dict:
                    nulls_ |= 512
            else:
                metadata = _from_dict_MessagesRequestMetadata(_metadata)

        if d:
            session_id = d.pop("session_id", None)
            if session_id is None and "session_id" in src_dict:
                nulls_ |= 1024
        else:
            session_id = None

        if d:
            usage = d.pop("usage", None)
            if usage is None and "usage" in src_dict:
                nulls_ |= 2048
        else:
            usage = None

        if d:
            meta = d.pop("meta", None)
            if meta is None and "meta" in src_dict:
                nulls_ |= 4096
        else:
            meta = None

        if cls is MessagesRequest:
            new_instance_ = _object_new_(cls)
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
        else:
            new_instance_ = cls(
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


def _parse_system(data: object) -> list[MessagesRequestSystemType1Item] | str:
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
    return cast(list[MessagesRequestSystemType1Item] | str, data)


def _parse_tool_choice(data: object) -> MessagesRequestToolChoiceType1 | str:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tool_choice_type_1 = MessagesRequestToolChoiceType1.from_dict(data)

        return tool_choice_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(MessagesRequestToolChoiceType1 | str, data)


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

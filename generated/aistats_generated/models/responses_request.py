from __future__ import annotations

import json as _json
import warnings as _warnings
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypeAlias, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResponsesRequest")


@_attrs_define
class ResponsesRequest:
    """A Responses API request. Properties the gateway does not know are passed through to the provider."""

    model: str
    """ The model id, such as `openai/gpt-5-nano`. """
    input: list[ResponsesRequestInputType1Item] | str | None = None
    """ The prompt: a string, or a list of input items (messages, function call outputs, ...). """
    instructions: str | None = None
    """ A system message placed before the input. """
    stream: bool | None = None
    """ Stream the reply as named Server-Sent Events. The gateway's default is false. """
    tools: list[ResponsesRequestToolsItem] | None = None
    """ Tools the model may call, in the Responses shape (`{type: function, name, parameters}`). """
    tool_choice: ResponsesRequestToolChoiceType1 | str | None = None
    """ `none`, `auto`, `required`, or an object naming one tool. """
    parallel_tool_calls: bool | None = None
    """ Allow several tool calls in one reply. """
    reasoning: ResponsesRequestReasoning | None = None
    """ Reasoning controls (`effort`, `summary`) for models that support them. """
    max_output_tokens: int | None = None
    """ Upper bound on the tokens generated. """
    temperature: float | None = None
    """ Sampling temperature. """
    top_p: float | None = None
    """ Nucleus sampling probability mass. """
    text: ResponsesRequestText | None = None
    """ Output format options. """
    metadata: ResponsesRequestMetadata | None = None
    """ Your own key-value pairs, stored with the request. """
    previous_response_id: str | None = None
    """ Continue from an earlier response. """
    store: bool | None = None
    """ Ask the provider to keep the response. """
    user: str | None = None
    """ An end-user identifier. """
    session_id: str | None = None
    """ Groups related requests for observability. """
    usage: bool | None = None
    """ Include token usage details. The gateway's default is true. """
    meta: bool | None = None
    """ Include gateway metadata in the response. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def input_(self) -> list[ResponsesRequestInputType1Item] | str | None:
        """Deprecated spelling of ``input`` (removed in 0.4)."""
        _warnings.warn("`ResponsesRequest.input_` is deprecated, use `.input`", DeprecationWarning, stacklevel=2)
        return self.input

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        input_ = self.input
        if input_ is not None:
            if isinstance(input_, list):
                field_dict["input"] = []
                for input_type_1_item_data in input_:
                    input_type_1_item = input_type_1_item_data.to_dict()
                    field_dict["input"].append(input_type_1_item)

            else:
                field_dict["input"] = input_
        elif self._nulls_ & 1:
            field_dict["input"] = None
        instructions = self.instructions
        if instructions is not None:
            field_dict["instructions"] = instructions
        elif self._nulls_ & 2:
            field_dict["instructions"] = None
        stream = self.stream
        if stream is not None:
            field_dict["stream"] = stream
        elif self._nulls_ & 4:
            field_dict["stream"] = None
        tools = self.tools
        if tools is not None:
            tools_json: list[dict[str, Any]] = []
            for tools_item in tools:
                tools_json.append(tools_item.to_dict())
            field_dict["tools"] = tools_json
        elif self._nulls_ & 8:
            field_dict["tools"] = None
        tool_choice = self.tool_choice
        if tool_choice is not None:
            if isinstance(tool_choice, ResponsesRequestToolChoiceType1):
                field_dict["tool_choice"] = tool_choice.to_dict()
            else:
                field_dict["tool_choice"] = tool_choice
        elif self._nulls_ & 16:
            field_dict["tool_choice"] = None
        parallel_tool_calls = self.parallel_tool_calls
        if parallel_tool_calls is not None:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        elif self._nulls_ & 32:
            field_dict["parallel_tool_calls"] = None
        reasoning = self.reasoning
        if reasoning is not None:
            field_dict["reasoning"] = reasoning.to_dict()
        elif self._nulls_ & 64:
            field_dict["reasoning"] = None
        max_output_tokens = self.max_output_tokens
        if max_output_tokens is not None:
            field_dict["max_output_tokens"] = max_output_tokens
        elif self._nulls_ & 128:
            field_dict["max_output_tokens"] = None
        temperature = self.temperature
        if temperature is not None:
            field_dict["temperature"] = temperature
        elif self._nulls_ & 256:
            field_dict["temperature"] = None
        top_p = self.top_p
        if top_p is not None:
            field_dict["top_p"] = top_p
        elif self._nulls_ & 512:
            field_dict["top_p"] = None
        text = self.text
        if text is not None:
            field_dict["text"] = text.to_dict()
        elif self._nulls_ & 1024:
            field_dict["text"] = None
        metadata = self.metadata
        if metadata is not None:
            field_dict["metadata"] = metadata.to_dict()
        elif self._nulls_ & 2048:
            field_dict["metadata"] = None
        previous_response_id = self.previous_response_id
        if previous_response_id is not None:
            field_dict["previous_response_id"] = previous_response_id
        elif self._nulls_ & 4096:
            field_dict["previous_response_id"] = None
        store = self.store
        if store is not None:
            field_dict["store"] = store
        elif self._nulls_ & 8192:
            field_dict["store"] = None
        user = self.user
        if user is not None:
            field_dict["user"] = user
        elif self._nulls_ & 16384:
            field_dict["user"] = None
        session_id = self.session_id
        if session_id is not None:
            field_dict["session_id"] = session_id
        elif self._nulls_ & 32768:
            field_dict["session_id"] = None
        usage = self.usage
        if usage is not None:
            field_dict["usage"] = usage
        elif self._nulls_ & 65536:
            field_dict["usage"] = None
        meta = self.meta
        if meta is not None:
            field_dict["meta"] = meta
        elif self._nulls_ & 131072:
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

        input_: list[ResponsesRequestInputType1Item] | str | None = None
        if d:
            _input_ = d.pop("input", None)
            if _input_ is None:
                if "input" in src_dict:
                    nulls_ |= 1
            else:
                input_ = _parse_input_(_input_)

        if d:
            instructions = d.pop("instructions", None)
            if instructions is None and "instructions" in src_dict:
                nulls_ |= 2
        else:
            instructions = None

        if d:
            stream = d.pop("stream", None)
            if stream is None and "stream" in src_dict:
                nulls_ |= 4
        else:
            stream = None

        tools: list[ResponsesRequestToolsItem] | None = None
        if d:
            _tools = d.pop("tools", None)
            if _tools is None:
                if "tools" in src_dict:
                    nulls_ |= 8
            else:
                tools = []
                for tools_item_data in _tools:
                    tools.append(_from_dict_ResponsesRequestToolsItem(tools_item_data))

        tool_choice: ResponsesRequestToolChoiceType1 | str | None = None
        if d:
            _tool_choice = d.pop("tool_choice", None)
            if _tool_choice is None:
                if "tool_choice" in src_dict:
                    nulls_ |= 16
            else:
                tool_choice = _parse_tool_choice(_tool_choice)

        if d:
            parallel_tool_calls = d.pop("parallel_tool_calls", None)
            if parallel_tool_calls is None and "parallel_tool_calls" in src_dict:
                nulls_ |= 32
        else:
            parallel_tool_calls = None

        reasoning: ResponsesRequestReasoning | None = None
        if d:
            _reasoning = d.pop("reasoning", None)
            if _reasoning is None:
                if "reasoning" in src_dict:
                    nulls_ |= 64
            else:
                reasoning = _from_dict_ResponsesRequestReasoning(_reasoning)

        if d:
            max_output_tokens = d.pop("max_output_tokens", None)
            if max_output_tokens is None and "max_output_tokens" in src_dict:
                nulls_ |= 128
        else:
            max_output_tokens = None

        if d:
            temperature = d.pop("temperature", None)
            if temperature is None and "temperature" in src_dict:
                nulls_ |= 256
        else:
            temperature = None

        if d:
            top_p = d.pop("top_p", None)
            if top_p is None and "top_p" in src_dict:
                nulls_ |= 512
        else:
            top_p = None

        text: ResponsesRequestText | None = None
        if d:
            _text = d.pop("text", None)
            if _text is None:
                if "text" in src_dict:
                    nulls_ |= 1024
            else:
                text = _from_dict_ResponsesRequestText(_text)

        metadata: ResponsesRequestMetadata | None = None
        if d:
            _metadata = d.pop("metadata", None)
            if _metadata is None:
                if "metadata" in src_dict:
                    nulls_ |= 2048
            else:
                metadata = _from_dict_ResponsesRequestMetadata(_metadata)

        if d:
            previous_response_id = d.pop("previous_response_id", None)
            if previous_response_id is None and "previous_response_id" in src_dict:
                nulls_ |= 4096
        else:
            previous_response_id = None

        if d:
            store = d.pop("store", None)
            if store is None and "store" in src_dict:
                nulls_ |= 8192
        else:
            store = None

        if d:
            user = d.pop("user", None)
            if user is None and "user" in src_dict:
                nulls_ |= 16384
        else:
            user = None

        if d:
            session_id = d.pop("session_id", None)
            if session_id is None and "session_id" in src_dict:
                nulls_ |= 32768
        else:
            session_id = None

        if d:
            usage = d.pop("usage", None)
            if usage is None and "usage" in src_dict:
                nulls_ |= 65536
        else:
            usage = None

        if d:
            meta = d.pop("meta", None)
            if meta is None and "meta" in src_dict:
                nulls_ |= 131072
        else:
            meta = None

        if cls is ResponsesRequest:
            new_instance_ = _object_new_(cls)
            new_instance_.model = model
            new_instance_.input = input_
            new_instance_.instructions = instructions
            new_instance_.stream = stream
            new_instance_.tools = tools
            new_instance_.tool_choice = tool_choice
            new_instance_.parallel_tool_calls = parallel_tool_calls
            new_instance_.reasoning = reasoning
            new_instance_.max_output_tokens = max_output_tokens
            new_instance_.temperature = temperature
            new_instance_.top_p = top_p
            new_instance_.text = text
            new_instance_.metadata = metadata
            new_instance_.previous_response_id = previous_response_id
            new_instance_.store = store
            new_instance_.user = user
            new_instance_.session_id = session_id
            new_instance_.usage = usage
            new_instance_.meta = meta
        else:
            new_instance_ = cls(
                model=model,
                input=input_,
                instructions=instructions,
                stream=stream,
                tools=tools,
                tool_choice=tool_choice,
                parallel_tool_calls=parallel_tool_calls,
                reasoning=reasoning,
                max_output_tokens=max_output_tokens,
                temperature=temperature,
                top_p=top_p,
                text=text,
                metadata=metadata,
                previous_response_id=previous_response_id,
                store=store,
                user=user,
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


def _parse_input_(data: object) -> list[ResponsesRequestInputType1Item] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        input_type_1 = []
        _input_type_1 = data
        for input_type_1_item_data in _input_type_1:
            input_type_1_item = ResponsesRequestInputType1Item.from_dict(input_type_1_item_data)

            input_type_1.append(input_type_1_item)

        return input_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[ResponsesRequestInputType1Item] | str, data)


def _parse_tool_choice(data: object) -> ResponsesRequestToolChoiceType1 | str:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tool_choice_type_1 = ResponsesRequestToolChoiceType1.from_dict(data)

        return tool_choice_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ResponsesRequestToolChoiceType1 | str, data)


class ResponsesRequestBaseParams(TypedDict, total=False):
    """`ResponsesRequestParams` without the keys a caller takes as explicit keywords."""

    model: Required[str]
    """ The model id, such as `openai/gpt-5-nano`. """
    input: str | Sequence[ResponsesRequestInputType1ItemParams]
    """ The prompt: a string, or a list of input items (messages, function call outputs, ...). """
    instructions: str
    """ A system message placed before the input. """
    tools: Sequence[ResponsesRequestToolsItemParams]
    """ Tools the model may call, in the Responses shape (`{type: function, name, parameters}`). """
    tool_choice: str | ResponsesRequestToolChoiceType1Params
    """ `none`, `auto`, `required`, or an object naming one tool. """
    parallel_tool_calls: bool
    """ Allow several tool calls in one reply. """
    reasoning: ResponsesRequestReasoningParams
    """ Reasoning controls (`effort`, `summary`) for models that support them. """
    max_output_tokens: int
    """ Upper bound on the tokens generated. """
    temperature: float
    """ Sampling temperature. """
    top_p: float
    """ Nucleus sampling probability mass. """
    text: ResponsesRequestTextParams
    """ Output format options. """
    metadata: ResponsesRequestMetadataParams
    """ Your own key-value pairs, stored with the request. """
    previous_response_id: str
    """ Continue from an earlier response. """
    store: bool
    """ Ask the provider to keep the response. """
    user: str
    """ An end-user identifier. """
    session_id: str
    """ Groups related requests for observability. """
    usage: bool
    """ Include token usage details. The gateway's default is true. """
    meta: bool
    """ Include gateway metadata in the response. """


class ResponsesRequestParams(ResponsesRequestBaseParams, total=False):
    """The JSON object `ResponsesRequest.from_dict` reads (keys as on the wire), for type checkers."""

    stream: bool
    """ Stream the reply as named Server-Sent Events. The gateway's default is false. """


ResponsesRequestStreamParam: TypeAlias = "bool"
"""The `stream` key of `ResponsesRequestParams`, for a facade that takes it as an explicit keyword."""


from ..models.responses_request_input_type_1_item import (  # noqa: E402
    ResponsesRequestInputType1Item,
    ResponsesRequestInputType1ItemParams,
)
from ..models.responses_request_metadata import ResponsesRequestMetadata, ResponsesRequestMetadataParams  # noqa: E402
from ..models.responses_request_reasoning import ResponsesRequestReasoning, ResponsesRequestReasoningParams  # noqa: E402
from ..models.responses_request_text import ResponsesRequestText, ResponsesRequestTextParams  # noqa: E402
from ..models.responses_request_tool_choice_type_1 import (  # noqa: E402
    ResponsesRequestToolChoiceType1,
    ResponsesRequestToolChoiceType1Params,
)
from ..models.responses_request_tools_item import ResponsesRequestToolsItem, ResponsesRequestToolsItemParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_ResponsesRequestMetadata = ResponsesRequestMetadata.from_dict
_from_dict_ResponsesRequestReasoning = ResponsesRequestReasoning.from_dict
_from_dict_ResponsesRequestText = ResponsesRequestText.from_dict
_from_dict_ResponsesRequestToolsItem = ResponsesRequestToolsItem.from_dict

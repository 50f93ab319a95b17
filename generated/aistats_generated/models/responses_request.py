from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypeAlias, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesRequest")


@_attrs_define
class ResponsesRequest:
    """A Responses API request. Properties the gateway does not know are passed through to the provider."""

    model: str
    """ The model id, such as `openai/gpt-5-nano`. """
    input_: list[ResponsesRequestInputType1Item] | str | Unset = UNSET
    """ The prompt: a string, or a list of input items (messages, function call outputs, ...). """
    instructions: str | Unset = UNSET
    """ A system message placed before the input. """
    stream: bool | Unset = UNSET
    """ Stream the reply as named Server-Sent Events. The gateway's default is false. """
    tools: list[ResponsesRequestToolsItem] | Unset = UNSET
    """ Tools the model may call, in the Responses shape (`{type: function, name, parameters}`). """
    tool_choice: ResponsesRequestToolChoiceType1 | str | Unset = UNSET
    """ `none`, `auto`, `required`, or an object naming one tool. """
    parallel_tool_calls: bool | Unset = UNSET
    """ Allow several tool calls in one reply. """
    reasoning: ResponsesRequestReasoning | Unset = UNSET
    """ Reasoning controls (`effort`, `summary`) for models that support them. """
    max_output_tokens: int | Unset = UNSET
    """ Upper bound on the tokens generated. """
    temperature: float | Unset = UNSET
    """ Sampling temperature. """
    top_p: float | Unset = UNSET
    """ Nucleus sampling probability mass. """
    text: ResponsesRequestText | Unset = UNSET
    """ Output format options. """
    metadata: ResponsesRequestMetadata | Unset = UNSET
    """ Your own key-value pairs, stored with the request. """
    previous_response_id: str | Unset = UNSET
    """ Continue from an earlier response. """
    store: bool | Unset = UNSET
    """ Ask the provider to keep the response. """
    user: str | Unset = UNSET
    """ An end-user identifier. """
    session_id: str | Unset = UNSET
    """ Groups related requests for observability. """
    usage: bool | Unset = UNSET
    """ Include token usage details. The gateway's default is true. """
    meta: bool | Unset = UNSET
    """ Include gateway metadata in the response. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        input_: list[dict[str, Any]] | str | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, list):
            input_ = []
            for input_type_1_item_data in self.input_:
                input_type_1_item = input_type_1_item_data.to_dict()
                input_.append(input_type_1_item)

        else:
            input_ = self.input_

        instructions = self.instructions

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
        elif isinstance(self.tool_choice, ResponsesRequestToolChoiceType1):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        parallel_tool_calls = self.parallel_tool_calls

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        max_output_tokens = self.max_output_tokens

        temperature = self.temperature

        top_p = self.top_p

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        previous_response_id = self.previous_response_id

        store = self.store

        user = self.user

        session_id = self.session_id

        usage = self.usage

        meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if stream is not UNSET:
            field_dict["stream"] = stream
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if text is not UNSET:
            field_dict["text"] = text
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if store is not UNSET:
            field_dict["store"] = store
        if user is not UNSET:
            field_dict["user"] = user
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

        _input_ = d.pop("input", UNSET) if d else UNSET
        input_ = _input_ if _input_ is UNSET else _parse_input_(_input_)

        instructions = d.pop("instructions", UNSET) if d else UNSET

        stream = d.pop("stream", UNSET) if d else UNSET

        _tools = d.pop("tools", UNSET) if d else UNSET
        tools: list[ResponsesRequestToolsItem] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools.append(_from_dict_ResponsesRequestToolsItem(tools_item_data))

        _tool_choice = d.pop("tool_choice", UNSET) if d else UNSET
        tool_choice = _tool_choice if _tool_choice is UNSET else _parse_tool_choice(_tool_choice)

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET) if d else UNSET

        _reasoning: Any = d.pop("reasoning", UNSET) if d else UNSET
        reasoning: ResponsesRequestReasoning | Unset = (
            UNSET if _reasoning is UNSET else _from_dict_ResponsesRequestReasoning(_reasoning)
        )

        max_output_tokens = d.pop("max_output_tokens", UNSET) if d else UNSET

        temperature = d.pop("temperature", UNSET) if d else UNSET

        top_p = d.pop("top_p", UNSET) if d else UNSET

        _text: Any = d.pop("text", UNSET) if d else UNSET
        text: ResponsesRequestText | Unset = UNSET if _text is UNSET else _from_dict_ResponsesRequestText(_text)

        _metadata: Any = d.pop("metadata", UNSET) if d else UNSET
        metadata: ResponsesRequestMetadata | Unset = (
            UNSET if _metadata is UNSET else _from_dict_ResponsesRequestMetadata(_metadata)
        )

        previous_response_id = d.pop("previous_response_id", UNSET) if d else UNSET

        store = d.pop("store", UNSET) if d else UNSET

        user = d.pop("user", UNSET) if d else UNSET

        session_id = d.pop("session_id", UNSET) if d else UNSET

        usage = d.pop("usage", UNSET) if d else UNSET

        meta = d.pop("meta", UNSET) if d else UNSET

        if cls is ResponsesRequest:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.model = model
            new_instance_.input_ = input_
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
            responses_request = new_instance_
        else:
            responses_request = cls(
                model=model,
                input_=input_,
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

        responses_request.additional_properties = d
        return responses_request

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


def _parse_input_(data: object) -> list[ResponsesRequestInputType1Item] | str | Unset:
    if isinstance(data, Unset):
        return data
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
    return cast(list[ResponsesRequestInputType1Item] | str | Unset, data)


def _parse_tool_choice(data: object) -> ResponsesRequestToolChoiceType1 | str | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tool_choice_type_1 = ResponsesRequestToolChoiceType1.from_dict(data)

        return tool_choice_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ResponsesRequestToolChoiceType1 | str | Unset, data)


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

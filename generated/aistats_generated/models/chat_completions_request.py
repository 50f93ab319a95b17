from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionsRequest")


@_attrs_define
class ChatCompletionsRequest:
    """A chat completion request. Properties the gateway does not know are passed through to the provider."""

    model: str
    """ The model id, such as `openai/gpt-5-nano-2025-08-07` or `anthropic/claude-sonnet-4-5`. Any string is
    accepted: new models appear weekly. """
    messages: list[ChatMessageAssistant | ChatMessageOther | ChatMessageSystem | ChatMessageTool | ChatMessageUser]
    """ The conversation so far, oldest first. """
    reasoning: None | ReasoningConfig | Unset = UNSET
    """ Reasoning controls for models that support them. """
    frequency_penalty: float | Unset = UNSET
    """ Penalises tokens by how often they already appeared. """
    logit_bias: ChatCompletionsRequestLogitBias | Unset = UNSET
    """ Token id (as a string) to a bias added to its logit. """
    max_output_tokens: int | Unset = UNSET
    """ Upper bound on the tokens generated. """
    max_completions_tokens: int | Unset = UNSET
    """ Upper bound on completion tokens (spelled as the gateway publishes it). """
    meta: bool | Unset = UNSET
    """ Include gateway metadata (`meta`) in the response. The gateway's default is false. """
    presence_penalty: float | Unset = UNSET
    """ Penalises tokens that already appeared at all. """
    seed: int | Unset = UNSET
    """ Seed for providers that support deterministic sampling. """
    stream: bool | Unset = UNSET
    """ Stream the reply as Server-Sent Events. The gateway's default is false. """
    temperature: float | Unset = UNSET
    """ Sampling temperature. """
    tools: list[ChatCompletionsRequestToolsItem] | Unset = UNSET
    """ Tools the model may call, in the OpenAI `{type, function}` shape. """
    max_tool_calls: int | Unset = UNSET
    """ Upper bound on tool calls in one reply. """
    parallel_tool_calls: bool | Unset = UNSET
    """ Allow several tool calls in one reply. The gateway's default is true. """
    tool_choice: ChatCompletionsRequestToolChoiceType1 | str | Unset = UNSET
    """ `none`, `auto`, `required`, or an object naming one tool. """
    logprobs: bool | Unset = UNSET
    """ Return log probabilities of the output tokens. """
    top_logprobs: int | Unset = UNSET
    """ How many most likely tokens to return at each position. """
    top_p: float | Unset = UNSET
    """ Nucleus sampling probability mass. """
    usage: bool | Unset = UNSET
    """ Include token usage details in the response. The gateway's default is true. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        messages = []
        for messages_item_data in self.messages:
            messages_item: dict[str, Any]
            if isinstance(messages_item_data, ChatMessageSystem):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatMessageUser):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatMessageAssistant):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatMessageTool):
                messages_item = messages_item_data.to_dict()
            else:
                messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, ReasoningConfig):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        frequency_penalty = self.frequency_penalty

        logit_bias: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logit_bias, Unset):
            logit_bias = self.logit_bias.to_dict()

        max_output_tokens = self.max_output_tokens

        max_completions_tokens = self.max_completions_tokens

        meta = self.meta

        presence_penalty = self.presence_penalty

        seed = self.seed

        stream = self.stream

        temperature = self.temperature

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        max_tool_calls = self.max_tool_calls

        parallel_tool_calls = self.parallel_tool_calls

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ChatCompletionsRequestToolChoiceType1):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        logprobs = self.logprobs

        top_logprobs = self.top_logprobs

        top_p = self.top_p

        usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "messages": messages,
            }
        )
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if max_completions_tokens is not UNSET:
            field_dict["max_completions_tokens"] = max_completions_tokens
        if meta is not UNSET:
            field_dict["meta"] = meta
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stream is not UNSET:
            field_dict["stream"] = stream
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if tools is not UNSET:
            field_dict["tools"] = tools
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:

            def _parse_messages_item(
                data: object,
            ) -> ChatMessageAssistant | ChatMessageOther | ChatMessageSystem | ChatMessageTool | ChatMessageUser:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_0 = ChatMessageSystem.from_dict(data)

                    return componentsschemas_chat_message_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_1 = ChatMessageUser.from_dict(data)

                    return componentsschemas_chat_message_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_2 = ChatMessageAssistant.from_dict(data)

                    return componentsschemas_chat_message_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_3 = ChatMessageTool.from_dict(data)

                    return componentsschemas_chat_message_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_message_type_4 = ChatMessageOther.from_dict(data)

                return componentsschemas_chat_message_type_4

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        frequency_penalty = d.pop("frequency_penalty", UNSET)

        _logit_bias = d.pop("logit_bias", UNSET)
        logit_bias: ChatCompletionsRequestLogitBias | Unset
        if isinstance(_logit_bias, Unset):
            logit_bias = UNSET
        else:
            logit_bias = ChatCompletionsRequestLogitBias.from_dict(_logit_bias)

        max_output_tokens = d.pop("max_output_tokens", UNSET)

        max_completions_tokens = d.pop("max_completions_tokens", UNSET)

        meta = d.pop("meta", UNSET)

        presence_penalty = d.pop("presence_penalty", UNSET)

        seed = d.pop("seed", UNSET)

        stream = d.pop("stream", UNSET)

        temperature = d.pop("temperature", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: list[ChatCompletionsRequestToolsItem] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = ChatCompletionsRequestToolsItem.from_dict(tools_item_data)

                tools.append(tools_item)

        max_tool_calls = d.pop("max_tool_calls", UNSET)

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        logprobs = d.pop("logprobs", UNSET)

        top_logprobs = d.pop("top_logprobs", UNSET)

        top_p = d.pop("top_p", UNSET)

        usage = d.pop("usage", UNSET)

        chat_completions_request = cls(
            model=model,
            messages=messages,
            reasoning=reasoning,
            frequency_penalty=frequency_penalty,
            logit_bias=logit_bias,
            max_output_tokens=max_output_tokens,
            max_completions_tokens=max_completions_tokens,
            meta=meta,
            presence_penalty=presence_penalty,
            seed=seed,
            stream=stream,
            temperature=temperature,
            tools=tools,
            max_tool_calls=max_tool_calls,
            parallel_tool_calls=parallel_tool_calls,
            tool_choice=tool_choice,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            top_p=top_p,
            usage=usage,
        )

        chat_completions_request.additional_properties = d
        return chat_completions_request

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


def _parse_reasoning(data: object) -> None | ReasoningConfig | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        reasoning_type_0 = ReasoningConfig.from_dict(data)

        return reasoning_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | ReasoningConfig | Unset, data)


def _parse_tool_choice(data: object) -> ChatCompletionsRequestToolChoiceType1 | str | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tool_choice_type_1 = ChatCompletionsRequestToolChoiceType1.from_dict(data)

        return tool_choice_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(ChatCompletionsRequestToolChoiceType1 | str | Unset, data)


class ChatCompletionsRequestBaseParams(TypedDict, total=False):
    """`ChatCompletionsRequestParams` without the keys a caller takes as explicit keywords."""

    model: Required[str]
    """ The model id, such as `openai/gpt-5-nano-2025-08-07` or `anthropic/claude-sonnet-4-5`. Any string is
    accepted: new models appear weekly. """
    messages: Required[
        Sequence[
            ChatMessageSystemParams
            | ChatMessageUserParams
            | ChatMessageAssistantParams
            | ChatMessageToolParams
            | ChatMessageOtherParams
        ]
    ]
    """ The conversation so far, oldest first. """
    reasoning: ReasoningConfigParams | None
    """ Reasoning controls for models that support them. """
    frequency_penalty: float
    """ Penalises tokens by how often they already appeared. """
    logit_bias: ChatCompletionsRequestLogitBiasParams
    """ Token id (as a string) to a bias added to its logit. """
    max_output_tokens: int
    """ Upper bound on the tokens generated. """
    max_completions_tokens: int
    """ Upper bound on completion tokens (spelled as the gateway publishes it). """
    meta: bool
    """ Include gateway metadata (`meta`) in the response. The gateway's default is false. """
    presence_penalty: float
    """ Penalises tokens that already appeared at all. """
    seed: int
    """ Seed for providers that support deterministic sampling. """
    temperature: float
    """ Sampling temperature. """
    tools: Sequence[ChatCompletionsRequestToolsItemParams]
    """ Tools the model may call, in the OpenAI `{type, function}` shape. """
    max_tool_calls: int
    """ Upper bound on tool calls in one reply. """
    parallel_tool_calls: bool
    """ Allow several tool calls in one reply. The gateway's default is true. """
    tool_choice: str | ChatCompletionsRequestToolChoiceType1Params
    """ `none`, `auto`, `required`, or an object naming one tool. """
    logprobs: bool
    """ Return log probabilities of the output tokens. """
    top_logprobs: int
    """ How many most likely tokens to return at each position. """
    top_p: float
    """ Nucleus sampling probability mass. """
    usage: bool
    """ Include token usage details in the response. The gateway's default is true. """


class ChatCompletionsRequestParams(ChatCompletionsRequestBaseParams, total=False):
    """The JSON object `ChatCompletionsRequest.from_dict` reads (keys as on the wire), for type checkers."""

    stream: bool
    """ Stream the reply as Server-Sent Events. The gateway's default is false. """


from ..models.chat_completions_request_logit_bias import (  # noqa: E402
    ChatCompletionsRequestLogitBias,
    ChatCompletionsRequestLogitBiasParams,
)
from ..models.chat_completions_request_tool_choice_type_1 import (  # noqa: E402
    ChatCompletionsRequestToolChoiceType1,
    ChatCompletionsRequestToolChoiceType1Params,
)
from ..models.chat_completions_request_tools_item import (  # noqa: E402
    ChatCompletionsRequestToolsItem,
    ChatCompletionsRequestToolsItemParams,
)
from ..models.chat_message_assistant import ChatMessageAssistant, ChatMessageAssistantParams  # noqa: E402
from ..models.chat_message_other import ChatMessageOther, ChatMessageOtherParams  # noqa: E402
from ..models.chat_message_system import ChatMessageSystem, ChatMessageSystemParams  # noqa: E402
from ..models.chat_message_tool import ChatMessageTool, ChatMessageToolParams  # noqa: E402
from ..models.chat_message_user import ChatMessageUser, ChatMessageUserParams  # noqa: E402
from ..models.reasoning_config import ReasoningConfig, ReasoningConfigParams  # noqa: E402

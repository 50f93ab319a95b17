from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypeAlias, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completions_request_verbosity import (
    ChatCompletionsRequestVerbosity,
    check_chat_completions_request_verbosity,
)
from ..models.reasoning_effort import ReasoningEffort, check_reasoning_effort
from ..models.reasoning_summary import ReasoningSummary, check_reasoning_summary
from ..models.service_tier import ServiceTier, check_service_tier
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionsRequest")


@_attrs_define
class ChatCompletionsRequest:
    """A chat completion request. The gateway validates the properties below and passes properties it does not know through
    to the provider.

    """

    model: str
    """ The model id, such as `openai/gpt-5-nano-2025-08-07` or `anthropic/claude-sonnet-4-5`. Any string is
    accepted: new models appear weekly. """
    messages: list[ChatMessageAssistant | ChatMessageDeveloper | ChatMessageSystem | ChatMessageTool | ChatMessageUser]
    """ The conversation so far, oldest first. """
    session_id: str | Unset = UNSET
    """ Groups related requests (one conversation, one agent run) in the gateway's records. """
    reasoning: ReasoningConfig | Unset = UNSET
    """ Reasoning controls for models that support them. """
    reasoning_effort: ReasoningEffort | Unset = UNSET
    """ How much reasoning to spend. The gateway's default is `medium`. """
    reasoning_summary: bool | ReasoningSummary | Unset = UNSET
    """ Shorthand for `reasoning.summary`; `true` asks for the provider's default summary. """
    reasoning_summary_wait: bool | Unset = UNSET
    """ Hold the answer until the reasoning summary is complete. """
    diffusing: bool | Unset = UNSET
    """ Ask diffusion-capable models to stream in diffusion mode. """
    realtime: bool | Unset = UNSET
    """ Prefer a provider's realtime (low-latency) variant when one exists. """
    frequency_penalty: float | Unset = UNSET
    """ Penalises tokens by how often they already appeared. """
    logit_bias: ChatCompletionsRequestLogitBias | Unset = UNSET
    """ Token id (as a string) to a bias added to its logit. """
    max_completion_tokens: int | Unset = UNSET
    """ Upper bound on the tokens generated (the gateway's preferred spelling). """
    max_tokens: int | Unset = UNSET
    """ Upper bound on the tokens generated; read when `max_completion_tokens` is absent. """
    max_output_tokens: int | Unset = UNSET
    """ Upper bound on the tokens generated; read only when neither `max_completion_tokens` nor `max_tokens` is
    given. """
    max_completions_tokens: int | Unset = UNSET
    """ Deprecated misspelling from an older published document. The gateway ignores it: use
    `max_completion_tokens`. """
    metadata: ChatCompletionsRequestMetadata | Unset = UNSET
    """ Your own string labels, kept with the request's record. """
    usage: bool | Unset = UNSET
    """ Include token usage in the response. The gateway includes it by default. """
    meta: bool | Unset = UNSET
    """ Include gateway metadata (`meta`: timings, routing, cache) in the response. The gateway's default is false.
    """
    echo_upstream_request: bool | Unset = UNSET
    """ Return the request the gateway sent to the provider (for debugging). """
    debug: DebugOptions | Unset = UNSET
    """ Gateway debugging switches; never forwarded to the provider. """
    beta: BetaOptions | Unset = UNSET
    """ Opt-ins to gateway features in beta. """
    presence_penalty: float | Unset = UNSET
    """ Penalises tokens that already appeared at all. """
    seed: int | Unset = UNSET
    """ Seed for providers that support deterministic sampling. """
    store: bool | Unset = UNSET
    """ Ask the provider to store the completion (providers that support it). """
    stream: bool | Unset = UNSET
    """ Stream the reply as Server-Sent Events. The gateway's default is false. """
    stream_options: StreamOptions | Unset = UNSET
    """ Stream options, passed to the provider. """
    n: int | Unset = UNSET
    """ How many choices to generate. """
    documents: list[ChatDocument] | Unset = UNSET
    """ Documents to ground the answer in (providers that support them). """
    temperature: float | Unset = UNSET
    """ Sampling temperature. The gateway's default is 1. """
    tools: (
        list[
            CustomTool
            | FunctionTool
            | GatewayAdvisorTool
            | GatewayDatetimeTool
            | GatewayFusionTool
            | GatewayImageGenerationTool
            | GatewaySearchModelsTool
            | GatewaySubagentTool
            | GatewayWebFetchTool
            | GatewayWebSearchTool
            | NativeWebSearchTool
        ]
        | Unset
    ) = UNSET
    """ Tools the model may call: functions you run, custom tools, or server tools the gateway runs itself
    (`gateway:datetime`, web search, web fetch, …). """
    max_tool_calls: int | Unset = UNSET
    """ Upper bound on tool calls in one reply. """
    parallel_tool_calls: bool | Unset = UNSET
    """ Allow several tool calls in one reply. The gateway's default is true. """
    tool_choice: str | ToolChoiceObject | Unset = UNSET
    """ `auto`, `none`, `required`, a server tool's type (e.g. `gateway:web_search`), or an object naming one tool
    (`{"type": "function", "function": {"name": …}}`). """
    web_search_options: ChatCompletionsRequestWebSearchOptions | Unset = UNSET
    """ Provider web-search options, passed through. """
    logprobs: bool | Unset = UNSET
    """ Return log probabilities of the output tokens. The gateway's default is false. """
    top_logprobs: int | Unset = UNSET
    """ How many most likely tokens to return at each position. """
    top_p: float | Unset = UNSET
    """ Nucleus sampling probability mass. """
    top_k: int | Unset = UNSET
    """ Sample only from the k most likely tokens (-1 turns it off). """
    min_p: float | Unset = UNSET
    """ Drop tokens less likely than this fraction of the most likely one. """
    repetition_penalty: float | Unset = UNSET
    """ Multiplicative penalty on repeated tokens (1 means none). """
    stop: list[str] | str | Unset = UNSET
    """ One stop sequence or a list of them. """
    response_format: ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset = UNSET
    """ The shape of the answer's text. """
    modalities: list[str] | Unset = UNSET
    """ Output modalities wanted, such as `text`, `image` or `audio`. """
    image_config: ImageConfig | Unset = UNSET
    """ Options for models that generate images. """
    user: str | Unset = UNSET
    """ Your end user's id, used as the safety identifier across providers. """
    user_id: str | Unset = UNSET
    """ Your end user's id, kept with the request's record. """
    service_tier: ServiceTier | Unset = UNSET
    """ The provider service tier to route to. `batch` is refused on this synchronous route (use the batch API);
    other values, including `auto`, are refused with 400. """
    prompt_cache_key: None | str | Unset = UNSET
    """ A key that lets the provider reuse its prompt cache across requests. """
    prompt_cache_options: PromptCacheOptions | Unset = UNSET
    """ Prompt caching controls. """
    verbosity: ChatCompletionsRequestVerbosity | Unset = UNSET
    """ How long the answer should be (models that support it). """
    audio: AudioOutputConfig | Unset = UNSET
    """ Spoken output, for models that speak. """
    provider_options: ProviderOptions | Unset = UNSET
    """ Options for one provider family, applied only when it serves the request. """
    safety_identifier: None | str | Unset = UNSET
    """ A stable id of your end user for providers' abuse detection. """
    provider: ProviderRouting | Unset = UNSET
    """ How the gateway picks the provider. The gateway also accepts the camelCase spelling of each key. """
    routing: ProviderRouting | Unset = UNSET
    """ How the gateway picks the provider. The gateway also accepts the camelCase spelling of each key. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        messages = []
        for messages_item_data in self.messages:
            messages_item: dict[str, Any]
            if isinstance(messages_item_data, ChatMessageSystem):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatMessageDeveloper):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatMessageUser):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatMessageAssistant):
                messages_item = messages_item_data.to_dict()
            else:
                messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        session_id = self.session_id

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        reasoning_effort: str | Unset = UNSET
        if not isinstance(self.reasoning_effort, Unset):
            reasoning_effort = self.reasoning_effort

        reasoning_summary: bool | str | Unset
        if isinstance(self.reasoning_summary, Unset):
            reasoning_summary = UNSET
        elif isinstance(self.reasoning_summary, str):
            reasoning_summary = self.reasoning_summary
        else:
            reasoning_summary = self.reasoning_summary

        reasoning_summary_wait = self.reasoning_summary_wait

        diffusing = self.diffusing

        realtime = self.realtime

        frequency_penalty = self.frequency_penalty

        logit_bias: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logit_bias, Unset):
            logit_bias = self.logit_bias.to_dict()

        max_completion_tokens = self.max_completion_tokens

        max_tokens = self.max_tokens

        max_output_tokens = self.max_output_tokens

        max_completions_tokens = self.max_completions_tokens

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        usage = self.usage

        meta = self.meta

        echo_upstream_request = self.echo_upstream_request

        debug: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug, Unset):
            debug = self.debug.to_dict()

        beta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.beta, Unset):
            beta = self.beta.to_dict()

        presence_penalty = self.presence_penalty

        seed = self.seed

        store = self.store

        stream = self.stream

        stream_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stream_options, Unset):
            stream_options = self.stream_options.to_dict()

        n = self.n

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        temperature = self.temperature

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, FunctionTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, CustomTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, GatewayDatetimeTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, GatewayWebSearchTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, GatewayWebFetchTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, GatewayAdvisorTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, GatewaySubagentTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, GatewayFusionTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, GatewaySearchModelsTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, GatewayImageGenerationTool):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        max_tool_calls = self.max_tool_calls

        parallel_tool_calls = self.parallel_tool_calls

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ToolChoiceObject):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        web_search_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.web_search_options, Unset):
            web_search_options = self.web_search_options.to_dict()

        logprobs = self.logprobs

        top_logprobs = self.top_logprobs

        top_p = self.top_p

        top_k = self.top_k

        min_p = self.min_p

        repetition_penalty = self.repetition_penalty

        stop: list[str] | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        response_format: dict[str, Any] | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ResponseFormatText):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonObject):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format.to_dict()

        modalities: list[str] | Unset = UNSET
        if not isinstance(self.modalities, Unset):
            modalities = self.modalities

        image_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_config, Unset):
            image_config = self.image_config.to_dict()

        user = self.user

        user_id = self.user_id

        service_tier: str | Unset = UNSET
        if not isinstance(self.service_tier, Unset):
            service_tier = self.service_tier

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        prompt_cache_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_options, Unset):
            prompt_cache_options = self.prompt_cache_options.to_dict()

        verbosity: str | Unset = UNSET
        if not isinstance(self.verbosity, Unset):
            verbosity = self.verbosity

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        provider_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_options, Unset):
            provider_options = self.provider_options.to_dict()

        safety_identifier: None | str | Unset
        if isinstance(self.safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = self.safety_identifier

        provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.to_dict()

        routing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.routing, Unset):
            routing = self.routing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "messages": messages,
            }
        )
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if reasoning_summary is not UNSET:
            field_dict["reasoning_summary"] = reasoning_summary
        if reasoning_summary_wait is not UNSET:
            field_dict["reasoning_summary_wait"] = reasoning_summary_wait
        if diffusing is not UNSET:
            field_dict["diffusing"] = diffusing
        if realtime is not UNSET:
            field_dict["realtime"] = realtime
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if max_completions_tokens is not UNSET:
            field_dict["max_completions_tokens"] = max_completions_tokens
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if usage is not UNSET:
            field_dict["usage"] = usage
        if meta is not UNSET:
            field_dict["meta"] = meta
        if echo_upstream_request is not UNSET:
            field_dict["echo_upstream_request"] = echo_upstream_request
        if debug is not UNSET:
            field_dict["debug"] = debug
        if beta is not UNSET:
            field_dict["beta"] = beta
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if seed is not UNSET:
            field_dict["seed"] = seed
        if store is not UNSET:
            field_dict["store"] = store
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if n is not UNSET:
            field_dict["n"] = n
        if documents is not UNSET:
            field_dict["documents"] = documents
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
        if web_search_options is not UNSET:
            field_dict["web_search_options"] = web_search_options
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if min_p is not UNSET:
            field_dict["min_p"] = min_p
        if repetition_penalty is not UNSET:
            field_dict["repetition_penalty"] = repetition_penalty
        if stop is not UNSET:
            field_dict["stop"] = stop
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if image_config is not UNSET:
            field_dict["image_config"] = image_config
        if user is not UNSET:
            field_dict["user"] = user
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity
        if audio is not UNSET:
            field_dict["audio"] = audio
        if provider_options is not UNSET:
            field_dict["provider_options"] = provider_options
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if provider is not UNSET:
            field_dict["provider"] = provider
        if routing is not UNSET:
            field_dict["routing"] = routing

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        model = d.pop("model")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:

            def _parse_messages_item(
                data: object,
            ) -> ChatMessageAssistant | ChatMessageDeveloper | ChatMessageSystem | ChatMessageTool | ChatMessageUser:
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
                    componentsschemas_chat_message_type_1 = ChatMessageDeveloper.from_dict(data)

                    return componentsschemas_chat_message_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_2 = ChatMessageUser.from_dict(data)

                    return componentsschemas_chat_message_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_3 = ChatMessageAssistant.from_dict(data)

                    return componentsschemas_chat_message_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_message_type_4 = ChatMessageTool.from_dict(data)

                return componentsschemas_chat_message_type_4

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        session_id = d.pop("session_id", UNSET) if d else UNSET

        _reasoning: Any = d.pop("reasoning", UNSET) if d else UNSET
        reasoning: ReasoningConfig | Unset = UNSET if _reasoning is UNSET else _from_dict_ReasoningConfig(_reasoning)

        _reasoning_effort = d.pop("reasoning_effort", UNSET) if d else UNSET
        reasoning_effort: ReasoningEffort | Unset
        if isinstance(_reasoning_effort, Unset):
            reasoning_effort = UNSET
        else:
            reasoning_effort = check_reasoning_effort(_reasoning_effort)

        _reasoning_summary = d.pop("reasoning_summary", UNSET) if d else UNSET
        reasoning_summary = (
            _reasoning_summary if _reasoning_summary is UNSET else _parse_reasoning_summary(_reasoning_summary)
        )

        reasoning_summary_wait = d.pop("reasoning_summary_wait", UNSET) if d else UNSET

        diffusing = d.pop("diffusing", UNSET) if d else UNSET

        realtime = d.pop("realtime", UNSET) if d else UNSET

        frequency_penalty = d.pop("frequency_penalty", UNSET) if d else UNSET

        _logit_bias: Any = d.pop("logit_bias", UNSET) if d else UNSET
        logit_bias: ChatCompletionsRequestLogitBias | Unset = (
            UNSET if _logit_bias is UNSET else _from_dict_ChatCompletionsRequestLogitBias(_logit_bias)
        )

        max_completion_tokens = d.pop("max_completion_tokens", UNSET) if d else UNSET

        max_tokens = d.pop("max_tokens", UNSET) if d else UNSET

        max_output_tokens = d.pop("max_output_tokens", UNSET) if d else UNSET

        max_completions_tokens = d.pop("max_completions_tokens", UNSET) if d else UNSET

        _metadata: Any = d.pop("metadata", UNSET) if d else UNSET
        metadata: ChatCompletionsRequestMetadata | Unset = (
            UNSET if _metadata is UNSET else _from_dict_ChatCompletionsRequestMetadata(_metadata)
        )

        usage = d.pop("usage", UNSET) if d else UNSET

        meta = d.pop("meta", UNSET) if d else UNSET

        echo_upstream_request = d.pop("echo_upstream_request", UNSET) if d else UNSET

        _debug: Any = d.pop("debug", UNSET) if d else UNSET
        debug: DebugOptions | Unset = UNSET if _debug is UNSET else _from_dict_DebugOptions(_debug)

        _beta: Any = d.pop("beta", UNSET) if d else UNSET
        beta: BetaOptions | Unset = UNSET if _beta is UNSET else _from_dict_BetaOptions(_beta)

        presence_penalty = d.pop("presence_penalty", UNSET) if d else UNSET

        seed = d.pop("seed", UNSET) if d else UNSET

        store = d.pop("store", UNSET) if d else UNSET

        stream = d.pop("stream", UNSET) if d else UNSET

        _stream_options: Any = d.pop("stream_options", UNSET) if d else UNSET
        stream_options: StreamOptions | Unset = (
            UNSET if _stream_options is UNSET else _from_dict_StreamOptions(_stream_options)
        )

        n = d.pop("n", UNSET) if d else UNSET

        _documents = d.pop("documents", UNSET) if d else UNSET
        documents: list[ChatDocument] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents.append(_from_dict_ChatDocument(documents_item_data))

        temperature = d.pop("temperature", UNSET) if d else UNSET

        _tools = d.pop("tools", UNSET) if d else UNSET
        tools: (
            list[
                CustomTool
                | FunctionTool
                | GatewayAdvisorTool
                | GatewayDatetimeTool
                | GatewayFusionTool
                | GatewayImageGenerationTool
                | GatewaySearchModelsTool
                | GatewaySubagentTool
                | GatewayWebFetchTool
                | GatewayWebSearchTool
                | NativeWebSearchTool
            ]
            | Unset
        ) = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> (
                    CustomTool
                    | FunctionTool
                    | GatewayAdvisorTool
                    | GatewayDatetimeTool
                    | GatewayFusionTool
                    | GatewayImageGenerationTool
                    | GatewaySearchModelsTool
                    | GatewaySubagentTool
                    | GatewayWebFetchTool
                    | GatewayWebSearchTool
                    | NativeWebSearchTool
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_tool_type_0 = FunctionTool.from_dict(data)

                        return componentsschemas_chat_tool_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_tool_type_1 = CustomTool.from_dict(data)

                        return componentsschemas_chat_tool_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_tool_type_2 = GatewayDatetimeTool.from_dict(data)

                        return componentsschemas_chat_tool_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_tool_type_3 = GatewayWebSearchTool.from_dict(data)

                        return componentsschemas_chat_tool_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_tool_type_4 = GatewayWebFetchTool.from_dict(data)

                        return componentsschemas_chat_tool_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_tool_type_5 = GatewayAdvisorTool.from_dict(data)

                        return componentsschemas_chat_tool_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_tool_type_6 = GatewaySubagentTool.from_dict(data)

                        return componentsschemas_chat_tool_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_tool_type_7 = GatewayFusionTool.from_dict(data)

                        return componentsschemas_chat_tool_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_tool_type_8 = GatewaySearchModelsTool.from_dict(data)

                        return componentsschemas_chat_tool_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_tool_type_9 = GatewayImageGenerationTool.from_dict(data)

                        return componentsschemas_chat_tool_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_tool_type_10 = NativeWebSearchTool.from_dict(data)

                    return componentsschemas_chat_tool_type_10

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        max_tool_calls = d.pop("max_tool_calls", UNSET) if d else UNSET

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET) if d else UNSET

        _tool_choice = d.pop("tool_choice", UNSET) if d else UNSET
        tool_choice = _tool_choice if _tool_choice is UNSET else _parse_tool_choice(_tool_choice)

        _web_search_options: Any = d.pop("web_search_options", UNSET) if d else UNSET
        web_search_options: ChatCompletionsRequestWebSearchOptions | Unset = (
            UNSET
            if _web_search_options is UNSET
            else _from_dict_ChatCompletionsRequestWebSearchOptions(_web_search_options)
        )

        logprobs = d.pop("logprobs", UNSET) if d else UNSET

        top_logprobs = d.pop("top_logprobs", UNSET) if d else UNSET

        top_p = d.pop("top_p", UNSET) if d else UNSET

        top_k = d.pop("top_k", UNSET) if d else UNSET

        min_p = d.pop("min_p", UNSET) if d else UNSET

        repetition_penalty = d.pop("repetition_penalty", UNSET) if d else UNSET

        _stop = d.pop("stop", UNSET) if d else UNSET
        stop = _stop if _stop is UNSET else _parse_stop(_stop)

        _response_format = d.pop("response_format", UNSET) if d else UNSET
        response_format = _response_format if _response_format is UNSET else _parse_response_format(_response_format)

        modalities = cast(list[str], (d.pop("modalities", UNSET) if d else UNSET))

        _image_config: Any = d.pop("image_config", UNSET) if d else UNSET
        image_config: ImageConfig | Unset = UNSET if _image_config is UNSET else _from_dict_ImageConfig(_image_config)

        user = d.pop("user", UNSET) if d else UNSET

        user_id = d.pop("user_id", UNSET) if d else UNSET

        _service_tier = d.pop("service_tier", UNSET) if d else UNSET
        service_tier: ServiceTier | Unset
        if isinstance(_service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = check_service_tier(_service_tier)

        prompt_cache_key: None | str | Unset = d.pop("prompt_cache_key", UNSET) if d else UNSET

        _prompt_cache_options: Any = d.pop("prompt_cache_options", UNSET) if d else UNSET
        prompt_cache_options: PromptCacheOptions | Unset = (
            UNSET if _prompt_cache_options is UNSET else _from_dict_PromptCacheOptions(_prompt_cache_options)
        )

        _verbosity = d.pop("verbosity", UNSET) if d else UNSET
        verbosity: ChatCompletionsRequestVerbosity | Unset
        if isinstance(_verbosity, Unset):
            verbosity = UNSET
        else:
            verbosity = check_chat_completions_request_verbosity(_verbosity)

        _audio: Any = d.pop("audio", UNSET) if d else UNSET
        audio: AudioOutputConfig | Unset = UNSET if _audio is UNSET else _from_dict_AudioOutputConfig(_audio)

        _provider_options: Any = d.pop("provider_options", UNSET) if d else UNSET
        provider_options: ProviderOptions | Unset = (
            UNSET if _provider_options is UNSET else _from_dict_ProviderOptions(_provider_options)
        )

        safety_identifier: None | str | Unset = d.pop("safety_identifier", UNSET) if d else UNSET

        _provider: Any = d.pop("provider", UNSET) if d else UNSET
        provider: ProviderRouting | Unset = UNSET if _provider is UNSET else _from_dict_ProviderRouting(_provider)

        _routing: Any = d.pop("routing", UNSET) if d else UNSET
        routing: ProviderRouting | Unset = UNSET if _routing is UNSET else _from_dict_ProviderRouting(_routing)

        if cls is ChatCompletionsRequest:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.model = model
            new_instance_.messages = messages
            new_instance_.session_id = session_id
            new_instance_.reasoning = reasoning
            new_instance_.reasoning_effort = reasoning_effort
            new_instance_.reasoning_summary = reasoning_summary
            new_instance_.reasoning_summary_wait = reasoning_summary_wait
            new_instance_.diffusing = diffusing
            new_instance_.realtime = realtime
            new_instance_.frequency_penalty = frequency_penalty
            new_instance_.logit_bias = logit_bias
            new_instance_.max_completion_tokens = max_completion_tokens
            new_instance_.max_tokens = max_tokens
            new_instance_.max_output_tokens = max_output_tokens
            new_instance_.max_completions_tokens = max_completions_tokens
            new_instance_.metadata = metadata
            new_instance_.usage = usage
            new_instance_.meta = meta
            new_instance_.echo_upstream_request = echo_upstream_request
            new_instance_.debug = debug
            new_instance_.beta = beta
            new_instance_.presence_penalty = presence_penalty
            new_instance_.seed = seed
            new_instance_.store = store
            new_instance_.stream = stream
            new_instance_.stream_options = stream_options
            new_instance_.n = n
            new_instance_.documents = documents
            new_instance_.temperature = temperature
            new_instance_.tools = tools
            new_instance_.max_tool_calls = max_tool_calls
            new_instance_.parallel_tool_calls = parallel_tool_calls
            new_instance_.tool_choice = tool_choice
            new_instance_.web_search_options = web_search_options
            new_instance_.logprobs = logprobs
            new_instance_.top_logprobs = top_logprobs
            new_instance_.top_p = top_p
            new_instance_.top_k = top_k
            new_instance_.min_p = min_p
            new_instance_.repetition_penalty = repetition_penalty
            new_instance_.stop = stop
            new_instance_.response_format = response_format
            new_instance_.modalities = modalities
            new_instance_.image_config = image_config
            new_instance_.user = user
            new_instance_.user_id = user_id
            new_instance_.service_tier = service_tier
            new_instance_.prompt_cache_key = prompt_cache_key
            new_instance_.prompt_cache_options = prompt_cache_options
            new_instance_.verbosity = verbosity
            new_instance_.audio = audio
            new_instance_.provider_options = provider_options
            new_instance_.safety_identifier = safety_identifier
            new_instance_.provider = provider
            new_instance_.routing = routing
            chat_completions_request = new_instance_
        else:
            chat_completions_request = cls(
                model=model,
                messages=messages,
                session_id=session_id,
                reasoning=reasoning,
                reasoning_effort=reasoning_effort,
                reasoning_summary=reasoning_summary,
                reasoning_summary_wait=reasoning_summary_wait,
                diffusing=diffusing,
                realtime=realtime,
                frequency_penalty=frequency_penalty,
                logit_bias=logit_bias,
                max_completion_tokens=max_completion_tokens,
                max_tokens=max_tokens,
                max_output_tokens=max_output_tokens,
                max_completions_tokens=max_completions_tokens,
                metadata=metadata,
                usage=usage,
                meta=meta,
                echo_upstream_request=echo_upstream_request,
                debug=debug,
                beta=beta,
                presence_penalty=presence_penalty,
                seed=seed,
                store=store,
                stream=stream,
                stream_options=stream_options,
                n=n,
                documents=documents,
                temperature=temperature,
                tools=tools,
                max_tool_calls=max_tool_calls,
                parallel_tool_calls=parallel_tool_calls,
                tool_choice=tool_choice,
                web_search_options=web_search_options,
                logprobs=logprobs,
                top_logprobs=top_logprobs,
                top_p=top_p,
                top_k=top_k,
                min_p=min_p,
                repetition_penalty=repetition_penalty,
                stop=stop,
                response_format=response_format,
                modalities=modalities,
                image_config=image_config,
                user=user,
                user_id=user_id,
                service_tier=service_tier,
                prompt_cache_key=prompt_cache_key,
                prompt_cache_options=prompt_cache_options,
                verbosity=verbosity,
                audio=audio,
                provider_options=provider_options,
                safety_identifier=safety_identifier,
                provider=provider,
                routing=routing,
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


def _parse_reasoning_summary(data: object) -> bool | ReasoningSummary | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        reasoning_summary_type_1 = check_reasoning_summary(data)

        return reasoning_summary_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(bool | ReasoningSummary | Unset, data)


def _parse_tool_choice(data: object) -> str | ToolChoiceObject | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tool_choice_type_1 = ToolChoiceObject.from_dict(data)

        return tool_choice_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(str | ToolChoiceObject | Unset, data)


def _parse_stop(data: object) -> list[str] | str | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        stop_type_1 = cast(list[str], data)

        return stop_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | str | Unset, data)


def _parse_response_format(
    data: object,
) -> ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_response_format_type_0 = ResponseFormatText.from_dict(data)

        return componentsschemas_response_format_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_response_format_type_1 = ResponseFormatJsonObject.from_dict(data)

        return componentsschemas_response_format_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_response_format_type_2 = ResponseFormatJsonSchema.from_dict(data)

    return componentsschemas_response_format_type_2


class ChatCompletionsRequestBaseParams(TypedDict, total=False):
    """`ChatCompletionsRequestParams` without the keys a caller takes as explicit keywords."""

    model: Required[str]
    """ The model id, such as `openai/gpt-5-nano-2025-08-07` or `anthropic/claude-sonnet-4-5`. Any string is
    accepted: new models appear weekly. """
    messages: Required[
        Sequence[
            ChatMessageSystemParams
            | ChatMessageDeveloperParams
            | ChatMessageUserParams
            | ChatMessageAssistantParams
            | ChatMessageToolParams
        ]
    ]
    """ The conversation so far, oldest first. """
    session_id: str
    """ Groups related requests (one conversation, one agent run) in the gateway's records. """
    reasoning: ReasoningConfigParams
    """ Reasoning controls for models that support them. """
    reasoning_effort: ReasoningEffort
    """ How much reasoning to spend. The gateway's default is `medium`. """
    reasoning_summary: bool | ReasoningSummary
    """ Shorthand for `reasoning.summary`; `true` asks for the provider's default summary. """
    reasoning_summary_wait: bool
    """ Hold the answer until the reasoning summary is complete. """
    diffusing: bool
    """ Ask diffusion-capable models to stream in diffusion mode. """
    realtime: bool
    """ Prefer a provider's realtime (low-latency) variant when one exists. """
    frequency_penalty: float
    """ Penalises tokens by how often they already appeared. """
    logit_bias: ChatCompletionsRequestLogitBiasParams
    """ Token id (as a string) to a bias added to its logit. """
    max_completion_tokens: int
    """ Upper bound on the tokens generated (the gateway's preferred spelling). """
    max_tokens: int
    """ Upper bound on the tokens generated; read when `max_completion_tokens` is absent. """
    max_output_tokens: int
    """ Upper bound on the tokens generated; read only when neither `max_completion_tokens` nor `max_tokens` is
    given. """
    max_completions_tokens: int
    """ Deprecated misspelling from an older published document. The gateway ignores it: use
    `max_completion_tokens`. """
    metadata: ChatCompletionsRequestMetadataParams
    """ Your own string labels, kept with the request's record. """
    usage: bool
    """ Include token usage in the response. The gateway includes it by default. """
    meta: bool
    """ Include gateway metadata (`meta`: timings, routing, cache) in the response. The gateway's default is false.
    """
    echo_upstream_request: bool
    """ Return the request the gateway sent to the provider (for debugging). """
    debug: DebugOptionsParams
    """ Gateway debugging switches; never forwarded to the provider. """
    beta: BetaOptionsParams
    """ Opt-ins to gateway features in beta. """
    presence_penalty: float
    """ Penalises tokens that already appeared at all. """
    seed: int
    """ Seed for providers that support deterministic sampling. """
    store: bool
    """ Ask the provider to store the completion (providers that support it). """
    stream_options: StreamOptionsParams
    """ Stream options, passed to the provider. """
    n: int
    """ How many choices to generate. """
    documents: Sequence[ChatDocumentParams]
    """ Documents to ground the answer in (providers that support them). """
    temperature: float
    """ Sampling temperature. The gateway's default is 1. """
    tools: Sequence[
        FunctionToolParams
        | CustomToolParams
        | GatewayDatetimeToolParams
        | GatewayWebSearchToolParams
        | GatewayWebFetchToolParams
        | GatewayAdvisorToolParams
        | GatewaySubagentToolParams
        | GatewayFusionToolParams
        | GatewaySearchModelsToolParams
        | GatewayImageGenerationToolParams
        | NativeWebSearchToolParams
    ]
    """ Tools the model may call: functions you run, custom tools, or server tools the gateway runs itself
    (`gateway:datetime`, web search, web fetch, …). """
    max_tool_calls: int
    """ Upper bound on tool calls in one reply. """
    parallel_tool_calls: bool
    """ Allow several tool calls in one reply. The gateway's default is true. """
    tool_choice: str | ToolChoiceObjectParams
    """ `auto`, `none`, `required`, a server tool's type (e.g. `gateway:web_search`), or an object naming one tool
    (`{"type": "function", "function": {"name": …}}`). """
    web_search_options: ChatCompletionsRequestWebSearchOptionsParams
    """ Provider web-search options, passed through. """
    logprobs: bool
    """ Return log probabilities of the output tokens. The gateway's default is false. """
    top_logprobs: int
    """ How many most likely tokens to return at each position. """
    top_p: float
    """ Nucleus sampling probability mass. """
    top_k: int
    """ Sample only from the k most likely tokens (-1 turns it off). """
    min_p: float
    """ Drop tokens less likely than this fraction of the most likely one. """
    repetition_penalty: float
    """ Multiplicative penalty on repeated tokens (1 means none). """
    stop: str | Sequence[str]
    """ One stop sequence or a list of them. """
    modalities: Sequence[str]
    """ Output modalities wanted, such as `text`, `image` or `audio`. """
    image_config: ImageConfigParams
    """ Options for models that generate images. """
    user: str
    """ Your end user's id, used as the safety identifier across providers. """
    user_id: str
    """ Your end user's id, kept with the request's record. """
    service_tier: ServiceTier
    """ The provider service tier to route to. `batch` is refused on this synchronous route (use the batch API);
    other values, including `auto`, are refused with 400. """
    prompt_cache_key: str | None
    """ A key that lets the provider reuse its prompt cache across requests. """
    prompt_cache_options: PromptCacheOptionsParams
    """ Prompt caching controls. """
    verbosity: ChatCompletionsRequestVerbosity
    """ How long the answer should be (models that support it). """
    audio: AudioOutputConfigParams
    """ Spoken output, for models that speak. """
    provider_options: ProviderOptionsParams
    """ Options for one provider family, applied only when it serves the request. """
    safety_identifier: str | None
    """ A stable id of your end user for providers' abuse detection. """
    provider: ProviderRoutingParams
    """ How the gateway picks the provider. The gateway also accepts the camelCase spelling of each key. """
    routing: ProviderRoutingParams
    """ How the gateway picks the provider. The gateway also accepts the camelCase spelling of each key. """


class ChatCompletionsRequestParams(ChatCompletionsRequestBaseParams, total=False):
    """The JSON object `ChatCompletionsRequest.from_dict` reads (keys as on the wire), for type checkers."""

    stream: bool
    """ Stream the reply as Server-Sent Events. The gateway's default is false. """
    response_format: ResponseFormatTextParams | ResponseFormatJsonObjectParams | ResponseFormatJsonSchemaParams
    """ The shape of the answer's text. """


ChatCompletionsRequestStreamParam: TypeAlias = "bool"
"""The `stream` key of `ChatCompletionsRequestParams`, for a facade that takes it as an explicit keyword."""


ChatCompletionsRequestResponseFormatParam: TypeAlias = (
    "ResponseFormatTextParams | ResponseFormatJsonObjectParams | ResponseFormatJsonSchemaParams"
)
"""The `response_format` key of `ChatCompletionsRequestParams`, for a facade that takes it as an explicit keyword."""


from ..models.audio_output_config import AudioOutputConfig, AudioOutputConfigParams  # noqa: E402
from ..models.beta_options import BetaOptions, BetaOptionsParams  # noqa: E402
from ..models.chat_completions_request_logit_bias import (  # noqa: E402
    ChatCompletionsRequestLogitBias,
    ChatCompletionsRequestLogitBiasParams,
)
from ..models.chat_completions_request_metadata import (  # noqa: E402
    ChatCompletionsRequestMetadata,
    ChatCompletionsRequestMetadataParams,
)
from ..models.chat_completions_request_web_search_options import (  # noqa: E402
    ChatCompletionsRequestWebSearchOptions,
    ChatCompletionsRequestWebSearchOptionsParams,
)
from ..models.chat_document import ChatDocument, ChatDocumentParams  # noqa: E402
from ..models.chat_message_assistant import ChatMessageAssistant, ChatMessageAssistantParams  # noqa: E402
from ..models.chat_message_developer import ChatMessageDeveloper, ChatMessageDeveloperParams  # noqa: E402
from ..models.chat_message_system import ChatMessageSystem, ChatMessageSystemParams  # noqa: E402
from ..models.chat_message_tool import ChatMessageTool, ChatMessageToolParams  # noqa: E402
from ..models.chat_message_user import ChatMessageUser, ChatMessageUserParams  # noqa: E402
from ..models.custom_tool import CustomTool, CustomToolParams  # noqa: E402
from ..models.debug_options import DebugOptions, DebugOptionsParams  # noqa: E402
from ..models.function_tool import FunctionTool, FunctionToolParams  # noqa: E402
from ..models.gateway_advisor_tool import GatewayAdvisorTool, GatewayAdvisorToolParams  # noqa: E402
from ..models.gateway_datetime_tool import GatewayDatetimeTool, GatewayDatetimeToolParams  # noqa: E402
from ..models.gateway_fusion_tool import GatewayFusionTool, GatewayFusionToolParams  # noqa: E402
from ..models.gateway_image_generation_tool import GatewayImageGenerationTool, GatewayImageGenerationToolParams  # noqa: E402
from ..models.gateway_search_models_tool import GatewaySearchModelsTool, GatewaySearchModelsToolParams  # noqa: E402
from ..models.gateway_subagent_tool import GatewaySubagentTool, GatewaySubagentToolParams  # noqa: E402
from ..models.gateway_web_fetch_tool import GatewayWebFetchTool, GatewayWebFetchToolParams  # noqa: E402
from ..models.gateway_web_search_tool import GatewayWebSearchTool, GatewayWebSearchToolParams  # noqa: E402
from ..models.image_config import ImageConfig, ImageConfigParams  # noqa: E402
from ..models.native_web_search_tool import NativeWebSearchTool, NativeWebSearchToolParams  # noqa: E402
from ..models.prompt_cache_options import PromptCacheOptions, PromptCacheOptionsParams  # noqa: E402
from ..models.provider_options import ProviderOptions, ProviderOptionsParams  # noqa: E402
from ..models.provider_routing import ProviderRouting, ProviderRoutingParams  # noqa: E402
from ..models.reasoning_config import ReasoningConfig, ReasoningConfigParams  # noqa: E402
from ..models.response_format_json_object import ResponseFormatJsonObject, ResponseFormatJsonObjectParams  # noqa: E402
from ..models.response_format_json_schema import ResponseFormatJsonSchema, ResponseFormatJsonSchemaParams  # noqa: E402
from ..models.response_format_text import ResponseFormatText, ResponseFormatTextParams  # noqa: E402
from ..models.stream_options import StreamOptions, StreamOptionsParams  # noqa: E402
from ..models.tool_choice_object import ToolChoiceObject, ToolChoiceObjectParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_AudioOutputConfig = AudioOutputConfig.from_dict
_from_dict_BetaOptions = BetaOptions.from_dict
_from_dict_ChatCompletionsRequestLogitBias = ChatCompletionsRequestLogitBias.from_dict
_from_dict_ChatCompletionsRequestMetadata = ChatCompletionsRequestMetadata.from_dict
_from_dict_ChatCompletionsRequestWebSearchOptions = ChatCompletionsRequestWebSearchOptions.from_dict
_from_dict_ChatDocument = ChatDocument.from_dict
_from_dict_DebugOptions = DebugOptions.from_dict
_from_dict_ImageConfig = ImageConfig.from_dict
_from_dict_PromptCacheOptions = PromptCacheOptions.from_dict
_from_dict_ProviderOptions = ProviderOptions.from_dict
_from_dict_ProviderRouting = ProviderRouting.from_dict
_from_dict_ReasoningConfig = ReasoningConfig.from_dict
_from_dict_StreamOptions = StreamOptions.from_dict

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
    session_id: str | None = None
    """ Groups related requests (one conversation, one agent run) in the gateway's records. """
    reasoning: ReasoningConfig | None = None
    """ Reasoning controls for models that support them. """
    reasoning_effort: ReasoningEffort | None = None
    """ How much reasoning to spend. The gateway's default is `medium`. """
    reasoning_summary: bool | ReasoningSummary | None = None
    """ Shorthand for `reasoning.summary`; `true` asks for the provider's default summary. """
    reasoning_summary_wait: bool | None = None
    """ Hold the answer until the reasoning summary is complete. """
    diffusing: bool | None = None
    """ Ask diffusion-capable models to stream in diffusion mode. """
    realtime: bool | None = None
    """ Prefer a provider's realtime (low-latency) variant when one exists. """
    frequency_penalty: float | None = None
    """ Penalises tokens by how often they already appeared. """
    logit_bias: ChatCompletionsRequestLogitBias | None = None
    """ Token id (as a string) to a bias added to its logit. """
    max_completion_tokens: int | None = None
    """ Upper bound on the tokens generated (the gateway's preferred spelling). """
    max_tokens: int | None = None
    """ Upper bound on the tokens generated; read when `max_completion_tokens` is absent. """
    max_output_tokens: int | None = None
    """ Upper bound on the tokens generated; read only when neither `max_completion_tokens` nor `max_tokens` is
    given. """
    max_completions_tokens: int | None = None
    """ Deprecated misspelling from an older published document. The gateway ignores it: use
    `max_completion_tokens`. """
    metadata: ChatCompletionsRequestMetadata | None = None
    """ Your own string labels, kept with the request's record. """
    usage: bool | None = None
    """ Include token usage in the response. The gateway includes it by default. """
    meta: bool | None = None
    """ Include gateway metadata (`meta`: timings, routing, cache) in the response. The gateway's default is false.
    """
    echo_upstream_request: bool | None = None
    """ Return the request the gateway sent to the provider (for debugging). """
    debug: DebugOptions | None = None
    """ Gateway debugging switches; never forwarded to the provider. """
    beta: BetaOptions | None = None
    """ Opt-ins to gateway features in beta. """
    presence_penalty: float | None = None
    """ Penalises tokens that already appeared at all. """
    seed: int | None = None
    """ Seed for providers that support deterministic sampling. """
    store: bool | None = None
    """ Ask the provider to store the completion (providers that support it). """
    stream: bool | None = None
    """ Stream the reply as Server-Sent Events. The gateway's default is false. """
    stream_options: StreamOptions | None = None
    """ Stream options, passed to the provider. """
    n: int | None = None
    """ How many choices to generate. """
    documents: list[ChatDocument] | None = None
    """ Documents to ground the answer in (providers that support them). """
    temperature: float | None = None
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
        | None
    ) = None
    """ Tools the model may call: functions you run, custom tools, or server tools the gateway runs itself
    (`gateway:datetime`, web search, web fetch, …). """
    max_tool_calls: int | None = None
    """ Upper bound on tool calls in one reply. """
    parallel_tool_calls: bool | None = None
    """ Allow several tool calls in one reply. The gateway's default is true. """
    tool_choice: str | ToolChoiceObject | None = None
    """ `auto`, `none`, `required`, a server tool's type (e.g. `gateway:web_search`), or an object naming one tool
    (`{"type": "function", "function": {"name": …}}`). """
    web_search_options: ChatCompletionsRequestWebSearchOptions | None = None
    """ Provider web-search options, passed through. """
    logprobs: bool | None = None
    """ Return log probabilities of the output tokens. The gateway's default is false. """
    top_logprobs: int | None = None
    """ How many most likely tokens to return at each position. """
    top_p: float | None = None
    """ Nucleus sampling probability mass. """
    top_k: int | None = None
    """ Sample only from the k most likely tokens (-1 turns it off). """
    min_p: float | None = None
    """ Drop tokens less likely than this fraction of the most likely one. """
    repetition_penalty: float | None = None
    """ Multiplicative penalty on repeated tokens (1 means none). """
    stop: list[str] | str | None = None
    """ One stop sequence or a list of them. """
    response_format: ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | None = None
    """ The shape of the answer's text. """
    modalities: list[str] | None = None
    """ Output modalities wanted, such as `text`, `image` or `audio`. """
    image_config: ImageConfig | None = None
    """ Options for models that generate images. """
    user: str | None = None
    """ Your end user's id, used as the safety identifier across providers. """
    user_id: str | None = None
    """ Your end user's id, kept with the request's record. """
    service_tier: ServiceTier | None = None
    """ The provider service tier to route to. `batch` is refused on this synchronous route (use the batch API);
    other values, including `auto`, are refused with 400. """
    prompt_cache_key: None | str = None
    """ A key that lets the provider reuse its prompt cache across requests. """
    prompt_cache_options: PromptCacheOptions | None = None
    """ Prompt caching controls. """
    verbosity: ChatCompletionsRequestVerbosity | None = None
    """ How long the answer should be (models that support it). """
    audio: AudioOutputConfig | None = None
    """ Spoken output, for models that speak. """
    provider_options: ProviderOptions | None = None
    """ Options for one provider family, applied only when it serves the request. """
    safety_identifier: None | str = None
    """ A stable id of your end user for providers' abuse detection. """
    provider: ProviderRouting | None = None
    """ How the gateway picks the provider. The gateway also accepts the camelCase spelling of each key. """
    routing: ProviderRouting | None = None
    """ How the gateway picks the provider. The gateway also accepts the camelCase spelling of each key. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "messages": messages,
            }
        )
        session_id = self.session_id
        if session_id is not None:
            field_dict["session_id"] = session_id
        elif self._nulls_ & 1:
            field_dict["session_id"] = None
        reasoning = self.reasoning
        if reasoning is not None:
            field_dict["reasoning"] = reasoning.to_dict()
        elif self._nulls_ & 2:
            field_dict["reasoning"] = None
        reasoning_effort = self.reasoning_effort
        if reasoning_effort is not None:
            field_dict["reasoning_effort"] = reasoning_effort
        elif self._nulls_ & 4:
            field_dict["reasoning_effort"] = None
        reasoning_summary = self.reasoning_summary
        if reasoning_summary is not None:
            if isinstance(reasoning_summary, str):
                field_dict["reasoning_summary"] = reasoning_summary
            else:
                field_dict["reasoning_summary"] = reasoning_summary
        elif self._nulls_ & 8:
            field_dict["reasoning_summary"] = None
        reasoning_summary_wait = self.reasoning_summary_wait
        if reasoning_summary_wait is not None:
            field_dict["reasoning_summary_wait"] = reasoning_summary_wait
        elif self._nulls_ & 16:
            field_dict["reasoning_summary_wait"] = None
        diffusing = self.diffusing
        if diffusing is not None:
            field_dict["diffusing"] = diffusing
        elif self._nulls_ & 32:
            field_dict["diffusing"] = None
        realtime = self.realtime
        if realtime is not None:
            field_dict["realtime"] = realtime
        elif self._nulls_ & 64:
            field_dict["realtime"] = None
        frequency_penalty = self.frequency_penalty
        if frequency_penalty is not None:
            field_dict["frequency_penalty"] = frequency_penalty
        elif self._nulls_ & 128:
            field_dict["frequency_penalty"] = None
        logit_bias = self.logit_bias
        if logit_bias is not None:
            field_dict["logit_bias"] = logit_bias.to_dict()
        elif self._nulls_ & 256:
            field_dict["logit_bias"] = None
        max_completion_tokens = self.max_completion_tokens
        if max_completion_tokens is not None:
            field_dict["max_completion_tokens"] = max_completion_tokens
        elif self._nulls_ & 512:
            field_dict["max_completion_tokens"] = None
        max_tokens = self.max_tokens
        if max_tokens is not None:
            field_dict["max_tokens"] = max_tokens
        elif self._nulls_ & 1024:
            field_dict["max_tokens"] = None
        max_output_tokens = self.max_output_tokens
        if max_output_tokens is not None:
            field_dict["max_output_tokens"] = max_output_tokens
        elif self._nulls_ & 2048:
            field_dict["max_output_tokens"] = None
        max_completions_tokens = self.max_completions_tokens
        if max_completions_tokens is not None:
            field_dict["max_completions_tokens"] = max_completions_tokens
        elif self._nulls_ & 4096:
            field_dict["max_completions_tokens"] = None
        metadata = self.metadata
        if metadata is not None:
            field_dict["metadata"] = metadata.to_dict()
        elif self._nulls_ & 8192:
            field_dict["metadata"] = None
        usage = self.usage
        if usage is not None:
            field_dict["usage"] = usage
        elif self._nulls_ & 16384:
            field_dict["usage"] = None
        meta = self.meta
        if meta is not None:
            field_dict["meta"] = meta
        elif self._nulls_ & 32768:
            field_dict["meta"] = None
        echo_upstream_request = self.echo_upstream_request
        if echo_upstream_request is not None:
            field_dict["echo_upstream_request"] = echo_upstream_request
        elif self._nulls_ & 65536:
            field_dict["echo_upstream_request"] = None
        debug = self.debug
        if debug is not None:
            field_dict["debug"] = debug.to_dict()
        elif self._nulls_ & 131072:
            field_dict["debug"] = None
        beta = self.beta
        if beta is not None:
            field_dict["beta"] = beta.to_dict()
        elif self._nulls_ & 262144:
            field_dict["beta"] = None
        presence_penalty = self.presence_penalty
        if presence_penalty is not None:
            field_dict["presence_penalty"] = presence_penalty
        elif self._nulls_ & 524288:
            field_dict["presence_penalty"] = None
        seed = self.seed
        if seed is not None:
            field_dict["seed"] = seed
        elif self._nulls_ & 1048576:
            field_dict["seed"] = None
        store = self.store
        if store is not None:
            field_dict["store"] = store
        elif self._nulls_ & 2097152:
            field_dict["store"] = None
        stream = self.stream
        if stream is not None:
            field_dict["stream"] = stream
        elif self._nulls_ & 4194304:
            field_dict["stream"] = None
        stream_options = self.stream_options
        if stream_options is not None:
            field_dict["stream_options"] = stream_options.to_dict()
        elif self._nulls_ & 8388608:
            field_dict["stream_options"] = None
        n = self.n
        if n is not None:
            field_dict["n"] = n
        elif self._nulls_ & 16777216:
            field_dict["n"] = None
        documents = self.documents
        if documents is not None:
            documents_json: list[dict[str, Any]] = []
            for documents_item in documents:
                documents_json.append(documents_item.to_dict())
            field_dict["documents"] = documents_json
        elif self._nulls_ & 33554432:
            field_dict["documents"] = None
        temperature = self.temperature
        if temperature is not None:
            field_dict["temperature"] = temperature
        elif self._nulls_ & 67108864:
            field_dict["temperature"] = None
        tools = self.tools
        if tools is not None:
            tools_json: list[Any] = []
            for tools_item in tools:
                tools_item_json: dict[str, Any]
                if isinstance(tools_item, FunctionTool):
                    tools_item_json = tools_item.to_dict()
                elif isinstance(tools_item, CustomTool):
                    tools_item_json = tools_item.to_dict()
                elif isinstance(tools_item, GatewayDatetimeTool):
                    tools_item_json = tools_item.to_dict()
                elif isinstance(tools_item, GatewayWebSearchTool):
                    tools_item_json = tools_item.to_dict()
                elif isinstance(tools_item, GatewayWebFetchTool):
                    tools_item_json = tools_item.to_dict()
                elif isinstance(tools_item, GatewayAdvisorTool):
                    tools_item_json = tools_item.to_dict()
                elif isinstance(tools_item, GatewaySubagentTool):
                    tools_item_json = tools_item.to_dict()
                elif isinstance(tools_item, GatewayFusionTool):
                    tools_item_json = tools_item.to_dict()
                elif isinstance(tools_item, GatewaySearchModelsTool):
                    tools_item_json = tools_item.to_dict()
                elif isinstance(tools_item, GatewayImageGenerationTool):
                    tools_item_json = tools_item.to_dict()
                else:
                    tools_item_json = tools_item.to_dict()

                tools_json.append(tools_item_json)
            field_dict["tools"] = tools_json
        elif self._nulls_ & 134217728:
            field_dict["tools"] = None
        max_tool_calls = self.max_tool_calls
        if max_tool_calls is not None:
            field_dict["max_tool_calls"] = max_tool_calls
        elif self._nulls_ & 268435456:
            field_dict["max_tool_calls"] = None
        parallel_tool_calls = self.parallel_tool_calls
        if parallel_tool_calls is not None:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        elif self._nulls_ & 536870912:
            field_dict["parallel_tool_calls"] = None
        tool_choice = self.tool_choice
        if tool_choice is not None:
            if isinstance(tool_choice, ToolChoiceObject):
                field_dict["tool_choice"] = tool_choice.to_dict()
            else:
                field_dict["tool_choice"] = tool_choice
        elif self._nulls_ & 1073741824:
            field_dict["tool_choice"] = None
        web_search_options = self.web_search_options
        if web_search_options is not None:
            field_dict["web_search_options"] = web_search_options.to_dict()
        elif self._nulls_ & 2147483648:
            field_dict["web_search_options"] = None
        logprobs = self.logprobs
        if logprobs is not None:
            field_dict["logprobs"] = logprobs
        elif self._nulls_ & 4294967296:
            field_dict["logprobs"] = None
        top_logprobs = self.top_logprobs
        if top_logprobs is not None:
            field_dict["top_logprobs"] = top_logprobs
        elif self._nulls_ & 8589934592:
            field_dict["top_logprobs"] = None
        top_p = self.top_p
        if top_p is not None:
            field_dict["top_p"] = top_p
        elif self._nulls_ & 17179869184:
            field_dict["top_p"] = None
        top_k = self.top_k
        if top_k is not None:
            field_dict["top_k"] = top_k
        elif self._nulls_ & 34359738368:
            field_dict["top_k"] = None
        min_p = self.min_p
        if min_p is not None:
            field_dict["min_p"] = min_p
        elif self._nulls_ & 68719476736:
            field_dict["min_p"] = None
        repetition_penalty = self.repetition_penalty
        if repetition_penalty is not None:
            field_dict["repetition_penalty"] = repetition_penalty
        elif self._nulls_ & 137438953472:
            field_dict["repetition_penalty"] = None
        stop = self.stop
        if stop is not None:
            if isinstance(stop, list):
                field_dict["stop"] = stop

            else:
                field_dict["stop"] = stop
        elif self._nulls_ & 274877906944:
            field_dict["stop"] = None
        response_format = self.response_format
        if response_format is not None:
            if isinstance(response_format, ResponseFormatText):
                field_dict["response_format"] = response_format.to_dict()
            elif isinstance(response_format, ResponseFormatJsonObject):
                field_dict["response_format"] = response_format.to_dict()
            else:
                field_dict["response_format"] = response_format.to_dict()
        elif self._nulls_ & 549755813888:
            field_dict["response_format"] = None
        modalities = self.modalities
        if modalities is not None:
            field_dict["modalities"] = modalities
        elif self._nulls_ & 1099511627776:
            field_dict["modalities"] = None
        image_config = self.image_config
        if image_config is not None:
            field_dict["image_config"] = image_config.to_dict()
        elif self._nulls_ & 2199023255552:
            field_dict["image_config"] = None
        user = self.user
        if user is not None:
            field_dict["user"] = user
        elif self._nulls_ & 4398046511104:
            field_dict["user"] = None
        user_id = self.user_id
        if user_id is not None:
            field_dict["user_id"] = user_id
        elif self._nulls_ & 8796093022208:
            field_dict["user_id"] = None
        service_tier = self.service_tier
        if service_tier is not None:
            field_dict["service_tier"] = service_tier
        elif self._nulls_ & 17592186044416:
            field_dict["service_tier"] = None
        prompt_cache_key = self.prompt_cache_key
        if prompt_cache_key is not None:
            field_dict["prompt_cache_key"] = prompt_cache_key
        elif self._nulls_ & 35184372088832:
            field_dict["prompt_cache_key"] = None
        prompt_cache_options = self.prompt_cache_options
        if prompt_cache_options is not None:
            field_dict["prompt_cache_options"] = prompt_cache_options.to_dict()
        elif self._nulls_ & 70368744177664:
            field_dict["prompt_cache_options"] = None
        verbosity = self.verbosity
        if verbosity is not None:
            field_dict["verbosity"] = verbosity
        elif self._nulls_ & 140737488355328:
            field_dict["verbosity"] = None
        audio = self.audio
        if audio is not None:
            field_dict["audio"] = audio.to_dict()
        elif self._nulls_ & 281474976710656:
            field_dict["audio"] = None
        provider_options = self.provider_options
        if provider_options is not None:
            field_dict["provider_options"] = provider_options.to_dict()
        elif self._nulls_ & 562949953421312:
            field_dict["provider_options"] = None
        safety_identifier = self.safety_identifier
        if safety_identifier is not None:
            field_dict["safety_identifier"] = safety_identifier
        elif self._nulls_ & 1125899906842624:
            field_dict["safety_identifier"] = None
        provider = self.provider
        if provider is not None:
            field_dict["provider"] = provider.to_dict()
        elif self._nulls_ & 2251799813685248:
            field_dict["provider"] = None
        routing = self.routing
        if routing is not None:
            field_dict["routing"] = routing.to_dict()
        elif self._nulls_ & 4503599627370496:
            field_dict["routing"] = None

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

        if d:
            session_id = d.pop("session_id", None)
            if session_id is None and "session_id" in src_dict:
                nulls_ |= 1
        else:
            session_id = None

        reasoning: ReasoningConfig | None = None
        if d:
            _reasoning = d.pop("reasoning", None)
            if _reasoning is None:
                if "reasoning" in src_dict:
                    nulls_ |= 2
            else:
                reasoning = _from_dict_ReasoningConfig(_reasoning)

        reasoning_effort: ReasoningEffort | None = None
        if d:
            _reasoning_effort = d.pop("reasoning_effort", None)
            if _reasoning_effort is None:
                if "reasoning_effort" in src_dict:
                    nulls_ |= 4
            else:
                reasoning_effort = check_reasoning_effort(_reasoning_effort)

        reasoning_summary: bool | ReasoningSummary | None = None
        if d:
            _reasoning_summary = d.pop("reasoning_summary", None)
            if _reasoning_summary is None:
                if "reasoning_summary" in src_dict:
                    nulls_ |= 8
            else:
                reasoning_summary = _parse_reasoning_summary(_reasoning_summary)

        if d:
            reasoning_summary_wait = d.pop("reasoning_summary_wait", None)
            if reasoning_summary_wait is None and "reasoning_summary_wait" in src_dict:
                nulls_ |= 16
        else:
            reasoning_summary_wait = None

        if d:
            diffusing = d.pop("diffusing", None)
            if diffusing is None and "diffusing" in src_dict:
                nulls_ |= 32
        else:
            diffusing = None

        if d:
            realtime = d.pop("realtime", None)
            if realtime is None and "realtime" in src_dict:
                nulls_ |= 64
        else:
            realtime = None

        if d:
            frequency_penalty = d.pop("frequency_penalty", None)
            if frequency_penalty is None and "frequency_penalty" in src_dict:
                nulls_ |= 128
        else:
            frequency_penalty = None

        logit_bias: ChatCompletionsRequestLogitBias | None = None
        if d:
            _logit_bias = d.pop("logit_bias", None)
            if _logit_bias is None:
                if "logit_bias" in src_dict:
                    nulls_ |= 256
            else:
                logit_bias = _from_dict_ChatCompletionsRequestLogitBias(_logit_bias)

        if d:
            max_completion_tokens = d.pop("max_completion_tokens", None)
            if max_completion_tokens is None and "max_completion_tokens" in src_dict:
                nulls_ |= 512
        else:
            max_completion_tokens = None

        if d:
            max_tokens = d.pop("max_tokens", None)
            if max_tokens is None and "max_tokens" in src_dict:
                nulls_ |= 1024
        else:
            max_tokens = None

        if d:
            max_output_tokens = d.pop("max_output_tokens", None)
            if max_output_tokens is None and "max_output_tokens" in src_dict:
                nulls_ |= 2048
        else:
            max_output_tokens = None

        if d:
            max_completions_tokens = d.pop("max_completions_tokens", None)
            if max_completions_tokens is None and "max_completions_tokens" in src_dict:
                nulls_ |= 4096
        else:
            max_completions_tokens = None

        metadata: ChatCompletionsRequestMetadata | None = None
        if d:
            _metadata = d.pop("metadata", None)
            if _metadata is None:
                if "metadata" in src_dict:
                    nulls_ |= 8192
            else:
                metadata = _from_dict_ChatCompletionsRequestMetadata(_metadata)

        if d:
            usage = d.pop("usage", None)
            if usage is None and "usage" in src_dict:
                nulls_ |= 16384
        else:
            usage = None

        if d:
            meta = d.pop("meta", None)
            if meta is None and "meta" in src_dict:
                nulls_ |= 32768
        else:
            meta = None

        if d:
            echo_upstream_request = d.pop("echo_upstream_request", None)
            if echo_upstream_request is None and "echo_upstream_request" in src_dict:
                nulls_ |= 65536
        else:
            echo_upstream_request = None

        debug: DebugOptions | None = None
        if d:
            _debug = d.pop("debug", None)
            if _debug is None:
                if "debug" in src_dict:
                    nulls_ |= 131072
            else:
                debug = _from_dict_DebugOptions(_debug)

        beta: BetaOptions | None = None
        if d:
            _beta = d.pop("beta", None)
            if _beta is None:
                if "beta" in src_dict:
                    nulls_ |= 262144
            else:
                beta = _from_dict_BetaOptions(_beta)

        if d:
            presence_penalty = d.pop("presence_penalty", None)
            if presence_penalty is None and "presence_penalty" in src_dict:
                nulls_ |= 524288
        else:
            presence_penalty = None

        if d:
            seed = d.pop("seed", None)
            if seed is None and "seed" in src_dict:
                nulls_ |= 1048576
        else:
            seed = None

        if d:
            store = d.pop("store", None)
            if store is None and "store" in src_dict:
                nulls_ |= 2097152
        else:
            store = None

        if d:
            stream = d.pop("stream", None)
            if stream is None and "stream" in src_dict:
                nulls_ |= 4194304
        else:
            stream = None

        stream_options: StreamOptions | None = None
        if d:
            _stream_options = d.pop("stream_options", None)
            if _stream_options is None:
                if "stream_options" in src_dict:
                    nulls_ |= 8388608
            else:
                stream_options = _from_dict_StreamOptions(_stream_options)

        if d:
            n = d.pop("n", None)
            if n is None and "n" in src_dict:
                nulls_ |= 16777216
        else:
            n = None

        documents: list[ChatDocument] | None = None
        if d:
            _documents = d.pop("documents", None)
            if _documents is None:
                if "documents" in src_dict:
                    nulls_ |= 33554432
            else:
                documents = []
                for documents_item_data in _documents:
                    documents.append(_from_dict_ChatDocument(documents_item_data))

        if d:
            temperature = d.pop("temperature", None)
            if temperature is None and "temperature" in src_dict:
                nulls_ |= 67108864
        else:
            temperature = None

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
            | None
        ) = None
        if d:
            _tools = d.pop("tools", None)
            if _tools is None:
                if "tools" in src_dict:
                    nulls_ |= 134217728
            else:
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

        if d:
            max_tool_calls = d.pop("max_tool_calls", None)
            if max_tool_calls is None and "max_tool_calls" in src_dict:
                nulls_ |= 268435456
        else:
            max_tool_calls = None

        if d:
            parallel_tool_calls = d.pop("parallel_tool_calls", None)
            if parallel_tool_calls is None and "parallel_tool_calls" in src_dict:
                nulls_ |= 536870912
        else:
            parallel_tool_calls = None

        tool_choice: str | ToolChoiceObject | None = None
        if d:
            _tool_choice = d.pop("tool_choice", None)
            if _tool_choice is None:
                if "tool_choice" in src_dict:
                    nulls_ |= 1073741824
            else:
                tool_choice = _parse_tool_choice(_tool_choice)

        web_search_options: ChatCompletionsRequestWebSearchOptions | None = None
        if d:
            _web_search_options = d.pop("web_search_options", None)
            if _web_search_options is None:
                if "web_search_options" in src_dict:
                    nulls_ |= 2147483648
            else:
                web_search_options = _from_dict_ChatCompletionsRequestWebSearchOptions(_web_search_options)

        if d:
            logprobs = d.pop("logprobs", None)
            if logprobs is None and "logprobs" in src_dict:
                nulls_ |= 4294967296
        else:
            logprobs = None

        if d:
            top_logprobs = d.pop("top_logprobs", None)
            if top_logprobs is None and "top_logprobs" in src_dict:
                nulls_ |= 8589934592
        else:
            top_logprobs = None

        if d:
            top_p = d.pop("top_p", None)
            if top_p is None and "top_p" in src_dict:
                nulls_ |= 17179869184
        else:
            top_p = None

        if d:
            top_k = d.pop("top_k", None)
            if top_k is None and "top_k" in src_dict:
                nulls_ |= 34359738368
        else:
            top_k = None

        if d:
            min_p = d.pop("min_p", None)
            if min_p is None and "min_p" in src_dict:
                nulls_ |= 68719476736
        else:
            min_p = None

        if d:
            repetition_penalty = d.pop("repetition_penalty", None)
            if repetition_penalty is None and "repetition_penalty" in src_dict:
                nulls_ |= 137438953472
        else:
            repetition_penalty = None

        stop: list[str] | str | None = None
        if d:
            _stop = d.pop("stop", None)
            if _stop is None:
                if "stop" in src_dict:
                    nulls_ |= 274877906944
            else:
                stop = _parse_stop(_stop)

        response_format: ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | None = None
        if d:
            _response_format = d.pop("response_format", None)
            if _response_format is None:
                if "response_format" in src_dict:
                    nulls_ |= 549755813888
            else:
                response_format = _parse_response_format(_response_format)

        if d:
            modalities = d.pop("modalities", None)
            if modalities is None and "modalities" in src_dict:
                nulls_ |= 1099511627776
        else:
            modalities = None

        image_config: ImageConfig | None = None
        if d:
            _image_config = d.pop("image_config", None)
            if _image_config is None:
                if "image_config" in src_dict:
                    nulls_ |= 2199023255552
            else:
                image_config = _from_dict_ImageConfig(_image_config)

        if d:
            user = d.pop("user", None)
            if user is None and "user" in src_dict:
                nulls_ |= 4398046511104
        else:
            user = None

        if d:
            user_id = d.pop("user_id", None)
            if user_id is None and "user_id" in src_dict:
                nulls_ |= 8796093022208
        else:
            user_id = None

        service_tier: ServiceTier | None = None
        if d:
            _service_tier = d.pop("service_tier", None)
            if _service_tier is None:
                if "service_tier" in src_dict:
                    nulls_ |= 17592186044416
            else:
                service_tier = check_service_tier(_service_tier)

        if d:
            prompt_cache_key = d.pop("prompt_cache_key", None)
            if prompt_cache_key is None and "prompt_cache_key" in src_dict:
                nulls_ |= 35184372088832
        else:
            prompt_cache_key = None

        prompt_cache_options: PromptCacheOptions | None = None
        if d:
            _prompt_cache_options = d.pop("prompt_cache_options", None)
            if _prompt_cache_options is None:
                if "prompt_cache_options" in src_dict:
                    nulls_ |= 70368744177664
            else:
                prompt_cache_options = _from_dict_PromptCacheOptions(_prompt_cache_options)

        verbosity: ChatCompletionsRequestVerbosity | None = None
        if d:
            _verbosity = d.pop("verbosity", None)
            if _verbosity is None:
                if "verbosity" in src_dict:
                    nulls_ |= 140737488355328
            else:
                verbosity = check_chat_completions_request_verbosity(_verbosity)

        audio: AudioOutputConfig | None = None
        if d:
            _audio = d.pop("audio", None)
            if _audio is None:
                if "audio" in src_dict:
                    nulls_ |= 281474976710656
            else:
                audio = _from_dict_AudioOutputConfig(_audio)

        provider_options: ProviderOptions | None = None
        if d:
            _provider_options = d.pop("provider_options", None)
            if _provider_options is None:
                if "provider_options" in src_dict:
                    nulls_ |= 562949953421312
            else:
                provider_options = _from_dict_ProviderOptions(_provider_options)

        if d:
            safety_identifier = d.pop("safety_identifier", None)
            if safety_identifier is None and "safety_identifier" in src_dict:
                nulls_ |= 1125899906842624
        else:
            safety_identifier = None

        provider: ProviderRouting | None = None
        if d:
            _provider = d.pop("provider", None)
            if _provider is None:
                if "provider" in src_dict:
                    nulls_ |= 2251799813685248
            else:
                provider = _from_dict_ProviderRouting(_provider)

        routing: ProviderRouting | None = None
        if d:
            _routing = d.pop("routing", None)
            if _routing is None:
                if "routing" in src_dict:
                    nulls_ |= 4503599627370496
            else:
                routing = _from_dict_ProviderRouting(_routing)

        if cls is ChatCompletionsRequest:
            new_instance_ = _object_new_(cls)
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
        else:
            new_instance_ = cls(
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


def _parse_reasoning_summary(data: object) -> bool | ReasoningSummary:
    try:
        if not isinstance(data, str):
            raise TypeError()
        reasoning_summary_type_1 = check_reasoning_summary(data)

        return reasoning_summary_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(bool | ReasoningSummary, data)


def _parse_tool_choice(data: object) -> str | ToolChoiceObject:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tool_choice_type_1 = ToolChoiceObject.from_dict(data)

        return tool_choice_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(str | ToolChoiceObject, data)


def _parse_stop(data: object) -> list[str] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        stop_type_1 = cast(list[str], data)

        return stop_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | str, data)


def _parse_response_format(data: object) -> ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText:
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

from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionMessage")


@_attrs_define
class ChatCompletionMessage:
    """The model's reply in a choice."""

    role: str
    """ `assistant`. """
    content: None | str | Unset = UNSET
    """ The reply's text; empty, absent or null when the reply only calls tools. """
    tool_calls: list[ToolCall] | Unset = UNSET
    """ The tool calls the model made. """
    reasoning_content: None | str | Unset = UNSET
    """ The model's reasoning as text, for models that show it. """
    reasoning_details: list[ReasoningDetail] | Unset = UNSET
    """ The reasoning in structured pieces (text, summaries, encrypted blobs). """
    refusal: None | str | Unset = UNSET
    """ The model's refusal message, when it refused. """
    annotations: list[ChatCompletionMessageAnnotationsType0Item] | None | Unset = UNSET
    """ Annotations of the text, such as URL citations. """
    images: list[OutputImage] | Unset = UNSET
    """ Images the model generated. """
    audios: list[OutputAudio] | Unset = UNSET
    """ Audio the model generated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        reasoning_content: None | str | Unset
        if isinstance(self.reasoning_content, Unset):
            reasoning_content = UNSET
        else:
            reasoning_content = self.reasoning_content

        reasoning_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reasoning_details, Unset):
            reasoning_details = []
            for reasoning_details_item_data in self.reasoning_details:
                reasoning_details_item = reasoning_details_item_data.to_dict()
                reasoning_details.append(reasoning_details_item)

        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal

        annotations: list[dict[str, Any]] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, list):
            annotations = []
            for annotations_type_0_item_data in self.annotations:
                annotations_type_0_item = annotations_type_0_item_data.to_dict()
                annotations.append(annotations_type_0_item)

        else:
            annotations = self.annotations

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        audios: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.audios, Unset):
            audios = []
            for audios_item_data in self.audios:
                audios_item = audios_item_data.to_dict()
                audios.append(audios_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if reasoning_content is not UNSET:
            field_dict["reasoning_content"] = reasoning_content
        if reasoning_details is not UNSET:
            field_dict["reasoning_details"] = reasoning_details
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if images is not UNSET:
            field_dict["images"] = images
        if audios is not UNSET:
            field_dict["audios"] = audios

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text (its ``to_dict()``), non-ASCII characters kept as they are."""
        return _json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict.copy() if type(src_dict) is dict else dict(src_dict)
        role = d.pop("role")

        content: None | str | Unset = d.pop("content", UNSET) if d else UNSET

        _tool_calls = d.pop("tool_calls", UNSET) if d else UNSET
        tool_calls: list[ToolCall] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls.append(_from_dict_ToolCall(tool_calls_item_data))

        reasoning_content: None | str | Unset = d.pop("reasoning_content", UNSET) if d else UNSET

        _reasoning_details = d.pop("reasoning_details", UNSET) if d else UNSET
        reasoning_details: list[ReasoningDetail] | Unset = UNSET
        if _reasoning_details is not UNSET:
            reasoning_details = []
            for reasoning_details_item_data in _reasoning_details:
                reasoning_details.append(_from_dict_ReasoningDetail(reasoning_details_item_data))

        refusal: None | str | Unset = d.pop("refusal", UNSET) if d else UNSET

        _annotations = d.pop("annotations", UNSET) if d else UNSET
        annotations = (
            _annotations if _annotations is None or _annotations is UNSET else _parse_annotations(_annotations)
        )

        _images = d.pop("images", UNSET) if d else UNSET
        images: list[OutputImage] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images.append(_from_dict_OutputImage(images_item_data))

        _audios = d.pop("audios", UNSET) if d else UNSET
        audios: list[OutputAudio] | Unset = UNSET
        if _audios is not UNSET:
            audios = []
            for audios_item_data in _audios:
                audios.append(_from_dict_OutputAudio(audios_item_data))

        if cls is ChatCompletionMessage:
            new_instance_ = _object_new_(cls)  # a field may bear the module's name
            new_instance_.role = role
            new_instance_.content = content
            new_instance_.tool_calls = tool_calls
            new_instance_.reasoning_content = reasoning_content
            new_instance_.reasoning_details = reasoning_details
            new_instance_.refusal = refusal
            new_instance_.annotations = annotations
            new_instance_.images = images
            new_instance_.audios = audios
            chat_completion_message = new_instance_
        else:
            chat_completion_message = cls(
                role=role,
                content=content,
                tool_calls=tool_calls,
                reasoning_content=reasoning_content,
                reasoning_details=reasoning_details,
                refusal=refusal,
                annotations=annotations,
                images=images,
                audios=audios,
            )

        chat_completion_message.additional_properties = d
        return chat_completion_message

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


def _parse_annotations(data: object) -> list[ChatCompletionMessageAnnotationsType0Item] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        annotations_type_0 = []
        _annotations_type_0 = data
        for annotations_type_0_item_data in _annotations_type_0:
            annotations_type_0_item = ChatCompletionMessageAnnotationsType0Item.from_dict(annotations_type_0_item_data)

            annotations_type_0.append(annotations_type_0_item)

        return annotations_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[ChatCompletionMessageAnnotationsType0Item] | None | Unset, data)


class ChatCompletionMessageParams(TypedDict, total=False):
    """The JSON object `ChatCompletionMessage.from_dict` reads (keys as on the wire), for type checkers."""

    role: Required[str]
    """ `assistant`. """
    content: str | None
    """ The reply's text; empty, absent or null when the reply only calls tools. """
    tool_calls: Sequence[ToolCallParams]
    """ The tool calls the model made. """
    reasoning_content: str | None
    """ The model's reasoning as text, for models that show it. """
    reasoning_details: Sequence[ReasoningDetailParams]
    """ The reasoning in structured pieces (text, summaries, encrypted blobs). """
    refusal: str | None
    """ The model's refusal message, when it refused. """
    annotations: Sequence[ChatCompletionMessageAnnotationsType0ItemParams] | None
    """ Annotations of the text, such as URL citations. """
    images: Sequence[OutputImageParams]
    """ Images the model generated. """
    audios: Sequence[OutputAudioParams]
    """ Audio the model generated. """


from ..models.chat_completion_message_annotations_type_0_item import (  # noqa: E402
    ChatCompletionMessageAnnotationsType0Item,
    ChatCompletionMessageAnnotationsType0ItemParams,
)
from ..models.output_audio import OutputAudio, OutputAudioParams  # noqa: E402
from ..models.output_image import OutputImage, OutputImageParams  # noqa: E402
from ..models.reasoning_detail import ReasoningDetail, ReasoningDetailParams  # noqa: E402
from ..models.tool_call import ToolCall, ToolCallParams  # noqa: E402

_object_new_ = object.__new__
_from_dict_OutputAudio = OutputAudio.from_dict
_from_dict_OutputImage = OutputImage.from_dict
_from_dict_ReasoningDetail = ReasoningDetail.from_dict
_from_dict_ToolCall = ToolCall.from_dict

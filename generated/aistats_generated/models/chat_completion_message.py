from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChatCompletionMessage")


@_attrs_define
class ChatCompletionMessage:
    """The model's reply in a choice."""

    role: str
    """ `assistant`. """
    content: None | str = None
    """ The reply's text; empty, absent or null when the reply only calls tools. """
    tool_calls: list[ToolCall] | None = None
    """ The tool calls the model made. """
    reasoning_content: None | str = None
    """ The model's reasoning as text, for models that show it. """
    reasoning_details: list[ReasoningDetail] | None = None
    """ The reasoning in structured pieces (text, summaries, encrypted blobs). """
    refusal: None | str = None
    """ The model's refusal message, when it refused. """
    annotations: list[ChatCompletionMessageAnnotationsType0Item] | None = None
    """ Annotations of the text, such as URL citations. """
    images: list[OutputImage] | None = None
    """ Images the model generated. """
    audios: list[OutputAudio] | None = None
    """ Audio the model generated. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        content = self.content
        if content is not None:
            field_dict["content"] = content
        elif self._nulls_ & 1:
            field_dict["content"] = None
        tool_calls = self.tool_calls
        if tool_calls is not None:
            tool_calls_json: list[dict[str, Any]] = []
            for tool_calls_item in tool_calls:
                tool_calls_json.append(tool_calls_item.to_dict())
            field_dict["tool_calls"] = tool_calls_json
        elif self._nulls_ & 2:
            field_dict["tool_calls"] = None
        reasoning_content = self.reasoning_content
        if reasoning_content is not None:
            field_dict["reasoning_content"] = reasoning_content
        elif self._nulls_ & 4:
            field_dict["reasoning_content"] = None
        reasoning_details = self.reasoning_details
        if reasoning_details is not None:
            reasoning_details_json: list[dict[str, Any]] = []
            for reasoning_details_item in reasoning_details:
                reasoning_details_json.append(reasoning_details_item.to_dict())
            field_dict["reasoning_details"] = reasoning_details_json
        elif self._nulls_ & 8:
            field_dict["reasoning_details"] = None
        refusal = self.refusal
        if refusal is not None:
            field_dict["refusal"] = refusal
        elif self._nulls_ & 16:
            field_dict["refusal"] = None
        annotations = self.annotations
        if annotations is not None:
            if isinstance(annotations, list):
                field_dict["annotations"] = []
                for annotations_type_0_item_data in annotations:
                    annotations_type_0_item = annotations_type_0_item_data.to_dict()
                    field_dict["annotations"].append(annotations_type_0_item)

            else:
                field_dict["annotations"] = annotations
        elif self._nulls_ & 32:
            field_dict["annotations"] = None
        images = self.images
        if images is not None:
            images_json: list[dict[str, Any]] = []
            for images_item in images:
                images_json.append(images_item.to_dict())
            field_dict["images"] = images_json
        elif self._nulls_ & 64:
            field_dict["images"] = None
        audios = self.audios
        if audios is not None:
            audios_json: list[dict[str, Any]] = []
            for audios_item in audios:
                audios_json.append(audios_item.to_dict())
            field_dict["audios"] = audios_json
        elif self._nulls_ & 128:
            field_dict["audios"] = None

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
        role = d.pop("role")

        if d:
            content = d.pop("content", None)
            if content is None and "content" in src_dict:
                nulls_ |= 1
        else:
            content = None

        tool_calls: list[ToolCall] | None = None
        if d:
            _tool_calls = d.pop("tool_calls", None)
            if _tool_calls is None:
                if "tool_calls" in src_dict:
                    nulls_ |= 2
            else:
                tool_calls = []
                for tool_calls_item_data in _tool_calls:
                    tool_calls.append(_from_dict_ToolCall(tool_calls_item_data))

        if d:
            reasoning_content = d.pop("reasoning_content", None)
            if reasoning_content is None and "reasoning_content" in src_dict:
                nulls_ |= 4
        else:
            reasoning_content = None

        reasoning_details: list[ReasoningDetail] | None = None
        if d:
            _reasoning_details = d.pop("reasoning_details", None)
            if _reasoning_details is None:
                if "reasoning_details" in src_dict:
                    nulls_ |= 8
            else:
                reasoning_details = []
                for reasoning_details_item_data in _reasoning_details:
                    reasoning_details.append(_from_dict_ReasoningDetail(reasoning_details_item_data))

        if d:
            refusal = d.pop("refusal", None)
            if refusal is None and "refusal" in src_dict:
                nulls_ |= 16
        else:
            refusal = None

        annotations: list[ChatCompletionMessageAnnotationsType0Item] | None = None
        if d:
            _annotations = d.pop("annotations", None)
            if _annotations is None:
                if "annotations" in src_dict:
                    nulls_ |= 32
            else:
                annotations = _parse_annotations(_annotations)

        images: list[OutputImage] | None = None
        if d:
            _images = d.pop("images", None)
            if _images is None:
                if "images" in src_dict:
                    nulls_ |= 64
            else:
                images = []
                for images_item_data in _images:
                    images.append(_from_dict_OutputImage(images_item_data))

        audios: list[OutputAudio] | None = None
        if d:
            _audios = d.pop("audios", None)
            if _audios is None:
                if "audios" in src_dict:
                    nulls_ |= 128
            else:
                audios = []
                for audios_item_data in _audios:
                    audios.append(_from_dict_OutputAudio(audios_item_data))

        if cls is ChatCompletionMessage:
            new_instance_ = _object_new_(cls)
            new_instance_.role = role
            new_instance_.content = content
            new_instance_.tool_calls = tool_calls
            new_instance_.reasoning_content = reasoning_content
            new_instance_.reasoning_details = reasoning_details
            new_instance_.refusal = refusal
            new_instance_.annotations = annotations
            new_instance_.images = images
            new_instance_.audios = audios
        else:
            new_instance_ = cls(
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


def _parse_annotations(data: object) -> list[ChatCompletionMessageAnnotationsType0Item] | None:
    if data is None:
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
    return cast(list[ChatCompletionMessageAnnotationsType0Item] | None, data)


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

from __future__ import annotations

import json as _json
from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required, TypedDict, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChatMessageUser")


@_attrs_define
class ChatMessageUser:
    """A message from the user."""

    role: Literal["user"]
    content: (
        list[
            MessageContentAudioUrl
            | MessageContentImageUrl
            | MessageContentInputAudio
            | MessageContentInputVideo
            | MessageContentText
            | MessageContentToolCall
            | MessageContentVideoUrl
        ]
        | str
    )
    """ A message's content, as plain text or as a list of parts. """
    name: str | None = None
    """ An optional name for the participant. """
    _nulls_: int = _attrs_field(init=False, default=0, repr=False)
    """ Bit i set: the i-th optional field came as an explicit null (to_dict gives it back). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for componentsschemas_message_content_type_1_item_data in self.content:
                componentsschemas_message_content_type_1_item: dict[str, Any]
                if isinstance(componentsschemas_message_content_type_1_item_data, MessageContentText):
                    componentsschemas_message_content_type_1_item = (
                        componentsschemas_message_content_type_1_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_message_content_type_1_item_data, MessageContentImageUrl):
                    componentsschemas_message_content_type_1_item = (
                        componentsschemas_message_content_type_1_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_message_content_type_1_item_data, MessageContentInputAudio):
                    componentsschemas_message_content_type_1_item = (
                        componentsschemas_message_content_type_1_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_message_content_type_1_item_data, MessageContentAudioUrl):
                    componentsschemas_message_content_type_1_item = (
                        componentsschemas_message_content_type_1_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_message_content_type_1_item_data, MessageContentInputVideo):
                    componentsschemas_message_content_type_1_item = (
                        componentsschemas_message_content_type_1_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_message_content_type_1_item_data, MessageContentVideoUrl):
                    componentsschemas_message_content_type_1_item = (
                        componentsschemas_message_content_type_1_item_data.to_dict()
                    )
                else:
                    componentsschemas_message_content_type_1_item = (
                        componentsschemas_message_content_type_1_item_data.to_dict()
                    )

                content.append(componentsschemas_message_content_type_1_item)

        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        name = self.name
        if name is not None:
            field_dict["name"] = name
        elif self._nulls_ & 1:
            field_dict["name"] = None

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
        role = cast(Literal["user"], d.pop("role"))
        if role != "user":
            raise ValueError(f"role must match const 'user', got '{role}'")

        content = _parse_content(d.pop("content"))

        if d:
            name = d.pop("name", None)
            if name is None and "name" in src_dict:
                nulls_ |= 1
        else:
            name = None

        if cls is ChatMessageUser:
            new_instance_ = _object_new_(cls)
            new_instance_.role = role
            new_instance_.content = content
            new_instance_.name = name
        else:
            new_instance_ = cls(
                role=role,
                content=content,
                name=name,
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


def _parse_content(
    data: object,
) -> (
    list[
        MessageContentAudioUrl
        | MessageContentImageUrl
        | MessageContentInputAudio
        | MessageContentInputVideo
        | MessageContentText
        | MessageContentToolCall
        | MessageContentVideoUrl
    ]
    | str
):
    try:
        if not isinstance(data, list):
            raise TypeError()
        componentsschemas_message_content_type_1 = []
        _componentsschemas_message_content_type_1 = data
        for componentsschemas_message_content_type_1_item_data in _componentsschemas_message_content_type_1:

            def _parse_componentsschemas_message_content_type_1_item(
                data: object,
            ) -> (
                MessageContentAudioUrl
                | MessageContentImageUrl
                | MessageContentInputAudio
                | MessageContentInputVideo
                | MessageContentText
                | MessageContentToolCall
                | MessageContentVideoUrl
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_content_part_type_0 = MessageContentText.from_dict(data)

                    return componentsschemas_message_content_part_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_content_part_type_1 = MessageContentImageUrl.from_dict(data)

                    return componentsschemas_message_content_part_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_content_part_type_2 = MessageContentInputAudio.from_dict(data)

                    return componentsschemas_message_content_part_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_content_part_type_3 = MessageContentAudioUrl.from_dict(data)

                    return componentsschemas_message_content_part_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_content_part_type_4 = MessageContentInputVideo.from_dict(data)

                    return componentsschemas_message_content_part_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_content_part_type_5 = MessageContentVideoUrl.from_dict(data)

                    return componentsschemas_message_content_part_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_message_content_part_type_6 = MessageContentToolCall.from_dict(data)

                return componentsschemas_message_content_part_type_6

            componentsschemas_message_content_type_1_item = _parse_componentsschemas_message_content_type_1_item(
                componentsschemas_message_content_type_1_item_data
            )

            componentsschemas_message_content_type_1.append(componentsschemas_message_content_type_1_item)

        return componentsschemas_message_content_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        list[
            MessageContentAudioUrl
            | MessageContentImageUrl
            | MessageContentInputAudio
            | MessageContentInputVideo
            | MessageContentText
            | MessageContentToolCall
            | MessageContentVideoUrl
        ]
        | str,
        data,
    )


class ChatMessageUserParams(TypedDict, total=False):
    """The JSON object `ChatMessageUser.from_dict` reads (keys as on the wire), for type checkers."""

    role: Required[Literal["user"]]
    content: Required[
        str
        | Sequence[
            MessageContentTextParams
            | MessageContentImageUrlParams
            | MessageContentInputAudioParams
            | MessageContentAudioUrlParams
            | MessageContentInputVideoParams
            | MessageContentVideoUrlParams
            | MessageContentToolCallParams
        ]
    ]
    """ A message's content, as plain text or as a list of parts. """
    name: str
    """ An optional name for the participant. """


from ..models.message_content_audio_url import MessageContentAudioUrl, MessageContentAudioUrlParams  # noqa: E402
from ..models.message_content_image_url import MessageContentImageUrl, MessageContentImageUrlParams  # noqa: E402
from ..models.message_content_input_audio import MessageContentInputAudio, MessageContentInputAudioParams  # noqa: E402
from ..models.message_content_input_video import MessageContentInputVideo, MessageContentInputVideoParams  # noqa: E402
from ..models.message_content_text import MessageContentText, MessageContentTextParams  # noqa: E402
from ..models.message_content_tool_call import MessageContentToolCall, MessageContentToolCallParams  # noqa: E402
from ..models.message_content_video_url import MessageContentVideoUrl, MessageContentVideoUrlParams  # noqa: E402

_object_new_ = object.__new__

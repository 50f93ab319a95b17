"""Contains methods for accessing the API.

The route table (aistats template ``api_init.py.jinja``): one ``Route`` per operation of ``openapi.yaml``,
named after its ``operationId`` in upper snake case, and ``ROUTES`` mapping each operation's name to it.
"""

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Required, TypedDict


class Route(NamedTuple):
    """One operation: what a generic caller needs to send it and read its reply."""

    name: str
    method: str
    path: str
    path_params: tuple[str, ...]
    query_params: dict[str, str]
    body: str | None
    response: str | None
    streams: bool
    creates: bool = False
    """A success creates something (a file, a job): retried only when the request surely did not
    arrive or the server asked for a retry (``x-aistats-creates: true`` on the 2xx response)."""
    accept: str | None = None
    """The ``Accept`` header of a route whose 2xx reply may be media (its content types, in the
    spec's order); ``None`` for JSON and event-stream routes."""


GET_GENERATION = Route(
    name="get_generation",
    method="GET",
    path="/generations",
    path_params=(),
    query_params={
        "id": "id",
    },
    body=None,
    response="generation:Generation",
    streams=False,
)

if TYPE_CHECKING:

    class GetGenerationQuery(TypedDict, total=False):
        """The query parameters of `get_generation`."""

        id: Required[str]


GET_CREDITS = Route(
    name="get_credits",
    method="GET",
    path="/credits",
    path_params=(),
    query_params={
        "workspace_id": "workspace_id",
    },
    body=None,
    response="credits_:Credits",
    streams=False,
)

if TYPE_CHECKING:

    class GetCreditsQuery(TypedDict, total=False):
        """The query parameters of `get_credits`."""

        workspace_id: str


GET_ACTIVITY = Route(
    name="get_activity",
    method="GET",
    path="/activity",
    path_params=(),
    query_params={
        "workspace_id": "workspace_id",
        "days": "days",
        "limit": "limit",
        "offset": "offset",
    },
    body=None,
    response="activity_list:ActivityList",
    streams=False,
)

if TYPE_CHECKING:

    class GetActivityQuery(TypedDict, total=False):
        """The query parameters of `get_activity`."""

        workspace_id: str
        days: int
        limit: int
        offset: int


GET_CURRENT_KEY = Route(
    name="get_current_key",
    method="GET",
    path="/key",
    path_params=(),
    query_params={},
    body=None,
    response="current_key:CurrentKey",
    streams=False,
)

CREATE_SPEECH = Route(
    name="create_speech",
    method="POST",
    path="/audio/speech",
    path_params=(),
    query_params={},
    body="speech_request:SpeechRequest",
    response=None,
    streams=False,
    accept="application/octet-stream, audio/mpeg, audio/wav, application/json",
)

CREATE_TRANSCRIPTION = Route(
    name="create_transcription",
    method="POST",
    path="/audio/transcriptions",
    path_params=(),
    query_params={},
    body="transcription_request:TranscriptionRequest",
    response="transcription_response:TranscriptionResponse",
    streams=False,
)

CREATE_TRANSLATION = Route(
    name="create_translation",
    method="POST",
    path="/audio/translations",
    path_params=(),
    query_params={},
    body="translation_request:TranslationRequest",
    response="transcription_response:TranscriptionResponse",
    streams=False,
)

LIST_MODELS = Route(
    name="list_models",
    method="GET",
    path="/models",
    path_params=(),
    query_params={
        "organisation": "organisation",
        "provider": "provider",
        "endpoints": "endpoints",
        "input_modalities": "input_modalities",
        "output_modalities": "output_modalities",
        "supported_parameters": "supported_parameters",
        "status": "status",
        "id": "id",
        "availability": "availability",
        "limit": "limit",
        "offset": "offset",
    },
    body=None,
    response="model_list:ModelList",
    streams=False,
)

if TYPE_CHECKING:

    class ListModelsQuery(TypedDict, total=False):
        """The query parameters of `list_models`."""

        organisation: Sequence[str] | str
        provider: Sequence[str] | str
        endpoints: Sequence[str] | str
        input_modalities: Sequence[str] | str
        output_modalities: Sequence[str] | str
        supported_parameters: Sequence[str] | str
        status: Sequence[str] | str
        id: Sequence[str] | str
        availability: str
        limit: int
        offset: int


LIST_MODEL_ENDPOINTS = Route(
    name="list_model_endpoints",
    method="GET",
    path="/models/{author}/{slug}/endpoints",
    path_params=(
        "author",
        "slug",
    ),
    query_params={
        "provider": "provider",
        "status": "status",
        "supported_parameters": "supported_parameters",
        "availability": "availability",
    },
    body=None,
    response="model_endpoint_list:ModelEndpointList",
    streams=False,
)

if TYPE_CHECKING:

    class ListModelEndpointsQuery(TypedDict, total=False):
        """The query parameters of `list_model_endpoints`."""

        provider: Sequence[str] | str
        status: Sequence[str] | str
        supported_parameters: Sequence[str] | str
        availability: str


LIST_PROVIDERS = Route(
    name="list_providers",
    method="GET",
    path="/providers",
    path_params=(),
    query_params={
        "limit": "limit",
        "offset": "offset",
    },
    body=None,
    response="provider_list:ProviderList",
    streams=False,
)

if TYPE_CHECKING:

    class ListProvidersQuery(TypedDict, total=False):
        """The query parameters of `list_providers`."""

        limit: int
        offset: int


LIST_ORGANISATIONS = Route(
    name="list_organisations",
    method="GET",
    path="/organisations",
    path_params=(),
    query_params={
        "limit": "limit",
        "offset": "offset",
    },
    body=None,
    response="organisation_list:OrganisationList",
    streams=False,
)

if TYPE_CHECKING:

    class ListOrganisationsQuery(TypedDict, total=False):
        """The query parameters of `list_organisations`."""

        limit: int
        offset: int


LIST_ENDPOINTS = Route(
    name="list_endpoints",
    method="GET",
    path="/endpoints",
    path_params=(),
    query_params={},
    body=None,
    response="endpoint_list:EndpointList",
    streams=False,
)

GET_HEALTH = Route(
    name="get_health",
    method="GET",
    path="/health",
    path_params=(),
    query_params={},
    body=None,
    response="health:Health",
    streams=False,
)

LIST_PRICING_MODELS = Route(
    name="list_pricing_models",
    method="GET",
    path="/pricing/models",
    path_params=(),
    query_params={},
    body=None,
    response="pricing_model_list:PricingModelList",
    streams=False,
)

CALCULATE_PRICING = Route(
    name="calculate_pricing",
    method="POST",
    path="/pricing/calculate",
    path_params=(),
    query_params={},
    body="pricing_calculate_request:PricingCalculateRequest",
    response="pricing_calculate_response:PricingCalculateResponse",
    streams=False,
)

CREATE_CHAT_COMPLETION = Route(
    name="create_chat_completion",
    method="POST",
    path="/chat/completions",
    path_params=(),
    query_params={},
    body="chat_completions_request:ChatCompletionsRequest",
    response="chat_completions_response:ChatCompletionsResponse",
    streams=True,
)

CREATE_FILE = Route(
    name="create_file",
    method="POST",
    path="/files",
    path_params=(),
    query_params={
        "provider": "provider",
        "model": "model",
    },
    body="file_upload_request:FileUploadRequest",
    response="file_object:FileObject",
    streams=False,
    creates=True,
)

if TYPE_CHECKING:

    class CreateFileQuery(TypedDict, total=False):
        """The query parameters of `create_file`."""

        provider: str
        model: str


GET_FILE = Route(
    name="get_file",
    method="GET",
    path="/files/{file_id}",
    path_params=("file_id",),
    query_params={
        "provider": "provider",
        "model": "model",
    },
    body=None,
    response="file_object:FileObject",
    streams=False,
)

if TYPE_CHECKING:

    class GetFileQuery(TypedDict, total=False):
        """The query parameters of `get_file`."""

        provider: str
        model: str


GET_FILE_CONTENT = Route(
    name="get_file_content",
    method="GET",
    path="/files/{file_id}/content",
    path_params=("file_id",),
    query_params={
        "provider": "provider",
        "model": "model",
    },
    body=None,
    response=None,
    streams=False,
    accept="application/octet-stream",
)

if TYPE_CHECKING:

    class GetFileContentQuery(TypedDict, total=False):
        """The query parameters of `get_file_content`."""

        provider: str
        model: str


CREATE_EMBEDDING = Route(
    name="create_embedding",
    method="POST",
    path="/embeddings",
    path_params=(),
    query_params={},
    body="embeddings_request:EmbeddingsRequest",
    response="embeddings_response:EmbeddingsResponse",
    streams=False,
)

CREATE_MODERATION = Route(
    name="create_moderation",
    method="POST",
    path="/moderations",
    path_params=(),
    query_params={},
    body="moderations_request:ModerationsRequest",
    response="moderations_response:ModerationsResponse",
    streams=False,
)

CREATE_RERANK = Route(
    name="create_rerank",
    method="POST",
    path="/rerank",
    path_params=(),
    query_params={},
    body="rerank_request:RerankRequest",
    response="rerank_response:RerankResponse",
    streams=False,
)

CREATE_IMAGE = Route(
    name="create_image",
    method="POST",
    path="/images/generations",
    path_params=(),
    query_params={},
    body="images_generation_request:ImagesGenerationRequest",
    response="images_response:ImagesResponse",
    streams=False,
)

CREATE_IMAGE_EDIT = Route(
    name="create_image_edit",
    method="POST",
    path="/images/edits",
    path_params=(),
    query_params={},
    body="images_edit_request:ImagesEditRequest",
    response="images_response:ImagesResponse",
    streams=False,
)

CREATE_OCR = Route(
    name="create_ocr",
    method="POST",
    path="/ocr",
    path_params=(),
    query_params={},
    body="ocr_request:OcrRequest",
    response="ocr_response:OcrResponse",
    streams=False,
)

CREATE_MESSAGE = Route(
    name="create_message",
    method="POST",
    path="/messages",
    path_params=(),
    query_params={},
    body="messages_request:MessagesRequest",
    response="messages_response:MessagesResponse",
    streams=True,
)

CREATE_RESPONSE = Route(
    name="create_response",
    method="POST",
    path="/responses",
    path_params=(),
    query_params={},
    body="responses_request:ResponsesRequest",
    response="responses_response:ResponsesResponse",
    streams=True,
)


ROUTES: dict[str, Route] = {
    "get_generation": GET_GENERATION,
    "get_credits": GET_CREDITS,
    "get_activity": GET_ACTIVITY,
    "get_current_key": GET_CURRENT_KEY,
    "create_speech": CREATE_SPEECH,
    "create_transcription": CREATE_TRANSCRIPTION,
    "create_translation": CREATE_TRANSLATION,
    "list_models": LIST_MODELS,
    "list_model_endpoints": LIST_MODEL_ENDPOINTS,
    "list_providers": LIST_PROVIDERS,
    "list_organisations": LIST_ORGANISATIONS,
    "list_endpoints": LIST_ENDPOINTS,
    "get_health": GET_HEALTH,
    "list_pricing_models": LIST_PRICING_MODELS,
    "calculate_pricing": CALCULATE_PRICING,
    "create_chat_completion": CREATE_CHAT_COMPLETION,
    "create_file": CREATE_FILE,
    "get_file": GET_FILE,
    "get_file_content": GET_FILE_CONTENT,
    "create_embedding": CREATE_EMBEDDING,
    "create_moderation": CREATE_MODERATION,
    "create_rerank": CREATE_RERANK,
    "create_image": CREATE_IMAGE,
    "create_image_edit": CREATE_IMAGE_EDIT,
    "create_ocr": CREATE_OCR,
    "create_message": CREATE_MESSAGE,
    "create_response": CREATE_RESPONSE,
}

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
    #: The key the operation takes (its ``security`` in the spec): ``"api"``, the inference key
    #: (the document's default), or ``"management"``, when the operation names ``ManagementKey``.
    key: str
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
    key="api",
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
    key="management",
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
    key="management",
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
    key="api",
)

GET_ANALYTICS = Route(
    name="get_analytics",
    method="GET",
    path="/analytics",
    path_params=(),
    query_params={
        "date": "date",
        "workspace_id": "workspace_id",
    },
    body=None,
    response="analytics_list:AnalyticsList",
    streams=False,
    key="api",
)

if TYPE_CHECKING:

    class GetAnalyticsQuery(TypedDict, total=False):
        """The query parameters of `get_analytics`."""

        date: str
        workspace_id: str


CREATE_SPEECH = Route(
    name="create_speech",
    method="POST",
    path="/audio/speech",
    path_params=(),
    query_params={},
    body="speech_request:SpeechRequest",
    response=None,
    streams=False,
    key="api",
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
    key="api",
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
    key="api",
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
    key="api",
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
    key="api",
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
    key="api",
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
    key="api",
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
    key="api",
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
    key="api",
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
    key="api",
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
    key="api",
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
    key="api",
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
    key="api",
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
    key="api",
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
    key="api",
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
    key="api",
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
    key="api",
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
    key="api",
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
    key="api",
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
    key="api",
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
    key="api",
)

LIST_BATCHES = Route(
    name="list_batches",
    method="GET",
    path="/batches",
    path_params=(),
    query_params={
        "limit": "limit",
        "status": "status",
    },
    body=None,
    response="batch_list:BatchList",
    streams=False,
    key="api",
)

if TYPE_CHECKING:

    class ListBatchesQuery(TypedDict, total=False):
        """The query parameters of `list_batches`."""

        limit: int
        status: Sequence[str] | str


CREATE_BATCH = Route(
    name="create_batch",
    method="POST",
    path="/batches",
    path_params=(),
    query_params={},
    body="batch_create_request:BatchCreateRequest",
    response="batch:Batch",
    streams=False,
    key="api",
    creates=True,
)

GET_BATCH_CAPABILITIES = Route(
    name="get_batch_capabilities",
    method="GET",
    path="/batches/capabilities",
    path_params=(),
    query_params={},
    body=None,
    response="batch_capability_list:BatchCapabilityList",
    streams=False,
    key="api",
)

LIST_BATCH_MODELS = Route(
    name="list_batch_models",
    method="GET",
    path="/batches/models",
    path_params=(),
    query_params={},
    body=None,
    response="job_model_list:JobModelList",
    streams=False,
    key="api",
)

RETRIEVE_BATCH = Route(
    name="retrieve_batch",
    method="GET",
    path="/batches/{batch_id}",
    path_params=("batch_id",),
    query_params={},
    body=None,
    response="batch:Batch",
    streams=False,
    key="api",
)

CANCEL_BATCH = Route(
    name="cancel_batch",
    method="POST",
    path="/batches/{batch_id}/cancel",
    path_params=("batch_id",),
    query_params={},
    body=None,
    response="batch:Batch",
    streams=False,
    key="api",
)

LIST_BATCH_REQUESTS = Route(
    name="list_batch_requests",
    method="GET",
    path="/batches/{batch_id}/requests",
    path_params=("batch_id",),
    query_params={},
    body=None,
    response="batch_request_list:BatchRequestList",
    streams=False,
    key="api",
)

LIST_VIDEOS = Route(
    name="list_videos",
    method="GET",
    path="/videos",
    path_params=(),
    query_params={
        "limit": "limit",
        "order": "order",
        "after": "after",
        "status": "status",
    },
    body=None,
    response="video_list:VideoList",
    streams=False,
    key="api",
)

if TYPE_CHECKING:

    class ListVideosQuery(TypedDict, total=False):
        """The query parameters of `list_videos`."""

        limit: int
        order: str
        after: str
        status: Sequence[str] | str


CREATE_VIDEO = Route(
    name="create_video",
    method="POST",
    path="/videos",
    path_params=(),
    query_params={},
    body="video_create_request:VideoCreateRequest",
    response="video:Video",
    streams=False,
    key="api",
    creates=True,
)

LIST_VIDEO_MODELS = Route(
    name="list_video_models",
    method="GET",
    path="/videos/models",
    path_params=(),
    query_params={},
    body=None,
    response="job_model_list:JobModelList",
    streams=False,
    key="api",
)

RETRIEVE_VIDEO = Route(
    name="retrieve_video",
    method="GET",
    path="/videos/{video_id}",
    path_params=("video_id",),
    query_params={},
    body=None,
    response="video:Video",
    streams=False,
    key="api",
)

DELETE_VIDEO = Route(
    name="delete_video",
    method="DELETE",
    path="/videos/{video_id}",
    path_params=("video_id",),
    query_params={},
    body=None,
    response="video_deleted:VideoDeleted",
    streams=False,
    key="api",
)

GET_VIDEO_CONTENT = Route(
    name="get_video_content",
    method="GET",
    path="/videos/{video_id}/content",
    path_params=("video_id",),
    query_params={},
    body=None,
    response=None,
    streams=False,
    key="api",
    accept="video/mp4",
)

CREATE_VIDEO_DOWNLOAD_URL = Route(
    name="create_video_download_url",
    method="POST",
    path="/videos/{video_id}/download_url",
    path_params=("video_id",),
    query_params={},
    body="video_download_url_request:VideoDownloadUrlRequest",
    response="video_download_url:VideoDownloadUrl",
    streams=False,
    key="api",
)

GENERATE_MUSIC = Route(
    name="generate_music",
    method="POST",
    path="/music/generate",
    path_params=(),
    query_params={},
    body="music_generate_request:MusicGenerateRequest",
    response="music_job:MusicJob",
    streams=False,
    key="api",
    creates=True,
)

RETRIEVE_MUSIC = Route(
    name="retrieve_music",
    method="GET",
    path="/music/generate/{music_id}",
    path_params=("music_id",),
    query_params={},
    body=None,
    response="music_job:MusicJob",
    streams=False,
    key="api",
)

LIST_API_KEYS = Route(
    name="list_api_keys",
    method="GET",
    path="/keys",
    path_params=(),
    query_params={
        "limit": "limit",
        "offset": "offset",
        "include_disabled": "include_disabled",
        "workspace_id": "workspace_id",
    },
    body=None,
    response="api_key_list:ApiKeyList",
    streams=False,
    key="management",
)

if TYPE_CHECKING:

    class ListApiKeysQuery(TypedDict, total=False):
        """The query parameters of `list_api_keys`."""

        limit: int
        offset: int
        include_disabled: bool
        workspace_id: str


CREATE_API_KEY = Route(
    name="create_api_key",
    method="POST",
    path="/keys",
    path_params=(),
    query_params={},
    body="api_key_create_request:ApiKeyCreateRequest",
    response="created_api_key_envelope:CreatedApiKeyEnvelope",
    streams=False,
    key="management",
    creates=True,
)

GET_API_KEY = Route(
    name="get_api_key",
    method="GET",
    path="/keys/{id}",
    path_params=("id",),
    query_params={},
    body=None,
    response="api_key_envelope:ApiKeyEnvelope",
    streams=False,
    key="management",
)

DELETE_API_KEY = Route(
    name="delete_api_key",
    method="DELETE",
    path="/keys/{id}",
    path_params=("id",),
    query_params={},
    body=None,
    response="deleted_flag:DeletedFlag",
    streams=False,
    key="management",
)

UPDATE_API_KEY = Route(
    name="update_api_key",
    method="PATCH",
    path="/keys/{id}",
    path_params=("id",),
    query_params={},
    body="api_key_update_request:ApiKeyUpdateRequest",
    response="api_key_envelope:ApiKeyEnvelope",
    streams=False,
    key="management",
)

LIST_WORKSPACES = Route(
    name="list_workspaces",
    method="GET",
    path="/workspaces",
    path_params=(),
    query_params={
        "limit": "limit",
        "offset": "offset",
    },
    body=None,
    response="workspace_list:WorkspaceList",
    streams=False,
    key="management",
)

if TYPE_CHECKING:

    class ListWorkspacesQuery(TypedDict, total=False):
        """The query parameters of `list_workspaces`."""

        limit: int
        offset: int


CREATE_WORKSPACE = Route(
    name="create_workspace",
    method="POST",
    path="/workspaces",
    path_params=(),
    query_params={},
    body="workspace_create_request:WorkspaceCreateRequest",
    response="workspace_envelope:WorkspaceEnvelope",
    streams=False,
    key="management",
    creates=True,
)

GET_WORKSPACE = Route(
    name="get_workspace",
    method="GET",
    path="/workspaces/{id}",
    path_params=("id",),
    query_params={},
    body=None,
    response="workspace_envelope:WorkspaceEnvelope",
    streams=False,
    key="management",
)

DELETE_WORKSPACE = Route(
    name="delete_workspace",
    method="DELETE",
    path="/workspaces/{id}",
    path_params=("id",),
    query_params={},
    body=None,
    response="deleted_flag:DeletedFlag",
    streams=False,
    key="management",
)

UPDATE_WORKSPACE = Route(
    name="update_workspace",
    method="PATCH",
    path="/workspaces/{id}",
    path_params=("id",),
    query_params={},
    body="workspace_update_request:WorkspaceUpdateRequest",
    response="workspace_envelope:WorkspaceEnvelope",
    streams=False,
    key="management",
)

LIST_WORKSPACE_MEMBERS = Route(
    name="list_workspace_members",
    method="GET",
    path="/workspaces/{id}/members",
    path_params=("id",),
    query_params={},
    body=None,
    response="workspace_member_list:WorkspaceMemberList",
    streams=False,
    key="management",
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
    key="api",
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
    key="api",
)


ROUTES: dict[str, Route] = {
    "get_generation": GET_GENERATION,
    "get_credits": GET_CREDITS,
    "get_activity": GET_ACTIVITY,
    "get_current_key": GET_CURRENT_KEY,
    "get_analytics": GET_ANALYTICS,
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
    "list_batches": LIST_BATCHES,
    "create_batch": CREATE_BATCH,
    "get_batch_capabilities": GET_BATCH_CAPABILITIES,
    "list_batch_models": LIST_BATCH_MODELS,
    "retrieve_batch": RETRIEVE_BATCH,
    "cancel_batch": CANCEL_BATCH,
    "list_batch_requests": LIST_BATCH_REQUESTS,
    "list_videos": LIST_VIDEOS,
    "create_video": CREATE_VIDEO,
    "list_video_models": LIST_VIDEO_MODELS,
    "retrieve_video": RETRIEVE_VIDEO,
    "delete_video": DELETE_VIDEO,
    "get_video_content": GET_VIDEO_CONTENT,
    "create_video_download_url": CREATE_VIDEO_DOWNLOAD_URL,
    "generate_music": GENERATE_MUSIC,
    "retrieve_music": RETRIEVE_MUSIC,
    "list_api_keys": LIST_API_KEYS,
    "create_api_key": CREATE_API_KEY,
    "get_api_key": GET_API_KEY,
    "delete_api_key": DELETE_API_KEY,
    "update_api_key": UPDATE_API_KEY,
    "list_workspaces": LIST_WORKSPACES,
    "create_workspace": CREATE_WORKSPACE,
    "get_workspace": GET_WORKSPACE,
    "delete_workspace": DELETE_WORKSPACE,
    "update_workspace": UPDATE_WORKSPACE,
    "list_workspace_members": LIST_WORKSPACE_MEMBERS,
    "create_message": CREATE_MESSAGE,
    "create_response": CREATE_RESPONSE,
}

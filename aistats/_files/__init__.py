"""Uploads and binary replies: ``FileInput``, the multipart encoder, ``BinaryResponse`` and downloads.

Rules of this folder: the form grammar lives in ``multipart`` alone (pure: no I/O); what a
``FileInput`` may be, in ``inputs``; how an upload is sent again on a retry (a path reopened, a
file sought back, a non-seekable stream never resent), in ``upload``; how a binary reply is read
(raw bytes or the JSON form; never JSON written out as media), in ``binary``; how a download
reaches its target (a ``.part`` file renamed into place, resumed with ``Range``), in
``download``. Retry decisions stay in ``aistats._retry``.
"""

from .binary import BinaryResponse
from .download import Download
from .inputs import FileInput

__all__ = ["BinaryResponse", "Download", "FileInput"]

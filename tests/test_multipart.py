"""The multipart encoder alone (no I/O) and what a ``FileInput`` may be: the gateway's form
grammar, and every refusal raised before anything could be sent."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import pytest

from aistats._files.inputs import FilePart, PathSource, StreamSource, content_type_for, file_part
from aistats._files.multipart import content_length, encode_form, form_parts


def body(values: dict[str, Any], files: tuple[str, ...] = ()) -> bytes:
    chunks = encode_form(form_parts(values, files), "B")
    out = b""
    for chunk in chunks:
        if isinstance(chunk, bytes):
            out += chunk
        else:
            assert isinstance(chunk.source, bytes)
            out += chunk.source
    assert content_length(chunks) == len(out)
    return out


def test_scalars_as_text_booleans_lowercase_none_left_out() -> None:
    got = body({"model": "m", "n": 2, "temperature": 0.5, "stream": False, "echo": True, "user": None})
    assert got == (
        b'--B\r\nContent-Disposition: form-data; name="model"\r\n\r\nm\r\n'
        b'--B\r\nContent-Disposition: form-data; name="n"\r\n\r\n2\r\n'
        b'--B\r\nContent-Disposition: form-data; name="temperature"\r\n\r\n0.5\r\n'
        b'--B\r\nContent-Disposition: form-data; name="stream"\r\n\r\nfalse\r\n'
        b'--B\r\nContent-Disposition: form-data; name="echo"\r\n\r\ntrue\r\n'
        b"--B--\r\n"
    )


def test_lists_repeat_the_key_with_the_gateways_suffix() -> None:
    parts = form_parts({"timestamp_granularities": ["word", "segment"]}, ())
    assert parts == [("timestamp_granularities[]", "word"), ("timestamp_granularities[]", "segment")]
    files = form_parts(
        {"image": [("a.png", b"A"), ("b.png", b"B")], "mask": ("m.png", b"M")}, ("image", "mask")
    )
    assert [(p.field, p.filename) for p in files if isinstance(p, FilePart)] == [
        ("image[]", "a.png"),
        ("image[]", "b.png"),
        ("mask", "m.png"),
    ]
    single = form_parts({"image": ("cat.png", b"C")}, ("image",))
    assert isinstance(single[0], FilePart) and single[0].field == "image"


def test_an_object_only_where_the_gateway_reads_json() -> None:
    assert form_parts({"provider": {"only": ["openai"]}}, ()) == [("provider", '{"only":["openai"]}')]
    with pytest.raises(TypeError, match=r"^size: an object cannot be sent"):
        form_parts({"size": {"w": 1}}, ())
    with pytest.raises(TypeError, match=r"^prompt: a form field takes"):
        form_parts({"prompt": object()}, ())
    with pytest.raises(TypeError, match=r"^tags: a form field takes"):
        form_parts({"tags": [b"raw"]}, ())
    with pytest.raises(TypeError, match="temperature"):
        form_parts({"temperature": float("nan")}, ())


def test_file_part_headers_and_quoting() -> None:
    got = body({"file": ('we"ird\r\n.wav', b"RIFF")}, ("file",))
    assert (
        b'Content-Disposition: form-data; name="file"; filename="we%22ird%0D%0A.wav"\r\n'
        b"Content-Type: audio/wav\r\n\r\nRIFF\r\n" in got
    )
    explicit = form_parts({"file": ("notes.txt", b"x", "audio/wav")}, ("file",))[0]
    assert isinstance(explicit, FilePart) and explicit.content_type == "audio/wav"


def test_content_types_from_the_filename() -> None:
    assert content_type_for("batch.jsonl") == "application/jsonl"
    assert content_type_for("a.PNG") == "image/png"
    assert content_type_for("call.m4a") == "audio/mp4"
    assert content_type_for("audio.bin") == "application/octet-stream"


def test_length_unknown_for_a_non_seekable_stream() -> None:
    class Pipe(io.RawIOBase):
        name = "pipe.wav"

        def readable(self) -> bool:
            return True

        def seekable(self) -> bool:
            return False

    part = file_part("file", Pipe())
    assert isinstance(part.source, StreamSource) and part.source.offset is None
    assert content_length(encode_form([part], "B")) is None


def test_paths_and_files_are_measured_not_read(tmp_path: Path) -> None:
    path = tmp_path / "big.wav"
    with open(path, "wb") as f:
        f.truncate(5 * 1024 * 1024)
    part = file_part("file", path)
    assert part.source == PathSource(path, 5 * 1024 * 1024) and part.filename == "big.wav"
    stream = io.BytesIO(b"0123456789")
    stream.seek(4)
    named = file_part("file", ("digits.txt", stream))
    assert named.source == StreamSource(stream, 4, 6) and stream.tell() == 4
    with open(path, "rb") as opened:
        assert file_part("file", opened).filename == "big.wav"


@pytest.mark.parametrize(
    ("value", "match"),
    [
        ("call.wav", "a bare str"),
        (b"RIFF", "bare bytes"),
        (io.BytesIO(b"RIFF"), "without a name"),
        (("call.wav", "text content"), "the content is a str"),
        (("", b"x"), "non-empty filename"),
        (("a.wav",), "a tuple must be"),
        (("a.wav", b"x", ""), "content type"),
        (12, "a value of type int"),
    ],
)
def test_refusals_name_the_field_and_ask_for_filename_and_data(value: Any, match: str) -> None:
    with pytest.raises(TypeError, match=match) as caught:
        file_part("file", value)
    assert str(caught.value).startswith("file:")


def test_text_mode_files_and_missing_paths_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("x")
    with open(path) as text, pytest.raises(TypeError, match="text mode"):
        file_part("file", text)
    with pytest.raises(FileNotFoundError, match="file: cannot read"):
        file_part("file", tmp_path / "missing.wav")
    with pytest.raises(TypeError, match="not a regular file"):
        file_part("file", Path(os.fspath(tmp_path)))

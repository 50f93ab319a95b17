"""The ``aistats`` command: chat with a model from the terminal, or run the demo.

``aistats chat -m MODEL "prompt"`` streams the reply; ``aistats models [--search TEXT]
[--json]`` lists the catalogue; ``aistats generation G-...`` prints one request's record;
``aistats transcribe FILE`` prints an audio file's text; ``aistats speak TEXT -o out.mp3``
writes speech; ``aistats keys list|create|disable|delete`` manages API keys (a management key);
``aistats batch run requests.jsonl -o results.jsonl`` uploads the requests and runs them as a
batch, ``aistats batch wait ID [-o results.jsonl]`` waits for a batch (Ctrl-C leaves it running
and says how to resume); both write the result lines;
``aistats demo`` streams one completion from the built-in local gateway (or from the real one
when ``AI_STATS_API_KEY`` is set); ``aistats serve [--port N]`` runs the built-in gateway
until Ctrl-C and prints the two ``export`` lines that point the SDK at it. Expected failures
print one line saying what to do and exit with their own code (see ``EXIT_CODES``); Ctrl-C
exits with 130, and a closed output pipe (``aistats chat ... | head -1``) ends quietly with 141.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Final, TextIO

import httpx

from .._client import AIStats
from .._constants import ENV_API_KEY, ENV_MANAGEMENT_KEY
from .._exceptions import (
    AIStatsError,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    InsufficientFundsError,
    JobFailedError,
    JobTimeoutError,
    PermissionDeniedError,
    RateLimitError,
    StreamError,
)
from .._streams.chat import Stream
from .._version import __version__
from ..types import ChatCompletionsResponse, ChatMessageParams
from . import keys as keys_command
from . import media
from .batch import add_commands as add_batch_commands
from .batch import run_batch
from .catalogue import add_commands, run_generation, run_models

if TYPE_CHECKING:
    from aistats_generated.types import Cost

__all__ = ["EXIT_CODES", "main"]

DEMO_MODEL: Final = "openai/gpt-5-nano-2025-08-07"
#: ``aistats serve``'s port unless ``--port`` says otherwise (0: any free port).
SERVE_PORT: Final = 7431
#: The key ``aistats serve`` tells clients to send (the built-in gateway takes any bearer token).
SERVE_KEY: Final = "aistats-local"
DEMO_PROMPT: Final = "In one sentence: why route chat completions through a gateway?"

#: Exit status for each kind of expected failure.
EXIT_CODES: Final[dict[str, int]] = {
    "ok": 0,
    "error": 1,  # any other API error
    "usage": 2,  # bad command line (argparse's own code)
    "config": 3,  # no API key, bad base URL or option
    "auth": 4,  # 401 / 403
    "funds": 5,  # 402
    "rate_limit": 6,  # 429
    "network": 7,  # connection failed or cut
    "timeout": 8,  # timeout or deadline
    "bad_request": 9,  # other 4xx
    "server": 10,  # 5xx, in-band stream error, invalid response
    "interrupted": 130,  # Ctrl-C
    "broken_pipe": 141,  # the reader of stdout went away (``| head``): 128 + SIGPIPE, as shells report
}


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def _failure(error: BaseException) -> tuple[str, str]:
    """The exit-code name and the one-line message (with what to do) for ``error``."""
    kind, hint = _classify_job(error) or _classify(error)
    return kind, f"{_sentence(str(error))} {hint}".strip()


def _classify_job(error: BaseException) -> tuple[str, str] | None:
    """A wait's end: its timeout (the job runs on) or the job's failure."""
    if isinstance(error, JobTimeoutError):
        return "timeout", "Allow more time with --wait-timeout."
    return ("error", "") if isinstance(error, JobFailedError) else None


def _classify(error: BaseException) -> tuple[str, str]:
    if isinstance(error, AuthenticationError | PermissionDeniedError):
        management = "management" in str(error) or "scope" in str(error)
        which = f"management key (--management-key or {ENV_MANAGEMENT_KEY})"
        return "auth", f"Check your {which if management else f'API key (--api-key or {ENV_API_KEY})'}."
    if isinstance(error, InsufficientFundsError):
        return "funds", "Top up your AI Stats balance, then try again."
    if isinstance(error, RateLimitError):
        wait = f"in {error.retry_after:g}s" if error.retry_after else "later"
        return "rate_limit", f"Rate limited: try again {wait}."
    if isinstance(error, APITimeoutError):
        return "timeout", "Try again, or allow more time with --timeout."
    if isinstance(error, APIConnectionError):
        return "network", "Check your network connection and --base-url."
    if isinstance(error, APIStatusError):
        if error.status_code >= 500:
            return "server", "The gateway or the provider failed; try again."
        return "bad_request", "Fix the request and try again."
    if isinstance(error, StreamError | APIResponseValidationError):
        return "server", "Try again."
    if isinstance(error, APIError):
        return "error", ""
    if "management key" in str(error):
        return "config", "Use --management-key, or --fake for the built-in local gateway."
    if "API key" in str(error):
        return "config", "Use --api-key, or --fake for the built-in local gateway."
    return "config", ""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aistats", description="Chat completions through the AI Stats gateway."
    )
    parser.add_argument("--version", action="version", version=f"aistats {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    chat = commands.add_parser("chat", help="send a prompt and print the reply")
    chat.add_argument("prompt", nargs="?", help="the prompt (read from stdin when omitted)")
    chat.add_argument("-m", "--model", required=True, help="model id, e.g. openai/gpt-5-nano")
    chat.add_argument("--system", help="a system message sent before the prompt")
    chat.add_argument("--temperature", type=float, help="sampling temperature, 0 to 2")
    chat.add_argument("--max-output-tokens", type=int, help="upper bound on generated tokens")
    chat.add_argument("--no-stream", action="store_true", help="wait for the whole reply")
    chat.add_argument("--json", action="store_true", help="print the final completion as JSON")
    chat.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="then print the cost and request id to stderr",
    )
    _connection_options(chat)

    demo = commands.add_parser("demo", help="stream one completion (built-in gateway unless a key is set)")
    _connection_options(demo)
    serve = commands.add_parser(
        "serve", help="run the built-in gateway on 127.0.0.1 until Ctrl-C; prints the export lines to use it"
    )
    serve.add_argument(
        "--port", type=int, default=SERVE_PORT, help=f"TCP port (default {SERVE_PORT}; 0: any free port)"
    )
    add_commands(commands, _connection_options)
    add_batch_commands(commands, _connection_options)
    keys_command.add_commands(commands, _connection_options)
    media.add_commands(commands, _connection_options)
    return parser


def _connection_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--base-url", help="gateway base URL (else AI_STATS_BASE_URL)")
    parser.add_argument("--api-key", help="API key (else AI_STATS_API_KEY)")
    parser.add_argument("--timeout", type=float, help="seconds per attempt")
    parser.add_argument(
        "--fake", action="store_true", help="use the built-in local gateway: no key, no network"
    )


@contextlib.contextmanager
def _gateway(args: argparse.Namespace, *, drip: bool) -> Iterator[dict[str, Any]]:
    """Client options for ``args``: the built-in gateway's with ``--fake``, else the user's."""
    management_key = getattr(args, "management_key", None)
    if not args.fake:
        options = {"api_key": args.api_key, "base_url": args.base_url, "timeout": args.timeout}
        yield {**options, "management_key": management_key} if management_key else options
        return
    from ..testing import FakeGateway, RecordedRequest, Reply, default_reply  # noqa: PLC0415

    def slow(request: RecordedRequest) -> Reply:
        reply = default_reply(request)
        return reply.with_faults(drip=(48, 0.04)) if drip and reply.chunked else reply

    with FakeGateway(default_reply=slow, management_key="fake-management-key") as gateway:
        yield {
            "api_key": "fake-key",
            "management_key": "fake-management-key",
            "base_url": gateway.base_url,
            "timeout": args.timeout,
        }


def _messages(args: argparse.Namespace, stdin: TextIO) -> list[ChatMessageParams]:
    prompt = args.prompt
    if prompt is None:
        if stdin.isatty():
            raise AIStatsError("No prompt: pass it as an argument or pipe it on stdin.")
        prompt = stdin.read().strip()
    if not prompt:
        raise AIStatsError("The prompt is empty: pass some text.")
    messages: list[ChatMessageParams] = []
    if args.system:
        messages.append({"role": "system", "content": args.system})
    messages.append({"role": "user", "content": prompt})
    return messages


def _echo(stream: Stream, out: TextIO) -> ChatCompletionsResponse:
    """Print the first choice's text as it arrives; return the final completion."""
    for chunk in stream:
        for choice in chunk.choices:
            if choice.index == 0 and isinstance(choice.delta.content, str):
                out.write(choice.delta.content)
                out.flush()
    return stream.get_final_completion()


def _run_chat(args: argparse.Namespace, out: TextIO, stdin: TextIO, err: TextIO) -> None:
    params: dict[str, Any] = {"model": args.model, "messages": _messages(args, stdin)}
    if args.temperature is not None:
        params["temperature"] = args.temperature
    if args.max_output_tokens is not None:
        params["max_output_tokens"] = args.max_output_tokens
    with _gateway(args, drip=False) as options, AIStats(**options) as client:
        request_id: str | None = None
        if args.no_stream:
            completion = client.chat.completions.create(**params)
        else:
            with client.chat.completions.create(stream=True, **params) as stream:
                # with --json, get_final_completion() reads the stream without printing it
                completion = stream.get_final_completion() if args.json else _echo(stream, out)
                request_id = stream.request_id
        if args.json:
            json.dump(completion.to_dict(), out, indent=2, ensure_ascii=False)
        elif args.no_stream:
            content = completion.choices[0].message.content if completion.choices else ""
            out.write(content if isinstance(content, str) else "")
        out.write("\n")
        if args.verbose:
            out.flush()  # the reply first, then what it cost
            err.write(f"{_cost_line(completion.cost)}, request id: {request_id or completion.id}\n")


def _cost_line(cost: Cost | None) -> str:
    """``cost: $0.0000132 (13200 nanos)``, or what the gateway did not say."""
    if cost is None:
        return "cost: not reported by the gateway"
    return f"cost: ${cost.usd} {cost.currency} ({cost.nanos} nanos)"


def _run_demo(args: argparse.Namespace, out: TextIO) -> None:
    real = bool(os.environ.get(ENV_API_KEY) or args.api_key) and not args.fake
    args.fake = not real
    where = "the AI Stats gateway" if real else "the built-in local gateway (no key, no network)"
    out.write(f"Streaming {DEMO_MODEL} from {where}:\n\n")
    messages: list[ChatMessageParams] = [{"role": "user", "content": DEMO_PROMPT}]
    with _gateway(args, drip=True) as options, AIStats(**options) as client:
        out.write(f"> {DEMO_PROMPT}\n")
        with client.chat.completions.create(model=DEMO_MODEL, messages=messages, stream=True) as stream:
            final = _echo(stream, out)
        out.write("\n\n")
        usage = final.usage.to_dict() if final.usage else {}
        out.write(f"usage:      {json.dumps(usage, sort_keys=True)}\n")
        out.write(f"request id: {stream.request_id or final.id}\n")


#: The commands that make one call through a client (each ``run(args, out, client)``).
COMMANDS: Final = {
    "models": run_models,
    "generation": run_generation,
    "keys": keys_command.run_keys,
    "transcribe": media.run_transcribe,
    "speak": media.run_speak,
}


def _run_serve(args: argparse.Namespace, out: TextIO) -> None:
    """Serve the built-in gateway until Ctrl-C (or SIGTERM), after printing how to use it."""
    if not 0 <= args.port <= 65535:
        raise AIStatsError(f"--port must be between 0 and 65535, got {args.port}.")
    from ..testing import FakeGateway  # noqa: PLC0415

    try:
        gateway = FakeGateway(port=args.port)
    except OSError as error:
        raise AIStatsError(
            f"Cannot listen on 127.0.0.1:{args.port} ({error.strerror}): "
            "pick another --port (0: any free one)."
        ) from None
    previous = signal.signal(signal.SIGTERM, signal.default_int_handler)  # stop as on Ctrl-C
    try:
        with gateway:
            out.write(
                f"The built-in AI Stats gateway is serving on {gateway.base_url} (no key, no network).\n"
                "To use it from another shell:\n\n"
                f"export AI_STATS_BASE_URL={gateway.base_url}\n"
                f"export AI_STATS_API_KEY={SERVE_KEY}\n\n"
                "Press Ctrl-C to stop it.\n"
            )
            out.flush()
            with contextlib.suppress(KeyboardInterrupt):
                threading.Event().wait()
            out.write(f"Stopped after {len(gateway.requests)} request(s).\n")
    finally:
        signal.signal(signal.SIGTERM, previous)


def _discard_output(out: TextIO) -> None:
    """Point ``out``'s file descriptor at /dev/null: what is still buffered goes nowhere
    instead of failing again (with a traceback) when Python flushes it at exit."""
    with contextlib.suppress(AttributeError, OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, out.fileno())
        finally:
            os.close(devnull)


def main(
    argv: Sequence[str] | None = None,
    *,
    out: TextIO | None = None,
    stdin: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run the command line; returns the exit status."""
    out = out or sys.stdout
    args = _parser().parse_args(argv)
    try:
        if args.command == "chat":
            _run_chat(args, out, stdin or sys.stdin, err or sys.stderr)
        elif args.command == "serve":
            _run_serve(args, out)
        elif args.command in COMMANDS:
            with _gateway(args, drip=False) as options, AIStats(**options) as client:
                COMMANDS[args.command](args, out, client)
        elif args.command == "batch":
            with _gateway(args, drip=False) as options, AIStats(**options) as client:
                run_batch(args, out, sys.stderr, client)
        else:
            _run_demo(args, out)
        out.flush()  # a closed pipe shows here, not in the flush at exit
    except BrokenPipeError:
        _discard_output(out)
        return EXIT_CODES["broken_pipe"]
    except KeyboardInterrupt:
        out.flush()
        print("\naistats: interrupted", file=sys.stderr)
        return EXIT_CODES["interrupted"]
    except (AIStatsError, httpx.HTTPError, ImportError) as error:
        kind, message = _failure(error)
        print(f"aistats: {message}", file=sys.stderr)
        return EXIT_CODES[kind]
    return EXIT_CODES["ok"]

"""The thinness proof: a property added to ``openapi.yaml`` reaches users by regeneration alone.

In a temporary copy of the repository, ``ChatCompletionsRequest`` gains an optional
``priority_hint`` (string) and ``ChatCompletionsResponse`` an optional ``cost_usd`` (number);
then the copy's ``scripts/generate.py`` runs. With the copy's packages first on the path:

* ``client.chat.completions.create(..., priority_hint="high")`` sends the property;
* ``completion.cost_usd`` reads as an attribute (a declared field, not an unknown key);
* ``mypy --strict`` accepts a snippet using both, and rejects ``priority_hint=3`` with a type
  error (so the keyword's type comes from the spec, not from a catch-all);
* no file under the copy's ``aistats/`` changed.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
BINDIR = Path(sys.executable).parent
SKIPPED_DIRS = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis"}

pytestmark = pytest.mark.timeout(300)

RUNTIME = """
import json

import attrs

import aistats
import aistats_generated
from aistats import AIStats
from aistats.testing import FakeGateway, Reply, completion
from aistats_generated.models.chat_completions_request import (
    ChatCompletionsRequest,
    ChatCompletionsRequestBaseParams,
)

body = completion("Hi there")
body["cost_usd"] = 0.0042
with FakeGateway(api_key="sk-thin") as gateway:
    gateway.enqueue(Reply.json(body))
    with AIStats(api_key="sk-thin", base_url=gateway.base_url, max_retries=0) as client:
        done = client.chat.completions.create(
            model="openai/gpt-5-nano",
            messages=[{"role": "user", "content": "Hi"}],
            priority_hint="high",
        )
    sent = gateway.requests[0].json()
print(json.dumps({
    "aistats": aistats.__file__,
    "aistats_generated": aistats_generated.__file__,
    "sent": sent,
    "cost_usd": done.cost_usd,
    "cost_usd_is_unknown_key": "cost_usd" in done.additional_properties,
    "request_fields": sorted(attrs.fields_dict(ChatCompletionsRequest)),
    "params_keys": sorted(ChatCompletionsRequestBaseParams.__annotations__),
}))
"""

GOOD = """
from aistats import AIStats


def cost(client: AIStats) -> float | None:
    completion = client.chat.completions.create(
        model="openai/gpt-5-nano",
        messages=[{"role": "user", "content": "Hi"}],
        priority_hint="high",
    )
    reveal_type(completion.cost_usd)
    value: float | None = completion.cost_usd
    return value
"""

BAD = GOOD.replace('priority_hint="high"', "priority_hint=3")


def require_generator() -> None:
    """Skip, loudly, when the pinned generator is not installed next to this interpreter."""
    if not (BINDIR / "openapi-python-client").exists() or not (BINDIR / "ruff").exists():
        pytest.skip(
            f"NOT RUN: openapi-python-client and ruff are not installed next to {sys.executable} "
            "(run `make setup`), so the thinness proof (regenerate, send, read, type-check) did not run"
        )


def repo_files() -> list[str]:
    """Tracked files and new files not ignored (others may be mid-change), as in the work tree."""
    out = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    return [name for name in out.split("\0") if name and (ROOT / name).is_file()]


def copy_repo(dest: Path) -> None:
    """The repository's files and ``generated/`` into ``dest``."""
    for name in repo_files():
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    shutil.copytree(
        ROOT / "generated",
        dest / "generated",
        dirs_exist_ok=True,
        ignore=shutil.ignore_patterns(*SKIPPED_DIRS),
    )


def tree_digest(root: Path) -> dict[str, str]:
    """SHA-256 of every file below ``root`` (caches left out), by relative path."""
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not SKIPPED_DIRS.intersection(path.relative_to(root).parts)
    }


def add_properties(spec_path: Path) -> None:
    spec: dict[str, Any] = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    schemas["ChatCompletionsRequest"]["properties"]["priority_hint"] = {
        "type": "string",
        "description": "How urgently the gateway should route this request.",
    }
    schemas["ChatCompletionsResponse"]["properties"]["cost_usd"] = {
        "type": "number",
        "description": "What the request cost, in US dollars.",
    }
    text = yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=100)
    spec_path.write_text(text, encoding="utf-8")


def env_for(copy: Path) -> dict[str, str]:
    """This interpreter's environment with the copy's packages ahead of the editable install."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "MYPYPATH", "PYTHONHOME"}}
    paths = os.pathsep.join([str(copy), str(copy / "generated")])
    env.update(PYTHONPATH=paths, MYPYPATH=paths, PYTHONDONTWRITEBYTECODE="1", PYTHONSAFEPATH="1")
    return env


def run(args: list[str], *, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=240)


def test_a_new_spec_property_reaches_users_through_regeneration_alone(tmp_path: Path) -> None:
    require_generator()
    copy = tmp_path / "repo"
    copy_repo(copy)
    facade_before = tree_digest(copy / "aistats")
    assert facade_before, "the copy has no aistats/ package"

    add_properties(copy / "openapi.yaml")
    generated = run([sys.executable, str(copy / "scripts" / "generate.py")], cwd=copy)
    assert generated.returncode == 0, generated.stdout + generated.stderr
    request_module = copy / "generated" / "aistats_generated" / "models" / "chat_completions_request.py"
    assert "priority_hint" in request_module.read_text(encoding="utf-8")

    env = env_for(copy)
    script = tmp_path / "call.py"
    script.write_text(RUNTIME, encoding="utf-8")
    called = run([sys.executable, str(script)], cwd=tmp_path, env=env)
    assert called.returncode == 0, called.stdout + called.stderr
    result = json.loads(called.stdout.strip().splitlines()[-1])
    assert Path(result["aistats"]).is_relative_to(copy / "aistats")
    assert Path(result["aistats_generated"]).is_relative_to(copy / "generated" / "aistats_generated")
    assert result["sent"]["priority_hint"] == "high"
    assert result["cost_usd"] == 0.0042
    assert result["cost_usd_is_unknown_key"] is False
    assert "priority_hint" in result["request_fields"]
    assert "priority_hint" in result["params_keys"]

    snippets = tmp_path / "snippets"
    snippets.mkdir()
    (snippets / "good.py").write_text(textwrap.dedent(GOOD), encoding="utf-8")
    assert BAD != GOOD
    (snippets / "bad.py").write_text(textwrap.dedent(BAD), encoding="utf-8")
    checked = run(
        [
            sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--show-error-codes",
            "--cache-dir", str(tmp_path / "mypy-cache"), "--config-file", str(copy / "pyproject.toml"),
            str(snippets / "good.py"), str(snippets / "bad.py"),
        ],
        cwd=copy,
        env=env,
    )  # fmt: skip
    lines = checked.stdout.splitlines()
    good = [line.split(": ", 1)[1] for line in lines if line.startswith(f"{snippets / 'good.py'}:")]
    bad = [line.split(": ", 1)[1] for line in lines if line.startswith(f"{snippets / 'bad.py'}:")]
    assert good == ['note: Revealed type is "float | None"'], checked.stdout
    # bad.py is good.py with priority_hint=3: its one error is that argument's type, and every
    # variant of create() mypy offers declares `priority_hint: str`
    errors = [line for line in bad if line.startswith("error:")]
    assert errors == [
        'error: No overload variant of "create" of "Completions" matches argument types '
        '"str", "list[dict[str, str]]", "int"  [call-overload]'
    ], checked.stdout
    variants = [line for line in bad if "def create(" in line]
    assert len(variants) == 3, checked.stdout
    assert all(", priority_hint: str = ...) -> " in line for line in variants), checked.stdout
    assert checked.returncode == 1

    assert tree_digest(copy / "aistats") == facade_before, "regeneration changed the hand-written facade"


# -- a new operation: regeneration plus one short resource method ---------------------------

NEW_OPERATION = {
    "get": {
        "operationId": "getLeaderboard",
        "tags": ["Catalogue"],
        "summary": "Model leaderboard",
        "description": "Models ranked by one metric.",
        "parameters": [
            {"name": "metric", "in": "query", "required": False, "description": "What to rank by.",
             "schema": {"type": "string"}},
        ],
        "responses": {
            "200": {
                "description": "The ranking.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Leaderboard"}}},
            },
        },
    }
}  # fmt: skip

LEADERBOARD = {
    "type": "object",
    "description": "Model ids, best first.",
    "properties": {"metric": {"type": "string"}, "ranking": {"type": "array", "items": {"type": "string"}}},
    "required": ["ranking"],
}

#: The whole hand-written change: imports, the method's keywords (the generated query TypedDict
#: plus the shared per-call options), one method on ``client.models`` and the line naming it in
#: ``client.models.with_raw_response`` (which is typed); strict keywords and the per-call
#: options come from the shared base.
IMPORTS = {
    "from aistats_generated import api\n": "from aistats_generated.models.leaderboard import Leaderboard\n",
    "if TYPE_CHECKING:\n": (
        "    from aistats_generated.api import GetLeaderboardQuery\n\n"
        "    class _GetLeaderboardArgs(GetLeaderboardQuery, CallOptions): ...\n"
    ),
}
METHOD = '''
    def leaderboard(self, **query: Unpack[_GetLeaderboardArgs]) -> Leaderboard:
        """Models ranked by ``metric``."""
        return self._send(api.GET_LEADERBOARD, Leaderboard, query)
'''

RAW = "        self.leaderboard = to_raw(models.leaderboard)\n"

CALL_NEW = """
import json
from aistats import AIStats
from aistats.testing import FakeGateway, Reply

with FakeGateway(api_key="sk-thin") as gateway:
    board = Reply.json({"metric": "speed", "ranking": ["a/b", "c/d"]})
    gateway.enqueue(board, board, route="/leaderboard")
    with AIStats(api_key="sk-thin", base_url=gateway.base_url, max_retries=0) as client:
        board = client.models.leaderboard(metric="speed", extra_headers={"X-Trace": "t"})
        raw = client.models.with_raw_response.leaderboard(metric="speed")
        try:
            client.models.leaderboard(metrc="speed")
        except TypeError as exc:
            refused = str(exc)
    sent = gateway.requests[0]
print(json.dumps({"type": type(board).__name__, "ranking": board.ranking, "path": sent.path,
                  "query": sent.query, "auth": sent.headers["authorization"], "trace": sent.headers["x-trace"],
                  "raw": [raw.status_code, type(raw.parse()).__name__], "refused": refused,
                  "sent": len(gateway.requests)}))
"""


def test_a_new_operation_takes_regeneration_and_one_short_method(tmp_path: Path) -> None:
    require_generator()
    copy = tmp_path / "repo"
    copy_repo(copy)
    spec_path = copy / "openapi.yaml"
    spec: dict[str, Any] = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    spec["paths"]["/leaderboard"] = NEW_OPERATION
    spec["components"]["schemas"]["Leaderboard"] = LEADERBOARD
    spec_path.write_text(
        yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8"
    )
    generated = run([sys.executable, str(copy / "scripts" / "generate.py")], cwd=copy)
    assert generated.returncode == 0, generated.stdout + generated.stderr

    resource = copy / "aistats" / "resources" / "catalogue.py"
    before = resource.read_text(encoding="utf-8")
    anchor = '    """``client.models``."""\n\n    _raw = ModelsWithRawResponse\n'
    raw_anchor = "        self.endpoints = to_raw(models.endpoints)\n"
    assert before.count(anchor) == before.count(raw_anchor) == 1
    after = before.replace(anchor, anchor + METHOD).replace(raw_anchor, raw_anchor + RAW)
    for where, line in IMPORTS.items():
        assert after.count(where) == 1, where
        after = after.replace(where, where + line)
    resource.write_text(after, encoding="utf-8")
    added = [line for line in after.splitlines() if line.strip()]
    hand_written = len(added) - len([line for line in before.splitlines() if line.strip()])
    assert hand_written <= 10, f"{hand_written} hand-written lines for one GET operation"

    script = tmp_path / "call_new.py"
    script.write_text(CALL_NEW, encoding="utf-8")
    called = run([sys.executable, str(script)], cwd=tmp_path, env=env_for(copy))
    assert called.returncode == 0, called.stdout + called.stderr
    result = json.loads(called.stdout.strip().splitlines()[-1])
    assert result == {
        "type": "Leaderboard",
        "ranking": ["a/b", "c/d"],
        "path": "/v1/leaderboard",
        "query": "metric=speed",
        "auth": "Bearer sk-thin",
        "trace": "t",
        "raw": [200, "Leaderboard"],
        "refused": "get_leaderboard() got an unexpected keyword argument 'metrc'; did you mean 'metric'? "
        "Other query parameters go in extra_query={...}.",
        "sent": 2,
    }

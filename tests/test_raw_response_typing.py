"""``with_raw_response`` is typed on every resource (sync and async) under ``mypy --strict``:
each method keeps its signature, ``parse()`` returns what the method returns (a paged list:
its page), and a misspelt method, a wrong keyword or a wrong attribute of ``parse()`` is an error."""

from __future__ import annotations

import re
from pathlib import Path

from mypy import api as mypy_api

ROOT = Path(__file__).resolve().parent.parent

HEAD = """
from aistats import AIStats, AsyncAIStats

"""

#: (call through with_raw_response, the type mypy must reveal for its parse()).
CALLS = [
    ("models.list(limit=2)", "ModelList"),
    ('models.retrieve("openai/gpt-4.1-mini", availability="all")', "CatalogueModel"),
    ('models.endpoints("openai/gpt-4.1-mini", availability="all")', "ModelEndpointList"),
    ("providers.list()", "ProviderList"),
    ("organisations.list(limit=5)", "OrganisationList"),
    ("endpoints.list()", "EndpointList"),
    ("health.check(timeout=3)", "Health"),
    ("pricing.models()", "PricingModelList"),
    (
        'pricing.calculate(provider="p", model="m", endpoint="text.generate", usage={"input_text_tokens": 1})',
        "PricingCalculateResponse",
    ),
    ('generations.retrieve("G-1")', "Generation"),
    ("credits.retrieve()", "Credits"),
    ("activity.list(days=7)", "ActivityList"),
    ("keys.current()", "CurrentKey"),
    ('embeddings.create(model="m", input="a")', "EmbeddingsResponse"),
    ('moderations.create(input="a")', "ModerationsResponse"),
    ('rerank.create(model="m", query="q", documents=["a"])', "RerankResponse"),
    ('images.generate(model="m", prompt="p")', "ImagesResponse"),
    ('chat.completions.create(model="m", messages=[])', "ChatCompletionsResponse"),
    ('chat.completions.create(model="m", messages=[], stream=True)', "Stream"),
    ('responses.create(model="m", input="hi")', "Response"),
    ('messages.create(model="m", max_tokens=5, messages=[])', "Message"),
]


def _raw(call: str) -> str:
    """``resource.method(args)`` as ``resource.with_raw_response.method(args)``."""
    owner, method = call[: call.index("(")].rsplit(".", 1)
    return f"{owner}.with_raw_response.{method}{call[call.index('(') :]}"


GOOD = (
    "def sync(client: AIStats) -> None:\n"
    + "".join(f"    reveal_type(client.{_raw(call)}.parse())\n" for call, _ in CALLS)
    + "\n\nasync def run(client: AsyncAIStats) -> None:\n"
    + "".join(f"    reveal_type((await client.{_raw(call)}).parse())\n" for call, _ in CALLS)
)

# Every line marked `# E` must get a mypy error, and no other line may.
BAD = """
def sync(client: AIStats) -> None:
    client.models.with_raw_response.lst()  # E misspelt method
    client.embeddings.with_raw_response.create(model="m", input="a", dimension=3)  # E misspelt keyword
    client.embeddings.with_raw_response.create(model="m", input="a").parse().dataa  # E no such attribute
    client.health.with_raw_response.check().parse().status.no_such  # E str has no such attribute
    page: int = client.models.with_raw_response.list().parse()  # E a ModelList, not an int
    client.responses.with_raw_response.creat(model="m", input="hi")  # E misspelt method
    client.keys.with_raw_response.current().parse().data.statuss  # E no such attribute


async def run(client: AsyncAIStats) -> None:
    await client.models.with_raw_response.retrive("a/b")  # E misspelt method
    (await client.rerank.with_raw_response.create(model="m", query="q", documents=["a"])).parse().resuls  # E
    count: str = (await client.activity.with_raw_response.list()).parse()  # E an ActivityList
"""


def _mypy(tmp_path: Path, *files: Path) -> tuple[str, dict[str, set[int]]]:
    config = tmp_path / "mypy.ini"
    config.write_text(
        f"[mypy]\nstrict = True\npython_version = 3.11\nmypy_path = {ROOT}:{ROOT / 'generated'}\n",
        encoding="utf-8",
    )
    out, err, status = mypy_api.run(
        ["--config-file", str(config), "--cache-dir", str(tmp_path / "cache"), *map(str, files)]
    )
    assert status in (0, 1), err
    errors: dict[str, set[int]] = {}
    for line in out.splitlines():
        match = re.match(r"(?:.*/)?([\w.]+\.py):(\d+): error:", line)
        if match:
            errors.setdefault(match[1], set()).add(int(match[2]))
    return out, errors


def test_raw_methods_parse_to_the_methods_types_and_typos_are_errors(tmp_path: Path) -> None:
    good, bad = tmp_path / "good_raw.py", tmp_path / "bad_raw.py"
    good.write_text(HEAD + GOOD, encoding="utf-8")
    bad.write_text(HEAD + BAD, encoding="utf-8")
    out, errors = _mypy(tmp_path, good, bad)
    assert set(errors) <= {bad.name} and good.name not in errors, out  # none in the SDK or good_raw.py
    revealed = [
        line.split("Revealed type is ")[1].strip('"') for line in out.splitlines() if "Revealed" in line
    ]
    expected = [name for _, name in CALLS] + [
        "AsyncStream" if name == "Stream" else name for _, name in CALLS
    ]
    assert [found.rsplit(".", 1)[-1] for found in revealed] == expected, out
    lines = bad.read_text(encoding="utf-8").splitlines()
    marked = {number for number, text in enumerate(lines, start=1) if "  # E" in text}
    assert len(marked) == 10
    assert errors[bad.name] == marked, out

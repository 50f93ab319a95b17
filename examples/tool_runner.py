"""Let the SDK run the tool loop: typed tools, parallel calls, approval, limits.

Run: python examples/tool_runner.py
Without AI_STATS_API_KEY the built-in gateway is scripted to answer like a model that calls
`get_weather` twice in one turn and `delete_file` once (which asks a human first), then
answers; the runs show the calls running in parallel, the pause and its resume, and a run
stopped by its turn limit.
"""

from __future__ import annotations

import os
import time
from typing import Literal

import aistats
from aistats import AIStats
from aistats.testing import FakeGateway, Reply, tool_calls_reply

MODEL = "openai/gpt-5-nano-2025-08-07"


@aistats.tool
def get_weather(city: str, unit: Literal["c", "f"] = "c") -> dict[str, object]:
    """Current weather for a city.

    Args:
        city: The city's name, in English.
        unit: Celsius or Fahrenheit.
    """
    time.sleep(0.3)  # a slow service: two calls of one turn still take about 0.3 s together
    return {"city": city, "temperature": 18 if unit == "c" else 64, "sky": "clear"}


@aistats.tool
def delete_file(path: str) -> str:
    """Delete a file (asks a human first)."""
    return f"{path} deleted"


def approve(call: aistats.ToolCall) -> bool:
    if call.name == "delete_file":
        raise aistats.PauseRun(f"{call.name} needs a human")
    return True


def main(client: AIStats) -> None:
    run = client.chat.completions.run_tools(
        model=MODEL,
        messages=[{"role": "user", "content": "Weather in Paris and Oslo? Then delete reports/old.txt."}],
        tools=[get_weather, delete_file],
        approve=approve,
        max_cost_usd=1.00,
    )
    started = time.perf_counter()
    for completion in run:
        calls = completion.choices[0].message.tool_calls or []
        print(f"turn: the model called {', '.join(call.function.name for call in calls) or 'nothing'}")
    print(f"the turn took {time.perf_counter() - started:.1f} s: its two 0.3 s calls ran in parallel")
    for call in run.pending:  # the run paused before delete_file ran
        print(f"waiting for a human: {call.name}({call.arguments})")
    answer = run.resume(results={call.id: delete_file(**call.arguments) for call in run.pending}).final()
    print("answer:", answer.choices[0].message.content)
    print(f"history: {len(run.messages)} messages, cost ${run.spent_usd}")

    looping = client.chat.completions.run_tools(
        model=MODEL, messages=[{"role": "user", "content": "Loop forever."}], tools=[get_weather], max_turns=2
    )
    try:
        looping.final()
    except aistats.ToolRunLimitError as stopped:
        print("stopped:", stopped)


if __name__ == "__main__":
    if os.environ.get("AI_STATS_API_KEY"):
        with AIStats() as real_client:
            main(real_client)
    else:
        with FakeGateway() as gateway, AIStats(api_key="fake-key", base_url=gateway.base_url) as fake_client:
            asks = tool_calls_reply(
                ("get_weather", {"city": "Paris"}),
                ("get_weather", {"city": "Oslo"}),
                ("delete_file", {"path": "reports/old.txt"}),
            ).with_cost("0.000042")
            always_asks = tool_calls_reply(("get_weather", {"city": "Rome"}))
            # the first run: calls, then (after the resume) the answer; the second: calls forever
            gateway.enqueue(asks, Reply.default(), always_asks, always_asks, always_asks)
            main(fake_client)

"""Let the model call a function, run it, and send the result back.

Run: python examples/tool_calls.py
Without AI_STATS_API_KEY the built-in gateway is scripted to answer like a model that
calls `get_weather` (streamed the gateway's way: the arguments re-sent as they grow).
"""

from __future__ import annotations

import json
import os
from typing import Any

from aistats import AIStats
from aistats.testing import FakeGateway, Reply, finish_frame, tool_call_snapshot_frames
from aistats.types import FunctionToolParams

MODEL = "openai/gpt-5-nano-2025-08-07"
TOOLS: list[FunctionToolParams] = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Current weather for a city.",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
            },
        },
    }
]


def get_weather(city: str) -> dict[str, Any]:
    return {"city": city, "temperature_c": 18, "sky": "clear"}


def main(client: AIStats) -> None:
    messages: list[Any] = [{"role": "user", "content": "What's the weather in Paris?"}]
    with client.chat.completions.create(model=MODEL, messages=messages, tools=TOOLS, stream=True) as stream:
        completion = stream.get_final_completion()  # tool-call arguments come out whole
    reply = completion.choices[0].message
    if not reply.tool_calls:
        print(reply.content)
        return
    messages.append(reply.to_dict())  # its content is None: the SDK omits it, as the gateway requires
    for call in reply.tool_calls:
        arguments = json.loads(call.function.arguments)
        print(f"model called {call.function.name}({arguments})")
        result = get_weather(**arguments)
        messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(result)})
    answer = client.chat.completions.create(model=MODEL, messages=messages, tools=TOOLS)
    print(answer.choices[0].message.content)


if __name__ == "__main__":
    if os.environ.get("AI_STATS_API_KEY"):
        with AIStats() as real_client:
            main(real_client)
    else:
        with FakeGateway() as gateway, AIStats(api_key="fake-key", base_url=gateway.base_url) as fake_client:
            frames = tool_call_snapshot_frames("call_1", "get_weather", ['{"ci', 'ty": "Pa', 'ris"}'])
            gateway.enqueue(Reply.sse([*frames, finish_frame("tool_calls")]))
            main(fake_client)

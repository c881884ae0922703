"""A stand-in for an OPA server (outside the product): the REST calls cndp-guard makes.

No OPA binary or Docker engine runs here, so fault tests use this double: it keeps
uploaded modules and data and evaluates ``POST /v1/data/<path>`` with rego-cpp.
It exists to exercise the sidecar's HTTP client and its failure handling, not to
compare engines (that is tests/policy/test_decision_table.py with a real OPA).
"""

from __future__ import annotations

import json
from typing import Any

import regopy
from fastapi import FastAPI, Request
from fastapi.responses import Response


def create_opa_double() -> FastAPI:
    app = FastAPI()
    policies: dict[str, str] = {}
    data: dict[str, Any] = {}

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {}

    @app.get("/v1/policies/")
    async def list_policies() -> dict[str, Any]:
        return {"result": [{"id": key, "raw": raw} for key, raw in policies.items()]}

    @app.put("/v1/policies/{policy_id:path}")
    async def put_policy(policy_id: str, request: Request) -> dict[str, Any]:
        policies[policy_id] = (await request.body()).decode()
        return {}

    @app.delete("/v1/policies/{policy_id:path}")
    async def delete_policy(policy_id: str) -> dict[str, Any]:
        policies.pop(policy_id, None)
        return {}

    @app.put("/v1/data/{path:path}")
    async def put_data(path: str, request: Request) -> Response:
        *parents, leaf = path.split("/")
        node = data
        for key in parents:
            node = node.setdefault(key, {})
        node[leaf] = await request.json()
        return Response(status_code=204)

    @app.post("/v1/data/{path:path}")
    async def query(path: str, request: Request) -> dict[str, Any]:
        interpreter = regopy.Interpreter()
        interpreter.add_data(data)
        for policy_id, source in policies.items():
            interpreter.add_module(policy_id, source)
        interpreter.set_input((await request.json())["input"])
        output = json.loads(str(interpreter.query("data." + path.replace("/", "."))))
        results = output.get("expressions") if isinstance(output, dict) else None
        return {"result": results[0]} if results else {}

    return app

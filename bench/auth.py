"""What the proxy's token check costs per request: a verified token (cached) and a DB lookup.

    .venv/bin/python bench/auth.py [--calls 20000]

In-process, against a real SQLite database: ``ProxyAuthenticator.caller`` with the
token cache (``proxy.token_cache_seconds``, the steady state) and without it (every
call reads the token row, as right after a revocation window). Beside it, in the same
run, the cost of an empty coroutine call, for scale. compare.py --with-token shows the
same thing end to end (within its noise).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

# bench/ holds an audit.py of its own: the repository's packages come first.
sys.path[0] = str(Path(__file__).resolve().parent.parent)

from compliance.api import create_api_token  # noqa: E402
from compliance.proxy.auth import ProxyAuthenticator  # noqa: E402
from compliance.store import make_engine, upgrade  # noqa: E402


async def _timed(calls: int, check: object) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        await check()  # type: ignore[operator]
    return (time.perf_counter() - started) / calls * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=20000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/auth.db")
        upgrade(engine)
        token = create_api_token(engine=engine, name="bench", scopes=("proxy:*",))
        header = f"Bearer {token}"
        cached = ProxyAuthenticator(engine=engine, required=True, cache_seconds=300)
        uncached = ProxyAuthenticator(engine=engine, required=True, cache_seconds=0)

        async def nothing() -> None:
            return None

        async def run() -> dict[str, float]:
            return {
                "empty coroutine": await _timed(args.calls, nothing),
                "token check, cached": await _timed(
                    args.calls, lambda: cached.caller(header, route="llm")
                ),
                "token check, database read": await _timed(
                    max(1, args.calls // 20), lambda: uncached.caller(header, route="llm")
                ),
            }

        figures = asyncio.run(run())
        engine.dispose()
    for name, micros in figures.items():
        print(f"{name:28} {micros:9.1f} µs per request")


if __name__ == "__main__":
    main()

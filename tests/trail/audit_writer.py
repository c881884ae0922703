"""A sidecar stand-in for the audit fault tests: appends in a loop, printing each
acknowledged (committed) sequence number on its own line.

    python -m tests.trail.audit_writer DATABASE_URL SIGNING_KEY [COUNT]   (0 = forever)
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from audit import load_or_create_signing_key
from compliance.core.logs import configure_logging
from compliance.store import make_engine
from compliance.trail import AuditLog


async def main(url: str, key: Path, count: int) -> None:
    configure_logging("WARNING")  # stdout carries only the acknowledged numbers
    engine = make_engine(url)
    trail = AuditLog(engine=engine, signer=load_or_create_signing_key(key), checkpoint_every=25)
    written = 0
    while count == 0 or written < count:
        batch = [
            {
                "event": "decision",
                "route": "llm",
                "allow": True,
                "pid": os.getpid(),
                "n": written + i,
            }
            for i in range(8)
        ]
        results = await asyncio.gather(*(trail.append(event) for event in batch))
        sys.stdout.write("".join(f"{r.seq}\n" for r in results))
        sys.stdout.flush()
        written += len(batch)
    engine.dispose()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 0))

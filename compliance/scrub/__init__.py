"""Scrubbing datasets: the proxy's detection, policy and pseudonyms over files, at scale.

``cndp-guard scrub`` reads a dataset (Parquet, JSONL, CSV), minimizes chosen text
columns row by row exactly as the proxy minimizes a request, and writes the same columns
back with a per-row summary, in parts audited one by one. The row work (``rows``) is one
function; ``local`` runs it in processes on this machine, ``spark`` in Spark tasks
(``mapInArrow``). ``job`` is the driver: planning, staging and resume, the audit records,
the release of the output.
"""

from compliance.scrub.errors import BadInput, OutputError, ScrubError
from compliance.scrub.job import Job, JobOptions, JobReport
from compliance.scrub.plan import Destination, ScrubPlan
from compliance.scrub.rows import Counts, scrub_rows

__all__ = [
    "BadInput",
    "Counts",
    "Destination",
    "Job",
    "JobOptions",
    "JobReport",
    "OutputError",
    "ScrubError",
    "ScrubPlan",
    "scrub_rows",
]

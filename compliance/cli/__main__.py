"""``python -m compliance.cli``: what the ``cndp-guard`` command runs."""

from compliance.cli import main

main()

"""The processing register (registre des traitements, law 09-08 art. 15), from config and traffic.

``generate_register`` observes the audit trail and builds a JSON document, item by
item of art. 15; ``write_register`` writes it with an HTML report per language
(French, English, Arabic right to left) carrying inline SVG charts. ``cndp-guard audit
register`` runs both.
"""

from compliance.register.build import (
    REGISTER_FORMAT,
    PolicyData,
    TrailFacts,
    build_register,
    load_policy_data,
)
from compliance.register.declaration import Declaration, load_declaration, parse_declaration
from compliance.register.generate import generate_register, write_register
from compliance.register.html import render_html
from compliance.register.i18n import LANGUAGES
from compliance.register.legal import BASES, Basis, transfer_bases
from compliance.register.observe import Observed, Observer

__all__ = [
    "BASES",
    "Basis",
    "Declaration",
    "LANGUAGES",
    "Observed",
    "Observer",
    "PolicyData",
    "REGISTER_FORMAT",
    "TrailFacts",
    "build_register",
    "generate_register",
    "load_declaration",
    "load_policy_data",
    "parse_declaration",
    "render_html",
    "transfer_bases",
    "write_register",
]

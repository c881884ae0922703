"""Per-subject data keys: creation, crypto-shredding on erasure, KEK rotation.

Built on ``compliance.crypto``'s primitives and ``compliance.store``'s tables.
"""

from compliance.subjects.keys import ANONYMOUS, SubjectKeys, SubjectMaterial
from compliance.subjects.rotation import RotationReport, keys_by_version, rotate_keys

__all__ = [
    "ANONYMOUS",
    "RotationReport",
    "SubjectKeys",
    "SubjectMaterial",
    "keys_by_version",
    "rotate_keys",
]

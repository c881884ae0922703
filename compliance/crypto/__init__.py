"""Key material: the root key, versioned KEKs, per-subject data keys, envelope encryption.

Key files (all 0600, in a 0700 directory, created on first run):

- ``master.key`` (``settings.key_file``): the root key. It keys the blind index
  (``KeyRing.subject_hash``) and request digests. It is *not* a KEK and is not
  rotated by ``keys rotate``: the audit trail's subject hashes depend on it.
- ``kek.json`` beside it (``default_kek_path``): the versioned key-encryption
  keys that wrap every subject's data key. ``cndp-guard keys rotate`` adds a
  version, re-wraps all data keys, then marks the old version retired.

Upgrading from a release without per-subject keys needs no migration of key
material: no data key existed, ``kek.json`` is created on first run. Pseudonym
tokens are now derived from each subject's data key, so a subject's tokens
differ from those issued before the upgrade (they never outlived a request's
reverse map anyway).
"""

from compliance.crypto.envelope import FieldCipher, decrypt_field, encrypt_field
from compliance.crypto.errors import (
    CryptoError,
    DecryptionError,
    KeyProviderError,
    RotationError,
    SubjectErased,
)
from compliance.crypto.keys import KeyRing, load_or_create_key_file
from compliance.crypto.provider import (
    FileKeyProvider,
    KekVersion,
    KeyProvider,
    WrappedKey,
    default_kek_path,
)
from compliance.crypto.rotation import RotationReport, keys_by_version, rotate_keys
from compliance.crypto.subject_keys import ANONYMOUS, SubjectKeys, SubjectMaterial

__all__ = [
    "ANONYMOUS",
    "CryptoError",
    "DecryptionError",
    "FieldCipher",
    "FileKeyProvider",
    "KekVersion",
    "KeyProvider",
    "KeyProviderError",
    "KeyRing",
    "RotationError",
    "RotationReport",
    "SubjectErased",
    "SubjectKeys",
    "SubjectMaterial",
    "WrappedKey",
    "decrypt_field",
    "default_kek_path",
    "encrypt_field",
    "keys_by_version",
    "load_or_create_key_file",
    "rotate_keys",
]

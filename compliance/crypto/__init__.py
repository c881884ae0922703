"""Key material, pure primitives: the root key, versioned KEKs, envelope encryption.

Per-subject data keys and their rotation use the database and live in
``compliance.subjects``; this package imports nothing of ours but ``compliance.core``.

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

__all__ = [
    "CryptoError",
    "DecryptionError",
    "FieldCipher",
    "FileKeyProvider",
    "KekVersion",
    "KeyProvider",
    "KeyProviderError",
    "KeyRing",
    "RotationError",
    "SubjectErased",
    "WrappedKey",
    "decrypt_field",
    "default_kek_path",
    "encrypt_field",
    "load_or_create_key_file",
]

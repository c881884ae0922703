"""Key material and (later) envelope encryption."""

from compliance.crypto.keys import KeyRing, load_or_create_key_file

__all__ = ["KeyRing", "load_or_create_key_file"]

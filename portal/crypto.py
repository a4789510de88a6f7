"""Encryption at rest for what clients and coaches write (DESIGN.md rule 4).

AES-256-GCM with a fresh 96-bit nonce per value. The associated data names the row and
field a value belongs to, so ciphertext copied anywhere else fails to open. Each value
starts with the id of the key that sealed it: `enc1:<key id>:<base64 of nonce + ciphertext>`.

The keyring comes from `PORTAL_ENCRYPTION_KEYS` ("id:base64key,id:base64key"; the first
key encrypts, every key decrypts), never from SECRET_KEY. Without it, development creates
a keyring file on first use, outside the database and outside git.
"""

import base64
import logging
import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

logger = logging.getLogger(__name__)

PREFIX = "enc1"
NONCE_BYTES = 12


class DecryptionError(Exception):
    """A stored value would not open: wrong row, unknown key, or changed bytes."""


def new_key():
    """A fresh key entry for the keyring: an id and 32 random bytes, base64-encoded."""
    return f"{secrets.token_hex(4)}:{base64.urlsafe_b64encode(os.urandom(32)).decode()}"


def parse_keyring(text):
    keys = []
    for entry in text.replace("\n", ",").split(","):
        if not entry.strip():
            continue
        key_id, _, encoded = entry.strip().partition(":")
        try:
            key = base64.urlsafe_b64decode(encoded)
        except ValueError as error:
            raise ImproperlyConfigured(f"Portal key {key_id!r} is not base64.") from error
        if not key_id or len(key) != 32:
            raise ImproperlyConfigured(f"Portal key {key_id!r} must be 32 bytes, base64.")
        if key_id in dict(keys):
            raise ImproperlyConfigured(f"Portal key id {key_id!r} is in the keyring twice.")
        keys.append((key_id, key))
    return keys


def keyring_text():
    if settings.PORTAL_ENCRYPTION_KEYS:
        return settings.PORTAL_ENCRYPTION_KEYS
    path = Path(settings.PORTAL_KEYRING_FILE)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as file:
            file.write(new_key() + "\n")
        logger.warning("Created a development keyring for portal data at %s", path)
    return path.read_text()


_cache = {}


def keyring():
    """[(key id, AESGCM)], the encrypting key first; parsed once per keyring text."""
    text = keyring_text()
    if text not in _cache:
        keys = parse_keyring(text)
        if not keys:
            raise ImproperlyConfigured("The portal keyring is empty.")
        _cache.clear()
        _cache[text] = [(key_id, AESGCM(key)) for key_id, key in keys]
    return _cache[text]


def encrypt(plaintext, associated_data):
    key_id, cipher = keyring()[0]
    nonce = os.urandom(NONCE_BYTES)
    sealed = cipher.encrypt(nonce, plaintext.encode(), associated_data.encode())
    return f"{PREFIX}:{key_id}:{base64.urlsafe_b64encode(nonce + sealed).decode()}"


def key_id_of(token):
    """The id of the key that sealed a stored value; None for anything else."""
    parts = token.split(":", 2)
    return parts[1] if len(parts) == 3 and parts[0] == PREFIX else None


def decrypt(token, associated_data):
    """The plaintext of a stored value, or DecryptionError: never the ciphertext itself."""
    try:
        prefix, key_id, body = token.split(":", 2)
        raw = base64.urlsafe_b64decode(body)
    except ValueError as error:
        raise DecryptionError("Not an encrypted value.") from error
    if prefix != PREFIX:
        raise DecryptionError("Not an encrypted value.")
    ciphers = dict(keyring())
    if key_id not in ciphers:
        raise DecryptionError(f"No key {key_id!r} in the keyring.")
    try:
        return (
            ciphers[key_id]
            .decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], associated_data.encode())
            .decode()
        )
    except InvalidTag as error:
        raise DecryptionError("The value does not belong here or was changed.") from error

"""Passphrase protection in the age format (age-encryption.org/v1) through pyrage,
the Rust `age` implementation: scrypt derives the key (memory-hard, so guessing is
slow), ChaCha20-Poly1305 seals every 64 KiB chunk, so a wrong passphrase and any
flipped bit are both caught before a byte is used."""

from __future__ import annotations

import pyrage

from workbench.bundle.format import WRONG_PASSPHRASE, BundleError


def encrypt(data: bytes, passphrase: str) -> bytes:
    return pyrage.passphrase.encrypt(data, passphrase)


def decrypt(data: bytes, passphrase: str) -> bytes:
    try:
        return pyrage.passphrase.decrypt(data, passphrase)
    except pyrage.DecryptError:
        raise BundleError(WRONG_PASSPHRASE) from None

"""The name of one exact version of content.yaml: the sha256 of its bytes."""

import hashlib


def content_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()

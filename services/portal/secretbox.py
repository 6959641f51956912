"""Webhook signing secrets encrypted at rest on the `webhooks` topic (Fernet: AES-128-CBC + HMAC-SHA256).

The key ring comes from the environment: PORTAL_SECRETS_KEY, one or more Fernet keys separated by commas (the
first encrypts, all decrypt: rotate by prepending a new key, re-saving subscriptions, then dropping the old).
Without it the portal keeps a generated key in PORTAL_SECRETS_KEY_FILE (default `.local/portal-secrets.key`,
mode 0600) so that a development machine keeps working across restarts. Neither is ever logged.

Generate a key: `python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"`.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from pydantic import SecretStr

from schemas.portal import StoredWebhookSubscription, WebhookSubscriptionRecord


class SecretBox:
    def __init__(self, keys: list[bytes]) -> None:
        if not keys:
            raise ValueError("no secrets key")
        self._fernet = MultiFernet([Fernet(k) for k in keys])

    @classmethod
    def from_settings(cls, key: SecretStr | None, key_file: str) -> "SecretBox":
        if key is not None and key.get_secret_value().strip():
            return cls([k.strip().encode() for k in key.get_secret_value().split(",") if k.strip()])
        path = Path(key_file)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(Fernet.generate_key())
        return cls([path.read_bytes().strip()])

    def seal(self, sub: WebhookSubscriptionRecord) -> StoredWebhookSubscription:
        """The record as written to the topic: the secret encrypted."""
        doc = sub.model_dump(exclude={"secret"})
        return StoredWebhookSubscription(**doc, secret_encrypted=self._fernet.encrypt(sub.secret.encode()).decode())

    def open(self, stored: StoredWebhookSubscription) -> WebhookSubscriptionRecord:
        """The record with its secret in clear (memory only); ValueError when no key of the ring opens it."""
        try:
            secret = self._fernet.decrypt(stored.secret_encrypted.encode()).decode()
        except InvalidToken:
            raise ValueError("webhook secret cannot be decrypted with PORTAL_SECRETS_KEY") from None
        return WebhookSubscriptionRecord(**stored.model_dump(exclude={"secret_encrypted"}), secret=secret)

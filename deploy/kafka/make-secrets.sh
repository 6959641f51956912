#!/usr/bin/env bash
# Random secrets for deploy/compose.yaml into deploy/secrets/ (mode 600, git-ignored); existing ones are kept.
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/secrets"
umask 077
mkdir -p "$DIR"
random() { head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n'; }
for name in kafka-admin kafka-broker kafka-svc-ingest kafka-svc-matcher kafka-svc-alerts kafka-svc-portal kafka-svc-ops \
            tls-store redis; do
  [ -s "$DIR/$name" ] || random >"$DIR/$name"
done
# a Fernet key (32 bytes, url-safe base64 with padding) and a KRaft cluster id (16 bytes, url-safe base64, no padding)
[ -s "$DIR/portal-secrets-key" ] || head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '\n' >"$DIR/portal-secrets-key"
[ -s "$DIR/cluster-id" ] || head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' >"$DIR/cluster-id"
echo "secrets in $DIR"

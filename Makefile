# Quorum's two set-up commands: `make demo` and `make test`. See README.md. Benchmarks: `make bench`.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=
DEMO_DB ?= $(BUILD_DIR)/demo-db

FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60
SANITIZE_DIR ?= build-sanitize

.PHONY: all deps deps-clang configure build build-release demo test sanitize bench bench-100k bench-serve bench-ocr fuzz clean

all: build

deps:
	@scripts/install-deps

deps-clang:
	@scripts/install-deps --clang

configure: deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)
	@echo "quorum built: $(BUILD_DIR)/quorum"

demo: build
	@scripts/demo $(BUILD_DIR)/quorum $(DEMO_DB)

test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# Benchmarks (docs/benchmarks.md): a Release build, then bench/run (1,000 and 10,000 generated documents).
build-release: deps
	@cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build build-release -j $(JOBS)

bench: build-release
	@bench/run build-release

# One clang build with AddressSanitizer, UBSan and libFuzzer's coverage: every test runs in it,
# then each fuzz target for FUZZ_SECONDS. .ci/run runs it after `make test`.
sanitize: deps-clang
	@CC=clang CXX=clang++ cmake -S . -B $(SANITIZE_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" -DQUORUM_FUZZ=ON -DQUORUM_BUILD_BENCH=OFF $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(SANITIZE_DIR) -j $(JOBS)
	@cd $(SANITIZE_DIR) && LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp ctest --output-on-failure -j $(JOBS)
	@fuzz/run $(SANITIZE_DIR) $(FUZZ_SECONDS)

# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for FUZZ_SECONDS.
fuzz: deps-clang
	@CC=clang CXX=clang++ cmake -S . -B $(FUZZ_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQUORUM_FUZZ=ON \
	  -DQUORUM_BUILD_TESTS=OFF -DQUORUM_BUILD_BENCH=OFF >/dev/null
	@cmake --build $(FUZZ_DIR) -j $(JOBS) --target fuzz_targets
	@fuzz/run $(FUZZ_DIR) $(FUZZ_SECONDS)

# 100,000 generated documents, Quorum alone (about an hour on 2 cores; omindex would add hours:
# BENCH_100K_FLAGS= runs it too). Not run by CI.
BENCH_100K_FLAGS ?= --quorum-only
bench-100k: build-release
	@bench/scale_bench --build build-release --sizes 100000 --section scale-bench-100k $(BENCH_100K_FLAGS)

# quorum serve under load: 32 connections for 60 s on the 100,000-document archive (wrk; reuses the
# index bench-100k built when there is one). BENCH_SERVE_FLAGS="--size 1000 --seconds 10" for a quick one.
BENCH_SERVE_FLAGS ?=
bench-serve: build-release
	@scripts/install-deps --bench
	@bench/serve_load --build build-release $(BENCH_SERVE_FLAGS)

# OCR (issue 18): word recall on generated and real scans, then pages/s on a 200-page scanned
# archive (first run, --rebuild re-run, text layer); the speed table replaces the ocr-bench
# section of docs/benchmarks.md. About 15 minutes on 2 cores. Not run by CI.
bench-ocr: build-release
	@bench/ocr_accuracy generated --quorum build-release/quorum --count 30
	@bench/ocr_accuracy real --quorum build-release/quorum
	@bench/ocr_bench --quorum build-release/quorum --pages 200

clean:
	rm -rf $(BUILD_DIR) build-release $(FUZZ_DIR) $(SANITIZE_DIR)

# Quorum's two set-up commands: `make demo` and `make test`. See README.md. Benchmarks: `make bench`.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=
DEMO_DB ?= $(BUILD_DIR)/demo-db

.PHONY: all deps configure build build-release demo test bench bench-100k clean

all: build

deps:
	@scripts/install-deps

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

# 100,000 generated documents: hours on 2 cores, not run by CI.
bench-100k: build-release
	@bench/scale_bench --build build-release --sizes 100000 --section scale-bench-100k

clean:
	rm -rf $(BUILD_DIR) build-release

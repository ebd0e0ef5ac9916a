# Megaphone developer entry points.
#   make build   install missing packages, configure and build
#   make run     build, then start the GUI
#   make test    build, then run the tests in a throwaway environment
#                (private PostgreSQL, Secret Service and HOME; see packaging/test-env.sh)
# Variables: BUILD (build dir), WERROR (ON/OFF), CMAKE_ARGS, CTEST_ARGS, RUN_ARGS.

BUILD      ?= build
WERROR     ?= OFF
CMAKE_ARGS ?=
CTEST_ARGS ?=
RUN_ARGS   ?=

.PHONY: all deps configure build run test bench clean

all: build

deps:
	packaging/dev-deps.sh

# cmake only regenerates what changed when the build dir is already configured.
configure: deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMEGAPHONE_WERROR=$(WERROR) $(CMAKE_ARGS)

build: configure
	cmake --build $(BUILD) --parallel

run: build
	packaging/run-gui.sh $(BUILD) $(RUN_ARGS)

# Exits non-zero when any test fails (test-env.sh returns ctest's exit code).
test: build
	packaging/test-env.sh $(BUILD) $(CTEST_ARGS)

# Benchmarks (tests/bench): their own optimised build, run in the test environment;
# they print figures and are never part of `make test`.
bench: deps
	cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DMEGAPHONE_BUILD_BENCH=ON $(CMAKE_ARGS)
	cmake --build build-bench --parallel
	packaging/test-env.sh build-bench -L bench -V $(CTEST_ARGS)

clean:
	rm -rf $(BUILD)

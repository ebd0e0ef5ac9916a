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

.PHONY: all deps configure build run test clean

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

clean:
	rm -rf $(BUILD)

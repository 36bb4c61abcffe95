// The one Catch2 main for the engine tests (native and wasm builds).
#define CATCH_CONFIG_MAIN
#include <catch.hpp>

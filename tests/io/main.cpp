// The doctest runner for the tests of the jixiao::io adapters.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

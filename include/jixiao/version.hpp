/// @file version.hpp
/// @brief The library version: the single source of truth for CMake, pkg-config and code.
///
/// CMake reads the three `JIXIAO_VERSION_*` lines below to set the project version, so the
/// header, the package files and `jixiao::version()` can never disagree.
#ifndef JIXIAO_VERSION_HPP
#define JIXIAO_VERSION_HPP

/// Major version: incremented on incompatible API changes (names the inline namespace).
#define JIXIAO_VERSION_MAJOR 0
/// Minor version: incremented when features are added. While the major version is 0, a minor
/// release may also change the API; the CMake package then only matches the same minor version.
#define JIXIAO_VERSION_MINOR 1
/// Patch version: incremented for compatible bug fixes.
#define JIXIAO_VERSION_PATCH 0

/// The version as one comparable number, `major * 10000 + minor * 100 + patch` (0.1.0 → 100).
#define JIXIAO_VERSION \
  (JIXIAO_VERSION_MAJOR * 10000 + JIXIAO_VERSION_MINOR * 100 + JIXIAO_VERSION_PATCH)

#define JIXIAO_DETAIL_STR2(x) #x
#define JIXIAO_DETAIL_STR(x) JIXIAO_DETAIL_STR2(x)
#define JIXIAO_DETAIL_CAT2(a, b) a##b
#define JIXIAO_DETAIL_CAT(a, b) JIXIAO_DETAIL_CAT2(a, b)

/// The version as text, e.g. `"0.1.0"`.
#define JIXIAO_VERSION_STRING             \
  JIXIAO_DETAIL_STR(JIXIAO_VERSION_MAJOR) \
  "." JIXIAO_DETAIL_STR(JIXIAO_VERSION_MINOR) "." JIXIAO_DETAIL_STR(JIXIAO_VERSION_PATCH)

/// Opens the library namespace. Every public name lives in `jixiao::v<major>`, an inline
/// namespace, so objects built against incompatible major versions cannot be linked together
/// by accident, while users still write `jixiao::Decimal`.
#define JIXIAO_BEGIN_NAMESPACE \
  namespace jixiao {           \
  inline namespace JIXIAO_DETAIL_CAT(v, JIXIAO_VERSION_MAJOR) {
/// Closes what `JIXIAO_BEGIN_NAMESPACE` opened.
#define JIXIAO_END_NAMESPACE \
  }                          \
  }

JIXIAO_BEGIN_NAMESPACE

/// @brief A library version, as compiled into the headers.
struct Version {
  int major;  ///< Incompatible API changes.
  int minor;  ///< Added features.
  int patch;  ///< Compatible fixes.
};

/// @brief The version of the jixiao headers this translation unit was compiled with.
constexpr Version version() noexcept {
  return {JIXIAO_VERSION_MAJOR, JIXIAO_VERSION_MINOR, JIXIAO_VERSION_PATCH};
}

JIXIAO_END_NAMESPACE

#endif  // JIXIAO_VERSION_HPP

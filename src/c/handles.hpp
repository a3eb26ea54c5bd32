// Internal: the handles of the C ABI. A handle is a token — a number never issued twice,
// carried in a pointer type — that names a live object in a registry, never the object's
// address. A freed, forged or mistyped handle is therefore found missing instead of being
// dereferenced, and a token is never reused, so a stale handle cannot reach a newer object.
#ifndef JIXIAO_SRC_C_HANDLES_HPP
#define JIXIAO_SRC_C_HANDLES_HPP

#include <cstdint>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <typeindex>
#include <unordered_map>
#include <utility>

namespace jixiao_c {

class Handles {
 public:
  // Registers `object` and returns its token as a `Handle*`.
  template <class Handle, class Object>
  Handle* add(std::shared_ptr<const Object> object) {
    const std::unique_lock lock(mutex_);
    next_ += step;
    live_.emplace(next_, Entry{std::type_index(typeid(Object)), std::move(object)});
    return reinterpret_cast<Handle*>(next_);  // a token, never dereferenced
  }

  // The object `handle` names if it is live and holds an `Object`; else nullptr. The caller
  // keeps the object alive through the returned pointer even if another thread frees the
  // handle meanwhile.
  template <class Object, class Handle>
  std::shared_ptr<const Object> find(const Handle* handle) const {
    const std::shared_lock lock(mutex_);
    const auto found = live_.find(reinterpret_cast<std::uintptr_t>(handle));
    if (found == live_.end() || found->second.type != std::type_index(typeid(Object))) {
      return nullptr;
    }
    return std::static_pointer_cast<const Object>(found->second.object);
  }

  // Unregisters `handle` if it is live and holds an `Object`; whether it did.
  template <class Object, class Handle>
  bool remove(const Handle* handle) {
    std::shared_ptr<const void> released;  // destroyed after the lock is released
    const std::unique_lock lock(mutex_);
    const auto found = live_.find(reinterpret_cast<std::uintptr_t>(handle));
    if (found == live_.end() || found->second.type != std::type_index(typeid(Object))) {
      return false;
    }
    released = std::move(found->second.object);
    live_.erase(found);
    return true;
  }

 private:
  struct Entry {
    std::type_index type;
    std::shared_ptr<const void> object;
  };
  // Tokens are multiples of 16 from 16 up: never NULL, aligned like real pointers (so that
  // tools reading them as addresses are not surprised), and unique for 2^60 handles.
  static constexpr std::uintptr_t step = 16;

  mutable std::shared_mutex mutex_;
  std::unordered_map<std::uintptr_t, Entry> live_;
  std::uintptr_t next_ = 0;
};

// The one registry of the library.
Handles& handles();

}  // namespace jixiao_c

#endif  // JIXIAO_SRC_C_HANDLES_HPP

// run_with_big_stack: a pthread with a 512 MB stack natively (reserved address space,
// committed only as used); a plain call under Emscripten. Exceptions are carried back.
#include "session/big_stack.hpp"

#include <exception>

#if !defined(__EMSCRIPTEN__)
#include <pthread.h>
#endif

namespace seedlab::session {

#if defined(__EMSCRIPTEN__)
void run_with_big_stack(const std::function<void()>& fn) { fn(); }
#else
namespace {

// Stack for one run: 1000 Python frames of deep expressions with sanitizers fit easily.
constexpr size_t kStackBytes = size_t{512} << 20;

struct Job {
    const std::function<void()>* fn;
    std::exception_ptr error;
};

void* trampoline(void* arg) {
    auto* job = static_cast<Job*>(arg);
    try {
        (*job->fn)();
    } catch (...) {
        job->error = std::current_exception();
    }
    return nullptr;
}

}  // namespace

void run_with_big_stack(const std::function<void()>& fn) {
    Job job{&fn, nullptr};
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_t thread;
    bool started = pthread_attr_setstacksize(&attr, kStackBytes) == 0 && pthread_create(&thread, &attr, trampoline, &job) == 0;
    pthread_attr_destroy(&attr);
    if (!started) {
        fn();  // no thread available: run on the current stack
        return;
    }
    pthread_join(thread, nullptr);
    if (job.error) std::rethrow_exception(job.error);
}
#endif

}  // namespace seedlab::session

#pragma once
// What the benchmark commands share: running a measured step in a child process, so that its
// wall time and peak memory are its own.

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>

namespace tw::bench {

struct Measure {
    double seconds = 0;
    long peakKb = 0;
    int status = 0;
};

// Runs `body` (returning an exit status) in a forked child and measures it.
template <class F>
Measure inChild(F&& body) {
    auto start = std::chrono::steady_clock::now();
    pid_t pid = fork();
    if (pid == 0) _exit(body());
    int status = 0;
    rusage ru{};
    wait4(pid, &status, 0, &ru);
    Measure m;
    m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    m.peakKb = ru.ru_maxrss;
    m.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return m;
}

}  // namespace tw::bench

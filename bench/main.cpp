// tidewatch-bench: benchmark commands (not tests). Each prints our figures and, where there is
// one, the peer's, measured in the same run.
//   tidewatch-bench import [--rows N] [--dir DIR] [--repeat K]
//   tidewatch-bench browse STORE [--query TEXT]
//   tidewatch-bench score --file TEXTS [--peer DIR]
//   tidewatch-bench trends [--rows N] [--days D] [--dir DIR]
//   tidewatch-bench categorize STORE [--rules N] [--threads T]
#include <cstdio>
#include <cstring>

int runImportBench(int argc, char** argv);
int runBrowseBench(int argc, char** argv);
int runScoreBench(int argc, char** argv);
int runTrendsBench(int argc, char** argv);
int runCategorizeBench(int argc, char** argv);

int main(int argc, char** argv) {
    if (argc >= 2 && !std::strcmp(argv[1], "import")) return runImportBench(argc - 2, argv + 2);
    if (argc >= 2 && !std::strcmp(argv[1], "browse")) return runBrowseBench(argc - 2, argv + 2);
    if (argc >= 2 && !std::strcmp(argv[1], "score")) return runScoreBench(argc - 2, argv + 2);
    if (argc >= 2 && !std::strcmp(argv[1], "trends")) return runTrendsBench(argc - 2, argv + 2);
    if (argc >= 2 && !std::strcmp(argv[1], "categorize")) return runCategorizeBench(argc - 2, argv + 2);
    std::fprintf(stderr,
                 "usage: tidewatch-bench import [--rows N] [--dir DIR] [--repeat K]\n"
                 "       tidewatch-bench browse STORE [--query TEXT]\n"
                 "       tidewatch-bench score --file TEXTS [--peer DIR]\n"
                 "       tidewatch-bench trends [--rows N] [--days D] [--dir DIR]\n"
                 "       tidewatch-bench categorize STORE [--rules N] [--threads T]\n");
    return 2;
}

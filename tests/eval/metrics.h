#pragma once
// Evaluation metrics shared by the accuracy tests.

#include <cmath>
#include <vector>

namespace tw::test {

inline double pearson(const std::vector<double>& x, const std::vector<double>& y) {
    double mx = 0, my = 0;
    for (std::size_t i = 0; i < x.size(); ++i) mx += x[i], my += y[i];
    mx /= static_cast<double>(x.size());
    my /= static_cast<double>(y.size());
    double c = 0, vx = 0, vy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        c += (x[i] - mx) * (y[i] - my);
        vx += (x[i] - mx) * (x[i] - mx);
        vy += (y[i] - my) * (y[i] - my);
    }
    return vx > 0 && vy > 0 ? c / std::sqrt(vx * vy) : 0.0;
}

// F1 of one class given counts of true positives, false positives and false negatives.
inline double f1(int tp, int fp, int fn) {
    double p = tp + fp ? static_cast<double>(tp) / (tp + fp) : 0, r = tp + fn ? static_cast<double>(tp) / (tp + fn) : 0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

}  // namespace tw::test

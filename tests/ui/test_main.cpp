// GUI tests run with the offscreen platform unless one is set, inside one QApplication.
#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);  // settings and data folders of their own
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TidewatchTests"));
    QApplication::setApplicationName(QStringLiteral("TidewatchTests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

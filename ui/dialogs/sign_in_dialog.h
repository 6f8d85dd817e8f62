#pragma once
// Sign-in to a store with users: a name and a password, checked by the core (argon2id, audited
// whether it succeeds or not). On success the dialog holds the user's access context.

#include "governance/access_context.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace tw::ui {

class SignInDialog final : public QDialog {
    Q_OBJECT
public:
    SignInDialog(const QString& storePath, QWidget* parent = nullptr);
    // Signs in without showing anything (scripts, tests); the error's text when it fails.
    static std::optional<core::AccessContext> signIn(const QString& storePath, const QString& user,
                                                     const QString& password, QString* error);

    [[nodiscard]] const std::optional<core::AccessContext>& access() const { return access_; }
    [[nodiscard]] QLineEdit* userField() const { return user_; }
    [[nodiscard]] QLineEdit* passwordField() const { return password_; }
    [[nodiscard]] QLabel* errorLabel() const { return error_; }
    // A line under the introduction (the demo store lists its users here).
    void setHint(const QString& hint);
    // Checks the fields; accepts the dialog when they are right.
    void trySignIn();

private:
    QString storePath_;
    QLineEdit* user_;
    QLineEdit* password_;
    QLabel* hint_;
    QLabel* error_;
    std::optional<core::AccessContext> access_;
};

}  // namespace tw::ui

#include "dialogs/sign_in_dialog.h"
#include "theme.h"

#include "store/user_repository.h"

#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tw::ui {

SignInDialog::SignInDialog(const QString& storePath, QWidget* parent)
    : QDialog(parent),
      storePath_(storePath),
      user_(new QLineEdit(this)),
      password_(new QLineEdit(this)),
      hint_(new QLabel(this)),
      error_(new QLabel(this)) {
    setWindowTitle(tr("Sign in — %1").arg(QFileInfo(storePath).fileName()));
    setMinimumWidth(420);
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("This store has users. Sign in to see what your role may see; every sign-in is recorded in the "
                      "store's audit trail."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    hint_->setWordWrap(true);
    hint_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    hint_->setVisible(false);
    layout->addWidget(hint_);
    auto* form = new QFormLayout;
    password_->setEchoMode(QLineEdit::Password);
    user_->setToolTip(tr("Your user name in this store"));
    password_->setToolTip(tr("Your password in this store; it also opens your role's keys to sealed text"));
    form->addRow(tr("&User:"), user_);
    form->addRow(tr("&Password:"), password_);
    layout->addLayout(form);
    error_->setStyleSheet(QStringLiteral("color: %1").arg(errorColour()));
    error_->setWordWrap(true);
    layout->addWidget(error_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SignInDialog::setHint(const QString& hint) {
    hint_->setText(hint);
    hint_->setVisible(!hint.isEmpty());
    adjustSize();
}

std::optional<core::AccessContext> SignInDialog::signIn(const QString& storePath, const QString& user,
                                                        const QString& password, QString* error) {
    auto store = core::Store::open(storePath.toStdString());
    if (!store) {
        if (error) *error = QString::fromStdString(store.error().describe());
        return std::nullopt;
    }
    core::UserRepository users(*store);
    auto policies = users.policies();
    std::shared_ptr<const core::KeyRing> keys;
    auto signedIn = users.signIn(user.toStdString(), password.toStdString(), QDateTime::currentSecsSinceEpoch(), &keys);
    if (!policies || !signedIn) {
        if (error) *error = QString::fromStdString(!policies ? policies.error().message : signedIn.error().message);
        return std::nullopt;
    }
    return core::AccessContext::of(signedIn->name, signedIn->role, *policies, {}, std::move(keys));
}

void SignInDialog::trySignIn() {
    // The password check is deliberately slow (argon2id): say so while it runs.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString why;
    access_ = signIn(storePath_, user_->text().trimmed(), password_->text(), &why);
    QApplication::restoreOverrideCursor();
    if (!access_) {
        if (!why.isEmpty()) why[0] = why[0].toUpper();
        error_->setText(why);
        adjustSize();  // room for the whole message
        password_->clear();
        password_->setFocus();
        return;
    }
    accept();
}

}  // namespace tw::ui

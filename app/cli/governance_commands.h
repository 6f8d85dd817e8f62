#pragma once
// tidewatch-cli user (add, passwd, grant, revoke, list) and audit (verify, export).

#include <string>

namespace tw::cli {

struct UserArgs {
    std::string action;  // add | passwd | grant | revoke | list
    std::string store, name, role;
    std::string as;  // the admin who acts (any user may change their own password)
    bool json = false;
};
int runUser(const UserArgs& args);

struct AuditArgs {
    std::string action;  // verify | export
    std::string store, as, actor, kind;
    bool json = false;
};
int runAudit(const AuditArgs& args);

}  // namespace tw::cli

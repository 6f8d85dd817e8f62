#pragma once
// tidewatch-cli user (add, passwd, grant, revoke, list) and audit (verify, export).

#include <string>
#include <vector>

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

struct ErasureArgs {
    std::string store, customer, as;
    bool json = false;
};
int runErase(const ErasureArgs& args);

struct RetentionArgs {
    std::string action;  // set | apply | show
    std::string store, as;
    std::vector<std::string> rules;  // CHANNEL=DAYS (set)
    bool json = false;
};
int runRetention(const RetentionArgs& args);

}  // namespace tw::cli

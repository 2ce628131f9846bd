// The enums: smsfilter/enums.def's lists, each member its C name with the library's value
// and its meaning as its docstring.
#include "bindings.h"
#include "smsfilter/policy.h"

namespace smsfilter::python {

void define_enums(py::module_& m) {
  py::enum_<StatusCode> status(m, "StatusCode", "Why an operation failed; the values are the C API's.");
  py::enum_<Action> action(m, "Action", "What the phone does with a message.");
  py::enum_<Feedback> feedback(m, "Feedback", "The user's verdict on a message.");
  py::enum_<ReasonKind> reason_kind(m, "ReasonKind", "What contributed to a decision.");
  py::enum_<OrganizationKind> organization_kind(m, "OrganizationKind",
                                                "The kind of a registry organisation.");
  py::enum_<SubKind> sub_kind(m, "SubKind", "Where a transaction or a promotion belongs.");
  py::enum_<ContactKind> contact_kind(m, "ContactKind", "How a message asks to be reached.");
  py::enum_<Language> language(m, "Language", "The languages of Reason.text().");
  // The values are the enumerators' (`number`, not `value`, which would rename the method).
#define SMSF_STATUS_CODE(Cpp, C, name, number, doc) status.value(#C, StatusCode::k##Cpp, doc);
#define SMSF_ACTION(Cpp, C, name, number, doc) action.value(#C, Action::k##Cpp, doc);
#define SMSF_FEEDBACK(Cpp, C, name, number, doc) feedback.value(#C, Feedback::k##Cpp, doc);
#define SMSF_REASON_KIND(Cpp, C, name, number, doc) reason_kind.value(#C, ReasonKind::k##Cpp, doc);
#define SMSF_ORGANIZATION_KIND(Cpp, C, name, number, doc) \
  organization_kind.value(#C, OrganizationKind::k##Cpp, doc);
#define SMSF_SUB_KIND(Cpp, C, name, number, doc) sub_kind.value(#C, SubKind::k##Cpp, doc);
#define SMSF_CONTACT_KIND(Cpp, C, name, number, doc) contact_kind.value(#C, ContactKind::k##Cpp, doc);
#define SMSF_LANGUAGE(Cpp, C, name, number, doc) language.value(#C, Language::k##Cpp, doc);
#include "smsfilter/enums.def"
}

}  // namespace smsfilter::python

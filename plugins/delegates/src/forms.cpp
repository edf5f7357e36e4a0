#include "forms.hpp"

namespace delegates {

FormNumbers default_form_numbers() {
  FormNumbers out;
  for (const auto& f : kFormNumbers)
    out.emplace(f.key, f.number);
  return out;
}

std::string form_number(const FormNumbers& numbers, Form form, ElectionKind kind) {
  for (const auto& f : kFormNumbers) {
    if (f.form == form && f.kind == kind) {
      const auto it = numbers.find(f.key);
      return it == numbers.end() ? std::string(f.number) : it->second;
    }
  }
  return {};
}

}  // namespace delegates

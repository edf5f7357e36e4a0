#include "doc/qr_code.hpp"

#include <qrencode.h>

#include <memory>
#include <stdexcept>
#include <string>

namespace thuky::doc {

QrMatrix encode_qr(std::string_view text) {
  const std::string copy(text);  // libqrencode wants a NUL-terminated string
  const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
      QRcode_encodeString8bit(copy.c_str(), 0, QR_ECLEVEL_M), &QRcode_free);
  if (!code)
    throw std::runtime_error("libqrencode could not encode a QR code of " + copy);
  QrMatrix out;
  out.size = code->width;
  out.dark.resize(static_cast<std::size_t>(code->width * code->width));
  for (std::size_t i = 0; i < out.dark.size(); ++i)
    out.dark[i] = code->data[i] & 1;  // bit 0: dark module; the others are libqrencode's
  return out;
}

}  // namespace thuky::doc

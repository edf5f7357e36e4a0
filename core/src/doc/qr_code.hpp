#pragma once
// QR codes (libqrencode) as a square of modules, for the document engine to draw as filled
// rectangles: vector, so the code stays sharp at any print resolution.

#include <string_view>
#include <vector>

namespace thuky::doc {

struct QrMatrix {
  int size = 0;                     // modules per side, without the quiet zone
  std::vector<unsigned char> dark;  // size * size, row by row from the top; 1 = dark
  bool at(int x, int y) const { return dark[static_cast<std::size_t>(y * size + x)] != 0; }
};

// The QR code of `text` (8-bit mode, error correction level M: a smudged or folded corner of
// a posted paper still scans). Throws std::runtime_error when libqrencode fails.
QrMatrix encode_qr(std::string_view text);

}  // namespace thuky::doc

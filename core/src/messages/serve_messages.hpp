#pragma once
// The catalogue of what `thuky serve` itself answers a page (thuky/message.hpp): refusals before
// any handler runs (no session, no CSRF token, a request it cannot read) and a store that
// another command holds. The pages show the Vietnamese; "error_en" carries the English.

#include "thuky/message.hpp"

namespace thuky::msg {

inline constexpr MessageText kLoopbackOnly{"serve.loopback_only",
                                           "this server answers only at 127.0.0.1",
                                           "máy chủ này chỉ trả lời ở địa chỉ 127.0.0.1"};
inline constexpr MessageText kNotLoggedIn{
    "serve.not_logged_in", "not logged in",
    "bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn: hãy đăng nhập lại"};
inline constexpr MessageText kWrongCsrfToken{
    "serve.wrong_csrf_token", "missing or wrong CSRF token: reload the page",
    "trang đã cũ hoặc thiếu mã bảo vệ (CSRF): hãy tải lại trang"};
inline constexpr MessageText kMayOnlyRead{"serve.may_only_read", "'{user}' may only read",
                                          "tài khoản “{user}” chỉ được xem, không được sửa"};
// {seconds}: the store's busy timeout, which has run out.
inline constexpr MessageText kStoreBusy{
    "serve.store_busy",
    "the store is busy: another thuky command has been writing for more than {seconds} s; try "
    "again in a moment",
    "dữ liệu đang bận: một lệnh thuky khác đang ghi đã hơn {seconds} giây; hãy thử lại sau ít "
    "phút"};
inline constexpr MessageText kTooLarge{"serve.too_large",
                                       "the request is too large: at most {limit} MiB",
                                       "dữ liệu gửi lên quá lớn: tối đa {limit} MB"};
inline constexpr MessageText kUnreadableRequest{
    "serve.unreadable_request",
    "the request could not be read (a broken form or upload): send it again",
    "không đọc được dữ liệu gửi lên (biểu mẫu hoặc tệp tải lên bị hỏng): hãy gửi lại"};
inline constexpr MessageText kRefused{"serve.refused", "this request was refused (HTTP {status})",
                                      "yêu cầu này bị từ chối (mã HTTP {status})"};

inline constexpr MessageText kServeMessages[] = {kLoopbackOnly,      kNotLoggedIn, kWrongCsrfToken,
                                                 kMayOnlyRead,       kStoreBusy,   kTooLarge,
                                                 kUnreadableRequest, kRefused};

}  // namespace thuky::msg

// The login form: a JSON POST (the server refuses form posts), then the people page.
"use strict";

const MESSAGES = {
  401: "Sai tên đăng nhập hoặc mật khẩu.",
};

document.getElementById("login-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const error = document.getElementById("login-error");
  error.hidden = true;
  const response = await fetch("/api/login", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      name: document.getElementById("login-name").value,
      password: document.getElementById("login-password").value,
    }),
  });
  if (response.ok) {
    window.location.href = "/";
    return;
  }
  const body = await response.json().catch(() => ({}));
  error.textContent = response.status === 429
    ? `Đăng nhập sai nhiều lần. Vui lòng thử lại sau ${body.retry_after} giây.`
    : MESSAGES[response.status] || body.error || "Không đăng nhập được.";
  error.hidden = false;
});

// The pages, scripts and styles built into the program.
#include "embedded_pages.hpp"
#include "messages/serve_messages.hpp"
#include "page_shell.hpp"
#include "web_app.hpp"

namespace thuky::web {

namespace {

void serve(const httplib::Request& req, httplib::Response& res, const std::string& name) {
  const auto& pages = embedded_pages();
  const auto it = pages.find(name);
  if (it == pages.end()) {
    res.status = 404;
    return res.set_content("Không có trang này.", "text/plain; charset=utf-8");
  }
  (void)req;
  const std::string mime = mime_of(name);
  res.set_content(mime.starts_with("text/html") ? with_page_shell(std::string(it->second))
                                                : std::string(it->second),
                  mime);
}

}  // namespace

void add_page_routes(WebApp& app) {
  // Pages hold no data: each fetches what it shows from /api/, which checks the session.
  const std::pair<const char*, const char*> routes[] = {{"/", "/people.html"},
                                                        {"/login", "/login.html"}};
  for (const auto& [path, page] : routes) {
    std::string name = page;
    app.http().Get(path, [&app, name](const httplib::Request& req, httplib::Response& res) {
      if (!app.host_allowed(req))
        return send_refusal(res, 403, Message(msg::kLoopbackOnly));
      serve(req, res, name);
    });
  }
  app.http().Get(R"(/assets/([a-z0-9_-]+\.(js|css|svg)))",
                 [&app](const httplib::Request& req, httplib::Response& res) {
                   if (!app.host_allowed(req))
                     return send_refusal(res, 403, Message(msg::kLoopbackOnly));
                   serve(req, res, "/" + req.matches[1].str());
                 });
}

}  // namespace thuky::web

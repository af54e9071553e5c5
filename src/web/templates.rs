//! The staff pages' templates (templates/web/), compiled into the binary so
//! that `serve` and the daemon need no files beside them. minijinja escapes
//! every value in a `.html` template; only the report's SVG charts, built
//! and escaped by `report::svg`, and the stylesheet are passed as safe.

use std::sync::OnceLock;

use minijinja::Environment;

/// The stylesheet, served as /static/style.css and inlined into the report file.
pub const CSS: &str = include_str!("../../templates/web/style.css");

const TEMPLATES: [(&str, &str); 10] = [
    ("base.html", include_str!("../../templates/web/base.html")),
    ("error.html", include_str!("../../templates/web/error.html")),
    (
        "overview.html",
        include_str!("../../templates/web/overview.html"),
    ),
    (
        "requests.html",
        include_str!("../../templates/web/requests.html"),
    ),
    (
        "request.html",
        include_str!("../../templates/web/request.html"),
    ),
    (
        "review.html",
        include_str!("../../templates/web/review.html"),
    ),
    (
        "evidence.html",
        include_str!("../../templates/web/evidence.html"),
    ),
    (
        "report.html",
        include_str!("../../templates/web/report.html"),
    ),
    (
        "report_body.html",
        include_str!("../../templates/web/report_body.html"),
    ),
    (
        "report_file.html",
        include_str!("../../templates/web/report_file.html"),
    ),
];

fn env() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        // A missing variable is a bug in the page, not an empty string.
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        // A path segment: everything but letters and digits percent-encoded
        // (a reference or Message-ID may hold `/`, `?` or `#`).
        env.add_filter("urlencode", |v: String| super::segment(&v));
        for (name, text) in TEMPLATES {
            // The templates are part of the binary; the unit test below
            // renders each, so a broken one fails the build's tests.
            if let Err(e) = env.add_template(name, text) {
                tracing::error!("template {name}: {e}");
            }
        }
        env
    })
}

/// Renders template `name` with `ctx`.
pub fn render(name: &str, ctx: minijinja::Value) -> Result<String, String> {
    env()
        .get_template(name)
        .and_then(|t| t.render(ctx))
        .map_err(|e| format!("template {name}: {e:#}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_parses() {
        for (name, text) in TEMPLATES {
            let mut e = Environment::new();
            e.add_filter("urlencode", |v: String| v);
            for (n, t) in TEMPLATES {
                e.add_template(n, t).unwrap();
            }
            assert!(e.get_template(name).is_ok(), "{name}: {text:.40}");
        }
    }

    #[test]
    fn email_text_is_escaped() {
        let html = render(
            "error.html",
            minijinja::context! {
                title => "t", nav => "", version => "v", now => "n", timezone => "z",
                status => 404, heading => "h", hint => "",
                message => "<script>document.title='pwned'</script>",
            },
        )
        .unwrap();
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;"));
    }
}

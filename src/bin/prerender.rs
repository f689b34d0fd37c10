//! Build-time pre-rendering: renders every route of the app to static HTML with the same
//! components the browser runs, reading the dataset from disk. No browser involved. It also writes
//! the open-data files beside the dataset in `data/`: CSV tables, IATI XML, the data package,
//! `CITATION.cff`, the static JSON API (`data/api/`), this release's copy (`data/v<version>/`) and
//! the dataset's copy in each language (what the app loads), and the events' Atom feed in each
//! language (`events.atom`, `ru/events.atom`).
//!
//! Usage: prerender --dist dist [--base /bomca] [--site-url https://example.org] [--data public/data/bomca.json]
//!        prerender --data some.json --write-copy out.bin [--locale ru|all]   (only the app's copy
//!        of a dataset, in one language or all, for the browser tests that serve it other data)
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bomca_explorer::core::export::{
    api, app_copy, atom, citation, datapackage, dataset_file, Export, DEFAULT_SITE_URL,
};
use bomca_explorer::core::routes::routes;
use bomca_explorer::core::{i18n, load, locale::Locale, model::Dataset};
use bomca_explorer::ui::app::App;
use futures::StreamExt;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

struct Args {
    dist: PathBuf,
    base: String,
    site_url: String,
    data: PathBuf,
    /// Where to write only the app's copy, and its language (`None`: every language).
    write_copy: Option<(PathBuf, Option<Locale>)>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        dist: "dist".into(),
        base: String::new(),
        site_url: DEFAULT_SITE_URL.into(),
        data: "public/data/bomca.json".into(),
        write_copy: None,
    };
    let mut locale = Some(Locale::En);
    let mut copy_out = None;
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--dist" => args.dist = value.into(),
            "--base" => args.base = value.trim_end_matches('/').to_string(),
            "--data" => args.data = value.into(),
            "--site-url" => args.site_url = value.trim_end_matches('/').to_string(),
            "--write-copy" => copy_out = Some(PathBuf::from(value)),
            "--locale" if value == "all" => locale = None,
            "--locale" => locale = Some(Locale::from_code(&value).ok_or_else(|| format!("unknown locale {value}"))?),
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    args.write_copy = copy_out.map(|out| (out, locale));
    Ok(args)
}

fn render(template: &str, ds: &Arc<Dataset>, base: &str, site_url: &str, path: &str, locale: Locale) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(RequestUrl::new(&format!("{base}{path}")));
        let (meta, meta_output) = ServerMetaContext::new();
        provide_context(meta);
        let body =
            view! { <App base=base.to_string() site_url=format!("{site_url}{base}") initial=Some((None, Ok(ds.clone())))/> }.to_html();
        // Leptos marks empty places with `<!>`, a bogus comment to an HTML parser; `<!---->` is a
        // valid empty comment and parses to the same DOM (text is escaped, so no `<!>` is content).
        let body = body.replace("<!>", "<!---->");
        let texts = i18n::page_texts_script(&[locale]);
        let page = template.replacen("<div id=\"app\"></div>", &format!("<div id=\"app\">{body}</div>{texts}"), 1).replacen(
            "<html lang=\"en\">",
            &format!("<html lang=\"{}\">", locale.code()),
            1,
        );
        let stream = futures::stream::once(async move { page });
        futures::executor::block_on(async move {
            meta_output.inject_meta_context(Box::pin(stream)).await.collect::<String>().await
        })
    })
}

fn output_path(dist: &Path, path: &str) -> PathBuf {
    dist.join(path.trim_start_matches('/')).join("index.html")
}

fn main() -> Result<(), String> {
    let args = parse_args()?;
    let _ = any_spawner::Executor::init_futures_executor();
    let json = std::fs::read_to_string(&args.data).map_err(|e| format!("{}: {e}", args.data.display()))?;
    let tree: serde_json::Value = serde_json::from_str(&json).map_err(|e| format!("{}: {e}", args.data.display()))?;
    let ds = Arc::new(load::parse(&json).map_err(|e| format!("{}: {e}", args.data.display()))?);
    let copy = |l: Locale| app_copy(&tree, l).map_err(|e| format!("{}: {e}", args.data.display()));
    if let Some((out, only)) = &args.write_copy {
        let bytes = match only {
            Some(l) => copy(*l)?,
            None => load::write_copy(&ds),
        };
        return std::fs::write(out, bytes).map_err(|e| format!("{}: {e}", out.display()));
    }
    let index = args.dist.join("index.html");
    let raw_template = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    // The default title is replaced by each page's own.
    let template = match (raw_template.find("<title>"), raw_template.find("</title>")) {
        (Some(a), Some(b)) => format!("{}{}", &raw_template[..a], &raw_template[b + "</title>".len()..]),
        _ => raw_template.clone(),
    };
    if !template.contains("<div id=\"app\"></div>") {
        return Err("dist/index.html has no empty <div id=\"app\"></div> to render into".into());
    }

    let mut written = Vec::new();
    for locale in Locale::ALL {
        for route in routes(&ds) {
            let path = locale.path(&route);
            let html = render(&template, &ds, &args.base, &args.site_url, &path, locale);
            let out = output_path(&args.dist, &path);
            std::fs::create_dir_all(out.parent().expect("has parent")).map_err(|e| e.to_string())?;
            std::fs::write(&out, html).map_err(|e| format!("{}: {e}", out.display()))?;
            written.push(path);
        }
    }
    let root = format!("{}{}", args.site_url, args.base);
    let schema_path = args.data.with_file_name("bomca.schema.json");
    let schema = std::fs::read_to_string(&schema_path).map_err(|e| format!("{}: {e}", schema_path.display()))?;
    // This release's files, also under data/v<version>/ so a citation can point at the exact data.
    let mut release: Vec<(String, String)> =
        Export::ALL.into_iter().map(|e| (e.file_name(), e.generate(&ds))).collect();
    release.push(("datapackage.json".into(), datapackage::package(&ds, &root)));
    release.push(("CITATION.cff".into(), citation::cff(&ds, &root)));
    let version_dir = format!("data/v{}", ds.meta.version);
    let mut files: Vec<(String, String)> = Vec::new();
    for (name, content) in &release {
        files.push((format!("data/{name}"), content.clone()));
        files.push((format!("{version_dir}/{name}"), content.clone()));
    }
    files.push((format!("{version_dir}/bomca.json"), json.clone()));
    files.push((format!("{version_dir}/bomca.schema.json"), schema));
    files.extend(api::files(&tree, &ds, &root));
    files.extend(
        Locale::ALL
            .into_iter()
            .map(|l| (atom::feed_path(l).trim_start_matches('/').to_string(), atom::feed(&ds, &root, l))),
    );
    for (path, content) in &files {
        let out = args.dist.join(path);
        std::fs::create_dir_all(out.parent().expect("has parent")).map_err(|e| e.to_string())?;
        std::fs::write(&out, content).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    for l in Locale::ALL {
        let out = args.dist.join("data").join(dataset_file(l));
        std::fs::write(&out, copy(l)?).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    // The SPA shell for routes with no page of their own (404 fallback, query views), in any language.
    let shell = raw_template.replacen(
        "<div id=\"app\"></div>",
        &format!("<div id=\"app\"></div>{}", i18n::page_texts_script(&Locale::ALL)),
        1,
    );
    std::fs::write(args.dist.join("shell.html"), shell).map_err(|e| e.to_string())?;
    std::fs::write(args.dist.join("routes.txt"), written.join("\n") + "\n").map_err(|e| e.to_string())?;
    println!("pre-rendered {} pages into {}", written.len(), args.dist.display());
    Ok(())
}

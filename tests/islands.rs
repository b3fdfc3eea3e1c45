//! The interactive parts of each page (crates/core/src/islands.rs): every island can be named in HTML and
//! read back, the page's markup holds exactly the islands its route lists, and the one bundle a
//! page loads can bring every one of them to life (and carries no other page's code).

mod page_support;
use page_support::render;

use night_cramps::islands::{Bundle, Island};
use night_cramps::routes::Route;

/// The (data-island, data-props) pairs in a rendered page, in document order.
fn islands_in(html: &str) -> Vec<Island> {
    html.match_indices("data-island=\"")
        .map(|(at, m)| {
            let rest = &html[at + m.len()..];
            let name = &rest[..rest.find('"').expect("closing quote")];
            let tag_end = rest.find('>').expect("end of tag");
            let props = rest[..tag_end]
                .split("data-props=\"")
                .nth(1)
                .map(|p| &p[..p.find('"').expect("quote")]);
            Island::parse(name, props)
                .unwrap_or_else(|| panic!("unknown island {name:?} {props:?}"))
        })
        .collect()
}

#[test]
fn every_island_reads_back_from_its_attributes() {
    for island in Island::all() {
        assert_eq!(
            Island::parse(island.name(), island.props()),
            Some(island),
            "{island:?}"
        );
    }
    assert_eq!(Island::parse("relief", None), None);
    assert_eq!(Island::parse("hold-timer", Some("elbow")), None);
    assert_eq!(Island::parse("hold-timer", None), None);
}

#[test]
fn each_page_holds_exactly_its_islands_and_its_bundle_carries_them() {
    let mut routes = Route::all();
    routes.push(Route::NotFound);
    for route in routes {
        let html = render(route);
        let found = islands_in(&html);
        assert_eq!(found, route.islands(), "{route:?}: islands in the page");
        let bundle = route.bundle();
        for island in found {
            assert!(
                bundle.carries(island),
                "{route:?}: {bundle:?} does not carry {island:?}"
            );
        }
    }
}

#[test]
fn every_bundle_starts_its_islands_with_its_own_function() {
    // The entry names the bundle's function in `runtime::bundles`, so the linker keeps that
    // bundle's DOM code and no other's.
    let root = env!("CARGO_MANIFEST_DIR");
    for bundle in Bundle::ALL {
        let name = bundle.bin().trim_start_matches("nc-");
        let entry = format!("{root}/src/bin/{name}.rs");
        let code = std::fs::read_to_string(&entry).expect("a bundle's entry");
        assert!(
            code.contains(&format!(
                "hydrate::start(night_cramps::runtime::bundles::{name}_plain)"
            )),
            "{entry}"
        );
    }
}

/// Each `[[bin]]` of a Cargo.toml as (name, path).
fn cargo_binaries(manifest: &str) -> Vec<(String, String)> {
    let value = |block: &str, key: &str| {
        block
            .lines()
            .find_map(|l| l.trim().strip_prefix(&format!("{key} = \"")))
            .and_then(|rest| rest.strip_suffix('"'))
            .map(str::to_owned)
    };
    manifest
        .split("[[bin]]")
        .skip(1)
        .map(|rest| rest.split("\n[").next().unwrap_or(rest))
        .map(|block| {
            (
                value(block, "name").expect("a binary's name"),
                value(block, "path").expect("a binary's path"),
            )
        })
        .collect()
}

#[test]
fn cargo_builds_exactly_the_bundles_of_the_one_list() {
    // `Bundle` (crates/core/src/islands.rs) is the one list of bundles: xtask builds, and the
    // prerender links and precaches, one per `Bundle::ALL`. Cargo needs each as a binary, each
    // with its entry file, and no other binary named like a bundle.
    let root = env!("CARGO_MANIFEST_DIR");
    let manifest = std::fs::read_to_string(format!("{root}/Cargo.toml")).expect("Cargo.toml");
    let mut in_cargo: Vec<(String, String)> = cargo_binaries(&manifest)
        .into_iter()
        .filter(|(name, _)| name.starts_with("nc-"))
        .collect();
    in_cargo.sort();
    let mut in_list: Vec<(String, String)> = Bundle::ALL
        .iter()
        .map(|b| {
            let entry = format!("src/bin/{}.rs", b.bin().trim_start_matches("nc-"));
            (b.bin().to_owned(), entry)
        })
        .collect();
    in_list.sort();
    assert_eq!(in_cargo, in_list);
    for (_, entry) in in_list {
        assert!(
            std::path::Path::new(&format!("{root}/{entry}")).exists(),
            "{entry}"
        );
    }
}

#[test]
fn index_html_builds_the_site_bundle() {
    // Trunk's input builds the site bundle; xtask builds every other one with the same link.
    let index = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
        .expect("index.html");
    let rust_links: Vec<&str> = index
        .lines()
        .filter(|l| l.contains("data-trunk") && l.contains("rel=\"rust\""))
        .collect();
    assert_eq!(rust_links.len(), 1, "{rust_links:?}");
    assert!(
        rust_links[0].contains(&format!("data-bin=\"{}\"", Bundle::Site.bin())),
        "{}",
        rust_links[0]
    );
}

#[test]
fn the_binaries_are_read_with_their_paths() {
    let manifest = "[lib]\npath = \"src/lib.rs\"\n\n[[bin]]\nname = \"nc-a\"\npath = \"src/bin/a.rs\"\n\n[[bin]]\nname = \"p\"\npath = \"src/bin/p.rs\"\nrequired-features = [\"ssr\"]\n\n[features]\nname = \"x\"\n";
    assert_eq!(
        cargo_binaries(manifest),
        [
            ("nc-a".to_owned(), "src/bin/a.rs".to_owned()),
            ("p".to_owned(), "src/bin/p.rs".to_owned())
        ]
    );
}

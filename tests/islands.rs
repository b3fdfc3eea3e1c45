//! The interactive parts of each page (crates/core/src/islands.rs): every island can be named in HTML and
//! read back, the page's markup holds exactly the islands its route lists, and the one bundle a
//! page loads can bring every one of them to life (and carries no other page's code).

mod page_support;
use page_support::render;

use night_cramps::bundles;
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
            assert!(
                island.is_plain() || bundles::of(bundle)(island).is_some(),
                "{route:?}: {bundle:?} cannot render {island:?}"
            );
            // The site bundle's entry starts plain islands only (it carries no Yew).
            assert!(
                bundle != Bundle::Site || island.is_plain(),
                "{route:?}: the site bundle cannot hydrate {island:?}"
            );
        }
    }
}

#[test]
fn a_bundle_renders_only_the_islands_it_carries() {
    for bundle in Bundle::ALL {
        for island in Island::all() {
            // Plain islands are carried by every bundle but never rendered by Yew.
            assert_eq!(
                bundles::of(bundle)(island).is_some(),
                bundle.carries(island) && !island.is_plain(),
                "{bundle:?} / {island:?}"
            );
        }
    }
}

#[test]
fn the_warm_up_trees_are_what_the_host_renders_for_them() {
    // The browser hydrates `WarmUp` and `WarmUpMore` from these literals before the first Yew
    // island; a mismatch would panic there and stop the page's code.
    use night_cramps::hydrate::{warm_up_html, warm_up_more_html, WarmUp, WarmUpMore};
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let local = tokio::task::LocalSet::new();
    let (first, second) = local.block_on(&rt, async {
        (
            yew::LocalServerRenderer::<WarmUp>::new().render().await,
            yew::LocalServerRenderer::<WarmUpMore>::new().render().await,
        )
    });
    assert_eq!(first, warm_up_html());
    assert_eq!(second, warm_up_more_html());
}

#[test]
fn the_bundles_are_exactly_the_cargo_binaries_named_nc() {
    // Cargo.toml's `nc-*` binaries are the one list of bundles: the build makes one bundle per
    // binary, and the app must know each of them (and no other) as a `Bundle` with an entry.
    let manifest = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml"))
        .expect("Cargo.toml");
    let mut in_cargo: Vec<String> = manifest
        .lines()
        .filter_map(|line| line.trim().strip_prefix("name = \""))
        .filter_map(|rest| rest.strip_suffix('"'))
        .filter(|name| name.starts_with("nc-"))
        .map(str::to_owned)
        .collect();
    in_cargo.sort();
    let mut in_app: Vec<String> = Bundle::ALL.iter().map(|b| b.bin().to_owned()).collect();
    in_app.sort();
    assert_eq!(in_cargo, in_app);
    for bundle in Bundle::ALL {
        let entry = format!(
            "{}/src/bin/{}.rs",
            env!("CARGO_MANIFEST_DIR"),
            bundle.bin().trim_start_matches("nc-")
        );
        assert!(std::path::Path::new(&entry).exists(), "{entry}");
    }
}

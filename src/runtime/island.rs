//! Where an island sits in a page, and the root every island is hydrated from.
//!
//! The host renders whole pages; each [`IslandSlot`] in them renders its island inside a
//! `<div class="island" data-island=…>` as an [`IslandRoot`]. In the browser, `crate::runtime::hydrate`
//! finds those divs and hydrates each one from an `IslandRoot` with the same props, so the markup
//! matches exactly (see `crate::islands`).

use yew::prelude::*;

use crate::islands::Island;

#[derive(Properties, PartialEq)]
pub struct IslandRootProps {
    pub island: Island,
    pub children: Html,
}

/// The root of one island. Once it is live in the browser it tells the page (the last island to
/// come alive sets the "hydrated" marker that tests and the benchmark wait for); an island that
/// shows stored data tells it itself, once that is on screen.
#[component]
pub fn IslandRoot(props: &IslandRootProps) -> Html {
    let island = props.island;
    use_effect_with((), move |_| {
        if !island.opens_from_storage() {
            crate::platform::browser::island_hydrated();
        }
    });
    props.children.clone()
}

#[derive(Properties, PartialEq)]
pub struct IslandSlotProps {
    pub island: Island,
}

/// An island inside a prerendered page. Host only: the browser never renders whole pages, so
/// this (and the route switch that uses it) is left out of every browser bundle.
#[component]
pub fn IslandSlot(props: &IslandSlotProps) -> Html {
    let island = props.island;
    let root = IslandRootProps {
        island,
        children: crate::runtime::bundles::content(island),
    };
    html! {
        <div class="island" data-island={island.name()} data-props={island.props()}>
            <IslandRoot ..root />
        </div>
    }
}

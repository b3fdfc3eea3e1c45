//! Where an island sits in a prerendered page: each [`IslandSlot`] renders its island inside a
//! `<div class="island" data-island=…>`, which `crate::runtime::hydrate` finds in the browser
//! (see `crate::islands`).

use yew::prelude::*;

use crate::islands::Island;

#[derive(Properties, PartialEq)]
pub struct IslandSlotProps {
    pub island: Island,
}

/// An island inside a prerendered page. Host only: the browser never renders whole pages, so
/// this (and the route switch that uses it) is left out of every browser bundle.
#[component]
pub fn IslandSlot(props: &IslandSlotProps) -> Html {
    let island = props.island;
    html! {
        <div class="island" data-island={island.name()} data-props={island.props()}>
            { crate::runtime::bundles::content(island) }
        </div>
    }
}

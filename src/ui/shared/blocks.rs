//! Renders a guide section's blocks (paragraphs, lists, care cards and the content tables).

use yew::prelude::*;

use crate::content::claims::CLAIMS;
use crate::content::factors::{MEDICINE_CLASSES, RISK_FACTORS};
use crate::content::guide::Block;
use crate::content::red_flags::RED_FLAGS;
use crate::content::relief::{AFTERCARE, MUSCLES};
use crate::content::sources::SOURCES;
use crate::routes::Route;
use crate::ui::shared::care_card::care_card;
use crate::ui::shared::cites::cites;
use crate::ui::shared::link::href;

#[derive(Properties, PartialEq)]
pub struct BlocksProps {
    pub blocks: &'static [Block],
}

#[component]
pub fn Blocks(props: &BlocksProps) -> Html {
    // Item headings inside the tables sit one level below the nearest section heading: h3 after
    // a sub-heading, h2 when the table comes straight after the page's h1 (headings never skip).
    let mut under_h2 = false;
    let rendered = props.blocks.iter().map(|b| {
        let html = block(b, if under_h2 { 3 } else { 2 });
        under_h2 |= matches!(b, Block::Heading(_));
        html
    });
    html! { <>{ for rendered }</> }
}

/// An item heading at the given level (2 or 3).
fn heading(level: u8, class: &'static str, children: Html) -> Html {
    if level == 2 {
        html! { <h2 class={class}>{ children }</h2> }
    } else {
        html! { <h3 class={class}>{ children }</h3> }
    }
}

fn block(b: &Block, level: u8) -> Html {
    match *b {
        Block::Para(c) => html! { <p>{ c.text }{ cites(c.sources) }</p> },
        Block::Heading(h) => html! { <h2>{ h }</h2> },
        Block::List(items) => html! {
            <ul>{ for items.iter().map(|c| html! { <li>{ c.text }{ cites(c.sources) }</li> }) }</ul>
        },
        Block::Care(urgency) => care_card(urgency, 2),
        Block::RedFlags => html! {
            <ul class="red-flags">
                { for RED_FLAGS.iter().map(|f| html! {
                    <li><strong>{ f.short }</strong>{ ": " }{ f.why }{ cites(f.sources) }</li>
                }) }
            </ul>
        },
        Block::Claims => html! {
            <ul class="claims">
                { for CLAIMS.iter().map(|c| html! {
                    <li class="claim" id={format!("claim-{}", c.id)}>
                        { heading(level, "claim__said", html! { <><span class="visually-hidden">{ "The article says: " }</span>{ c.article_says }</> }) }
                        <p class={classes!("verdict", format!("verdict--{}", c.verdict.key()))}>
                            <span class="visually-hidden">{ "Verdict: " }</span>{ c.verdict.label() }
                        </p>
                        <p>{ c.evidence }{ cites(c.sources) }</p>
                    </li>
                }) }
            </ul>
        },
        Block::RiskFactors => html! {
            <ul class="factors">
                { for RISK_FACTORS.iter().map(|f| html! {
                    <li id={format!("factor-{}", f.id)}>
                        { heading(level, "", html! { f.name }) }
                        <p class="strength">{ f.strength.label() }</p>
                        <p>{ f.summary }{ cites(f.sources) }</p>
                    </li>
                }) }
            </ul>
        },
        Block::Medicines => html! {
            <ul class="factors">
                { for MEDICINE_CLASSES.iter().map(|m| html! {
                    <li id={format!("medicine-{}", m.id)}>
                        { heading(level, "", html! { m.name }) }
                        if !m.examples.is_empty() {
                            <p class="examples">{ "For example: " }{ m.examples.join(", ") }</p>
                        }
                        <p class="strength">{ m.strength.label() }</p>
                        <p>{ m.summary }{ cites(m.sources) }</p>
                    </li>
                }) }
            </ul>
        },
        Block::ReliefSteps => html! {
            <>
                { for MUSCLES.iter().map(|m| html! {
                    <section class="relief-summary" aria-label={m.name}>
                        { heading(level, "", html! { <>{ m.name }<span class="hint">{ format!(" ({})", m.hint) }</span></> }) }
                        <ol>{ for m.steps.iter().map(|s| html! { <li>{ s.text }</li> }) }</ol>
                        <p class="alt-heading">{ "If you can't stand:" }</p>
                        <ul>{ for m.alternatives.iter().map(|s| html! { <li>{ s.text }</li> }) }</ul>
                        if let Some(note) = m.confidence_note { <p class="note">{ note }</p> }
                        <p>{ cites(m.sources) } <a href={href(&Route::NowMuscle(m.id), None)}>{ format!("Open the {} stretch with a timer", m.name.to_lowercase()) }</a></p>
                    </section>
                }) }
                { heading(level, "", html! { "After the cramp" }) }
                <ul>{ for AFTERCARE.iter().map(|c| html! { <li>{ c.text }{ cites(c.sources) }</li> }) }</ul>
            </>
        },
        Block::StretchRoutine => html! {
            <p class="stretch-link">
                <a href={href(&Route::Stretch, None)}>{ crate::content::stretches::GUIDE_LINK }</a>
            </p>
        },
        Block::SourceList => html! {
            <ol class="sources">
                { for SOURCES.iter().map(|s| html! {
                    <li id={format!("src-{}", s.id)}>
                        { s.authors }{ ". " }<cite>{ s.title }</cite>{ ". " }{ s.publisher }{ "; " }{ s.year }{ "." }
                    </li>
                }) }
            </ol>
        },
    }
}

//! What each browser bundle can bring to life: one function per [`Bundle`](crate::islands::Bundle),
//! from an island to the DOM code that starts it, and what the host writes for each island
//! ([`content`]).
//!
//! A bundle's entry (src/bin/) passes its function to `crate::runtime::hydrate::start`; the
//! linker then keeps only the code it names, which is what keeps a guide page's download small.

use yew::prelude::*;

use crate::islands::Island;
use crate::ui;

/// The islands every bundle starts: the offline note and the update prompt. Returns whether it
/// started `island`.
pub fn site_plain(island: Island, element: &web_sys::Element) -> bool {
    match island {
        Island::Status => crate::ui::shared::offline_badge::start(element.clone()),
        Island::Update => crate::ui::shared::update_prompt::start(element.clone()),
        _ => return false,
    }
    true
}

/// The check bundle's islands: the self-assessment, and the site's.
pub fn check_plain(island: Island, element: &web_sys::Element) -> bool {
    match island {
        Island::Check => ui::check::start(element),
        other => site_plain(other, element),
    }
}

/// The diary bundle's islands: the diary, its doctor summary, its backups, the trial
/// of a change; a muscle's page's hold timer (its first start is remembered for the quick
/// log's "about how long") and one-tap log; the bedtime stretch player; and the site's.
pub fn diary_plain(island: Island, element: &web_sys::Element) -> bool {
    match island {
        Island::Diary => ui::diary::start(element),
        Island::DiarySummary => ui::diary::summary::start(element),
        Island::DiaryBackup => ui::diary::backup::start(element),
        Island::DiaryExperiment => ui::diary::experiment::start(element),
        Island::HoldTimer(_) => {
            ui::relief::hold_timer::start(element, ui::relief::quick_log::note_hold_started);
            true
        }
        Island::QuickLog(muscle) => ui::relief::quick_log::start(element, muscle),
        Island::Stretch => {
            ui::shared::reminder::start_plain(
                element,
                ui::shared::reminder::ReminderKind::NightlyStretches,
            );
            ui::relief::stretch_player::start(element)
        }
        other => site_plain(other, element),
    }
}

/// The privacy bundle's islands: what is stored and erasing it, and the site's.
pub fn privacy_plain(island: Island, element: &web_sys::Element) -> bool {
    match island {
        Island::Privacy => ui::privacy::start(element),
        other => site_plain(other, element),
    }
}

/// Any island as the host writes it into the page: the markup its DOM code brings to life (the
/// offline note and update prompt write nothing until the browser has news for them).
pub fn content(island: Island) -> Html {
    match island {
        Island::HoldTimer(muscle) => html! { <ui::relief::now::MuscleTimer {muscle} /> },
        Island::QuickLog(muscle) => {
            html! { <crate::ui::relief::quick_log::QuickLogPanel {muscle} /> }
        }
        Island::Privacy => html! { <ui::privacy::Privacy /> },
        Island::Check => Html::from_html_unchecked(AttrValue::from(ui::check::prerendered())),
        Island::Diary => Html::from_html_unchecked(AttrValue::from(ui::diary::prerendered())),
        Island::DiarySummary => {
            Html::from_html_unchecked(AttrValue::from(ui::diary::summary::prerendered()))
        }
        Island::DiaryBackup => {
            Html::from_html_unchecked(AttrValue::from(ui::diary::backup::prerendered()))
        }
        Island::DiaryExperiment => {
            Html::from_html_unchecked(AttrValue::from(ui::diary::experiment::prerendered()))
        }
        Island::Stretch => html! { <crate::ui::relief::stretch_player::StretchPlayer /> },
        Island::Status | Island::Update => Html::default(),
    }
}

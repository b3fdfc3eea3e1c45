//! What each browser bundle can bring to life: one function per [`Bundle`], from an island to
//! the Yew component that renders it (plain islands, `Island::is_plain`, need none).
//!
//! A bundle's entry (src/bin/) passes its functions to `crate::runtime::hydrate::start` (or, with plain
//! islands only, its plain function to `start_plain_only`); the linker then keeps only the code
//! those name, which is what keeps a guide page's download small. The host renders every island through [`content`].

use yew::prelude::*;

use crate::islands::{Bundle, Island};
use crate::ui;

/// A bundle whose islands are all plain (`Island::is_plain`: all but the diary's)
/// renders nothing with Yew; its entry does not even link it (`hydrate::start_plain_only`).
pub fn site(_island: Island) -> Option<Html> {
    None
}

/// The plain islands every bundle starts (`Island::is_plain`): the offline note and the update
/// prompt. Returns whether it started `island`.
pub fn site_plain(island: Island, element: &web_sys::Element) -> bool {
    match island {
        Island::Status => crate::ui::shared::offline_badge::start(element.clone()),
        Island::Update => crate::ui::shared::update_prompt::start(element.clone()),
        _ => return false,
    }
    true
}

/// The relief bundle's islands, all plain: a muscle's page's hold timer (its first start is
/// remembered for the quick log's "about how long") and one-tap diary log, the bedtime stretch
/// player, and the site's. Its entry starts them with `hydrate::start_plain_only`.
pub fn relief_plain(island: Island, element: &web_sys::Element) -> bool {
    match island {
        Island::HoldTimer(muscle) => {
            let Some(m) = crate::content::relief::muscle(muscle) else {
                return false;
            };
            crate::ui::relief::hold_timer::start(
                element,
                m.hold_seconds,
                crate::ui::relief::quick_log::note_hold_started,
            );
            true
        }
        Island::QuickLog(muscle) => crate::ui::relief::quick_log::start(element, muscle),
        Island::Stretch => {
            crate::ui::shared::reminder::start_plain(
                element,
                crate::ui::shared::reminder::ReminderKind::NightlyStretches,
            );
            crate::ui::relief::stretch_player::start(element)
        }
        other => site_plain(other, element),
    }
}

/// The check bundle's islands, all plain: the self-assessment, and the site's.
pub fn check_plain(island: Island, element: &web_sys::Element) -> bool {
    match island {
        Island::Check => ui::check::start(element),
        other => site_plain(other, element),
    }
}

/// The diary bundle's islands, all plain: the diary, its doctor summary, its backups, the trial
/// of a change, and the site's.
pub fn diary_plain(island: Island, element: &web_sys::Element) -> bool {
    match island {
        Island::Diary => ui::diary::start(element),
        Island::DiarySummary => ui::diary::summary::start(element),
        Island::DiaryBackup => ui::diary::backup::start(element),
        Island::DiaryExperiment => ui::diary::experiment::start(element),
        other => site_plain(other, element),
    }
}

/// The privacy bundle's islands, all plain: what is stored and erasing it, and the site's.
pub fn privacy_plain(island: Island, element: &web_sys::Element) -> bool {
    match island {
        Island::Privacy => ui::privacy::start(element),
        other => site_plain(other, element),
    }
}

/// The bundle's function for `bundle`.
pub fn of(bundle: Bundle) -> fn(Island) -> Option<Html> {
    match bundle {
        Bundle::Site | Bundle::Relief | Bundle::Privacy | Bundle::Check | Bundle::Diary => site,
    }
}

/// Any island, as the host renders it into the page: as its own bundle renders it, and a plain
/// island as the markup its DOM code brings to life (the hold timer, the one-tap log, the
/// stretch player, the check, the privacy page; the offline note and update prompt render nothing until
/// the browser has news for them).
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
        _ => of(island.bundle())(island).unwrap_or_default(),
    }
}

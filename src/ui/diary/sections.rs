//! The diary page below the form: "How often" (figures and chart), "Your entries" and
//! "Backups". On a slow phone with a ten-year diary, drawing them with the form after a save
//! was one long task, so each follows in a task of its own: at first ([`Later`]), and after
//! every change the list a task after the form and the figures a task after the list
//! ([`use_later`]). Focus moves once the list shows the change, since it often goes to an
//! entry's heading.

use std::rc::Rc;

use yew::prelude::*;

use crate::diary::changes::MedicineCourse;
use crate::diary::keeping::{Keeping, WHAT_CAN_CLEAR};
use crate::diary::medicine_timeline::marks_between;
use crate::diary::night_store::Stamps;
use crate::diary::{stats, Date, Diary, EntryId};
use crate::routes::Route;
use crate::runtime::later::{use_later, Later};
use crate::runtime::plain::focus_by_id;
use crate::ui::diary::backup::PURPOSE;
use crate::ui::diary::chart::{write_chart, write_table};
use crate::ui::diary::figures::write_figures;
use crate::ui::diary::list::EntryList;
use crate::ui::shared::link::href;
use crate::ui::shared::markup::yew_html;

/// Weeks in the diary page's chart.
const CHART_WEEKS: u32 = 12;

#[derive(Properties, PartialEq)]
pub struct SectionsProps {
    pub diary: Rc<Diary>,
    pub today: Date,
    pub medicines: Rc<Vec<MedicineCourse>>,
    pub keeping: Keeping,
    pub stamps: Rc<Stamps>,
    /// (counter, element id): focus moves there once the counter goes up and the list is drawn.
    pub focus: (u32, String),
    pub on_edit: Callback<EntryId>,
    pub on_delete: Callback<EntryId>,
}

#[component]
pub fn Sections(props: &SectionsProps) -> Html {
    let listed = use_later(&props.diary, Rc::ptr_eq);
    let counted = use_later(&listed, Rc::ptr_eq);
    let focused = use_mut_ref(|| 0);
    // A part still showing the diary before the change says so (aria-busy) until it catches up.
    let caught_up = Rc::ptr_eq(&listed, &props.diary);
    let busy = !Rc::ptr_eq(&counted, &props.diary);
    {
        let (count, id) = props.focus.clone();
        use_effect(move || {
            if caught_up && count > *focused.borrow() {
                *focused.borrow_mut() = count;
                focus_by_id(&id);
            }
        });
    }
    let advice = props.keeping.backup_advice(&props.stamps);
    html! {
        <>
            <Later>
                // A wrapper says busy, so the figures themselves are not drawn again for it.
                <div aria-busy={busy.then_some("true")}>
                    <FiguresSection diary={counted} today={props.today} medicines={props.medicines.clone()} />
                </div>
            </Later>
            <Later>
                <section aria-labelledby="diary-entries-title" aria-busy={(!caught_up).then_some("true")}>
                    <h2 id="diary-entries-title">{ "Your entries" }</h2>
                    <EntryList diary={listed} on_edit={props.on_edit.clone()} on_delete={props.on_delete.clone()} />
                </section>
            </Later>
            // Whether the browser keeps the diary, the last backup (and a nudge when many nights
            // were saved since), what can clear the diary, and the link to make or restore one.
            <Later>
                <section aria-labelledby="diary-files-title" class="diary-keeping">
                    <h2 id="diary-files-title">{ "Backups" }</h2>
                    <p>{ PURPOSE }</p>
                    <p id="diary-persisted">{ props.keeping.persist_line() }</p>
                    <p id="diary-last-backup">{ props.keeping.backup_line() }</p>
                    if let Some(advice) = advice {
                        <p id="diary-backup-advice" class="diary-backup-advice">{ advice }</p>
                    }
                    <p>{ WHAT_CAN_CLEAR }</p>
                    <p><a href={href(&Route::DiaryBackup, None)}>{ "Back up or restore your diary" }</a></p>
                </section>
            </Later>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct FiguresProps {
    diary: Rc<Diary>,
    today: Date,
    medicines: Rc<Vec<MedicineCourse>>,
}

/// "How often": the figures, the weekly chart and the chart as a table.
#[component]
fn FiguresSection(props: &FiguresProps) -> Html {
    let FiguresProps {
        diary,
        today,
        medicines,
    } = props;
    let overview = stats::overview(diary, *today, CHART_WEEKS);
    let marks = marks_between(
        medicines,
        today.add_days(1 - 7 * i64::from(CHART_WEEKS)),
        *today,
    );
    let weeks = Rc::new(overview.weeks.clone());
    html! {
        <section aria-labelledby="diary-figures-title">
            <h2 id="diary-figures-title">{ "How often" }</h2>
            if diary.is_empty() {
                <p>{ "Your figures and a chart appear here once you have added entries." }</p>
            } else {
                { yew_html(|m| write_figures(m, &overview)) }
                <h3>{ format!("Nights with cramps per week, last {CHART_WEEKS} weeks") }</h3>
                { yew_html(|m| write_chart(m, &weeks, false, &marks)) }
                <details class="diary-table-toggle">
                    <summary>{ "Show the chart as a table" }</summary>
                    <div class="table-scroll">
                        { yew_html(|m| write_table(m, &weeks, &format!("Nights with cramps per week, last {CHART_WEEKS} weeks, newest first"))) }
                    </div>
                </details>
            }
        </section>
    }
}

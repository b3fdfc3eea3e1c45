//! What the diary page's buttons do, as callbacks made once for the page's life. Made afresh at
//! each render they would differ every time, so the entry form and the list would be drawn
//! again after every change, even one (a delete, a notice) that leaves them as they were.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::diary::page::{DiaryAction, DiaryPage};
use crate::diary::{Draft, EntryId};
use crate::platform::diary_store::{new_stamp, with_storage};
use crate::ui::diary::DiaryState;

/// The page's state as the last render saw it: a step that writes starts from it.
type Latest = Rc<RefCell<UseReducerHandle<DiaryState>>>;

#[derive(Clone, PartialEq)]
pub struct PageActions {
    pub submit: Callback<Draft>,
    pub cancel: Callback<()>,
    pub edit: Callback<EntryId>,
    pub delete: Callback<EntryId>,
    pub undo: Callback<MouseEvent>,
    pub keep_mine: Callback<MouseEvent>,
    pub keep_theirs: Callback<MouseEvent>,
    pub remove_unreadable: Callback<()>,
}

impl PageActions {
    fn new(latest: Latest) -> PageActions {
        // A step that writes: it runs against the latest state and dispatches what happened.
        fn writes<A: 'static>(
            latest: &Latest,
            step: impl Fn(&DiaryPage, A) -> DiaryAction + 'static,
        ) -> Callback<A> {
            let latest = latest.clone();
            Callback::from(move |arg| {
                // Cloned out first: a dispatch may render, and the render updates `latest`.
                let page = latest.borrow().clone();
                let action = step(&page, arg);
                page.dispatch(action);
            })
        }
        let send = {
            let dispatch = latest.borrow().dispatcher();
            Callback::from(move |action| dispatch.dispatch(action))
        };
        PageActions {
            submit: writes(&latest, |page, draft: Draft| {
                with_storage(|storage| page.submit(&draft, storage, new_stamp()))
            }),
            delete: writes(&latest, |page, id: EntryId| {
                with_storage(|storage| page.delete(id, storage))
            }),
            undo: writes(&latest, |page, _: MouseEvent| {
                with_storage(|storage| page.undo(storage, new_stamp()))
            }),
            keep_mine: writes(&latest, |page, _: MouseEvent| {
                with_storage(|storage| page.keep_mine(storage, new_stamp()))
            }),
            remove_unreadable: writes(&latest, |page, ()| {
                with_storage(|storage| page.discard_unreadable(storage))
            }),
            cancel: send.reform(|()| DiaryAction::Cancel),
            edit: send.reform(DiaryAction::Edit),
            keep_theirs: send.reform(|_: MouseEvent| DiaryAction::TookTheirs),
        }
    }
}

/// The page's actions, made once; `page` is kept as the latest state for them.
#[hook]
pub fn use_page_actions(page: &UseReducerHandle<DiaryState>) -> Rc<PageActions> {
    let latest = use_mut_ref(|| page.clone());
    *latest.borrow_mut() = page.clone();
    use_memo((), move |_| PageActions::new(latest))
}

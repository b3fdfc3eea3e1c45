//! What the page's buttons and forms do: start or end the trial, add, stop or remove a
//! medicine. Each saves what is stored now with the change applied, then shows it or says why not.

use super::*;

/// Saves new trial and medicines, then shows them, or says why not.
pub(super) fn change(live: &Live, changes: TrialAndMedicines, done: String) {
    let mut page = live.borrow_mut();
    let Some(open) = &mut page.opened else { return };
    let saved = if changes.experiment != open.changes.experiment {
        save_experiment(changes.experiment.as_ref())
    } else {
        save_medicines(&changes.medicines)
    };
    page.notice = Some(match saved {
        Ok(()) => {
            // What is stored now, with anything another window saved meanwhile.
            if let Some(open) = &mut page.opened {
                open.changes = load_changes().changes;
            }
            Ok(done)
        }
        Err(problem) => Err(problem),
    });
    page.show();
    drop(page);
    focus_by_id(NOTICE_ID);
}

/// Says what went wrong, and moves focus there so it is read out.
fn problem(live: &Live, problem: String) {
    live.borrow_mut().notice = Some(Err(problem));
    live.borrow_mut().show();
    focus_by_id(NOTICE_ID);
}

/// Another window removed or changed the medicine: shows what is stored now, and says so.
fn changed_elsewhere(live: &Live, message: String) {
    if let Some(open) = &mut live.borrow_mut().opened {
        open.changes = load_changes().changes;
    }
    problem(live, message);
}

pub(super) fn start_trial(live: &Live) {
    let (today, changes) = {
        let page = live.borrow();
        (page.today(), page.changes())
    };
    let named = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(NAMED_ID))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|radio| radio.checked());
    let start = value_of(START_ID);
    match experiment_from_form(!named, &value_of(NAME_ID), &start, today) {
        Ok(experiment) => change(
            live,
            TrialAndMedicines {
                experiment: Some(experiment),
                ..changes
            },
            "Your trial is saved on this device.".into(),
        ),
        Err(message) => problem(live, message),
    }
}

pub(super) fn add_medicine(live: &Live) {
    let (today, changes) = {
        let page = live.borrow();
        (page.today(), page.changes())
    };
    let [name, class, started, stopped] = ADD_FIELDS.map(value_of);
    let medicine = match medicine_from_form(&name, &class, &started, &stopped, today) {
        Ok(medicine) => medicine,
        Err(message) => return problem(live, message),
    };
    let name = medicine.name.clone();
    let medicines = match with_medicine(load_medicines(&mut Vec::new()), medicine) {
        Ok(medicines) => medicines,
        Err(message) => return problem(live, message),
    };
    let next = TrialAndMedicines {
        medicines,
        ..changes
    };
    change(live, next, format!("{name} is added to your medicines."));
    ADD_FIELDS.into_iter().for_each(clear);
}

pub(super) fn remove_medicine(live: &Live, index: usize) {
    let changes = live.borrow().changes();
    // The medicine the person saw, taken out of what is stored now.
    let Some(seen) = changes.medicines.get(index) else {
        return;
    };
    match without_medicine(load_medicines(&mut Vec::new()), seen) {
        Ok(medicines) => {
            let done = format!("{} is removed from your medicines.", seen.name);
            let next = TrialAndMedicines {
                medicines,
                ..changes.clone()
            };
            change(live, next, done);
        }
        Err(message) => changed_elsewhere(live, message),
    }
}

pub(super) fn stop_medicine(live: &Live, index: usize) {
    let (today, changes) = {
        let page = live.borrow();
        (page.today(), page.changes())
    };
    let Some(seen) = changes.medicines.get(index) else {
        return;
    };
    let stopped = match stop_date(&value_of(&stop_input_id(index)), seen.started, today) {
        Ok(stopped) => stopped,
        Err(message) => return problem(live, message),
    };
    match with_stop(load_medicines(&mut Vec::new()), seen, stopped) {
        Ok((medicines, done)) => {
            let next = TrialAndMedicines {
                medicines,
                ..changes.clone()
            };
            change(live, next, done);
        }
        Err(message) => changed_elsewhere(live, message),
    }
}

/// The value of the input or select with this id ("" when there is none).
fn value_of(id: &str) -> String {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    match element {
        Some(e) => match e.dyn_into::<web_sys::HtmlInputElement>() {
            Ok(input) => input.value(),
            Err(e) => e
                .dyn_into::<web_sys::HtmlSelectElement>()
                .map(|s| s.value())
                .unwrap_or_default(),
        },
        None => String::new(),
    }
}

/// Empties the input or select with this id.
fn clear(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(e) = element {
        match e.dyn_into::<web_sys::HtmlInputElement>() {
            Ok(input) => input.set_value(""),
            Err(e) => {
                if let Ok(select) = e.dyn_into::<web_sys::HtmlSelectElement>() {
                    select.set_value("");
                }
            }
        }
    }
}

//! Importing a backup: the chosen file is read and checked, a preview says what it would add
//! or change (and asks which version wins where a night differs), and "Import" writes those
//! nights all or nothing.

use super::*;

/// Reads the chosen file and shows its preview, or why it cannot be imported.
pub(super) fn file_chosen(live: &Live, input: &HtmlInputElement) {
    let Some(file) = input.files().and_then(|files| files.get(0)) else {
        return;
    };
    // Cleared, so that choosing the same file again is noticed.
    input.set_value("");
    if live.borrow().opened.is_none() {
        return;
    }
    let name = file.name();
    let size = file.size();
    if size > MAX_IMPORT_BYTES as f64 {
        let bytes = if size.is_finite() {
            size as usize
        } else {
            usize::MAX
        };
        let message = ImportError::TooLarge { bytes }.message();
        show_stage(
            live,
            Stage::Refused {
                file: name,
                message,
            },
        );
        return;
    }
    live.borrow_mut().choice = ConflictChoice::KeepMine;
    show_stage(live, Stage::Reading);
    let live = live.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let text = JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|t| t.as_string());
        let stage = {
            let page = live.borrow();
            let Some(opened) = &page.opened else { return };
            match text {
                None => Stage::Refused {
                    file: name,
                    message: "This file could not be read. Nothing was imported.".into(),
                },
                Some(text) => match import::preview(&opened.diary, &text, opened.today) {
                    Ok(preview) => Stage::Preview {
                        file: name,
                        preview,
                    },
                    Err(error) => Stage::Refused {
                        file: name,
                        message: error.message(),
                    },
                },
            }
        };
        show_stage(&live, stage);
    });
}

/// Shows the import's new stage, and moves focus to a preview or a refusal so it is read out.
fn show_stage(live: &Live, stage: Stage) {
    let focus = match &stage {
        Stage::Preview { .. } => Some(PREVIEW_ID),
        Stage::Refused { .. } => Some(REFUSED_ID),
        _ => None,
    };
    live.borrow_mut().stage = stage;
    live.borrow_mut().show();
    if let Some(id) = focus {
        focus_by_id(id);
    }
}

/// Saves the nights the import adds or changes, all or nothing, then the trial and medicines;
/// shows the diary as stored afterwards.
pub(super) fn import_now(live: &Live) {
    let mut page = live.borrow_mut();
    let (Stage::Preview { preview, .. }, Some(open)) = (&page.stage, &page.opened) else {
        return;
    };
    let mut merged_diary = (*open.diary).clone();
    let outcome = import::apply(&mut merged_diary, preview.clone(), page.choice);
    let file_changes = preview.trial_and_medicines().clone();
    let changed: Vec<_> = merged_diary
        .iter()
        .filter(|entry| {
            (open.diary.entry_for_night(entry.night_of)).is_none_or(|e| !e.same_content(entry))
        })
        .cloned()
        .collect();
    let saved = device_storage()
        .map(|mut storage| save_many(&mut storage, &changed, &open.stamps, new_stamp()));
    let message = outcome.message();
    // The nights first; the trial and medicines only once they are saved.
    let merged = merge(&open.changes, &file_changes);
    let notice = match saved {
        Err(problem) => Err(problem),
        Ok(Ok(_)) => match save_changes(&open.changes, &merged.result) {
            Ok(()) => Ok(format!("{message} {}", merged.message()).trim().to_string()),
            Err(problem) => Err(format!("{message} The nights were imported, but the trial and medicines were not: {problem}")),
        },
        Ok(Err(SaveError::Conflict(_))) => Err("Another window changed your diary while you were importing, so nothing was imported. This page now shows the diary as it is saved; please import the file again.".into()),
        Ok(Err(SaveError::Unreadable(_))) => Err("A saved night that could not be read is in the way, so nothing was imported. Open the diary page to download it first.".into()),
        Ok(Err(SaveError::Write(error))) => Err(format!("{} Nothing was imported.", error.message())),
    };
    let (today, problem) = (open.today, open.problem.clone());
    page.opened = Some(Opened::from_stored(today, read_all(), problem));
    page.notice = Some(notice);
    page.stage = Stage::Idle;
    page.show();
    drop(page);
    focus_by_id(NOTICE_ID);
}

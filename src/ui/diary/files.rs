//! Backups: export the diary as JSON (to import again) or CSV (for a spreadsheet), and import a
//! JSON backup with a preview ("12 new, 3 already present, 1 conflicting") before anything is
//! merged. A file that cannot be imported gets a clear message and changes nothing.

use std::rc::Rc;

use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::diary::changes::{merge, preview_line, TrialAndMedicines};
use crate::diary::import::{self, ImportPreview};
use crate::diary::{
    csv_file_name, json_file_name, ConflictChoice, Date, Diary, ImportError, Writing,
    MAX_IMPORT_BYTES,
};
use crate::platform::diary_store::download_in_tasks;
use crate::ui::diary::form::focus_by_id;

/// A merged diary for the page to save, and what to tell the person once it is saved.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub diary: Diary,
    /// The file's trial and medicines (schema 2), for the page to merge with the device's.
    pub changes: TrialAndMedicines,
    pub message: String,
}

#[derive(Properties, PartialEq)]
pub struct DiaryFilesProps {
    /// `None` while the page reads it: the section is drawn, its buttons do nothing yet and the
    /// file field waits.
    pub diary: Option<Rc<Diary>>,
    /// The trial and medicines on this device: written into the backup file.
    pub changes: Rc<TrialAndMedicines>,
    pub today: Date,
    pub on_import: Callback<Imported>,
    /// A backup file (JSON) was handed to the person.
    pub on_backup: Callback<()>,
}

#[derive(Clone, PartialEq)]
enum Stage {
    Idle,
    Reading,
    Preview {
        file: String,
        preview: Rc<ImportPreview>,
    },
    Refused {
        file: String,
        message: String,
    },
}

/// How many conflicting nights the preview names before "and N more".
const CONFLICTS_LISTED: usize = 10;

#[component]
pub fn DiaryFiles(props: &DiaryFilesProps) -> Html {
    let stage = use_state(|| Stage::Idle);
    let choice = use_state(|| ConflictChoice::KeepMine);
    let export_problem = use_state(|| None::<String>);

    // Move focus to the preview or the refusal when it appears, so it is read out.
    {
        let showing = match &*stage {
            Stage::Preview { .. } => Some("diary-import-preview"),
            Stage::Refused { .. } => Some("diary-import-refused"),
            _ => None,
        };
        use_effect_with(showing, |showing| {
            if let Some(id) = showing {
                focus_by_id(id);
            }
        });
    }

    let today = props.today;
    // Each file is written in short tasks (`download_in_tasks`); a second tap while one is
    // being written is ignored, so a slow phone does not hand over two files.
    let writing = use_mut_ref(|| false);
    let export = {
        let (diary, export_problem) = (props.diary.clone(), export_problem.clone());
        let on_backup = props.on_backup.clone();
        move |file: Writing, name: String, mime: &'static str, is_backup: bool| {
            let Some(diary) = diary.clone() else {
                return;
            };
            if writing.replace(true) {
                return;
            }
            let (writing, export_problem, on_backup) =
                (writing.clone(), export_problem.clone(), on_backup.clone());
            let done = Callback::from(move |downloaded: Result<(), String>| {
                *writing.borrow_mut() = false;
                if downloaded.is_ok() && is_backup {
                    on_backup.emit(());
                }
                export_problem.set(downloaded.err());
            });
            download_in_tasks(diary, file, name, mime, done);
        }
    };
    let on_json = {
        let (export, changes) = (export.clone(), props.changes.clone());
        Callback::from(move |_: MouseEvent| {
            let file = Writing::backup(&changes, today);
            export(file, json_file_name(today), "application/json", true);
        })
    };
    let on_csv = Callback::from(move |_: MouseEvent| {
        export(
            Writing::csv(),
            csv_file_name(today),
            "text/csv;charset=utf-8",
            false,
        );
    });

    let on_file = {
        let (stage, choice, diary) = (stage.clone(), choice.clone(), props.diary.clone());
        Callback::from(move |e: Event| {
            let (Some(input), Some(diary)) =
                (e.target_dyn_into::<HtmlInputElement>(), diary.clone())
            else {
                return;
            };
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            // Clear the input so choosing the same file again is noticed.
            input.set_value("");
            let name = file.name();
            let size = file.size();
            if size > MAX_IMPORT_BYTES as f64 {
                let bytes = if size.is_finite() {
                    size as usize
                } else {
                    usize::MAX
                };
                stage.set(Stage::Refused {
                    file: name,
                    message: ImportError::TooLarge { bytes }.message(),
                });
                return;
            }
            stage.set(Stage::Reading);
            choice.set(ConflictChoice::KeepMine);
            let stage = stage.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|text| text.as_string());
                let next = match text {
                    None => Stage::Refused {
                        file: name,
                        message: "This file could not be read. Nothing was imported.".into(),
                    },
                    Some(text) => match import::preview(&diary, &text, today) {
                        Ok(preview) => Stage::Preview {
                            file: name,
                            preview: Rc::new(preview),
                        },
                        Err(error) => Stage::Refused {
                            file: name,
                            message: error.message(),
                        },
                    },
                };
                stage.set(next);
            });
        })
    };

    let on_cancel = {
        let stage = stage.clone();
        Callback::from(move |_: MouseEvent| {
            stage.set(Stage::Idle);
            focus_by_id("diary-import");
        })
    };
    let on_apply = {
        let (stage, choice, diary, on_import) = (
            stage.clone(),
            choice.clone(),
            props.diary.clone(),
            props.on_import.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if let (Stage::Preview { preview, .. }, Some(diary)) = (&*stage, &diary) {
                let mut merged = (**diary).clone();
                let outcome = import::apply(&mut merged, (**preview).clone(), *choice);
                stage.set(Stage::Idle);
                on_import.emit(Imported {
                    diary: merged,
                    changes: preview.trial_and_medicines().clone(),
                    message: outcome.message(),
                });
            }
        })
    };

    html! {
        <div class="diary-files">
            <h3>{ "Download a copy" }</h3>
            <p>{ "A backup file (JSON) can be imported again here or on another device. A spreadsheet file (CSV) opens in Excel, Numbers or LibreOffice." }</p>
            <div class="button-row">
                <button type="button" class="secondary" onclick={on_json}>{ "Download backup (JSON)" }</button>
                <button type="button" class="secondary" onclick={on_csv}>{ "Download spreadsheet (CSV)" }</button>
            </div>
            if let Some(problem) = &*export_problem {
                <p class="diary-problem" role="alert">{ problem.clone() }</p>
            }

            <h3>{ "Import a backup" }</h3>
            <div class="field">
                <label for="diary-import" class="field__label">{ "Choose a backup file (JSON)" }</label>
                <span class="hint" id="diary-import-hint">{ "You will see what it contains before anything changes." }</span>
                <input type="file" id="diary-import" class="file-input" accept=".json,application/json" aria-describedby="diary-import-hint" onchange={on_file}
                    disabled={props.diary.is_none()} />
            </div>
            { match &*stage {
                Stage::Idle => html! {},
                Stage::Reading => html! { <p role="status">{ "Reading the file…" }</p> },
                Stage::Refused { file, message } => html! {
                    <div class="diary-problem" id="diary-import-refused" tabindex="-1" role="alert">
                        <p><strong>{ format!("{file} was not imported.") }</strong></p>
                        <p>{ message.clone() }</p>
                    </div>
                },
                Stage::Preview { file, preview } => html! {
                    <PreviewPanel file={file.clone()} preview={preview.clone()} choice={*choice} mine={props.changes.clone()}
                        on_choice={{ let choice = choice.clone(); Callback::from(move |c| choice.set(c)) }}
                        on_apply={on_apply.clone()} on_cancel={on_cancel.clone()} />
                },
            } }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PreviewProps {
    file: String,
    /// The device's trial and medicines, to tell whether the file's add anything.
    mine: Rc<TrialAndMedicines>,
    preview: Rc<ImportPreview>,
    choice: ConflictChoice,
    on_choice: Callback<ConflictChoice>,
    on_apply: Callback<MouseEvent>,
    on_cancel: Callback<MouseEvent>,
}

#[component]
fn PreviewPanel(props: &PreviewProps) -> Html {
    let preview = &props.preview;
    let conflicts = preview.conflicts();
    let file_changes = preview.trial_and_medicines();
    let also = preview_line(file_changes);
    let nothing = preview.changes_nothing() && !merge(&props.mine, file_changes).changes_anything();
    let radio = |choice: ConflictChoice, id: &'static str, label: &'static str| {
        let on_choice = props.on_choice.clone();
        html! {
            <div class="choice">
                <input type="radio" {id} name="diary-import-choice" checked={props.choice == choice}
                    onchange={Callback::from(move |_: Event| on_choice.emit(choice))} />
                <label for={id}>{ label }</label>
            </div>
        }
    };
    html! {
        <section class="diary-import-preview" id="diary-import-preview" tabindex="-1" aria-labelledby="diary-import-preview-title">
            <h4 id="diary-import-preview-title">{ "Check before importing" }</h4>
            <p>{ format!("{}: ", props.file) }<strong class="diary-import-summary">{ preview.summary() }</strong>{ "." }</p>
            if let Some(exported) = preview.exported() {
                <p class="hint">{ format!("Exported on {}.", exported.long_label()) }</p>
            }
            if !also.is_empty() {
                <p class="diary-import-also">{ also }</p>
            }
            if nothing {
                <p>{ "Everything in this file is already in your diary, so there is nothing to import." }</p>
                <div class="button-row">
                    <button type="button" class="secondary" onclick={props.on_cancel.clone()}>{ "Close" }</button>
                </div>
            } else {
                if !conflicts.is_empty() {
                    <p>{ "These nights are in both your diary and the file, with different details:" }</p>
                    <ul class="diary-import-conflicts">
                        { for conflicts.iter().take(CONFLICTS_LISTED).map(|c| html! { <li>{ c.mine.night_of.long_label() }</li> }) }
                        if conflicts.len() > CONFLICTS_LISTED {
                            <li>{ format!("and {} more", conflicts.len() - CONFLICTS_LISTED) }</li>
                        }
                    </ul>
                    <fieldset class="field choices choices--radio">
                        <legend class="field__label">{ "For nights in both" }</legend>
                        <div class="choices__options">
                            { radio(ConflictChoice::KeepMine, "diary-import-keep-mine", "Keep my version") }
                            { radio(ConflictChoice::TakeTheirs, "diary-import-take-theirs", "Use the file's version") }
                        </div>
                    </fieldset>
                }
                <div class="button-row">
                    <button type="button" onclick={props.on_apply.clone()}>{ "Import" }</button>
                    <button type="button" class="secondary" onclick={props.on_cancel.clone()}>{ "Cancel" }</button>
                </div>
            }
        </section>
    }
}

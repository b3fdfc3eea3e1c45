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

/// What the files are made from and merged into, once the page has read the device.
#[derive(Clone, PartialEq)]
pub struct OnDevice {
    pub diary: Rc<Diary>,
    /// The trial and medicines on this device: written into the backup file.
    pub changes: Rc<TrialAndMedicines>,
    pub today: Date,
}

#[derive(Properties, PartialEq)]
pub struct DiaryFilesProps {
    /// `None` while the page reads the device: the section is drawn, its buttons do nothing yet
    /// and the file field waits.
    pub on_device: Option<OnDevice>,
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

/// A file to hand over: what to write, its name and its type.
type File = (Writing, String, &'static str);

/// The backup (JSON): every night, the trial and the medicines; it imports again.
fn backup_file(on: &OnDevice) -> File {
    let file = Writing::backup(&on.changes, on.today);
    (file, json_file_name(on.today), "application/json")
}

/// The spreadsheet (CSV): one row a night.
fn spreadsheet_file(on: &OnDevice) -> File {
    let name = csv_file_name(on.today);
    (Writing::csv(), name, "text/csv;charset=utf-8")
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

    // Each file is written in short tasks (`download_in_tasks`); a second tap while one is
    // being written is ignored, so a slow phone does not hand over two files.
    let writing = use_mut_ref(|| false);
    let export = {
        let (on_device, export_problem) = (props.on_device.clone(), export_problem.clone());
        let on_backup = props.on_backup.clone();
        move |file: fn(&OnDevice) -> File, is_backup: bool| {
            let Some(on_device) = on_device.clone() else {
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
            let (file, name, mime) = file(&on_device);
            download_in_tasks(on_device.diary, file, name, mime, done);
        }
    };
    let on_json = {
        let export = export.clone();
        Callback::from(move |_: MouseEvent| export(backup_file, true))
    };
    let on_csv = Callback::from(move |_: MouseEvent| export(spreadsheet_file, false));

    let on_file = {
        let (stage, choice, on_device) = (stage.clone(), choice.clone(), props.on_device.clone());
        Callback::from(move |e: Event| {
            let (Some(input), Some(on_device)) =
                (e.target_dyn_into::<HtmlInputElement>(), on_device.clone())
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
                    Some(text) => match import::preview(&on_device.diary, &text, on_device.today) {
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
        let (stage, choice, on_device, on_import) = (
            stage.clone(),
            choice.clone(),
            props.on_device.clone(),
            props.on_import.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if let (Stage::Preview { preview, .. }, Some(on_device)) = (&*stage, &on_device) {
                let mut merged = (*on_device.diary).clone();
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
                    disabled={props.on_device.is_none()} />
            </div>
            { match (&*stage, &props.on_device) {
                (Stage::Idle, _) => html! {},
                (Stage::Reading, _) => html! { <p role="status">{ "Reading the file…" }</p> },
                (Stage::Refused { file, message }, _) => html! {
                    <div class="diary-problem" id="diary-import-refused" tabindex="-1" role="alert">
                        <p><strong>{ format!("{file} was not imported.") }</strong></p>
                        <p>{ message.clone() }</p>
                    </div>
                },
                // A preview needs what is on the device, read before the file was chosen.
                (Stage::Preview { .. }, None) => html! {},
                (Stage::Preview { file, preview }, Some(on_device)) => html! {
                    <PreviewPanel file={file.clone()} preview={preview.clone()} choice={*choice} mine={on_device.changes.clone()}
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

//! Privacy (/privacy): what is stored where, what is on this device right now, and one control
//! (with a confirmation step) that erases everything Night Cramps keeps on the device.
//!
//! An island run by plain DOM code (`crate::runtime::plain`): the host renders the page as it is before anything is
//! read ([`Privacy`]: "Checking…"); in the browser [`start`] reads the storage, fills those in
//! and runs the erase control with a few lines of DOM code, no Yew.

mod live;
pub mod words;

use yew::prelude::*;

pub use live::start;
use words::{CHECKING, CHECKING_STORED, ERASE};

/// The page before the browser has been asked anything, as the host renders it.
#[component]
pub fn Privacy() -> Html {
    html! {
        <>
            <h1>{ "Your data stays on this device" }</h1>
            <p>{ "Night Cramps has no server that receives your answers. There is no tracking, no advertising and no account." }</p>
            <h2>{ "What is stored, and where" }</h2>
            <ul>
                <li>{ "Your answers to the check stay in this tab's memory and are gone when you close it, unless you choose \"Save on this device\"." }</li>
                <li>{ "Diary entries are saved in this browser's storage on this device, so they are there next time. They are never sent anywhere." }</li>
                <li>{ "The app's own files are kept by your browser so the guide works offline." }</li>
            </ul>

            <h2 id="stored-now">{ "On this device now" }</h2>
            <p>{ CHECKING_STORED }</p>

            <h2 id="kept-safe">{ "Kept safe from clean-ups?" }</h2>
            <p>{ CHECKING }</p>

            <h2 id="what-clears">{ "What can clear your diary" }</h2>
            <ul>
                <li>{ "Clearing this site's data, cookies or browsing history in your browser's settings removes the diary with it." }</li>
                <li>{ "Safari (on iPhone, iPad and Mac) deletes a site's storage after 7 days without a visit, unless Night Cramps is added to the home screen." }</li>
                <li>{ "A browser short of space may clear sites it was not asked to keep (see above)." }</li>
            </ul>
            <p>{ "A backup file you download is not affected by any of these: keep a recent one." }</p>

            <h2>{ "Erase everything" }</h2>
            <p>{ "This removes your diary, any saved answers and everything else Night Cramps keeps in this browser. It cannot be undone, so download a backup of your diary first if you want to keep it." }</p>
            <div class="erase">
                <button type="button" id="erase-button" class="danger">{ ERASE }</button>
                <div role="status" id="erase-result" tabindex="-1"></div>
            </div>
        </>
    }
}

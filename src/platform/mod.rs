//! The only code that touches the browser's storage, files and device APIs: the diary's
//! records and other windows' changes ([`diary_store`], on [`store`]), keeping data on the device
//! ([`persistence`]), the screen's wake lock ([`wake_lock`]) and small DOM effects ([`browser`]).

pub mod browser;
pub mod diary_store;
pub mod persistence;
pub mod store;
pub mod wake_lock;

//! Reading the stored nights: a slice at a time ([`Reading`], so a page can open a long diary
//! in short tasks) or all at once ([`load_all`]), into the diary, the version stamp of each
//! night ([`Stamps`]) and the nights that could not be read ([`Unreadable`]).

use std::collections::BTreeSet;
use std::iter::FromIterator;

use super::*;

/// A night's key whose value could not be read; it is left in storage untouched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    pub key: String,
    pub raw: String,
    pub reason: String,
}

/// The version stamp of each stored night. A list kept in night order rather than a `BTreeMap`:
/// a map of its own key and value types adds several kilobytes of code to every bundle that
/// reads the diary, and lookups by night are a binary search either way.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stamps(Vec<(Date, u64)>);

impl Stamps {
    pub fn get(&self, night: &Date) -> Option<&u64> {
        let index = self.0.binary_search_by(|(n, _)| n.cmp(night)).ok()?;
        self.0.get(index).map(|(_, stamp)| stamp)
    }

    /// Sets a night's stamp; returns the one it had.
    pub fn insert(&mut self, night: Date, stamp: u64) -> Option<u64> {
        match self.0.binary_search_by(|(n, _)| n.cmp(&night)) {
            Ok(index) => Some(std::mem::replace(&mut self.0[index].1, stamp)),
            Err(index) => {
                self.0.insert(index, (night, stamp));
                None
            }
        }
    }

    /// Forgets a night's stamp; returns the one it had.
    pub fn remove(&mut self, night: &Date) -> Option<u64> {
        let index = self.0.binary_search_by(|(n, _)| n.cmp(night)).ok()?;
        Some(self.0.remove(index).1)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn values(&self) -> impl Iterator<Item = &u64> {
        self.0.iter().map(|(_, stamp)| stamp)
    }
}

impl FromIterator<(Date, u64)> for Stamps {
    /// One sort, not an insert per night (inserting in storage's order moved most of the list
    /// for every night). A night given twice keeps its last stamp, as `insert` would.
    fn from_iter<I: IntoIterator<Item = (Date, u64)>>(items: I) -> Stamps {
        let mut list: Vec<(Date, u64)> = items.into_iter().collect();
        list.reverse();
        list.sort_by_key(|(night, _)| *night);
        list.dedup_by_key(|(night, _)| *night);
        Stamps(list)
    }
}

/// Everything stored, as a diary plus the stamp of each night the page has seen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stored {
    pub diary: Diary,
    pub stamps: Stamps,
    pub unreadable: Vec<Unreadable>,
}

/// Reads the stored nights a step at a time, so a page can spread a long diary over several
/// short tasks (each under 50 ms on a slow phone) instead of one long one: the first
/// [`Reading::read`] lists the nights (one call into storage, as slow as reading a few hundred),
/// each later one reads up to `count` of them, and [`Reading::finish`] gives the diary.
/// [`load_all`] does it all at once.
#[derive(Clone, Debug, Default)]
pub struct Reading {
    /// Night keys still to read, in storage's order (the diary sorts itself at the end); `None`
    /// until listed. Dates are parsed as each night is read, not all at the start.
    keys: Option<Vec<String>>,
    records: Vec<Record>,
    unreadable: Vec<Unreadable>,
}

impl Reading {
    /// Nights still to read (0 before they are listed).
    pub fn left(&self) -> usize {
        self.keys.as_ref().map_or(0, Vec::len)
    }

    /// Lists the nights if that is still to do, otherwise reads up to `count` more; true once
    /// every night is read.
    pub fn read(&mut self, storage: &impl Storage, count: usize) -> bool {
        let Some(keys) = &mut self.keys else {
            let keys: Vec<String> = (storage.keys().into_iter())
                .filter(|key| key.starts_with(NIGHT_PREFIX))
                .collect();
            let done = keys.is_empty();
            self.keys = Some(keys);
            return done;
        };
        for _ in 0..count {
            let Some(key) = keys.pop() else {
                break;
            };
            let Some(night) = night_of_key(&key) else {
                continue;
            };
            let Some(raw) = storage.get(&key) else {
                continue;
            };
            match decode(&raw) {
                Ok(record) if record.entry.night_of == night => self.records.push(record),
                Ok(_) => self.unreadable.push(Unreadable {
                    key,
                    raw,
                    reason: "its date does not match its key".into(),
                }),
                Err(reason) => self.unreadable.push(Unreadable { key, raw, reason }),
            }
        }
        keys.is_empty()
    }

    /// Something found before reading (an old diary that cannot be read), listed with the
    /// unreadable nights.
    pub fn also_unreadable(&mut self, item: Unreadable) {
        self.unreadable.push(item);
    }

    /// The diary read so far. Ids two tabs gave out independently can clash; a clashing or
    /// missing id gets a fresh one (ids only tell entries apart within a session and a backup).
    pub fn finish(self) -> Stored {
        let Reading {
            records,
            mut unreadable,
            ..
        } = self;
        unreadable.sort_by(|a, b| a.key.cmp(&b.key));
        let mut used = BTreeSet::new();
        let mut next = records.iter().map(|r| r.entry.id.0).max().unwrap_or(0);
        let mut stamps = Vec::with_capacity(records.len());
        let mut entries = Vec::with_capacity(records.len());
        for mut record in records {
            if record.entry.id.0 == 0 || record.entry.id.0 > MAX_ID || !used.insert(record.entry.id)
            {
                next += 1;
                record.entry.id = EntryId(next);
                used.insert(record.entry.id);
            }
            stamps.push((record.entry.night_of, record.stamp));
            entries.push(record.entry);
        }
        let stamps = Stamps::from_iter(stamps);
        // Every record passed the entry checks, nights are unique (one key each) and ids were
        // made unique above, so building the diary cannot fail; an empty diary is the safe
        // fallback.
        let diary = Diary::from_entries(entries).unwrap_or_default();
        Stored {
            diary,
            stamps,
            unreadable,
        }
    }
}

/// Reads every night at once (see [`Reading`]).
pub fn load_all(storage: &impl Storage) -> Stored {
    let mut reading = Reading::default();
    while !reading.read(storage, usize::MAX) {}
    reading.finish()
}

//! Islands: the parts of a prerendered page that come alive in the browser (pure, no UI).
//!
//! Every page is complete, readable HTML from the prerender. Only a few parts of it need the app:
//! the offline note and update prompt on every page, the hold timer and one-tap log on a muscle's
//! page, the stretch player, and the whole body of the check, the diary's four pages and the
//! privacy page. Each such part is an [`Island`], marked in the HTML with `data-island` (and
//! `data-props` when it needs one), and brought to life on its own by a few lines of DOM code
//! that keep the prerendered markup and write again only what changes.
//!
//! The code for the islands is shipped in a few [`Bundle`]s, one per kind of page, so a guide
//! page downloads only what its offline note and update prompt need, and the check never carries
//! the diary's code. A page loads exactly one bundle: every bundle also carries the islands every
//! page has. Links between pages are ordinary links (the service worker serves them from
//! the device), so each page loads only its own bundle.
//!
//! [`Bundle::ALL`] is the one list of bundles: xtask builds one per entry, the prerender links
//! each page to its bundle's files and precaches them all, and tests/islands.rs checks Cargo's
//! `nc-*` binaries and index.html against it.

use crate::content::relief::MuscleId;

/// One interactive part of a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Island {
    /// "Offline: everything here still works" in the header.
    Status,
    /// Registers the service worker and offers a new version.
    Update,
    /// The hold timer on one muscle's page (/now/calf/ …).
    HoldTimer(MuscleId),
    /// "Log it: calf cramp tonight" on the same page.
    QuickLog(MuscleId),
    /// The guided bedtime stretches (/stretch/).
    Stretch,
    /// The self-assessment (/check/).
    Check,
    /// The cramp diary (/diary/).
    Diary,
    /// The doctor summary (/diary/summary/).
    DiarySummary,
    /// Backups: export and import (/diary/backup/).
    DiaryBackup,
    /// "Does it work for me?" and the medicine timeline (/diary/experiment/).
    DiaryExperiment,
    /// What is stored, and "Erase everything" (/privacy/).
    Privacy,
}

/// The code shipped to the browser for one kind of page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Bundle {
    /// Start page, guide, about, the muscle picker, 404: only the islands every page has.
    Site,
    /// The self-assessment.
    Check,
    /// Every page that reads or writes the diary: the diary, its doctor summary, its backups, the
    /// trial of a change with the medicine timeline, a muscle's page (the hold timer and the
    /// one-tap log) and the bedtime stretches (whose player logs "stretched tonight").
    Diary,
    /// What is stored, and erasing it.
    Privacy,
}

impl Island {
    /// Every island, for tests.
    pub fn all() -> Vec<Island> {
        let mut all = vec![Island::Status, Island::Update];
        all.extend(MuscleId::ALL.into_iter().map(Island::HoldTimer));
        all.extend(MuscleId::ALL.into_iter().map(Island::QuickLog));
        all.extend([
            Island::Stretch,
            Island::Check,
            Island::Diary,
            Island::DiarySummary,
            Island::DiaryBackup,
            Island::DiaryExperiment,
            Island::Privacy,
        ]);
        all
    }

    /// The `data-island` value.
    pub fn name(self) -> &'static str {
        match self {
            Island::Status => "status",
            Island::Update => "update",
            Island::HoldTimer(_) => "hold-timer",
            Island::QuickLog(_) => "quick-log",
            Island::Stretch => "stretch",
            Island::Check => "check",
            Island::Diary => "diary",
            Island::DiarySummary => "diary-summary",
            Island::DiaryBackup => "diary-backup",
            Island::DiaryExperiment => "diary-experiment",
            Island::Privacy => "privacy",
        }
    }

    /// The `data-props` value, for islands that need one.
    pub fn props(self) -> Option<&'static str> {
        match self {
            Island::HoldTimer(m) | Island::QuickLog(m) => Some(m.slug()),
            _ => None,
        }
    }

    /// Reads an island back from its `data-island` and `data-props` attributes.
    pub fn parse(name: &str, props: Option<&str>) -> Option<Island> {
        Some(match name {
            "status" => Island::Status,
            "update" => Island::Update,
            "hold-timer" => Island::HoldTimer(MuscleId::from_slug(props?)?),
            "quick-log" => Island::QuickLog(MuscleId::from_slug(props?)?),
            "stretch" => Island::Stretch,
            "check" => Island::Check,
            "diary" => Island::Diary,
            "diary-summary" => Island::DiarySummary,
            "diary-backup" => Island::DiaryBackup,
            "diary-experiment" => Island::DiaryExperiment,
            "privacy" => Island::Privacy,
            _ => return None,
        })
    }

    /// Whether the island shows what it reads from storage only once it is running (the prerender
    /// cannot hold it), and so says itself when it is live: once that is on screen.
    pub fn opens_from_storage(self) -> bool {
        matches!(
            self,
            Island::Diary | Island::DiarySummary | Island::DiaryBackup | Island::DiaryExperiment
        )
    }

    /// The smallest bundle that can bring this island to life.
    pub fn bundle(self) -> Bundle {
        match self {
            Island::Status | Island::Update => Bundle::Site,
            Island::Check => Bundle::Check,
            // One bundle for every page that writes the diary: the diary's storage, migration and
            // entry reading are most of each of these pages' code, so apart (diary pages; timers
            // with their one-tap logs) the install carried two copies of it.
            Island::Diary
            | Island::DiarySummary
            | Island::DiaryBackup
            | Island::DiaryExperiment
            | Island::HoldTimer(_)
            | Island::QuickLog(_)
            | Island::Stretch => Bundle::Diary,
            Island::Privacy => Bundle::Privacy,
        }
    }
}

impl Bundle {
    /// Every bundle: the one list the build, the prerender and the checks read.
    pub const ALL: [Bundle; 4] = [Bundle::Site, Bundle::Check, Bundle::Diary, Bundle::Privacy];

    /// The Cargo binary (and so the start of the built file names: `nc-check-<hash>.js`).
    pub fn bin(self) -> &'static str {
        match self {
            Bundle::Site => "nc-site",
            Bundle::Check => "nc-check",
            Bundle::Diary => "nc-diary",
            Bundle::Privacy => "nc-privacy",
        }
    }

    /// Whether this bundle can bring `island` to life: every bundle carries the site's islands.
    pub fn carries(self, island: Island) -> bool {
        let needs = island.bundle();
        needs == Bundle::Site || needs == self
    }
}

//! Every address the app answers, as a plain enum, with parsing and printing (pure, no UI).
//!
//! Paths are canonical with a trailing slash (`/guide/causes/`) because each route is
//! prerendered to `<route>/index.html`, and static hosts such as GitHub Pages redirect
//! `/guide/causes` to `/guide/causes/`. Parsing accepts both forms.

use crate::content::guide::{self, Section};
use crate::content::relief::MuscleId;
use crate::islands::{Bundle, Island};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    /// Relief mode: pick the muscle.
    Now,
    /// Relief mode for one muscle.
    NowMuscle(MuscleId),
    Guide,
    GuideSection(&'static Section),
    Check,
    Diary,
    /// The printable doctor summary.
    DiarySummary,
    /// Download the diary, or import a backup.
    DiaryBackup,
    /// "Does it work for me?": a personal trial of one change, and the medicine timeline.
    DiaryExperiment,
    Privacy,
    About,
    /// The guided bedtime stretches.
    Stretch,
    NotFound,
}

impl Route {
    /// Every route that gets its own prerendered HTML file (all but `NotFound`, which becomes 404.html).
    pub fn all() -> Vec<Route> {
        let mut routes = vec![Route::Home, Route::Now];
        routes.extend(MuscleId::ALL.into_iter().map(Route::NowMuscle));
        routes.push(Route::Guide);
        routes.extend(guide::SECTIONS.iter().map(Route::GuideSection));
        routes.extend([
            Route::Stretch,
            Route::Check,
            Route::Diary,
            Route::DiarySummary,
            Route::DiaryExperiment,
            Route::DiaryBackup,
            Route::Privacy,
            Route::About,
        ]);
        routes
    }

    /// Parses an app-relative path (the basename already removed), with or without slashes.
    pub fn parse(path: &str) -> Route {
        let path = path.split(['?', '#']).next().unwrap_or("");
        let parts: Vec<&str> = path
            .split('/')
            .filter(|p| !p.is_empty() && *p != "index.html")
            .collect();
        match parts.as_slice() {
            [] => Route::Home,
            ["now"] => Route::Now,
            ["now", muscle] => {
                MuscleId::from_slug(muscle).map_or(Route::NotFound, Route::NowMuscle)
            }
            ["guide"] => Route::Guide,
            ["guide", slug] => guide::section(slug).map_or(Route::NotFound, Route::GuideSection),
            ["check"] => Route::Check,
            ["diary"] => Route::Diary,
            ["diary", "summary"] => Route::DiarySummary,
            ["diary", "backup"] => Route::DiaryBackup,
            ["diary", "experiment"] => Route::DiaryExperiment,
            ["privacy"] => Route::Privacy,
            ["about"] => Route::About,
            ["stretch"] => Route::Stretch,
            _ => Route::NotFound,
        }
    }

    /// The app-relative path with no leading slash: `""` for home, `"guide/causes/"` otherwise.
    /// Links use it relative to the page's `<base href>`, so one build works at any sub-path.
    pub fn rel_path(&self) -> String {
        match self {
            Route::Home => String::new(),
            Route::Now => "now/".into(),
            Route::NowMuscle(m) => format!("now/{}/", m.slug()),
            Route::Guide => "guide/".into(),
            Route::GuideSection(s) => format!("guide/{}/", s.slug),
            Route::Check => "check/".into(),
            Route::Diary => "diary/".into(),
            Route::DiarySummary => "diary/summary/".into(),
            Route::DiaryBackup => "diary/backup/".into(),
            Route::DiaryExperiment => "diary/experiment/".into(),
            Route::Privacy => "privacy/".into(),
            Route::About => "about/".into(),
            Route::Stretch => "stretch/".into(),
            Route::NotFound => "404.html".into(),
        }
    }

    /// The absolute path below the app root, for the history API: `/guide/causes/`.
    pub fn path(&self) -> String {
        format!("/{}", self.rel_path())
    }

    /// How many folders deep the route's HTML file sits (home = 0, `guide/causes/` = 2).
    pub fn depth(&self) -> usize {
        match self {
            Route::NotFound => 0,
            _ => self.rel_path().matches('/').count(),
        }
    }

    /// The interactive parts of this page: the two every page has, and the page's own.
    pub fn islands(&self) -> Vec<Island> {
        let own = match self {
            Route::NowMuscle(m) => vec![Island::HoldTimer(*m), Island::QuickLog(*m)],
            Route::Check => vec![Island::Check],
            Route::Diary => vec![Island::Diary],
            Route::DiarySummary => vec![Island::DiarySummary],
            Route::DiaryBackup => vec![Island::DiaryBackup],
            Route::DiaryExperiment => vec![Island::DiaryExperiment],
            Route::Privacy => vec![Island::Privacy],
            Route::Stretch => vec![Island::Stretch],
            Route::Home
            | Route::Now
            | Route::Guide
            | Route::GuideSection(_)
            | Route::About
            | Route::NotFound => vec![],
        };
        [Island::Status, Island::Update]
            .into_iter()
            .chain(own)
            .collect()
    }

    /// The main-menu entry whose part of the site this page is in (a guide section is in the
    /// Guide, the doctor summary and backups in the Diary); `None` for pages the menu does not
    /// list (the start page, relief mode, 404).
    pub fn section(&self) -> Option<Route> {
        match self {
            Route::Guide | Route::GuideSection(_) => Some(Route::Guide),
            Route::Check => Some(Route::Check),
            Route::Diary | Route::DiarySummary | Route::DiaryBackup | Route::DiaryExperiment => {
                Some(Route::Diary)
            }
            Route::Privacy => Some(Route::Privacy),
            Route::About => Some(Route::About),
            Route::Home | Route::Now | Route::NowMuscle(_) | Route::Stretch | Route::NotFound => {
                None
            }
        }
    }

    /// What does not work on this page when JavaScript is off, said in a `<noscript>` note at
    /// the top of the page (everything else is readable without it). `None` where nothing is lost.
    pub fn without_script(&self) -> Option<&'static str> {
        match self {
            Route::Check => Some("The check needs JavaScript, which is turned off in this browser. The guide works without it, including when to get help."),
            Route::Diary | Route::DiarySummary | Route::DiaryBackup | Route::DiaryExperiment => Some("The diary needs JavaScript, which is turned off in this browser, so it cannot open here. Nothing saved on this device is lost."),
            Route::Privacy => Some("Erasing what this app saved needs JavaScript, which is turned off in this browser. You can also clear this site's data in the browser's settings."),
            Route::NowMuscle(_) => Some("The hold timer needs JavaScript, which is turned off in this browser. The steps on this page work without it."),
            Route::Stretch => Some("The timer that guides you needs JavaScript, which is turned off in this browser. The steps on this page work without it."),
            Route::Home | Route::Now | Route::Guide | Route::GuideSection(_) | Route::About | Route::NotFound => None,
        }
    }

    /// The code this page loads: the one bundle that carries all of its islands.
    pub fn bundle(&self) -> Bundle {
        self.islands()
            .into_iter()
            .map(Island::bundle)
            .max()
            .unwrap_or(Bundle::Site)
    }

    /// The page's `<title>` and meta description.
    pub fn meta(&self) -> (String, String) {
        let (title, description): (String, String) = match self {
            Route::Home => (
                "Night Cramps: help with night-time leg cramps".into(),
                "Private, offline help for night-time leg cramps: ease a cramp now, check what may be behind yours, and keep a diary for your doctor.".into(),
            ),
            Route::Now => ("Cramp right now? Ease it".into(), "Pick the muscle that is cramping and follow big, simple steps with a hold timer.".into()),
            Route::NowMuscle(m) => {
                let name = crate::content::relief::muscle(*m).map_or("Leg", |m| m.name);
                (format!("{name} cramp: ease it now"), format!("Step-by-step stretch for a {} cramp, with a hold timer.", name.to_lowercase()))
            }
            Route::Guide => ("Guide to night-time leg cramps".into(), "What night cramps are, who gets them, what causes them, what helps and when to get help, with sources.".into()),
            Route::GuideSection(s) => (s.title.into(), s.summary.into()),
            Route::Check => ("Check your cramps".into(), "A private check: urgent warning signs first, then what may be behind your cramps and a plan to try.".into()),
            Route::Diary => ("Cramp diary".into(), "Log your night cramps on this device, see trends by week and print a summary for your doctor.".into()),
            Route::DiarySummary => ("Summary for your doctor".into(), "A printable one-page summary of your cramp diary and latest check.".into()),
            Route::DiaryBackup => ("Back up or restore your diary".into(), "Download your cramp diary as a backup or a spreadsheet, or import a backup, all on this device.".into()),
            Route::DiaryExperiment => (crate::diary::experiment::PAGE_TITLE.into(), "Try one change, such as bedtime stretches, and see from your diary whether your cramp nights change, with honest uncertainty. List your medicines to see cramps before and after each start.".into()),
            Route::Privacy => ("Privacy: your data stays here".into(), "What Night Cramps stores, where, and how to erase everything.".into()),
            Route::Stretch => (crate::content::stretches::TITLE.into(), "A guided 3-minute routine of calf and thigh stretches for each night, with beeps, a timer and the screen kept on.".into()),
            Route::About => ("About Night Cramps".into(), "Who made this guide, how it was checked, its sources and its limits.".into()),
            Route::NotFound => ("Page not found".into(), "This page does not exist.".into()),
        };
        let title = if matches!(self, Route::Home) {
            title
        } else {
            format!("{title} | Night Cramps")
        };
        (title, description)
    }
}

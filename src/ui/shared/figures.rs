//! Inline SVG line drawings for relief mode: one simple figure per [`Figure`] (content names the
//! figure; the drawing lives here), and a small leg map for the muscle picker.
//!
//! Drawn in `currentColor` (accents in `--relief-accent`) so they follow the dark relief palette and
//! print. They are `aria-hidden`: the step text beside each one says everything the drawing shows.

use yew::prelude::*;

use crate::content::relief::{Figure, MuscleId};

/// One drawing on a 160 x 120 grid: body lines, heads (circles), and accent lines (the towel,
/// arrows showing which way to pull).
struct Drawing {
    lines: &'static [&'static str],
    heads: &'static [(u8, u8)],
    accents: &'static [&'static str],
}

/// A stable key for a figure (CSS class and test hook).
pub fn figure_key(figure: Figure) -> &'static str {
    match figure {
        Figure::StraightLegFootPull => "straight-leg-foot-pull",
        Figure::StandingCalfLean => "standing-calf-lean",
        Figure::SeatedToePull => "seated-toe-pull",
        Figure::StandingQuadPull => "standing-quad-pull",
        Figure::LyingQuadPull => "lying-quad-pull",
        Figure::Massage => "massage",
    }
}

fn drawing(figure: Figure) -> Drawing {
    match figure {
        // Sitting up on the bed or floor, leg straight, a towel round the foot pulling the toes back.
        Figure::StraightLegFootPull => Drawing {
            lines: &[
                "M6 108 H154",
                "M36 41 L44 100",
                "M44 100 L128 100 L134 82",
                "M38 52 L60 62 L80 66",
                "M38 54 L58 68 L80 70",
            ],
            heads: &[(34, 30)],
            accents: &[
                "M80 66 L136 80 M80 70 L132 92",
                "M148 78 Q148 62 132 58",
                "M138 52 L131 58 L139 63",
            ],
        },
        // Standing, one hand on a chair, weight on the cramped leg with the knee a little bent.
        Figure::StandingCalfLean => Drawing {
            lines: &[
                "M6 112 H154",
                "M124 44 V112 M124 78 H150 V112",
                "M78 29 L76 66",
                "M78 38 L100 52 L124 46",
                "M78 38 L70 60",
                "M76 66 L88 88 L82 110 L96 111",
                "M76 66 L64 88 L54 104 L60 110",
            ],
            heads: &[(79, 19)],
            accents: &["M100 80 Q106 90 98 98", "M97 91 L98 99 L105 97"],
        },
        // Sitting on the edge of the bed, heel down, a hand pulling the toes back towards the shin.
        Figure::SeatedToePull => Drawing {
            lines: &[
                "M6 112 H154",
                "M4 72 H58 V112",
                "M60 37 L42 70",
                "M42 70 L82 68 L92 104 L106 90",
                "M42 72 L80 72 L76 110 L90 111",
                "M58 42 L78 62 L104 88",
            ],
            heads: &[(67, 28)],
            accents: &["M120 96 Q124 80 110 74", "M108 80 L110 73 L117 75"],
        },
        // Standing, one hand on a chair, the other pulling the foot up towards the bottom.
        Figure::StandingQuadPull => Drawing {
            lines: &[
                "M6 112 H154",
                "M34 42 V112 M34 78 H8 V112",
                "M84 29 L86 66",
                "M84 38 L62 48 L34 44",
                "M86 38 L102 54 L106 70",
                "M86 66 L86 90 L86 110 L72 111",
                "M86 66 L92 94 L106 70 L114 64",
            ],
            heads: &[(84, 19)],
            accents: &["M124 90 Q130 72 116 62", "M114 70 L116 62 L124 62"],
        },
        // Lying on one side, cramped leg on top, pulling that foot towards the bottom.
        Figure::LyingQuadPull => Drawing {
            lines: &[
                "M6 108 H154",
                "M30 84 L80 90",
                "M80 92 L144 98 L150 88",
                "M80 88 L124 80 L102 52 L94 46",
                "M36 82 L66 62 L100 54",
            ],
            heads: &[(20, 80)],
            accents: &["M118 40 Q96 30 86 52", "M82 44 L86 52 L93 46"],
        },
        // Sitting, knee a little bent, both hands rubbing the muscle.
        Figure::Massage => Drawing {
            lines: &[
                "M6 108 H154",
                "M50 50 L40 102",
                "M40 102 L82 62 L114 102 L128 102",
                "M50 56 L78 46 L98 78",
                "M50 58 L84 54 L106 88",
            ],
            heads: &[(54, 38)],
            accents: &["M108 66 Q114 58 120 66", "M116 78 Q122 70 128 78"],
        },
    }
}

#[derive(Properties, PartialEq)]
pub struct FigureDrawingProps {
    pub figure: Figure,
}

/// The line drawing for one stretch.
#[component]
pub fn FigureDrawing(props: &FigureDrawingProps) -> Html {
    let d = drawing(props.figure);
    html! {
        <svg class={classes!("figure", format!("figure--{}", figure_key(props.figure)))}
            viewBox="0 0 160 120" width="160" height="120" aria-hidden="true" focusable="false">
            <g class="figure__body">
                { for d.lines.iter().map(|l| html! { <path d={*l} /> }) }
                { for d.heads.iter().map(|(x, y)| html! { <circle cx={x.to_string()} cy={y.to_string()} r="9" /> }) }
            </g>
            <g class="figure__accent">
                { for d.accents.iter().map(|l| html! { <path d={*l} /> }) }
            </g>
        </svg>
    }
}

#[derive(Properties, PartialEq)]
pub struct LegMapProps {
    /// The muscle to mark, or None for the plain leg.
    pub muscle: Option<MuscleId>,
}

/// A small side view of a leg (toes to the right) with the cramping muscle marked, for the picker.
#[component]
pub fn LegMap(props: &LegMapProps) -> Html {
    // (cx, cy, rx, ry): where each muscle sits on the drawing.
    let mark = props.muscle.map(|m| match m {
        MuscleId::BackOfThigh => (21, 30, 6, 17),
        MuscleId::FrontOfThigh => (41, 28, 6, 17),
        MuscleId::Calf => (19, 70, 6, 12),
        MuscleId::Foot => (41, 92, 11, 4),
    });
    html! {
        <svg class="leg-map" viewBox="0 0 64 100" width="48" height="75" aria-hidden="true" focusable="false">
            if let Some((cx, cy, rx, ry)) = mark {
                <ellipse class="leg-map__mark" cx={cx.to_string()} cy={cy.to_string()} rx={rx.to_string()} ry={ry.to_string()} />
            }
            <path class="leg-map__outline"
                d="M16 4 C13 22 15 40 20 54 C12 64 13 78 20 88 L20 95 L58 96 C60 91 56 88 50 87 L36 85 C36 74 37 64 38 56 C42 44 46 24 44 4" />
        </svg>
    }
}

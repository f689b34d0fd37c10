//! Charts: the phase timeline (SVG) and the budget bars (HTML rows, each bar a small SVG). Colours
//! come from CSS so they follow the light and dark themes; every data point is a focusable link with
//! a name.
use leptos::prelude::*;

use crate::core::format::{coord, format_money, format_span};
use crate::core::model::{Dataset, PartialDate};
use crate::core::order;
use crate::core::query;
use crate::ui::state::{current_locale, texts};

const WIDTH: f64 = 1000.0;
const LABEL_W: f64 = 96.0;
const RIGHT_PAD: f64 = 16.0;

/// One phase's bars in years: the planned span, then each extension, each as (from, to).
struct PhaseBars {
    number: u8,
    planned: Option<(f64, f64)>,
    extensions: Vec<(f64, f64)>,
}

fn bars_of(p: &crate::core::model::Phase) -> PhaseBars {
    let planned = query::start(p).zip(query::planned_end(p)).map(|(s, e)| (s.as_year_fraction(), e.as_year_fraction()));
    let mut extensions = Vec::new();
    if let Some((_, mut from)) = planned {
        let mut ends: Vec<PartialDate> = p.extensions.iter().map(|e| e.new_end).collect();
        ends.extend(p.actual_end.as_ref().map(|f| f.value));
        order::sort(&mut ends);
        for end in ends {
            let to = end.as_year_fraction();
            if to > from {
                extensions.push((from, to));
                from = to;
            }
        }
    }
    PhaseBars { number: p.number, planned, extensions }
}

/// Timeline of all phases from the programme's start to the latest end, with a "today" marker.
#[component]
pub fn PhaseTimeline(#[prop(optional)] compact: bool, #[prop(optional)] highlight: Option<u8>) -> impl IntoView {
    let ds = crate::ui::state::use_data();
    let locale = current_locale();
    let t = texts();
    let today = RwSignal::new(None::<f64>);
    Effect::new(move |_| {
        let (y, m, d) = crate::ui::browser::today();
        today.set(Some(PartialDate::ymd(y, m, d).as_year_fraction()));
    });

    let mut phases: Vec<&crate::core::model::Phase> = ds.phases.iter().collect();
    order::sort_by_key(&mut phases, |p| p.number);
    let bars: Vec<PhaseBars> = phases.iter().map(|p| bars_of(p)).collect();
    let first = f64::from(ds.programme.start_year.value);
    let last = bars
        .iter()
        .flat_map(|b| b.planned.iter().map(|x| x.1).chain(b.extensions.iter().map(|x| x.1)))
        .fold(first + 1.0, f64::max)
        .ceil()
        .max(f64::from(ds.meta.updated.year) + 1.0);
    let row_h = if compact { 20.0 } else { 30.0 };
    let top = 28.0;
    // Below the bars, a band of its own for the "today" label, so it never sits on a bar.
    let bars_end = top + row_h * bars.len() as f64;
    let height = bars_end + 26.0;
    let x = move |year: f64| LABEL_W + (year - first) / (last - first) * (WIDTH - LABEL_W - RIGHT_PAD);

    let years: Vec<i32> =
        (first as i32..=last as i32).filter(|y| (y - first as i32) % if compact { 4 } else { 2 } == 0).collect();
    let ticks = years
        .into_iter()
        .map(|y| {
            let xx = x(f64::from(y));
            view! {
                <g class="tick">
                    <line x1=coord(xx) x2=coord(xx) y1=coord(top - 6.0) y2=coord(bars_end)/>
                    <text x=coord(xx) y=coord(top - 10.0) text-anchor="middle">{y}</text>
                </g>
            }
        })
        .collect_view();

    let rows = bars
        .into_iter()
        .enumerate()
        .map(|(i, bar)| {
            let y = top + row_h * i as f64;
            let bar_h = row_h * 0.6;
            let by = y + (row_h - bar_h) / 2.0;
            let number = bar.number;
            let p = query::phase(&ds, number).expect("phase in dataset");
            let period = format_span(query::start(p), query::end(p), locale).unwrap_or_else(|| t.timeline_unknown.to_string());
            let label = t.phase_short.replace("{n}", &number.to_string());
            let name = format!("{label}: {} — {period}", p.title.get(locale));
            let is_highlight = highlight == Some(number);
            let body = match bar.planned {
                Some((s, e)) => {
                    let ext = bar
                        .extensions
                        .iter()
                        .map(|&(a, b)| view! { <rect class="bar-extension" x=coord(x(a)) y=coord(by) width=coord((x(b) - x(a)).max(2.0)) height=coord(bar_h) rx="2"/> })
                        .collect_view();
                    view! {
                        <rect class="bar-planned" class:highlight=is_highlight x=coord(x(s)) y=coord(by) width=coord((x(e) - x(s)).max(2.0)) height=coord(bar_h) rx="2"/>
                        {ext}
                    }
                    .into_any()
                }
                None => view! {
                    <text class="bar-unknown" aria-hidden="true" x=coord(LABEL_W + 4.0) y=coord(by + bar_h * 0.8)>{t.timeline_unknown}</text>
                }
                .into_any(),
            };
            view! {
                <DataPoint class="timeline-row" name path=format!("/phases/{number}")>
                    <rect class="row-hit" x="0" y=coord(y) width=coord(WIDTH) height=coord(row_h)/>
                    <text class="row-label" x="4" y=coord(by + bar_h * 0.8)>{label}</text>
                    {body}
                </DataPoint>
            }
        })
        .collect_view();

    let today_marker = move || {
        today.get().filter(|v| *v >= first && *v <= last).map(|v| {
            let xx = x(v);
            view! {
                <g class="today">
                    <line x1=coord(xx) x2=coord(xx) y1=coord(top - 4.0) y2=coord(height - 4.0)/>
                    <text x=coord(xx - 4.0) y=coord(height - 6.0) text-anchor="end">{t.timeline_today}</text>
                </g>
            }
        })
    };

    let id = if compact { "timeline-compact" } else { "timeline" };
    view! {
        <figure class="chart timeline" class:compact=compact>
            <svg
                viewBox=format!("0 0 {} {}", coord(WIDTH), coord(height))
                role="group"
                aria-labelledby=format!("{id}-title")
                aria-describedby=format!("{id}-desc")
                preserveAspectRatio="xMinYMin meet"
            >
                <title id=format!("{id}-title")>{t.timeline_title}</title>
                <desc id=format!("{id}-desc")>{t.timeline_desc}</desc>
                {ticks}
                {rows}
                {today_marker}
            </svg>
            <figcaption class="legend">
                <span class="key key-planned" aria-hidden="true"></span>
                {t.timeline_planned}
                " "
                <span class="key key-extension" aria-hidden="true"></span>
                {t.timeline_extension}
                " "
                <span class="key key-today" aria-hidden="true"></span>
                {t.timeline_today}
            </figcaption>
        </figure>
    }
}

/// A focusable, named data point that opens a page (links inside inline SVG are not router links).
#[component]
pub fn DataPoint(class: &'static str, name: String, path: String, children: Children) -> impl IntoView {
    let navigate = leptos_router::hooks::use_navigate();
    let target = crate::ui::state::localized(&path);
    let go = move || navigate(&target, Default::default());
    let go_by_key = go.clone();
    // The <title> names the point (and is its tooltip); it starts with the visible row label.
    view! {
        <g
            class=class
            role="link"
            tabindex="0"
            on:click=move |_| go()
            on:keydown=move |ev| {
                if ev.key() == "Enter" {
                    go_by_key();
                }
            }
        >
            <title>{name}</title>
            {children()}
        </g>
    }
}

/// Events per year as a strip of bars from 2002 to today; a year with events opens the events
/// explorer filtered to it.
#[component]
pub fn EventsPerYear() -> impl IntoView {
    let ds = crate::ui::state::use_data();
    let t = texts();
    let locale = current_locale();
    let years = crate::core::events::per_year(&ds);
    let most = years.iter().map(|(_, n)| *n).max().unwrap_or(1).max(1) as f64;
    // Padding on both sides keeps the first and last year labels inside the picture.
    let (top, bars_h, step, pad) = (16.0, 50.0, 16.0, 14.0);
    let width = step * years.len() as f64 + 2.0 * pad;
    let bars = years
        .iter()
        .enumerate()
        .map(|(i, &(year, n))| {
            let x = pad + step * i as f64;
            let h = bars_h * n as f64 / most;
            let label = (year % 4 == 2).then(|| view! { <text class="year-label" x=coord(x + step / 2.0) y=coord(top + bars_h + 16.0) text-anchor="middle">{year}</text> });
            let bar = view! {
                <rect class="row-hit" x=coord(x) y="0" width=coord(step) height=coord(top + bars_h)/>
                <rect class="bar-planned" x=coord(x + 2.0) y=coord(top + bars_h - h) width=coord(step - 4.0) height=coord(h.max(1.0))/>
                {(n > 0).then(|| view! { <text class="bar-count" x=coord(x + step / 2.0) y=coord(top + bars_h - h - 3.0) text-anchor="middle">{n}</text> })}
            };
            if n == 0 {
                view! { <g class="year-empty">{bar}{label}</g> }.into_any()
            } else {
                let name = format!("{year}: {}", t.events_count.format(locale, n as u64));
                view! { <DataPoint class="timeline-row" name path=format!("/events?year={year}")>{bar}{label}</DataPoint> }.into_any()
            }
        })
        .collect_view();
    view! {
        <figure class="chart strip">
            <svg viewBox=format!("0 0 {} {}", coord(width), coord(top + bars_h + 22.0)) role="group" aria-labelledby="strip-title" aria-describedby="strip-desc">
                <title id="strip-title">{t.events_strip_title}</title>
                <desc id="strip-desc">{t.events_strip_desc}</desc>
                {bars}
            </svg>
        </figure>
    }
}

/// Horizontal bars of the headline budget of each phase. Rows of HTML, each a link with its label
/// and value as text, so the values wrap and stay readable at any width; only the bar is SVG (its
/// width an attribute, which the Content-Security-Policy allows where an inline style is not).
#[component]
pub fn BudgetChart(phases: Vec<u8>) -> impl IntoView {
    let ds: std::sync::Arc<Dataset> = crate::ui::state::use_data();
    let locale = current_locale();
    let t = texts();
    let amounts: Vec<(u8, Option<crate::core::model::Money>)> = phases
        .iter()
        .map(|&n| (n, query::phase(&ds, n).and_then(query::headline_budget).map(|b| b.amount.value.clone())))
        .collect();
    let max = amounts.iter().filter_map(|(_, m)| m.as_ref().map(|m| m.amount)).fold(0.0, f64::max);
    let rows = amounts
        .into_iter()
        .map(|(n, money)| {
            let label = t.phase_short.replace("{n}", &n.to_string());
            let value = match &money {
                Some(m) => format_money(m, locale),
                None => t.not_published.to_string(),
            };
            let share = money.as_ref().map(|m| if max > 0.0 { m.amount / max * 100.0 } else { 0.0 });
            view! {
                <li>
                    <a class="bar-row" href=crate::ui::state::localized(format!("/phases/{n}"))>
                        <span class="row-label">{label}</span>
                        " "
                        <svg class="bar-track" aria-hidden="true">
                            {share.map(|w| view! { <rect class="bar-budget" width=format!("{}%", coord(w.max(0.5))) height="100%" rx="2"/> })}
                        </svg>
                        <span class="bar-value" class:unknown=money.is_none()>{value}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <figure class="budget-chart">
            <figcaption class="visually-hidden">{t.chart_budget_desc}</figcaption>
            <ol class="bars">{rows}</ol>
        </figure>
    }
}

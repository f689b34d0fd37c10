//! A headline figure and a quote, as the overview and the phase pages show them.
use leptos::prelude::*;

use crate::core::format::{format_date, format_figure};
use crate::core::model::{Figure, Quote};
use crate::ui::components::country::CountryLink;
use crate::ui::components::facts::{Cite, FactView};
use crate::ui::state::{current_locale, texts};

/// A headline figure with its date: "EUR 40.1 million · 2003–2019 · as of 28 November 2018".
#[component]
pub fn FigureStat(figure: Figure) -> impl IntoView {
    let t = texts();
    let locale = current_locale();
    let span = match (figure.period_start, figure.period_end) {
        (Some(s), Some(e)) => Some(format!("{}–{}", s.year, e.year)),
        _ => None,
    };
    let as_of = figure.as_of.map(|d| t.as_of.replace("{date}", &format_date(d, locale)));
    let when = [span, as_of].into_iter().flatten().collect::<Vec<_>>().join(" · ");
    // Each alternative in its own source's words ("more than € 33 million"), else the figure's.
    let mut value = figure.value.map(|v| format_figure(*v, figure.unit, figure.qualifier, locale));
    for (shown, alt) in value.alternatives.iter_mut().zip(&figure.value.alternatives) {
        shown.value = format_figure(alt.value, figure.unit, alt.qualifier.unwrap_or(figure.qualifier), locale);
    }
    view! {
        <div class="stat">
            <p class="stat-label">{figure.label.get(locale).to_string()}</p>
            <div class="stat-value"><FactView fact=Some(value)/></div>
            <p class="stat-when">{when} {figure.country.map(|code| view! { " · " <CountryLink code/> })}</p>
        </div>
    }
}

#[component]
pub fn QuoteView(quote: Quote) -> impl IntoView {
    let t = texts();
    let locale = current_locale();
    let translated = quote.original_language != locale.code();
    view! {
        <figure class="quote">
            <blockquote>
                <p>{quote.text.get(locale).to_string()}</p>
            </blockquote>
            <figcaption>
                {quote.speaker.as_ref().map(|s| view! { <strong>{s.get(locale).to_string()}</strong> ", " })}
                {quote.role.get(locale).to_string()}
                {quote.date.map(|d| format!(", {}", format_date(d, locale)))}
                {quote.date_note.as_ref().map(|n| view! { <span class="muted">" (" {n.get(locale).to_string()} ")"</span> })}
                <Cite sources=quote.sources.clone()/>
                {translated.then(|| view! { <span class="translation-note">" (" {t.translated_quote} ")"</span> })}
            </figcaption>
        </figure>
    }
}

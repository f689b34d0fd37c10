//! Takeover in short tasks: a part of a view that renders in a task of its own.
use leptos::prelude::*;

use crate::ui::browser;

/// Renders `children` in a task of its own while the app takes over a pre-rendered page. The live
/// page is off-document until its last part is in (`browser::reveal_app`), so nobody sees it half
/// built, and a tap or a scroll gets its turn between the parts instead of waiting for one long
/// task. Anywhere else (a page the app renders itself, build time) `children` render at once.
#[component]
pub fn Later(children: Children) -> impl IntoView {
    if !browser::taking_over() {
        return children().into_any();
    }
    let shown = RwSignal::new(false);
    browser::later_started();
    // A timer rather than a future: the smaller code.
    set_timeout(
        move || {
            // Gone before its turn (the app left the page): nothing to wait for.
            if shown.try_set(true).is_some() {
                browser::later_done();
            }
        },
        std::time::Duration::ZERO,
    );
    // Built once: `shown` only ever turns true.
    let mut children = Some(children);
    (move || {
        shown.get().then(|| {
            // Effects run once the view is built.
            Effect::new(|_| browser::later_done());
            children.take().map(|children| children())
        })
    })
    .into_any()
}

//! The search's own texts, which only the on-demand module shows (the page's catalogue, in the
//! page's wasm, holds the field's and the page's).
use crate::core::format::Plural;
use crate::core::locale::Locale;

/// Key → text pairs, by kind of record.
type Table = &'static [(&'static str, &'static str)];

pub struct SearchTexts {
    /// "12 results".
    pub count: Plural,
    /// The list's last line, which opens `/search` with the words (`{q}`).
    pub all: &'static str,
    pub none: &'static str,
    /// What `/search` offers when nothing is found.
    pub browse: &'static str,
    /// The headings of the kinds' groups.
    pub groups: Table,
    /// Words a visitor may type for a kind ("office", "contacts"), in every language.
    pub words: Table,
}

pub fn search_texts(locale: Locale) -> &'static SearchTexts {
    match locale {
        Locale::En => &EN,
        Locale::Ru => &RU,
    }
}

const EN: SearchTexts = SearchTexts {
    count: Plural { one: "{n} result", few: "{n} results", many: "{n} results", other: "{n} results" },
    all: "All results for “{q}”",
    none: "Nothing found for “{q}”.",
    browse: "Try another spelling or fewer words, or browse the sections:",
    groups: &[
        ("phase", "Phases"),
        ("component", "Components"),
        ("event", "Events"),
        ("organisation", "Organisations"),
        ("person", "People"),
        ("office", "Offices and contacts"),
        ("source", "Sources"),
        ("country", "Countries"),
        ("theme", "Themes"),
    ],
    words: &[
        ("phase", "phase phases programme budget"),
        ("component", "component components project"),
        ("event", "event events news"),
        ("organisation", "organisation organization agency partner"),
        ("person", "person people"),
        ("office", "office offices contact contacts address"),
        ("source", "source sources document"),
        ("country", "country countries"),
        ("theme", "theme themes topic"),
    ],
};

const RU: SearchTexts = SearchTexts {
    count: Plural {
        one: "{n} результат", few: "{n} результата", many: "{n} результатов", other: "{n} результата"
    },
    all: "Все результаты по запросу «{q}»",
    none: "По запросу «{q}» ничего не найдено.",
    browse: "Попробуйте другое написание или меньше слов либо откройте разделы:",
    groups: &[
        ("phase", "Фазы"),
        ("component", "Компоненты"),
        ("event", "События"),
        ("organisation", "Организации"),
        ("person", "Люди"),
        ("office", "Офисы и контакты"),
        ("source", "Источники"),
        ("country", "Страны"),
        ("theme", "Темы"),
    ],
    words: &[
        ("phase", "фаза фазы программа бюджет"),
        ("component", "компонент компоненты проект"),
        ("event", "событие события мероприятие новости"),
        ("organisation", "организация организации ведомство партнёр"),
        ("person", "человек люди"),
        ("office", "офис офисы контакт контакты адрес представительство"),
        ("source", "источник источники документ"),
        ("country", "страна страны"),
        ("theme", "тема темы направление"),
    ],
};

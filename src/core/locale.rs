//! The site's languages. Adding one (kk, ky, tg, tk, uz) means a variant here, a catalogue in
//! `src/i18n/`, and its key in every dataset text.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    En,
    Ru,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Ru];

    /// ISO 639-1 code, used in URLs (`/ru/...`), `<html lang>` and the dataset's text keys.
    pub const fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ru => "ru",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// The language's own name, for the switcher.
    pub const fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Ru => "Русский",
        }
    }

    /// Path prefix of this locale: English lives at the root, others under `/<code>`.
    pub const fn prefix(self) -> &'static str {
        match self {
            Locale::En => "",
            Locale::Ru => "/ru",
        }
    }

    /// Splits a site path into its locale and the locale-free rest (`/ru/phases/9` → Ru, `/phases/9`).
    pub fn split_path(path: &str) -> (Locale, &str) {
        for locale in Self::ALL {
            let prefix = locale.prefix();
            if prefix.is_empty() {
                continue;
            }
            if let Some(rest) = path.strip_prefix(prefix) {
                if rest.is_empty() {
                    return (locale, "/");
                }
                if rest.starts_with('/') {
                    return (locale, rest);
                }
            }
        }
        (Locale::En, if path.is_empty() { "/" } else { path })
    }

    /// The site path of `path` (locale-free, starting with `/`) in this locale.
    pub fn path(self, path: &str) -> String {
        match (self.prefix(), path) {
            ("", p) => p.to_string(),
            (prefix, "/") => format!("{prefix}/"),
            (prefix, p) => format!("{prefix}{p}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_and_join_paths() {
        assert_eq!(Locale::split_path("/ru/phases/9"), (Locale::Ru, "/phases/9"));
        assert_eq!(Locale::split_path("/ru"), (Locale::Ru, "/"));
        assert_eq!(Locale::split_path("/ru/"), (Locale::Ru, "/"));
        assert_eq!(Locale::split_path("/rural"), (Locale::En, "/rural"));
        assert_eq!(Locale::split_path("/phases"), (Locale::En, "/phases"));
        assert_eq!(Locale::Ru.path("/"), "/ru/");
        assert_eq!(Locale::Ru.path("/compare"), "/ru/compare");
        assert_eq!(Locale::En.path("/compare"), "/compare");
        assert_eq!(Locale::from_code("RU"), Some(Locale::Ru));
        assert_eq!(Locale::from_code("de"), None);
    }
}

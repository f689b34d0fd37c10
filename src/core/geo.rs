//! The contacts map: the countries (outlines in `public/map/central-asia.svg`, label places in
//! `geo_shapes.rs`, both generated) and the cities with offices.
pub use super::geo_shapes::{CountryShape, COUNTRY_SHAPES, VIEW_BOX};
use super::geo_shapes::{COS_LAT, MAX_LAT, MIN_LON, SCALE};
use super::locale::Locale;
use super::model::{Office, OfficeKind};

/// The site path of the outlines; each country's is the element with its code as id.
pub const MAP_FILE: &str = "/map/central-asia.svg";

/// A city with an office. Coordinates are city centres rounded to two decimals (general geography,
/// not a programme fact, so not in the dataset).
pub struct City {
    /// The English name; `ru` the Russian one (the app has the office's city in one language).
    pub key: &'static str,
    pub ru: &'static str,
    pub lon: f64,
    pub lat: f64,
}

pub const CITIES: &[City] = &[
    City { key: "Bishkek", ru: "Бишкек", lon: 74.59, lat: 42.87 },
    City { key: "Astana", ru: "Астана", lon: 71.45, lat: 51.17 },
    City { key: "Dushanbe", ru: "Душанбе", lon: 68.79, lat: 38.56 },
    City { key: "Tashkent", ru: "Ташкент", lon: 69.24, lat: 41.31 },
    City { key: "Ashgabat", ru: "Ашхабад", lon: 58.38, lat: 37.95 },
];

/// The city of an office by its English or Russian name (Astana was called Nur-Sultan in 2019–2022).
pub fn city_for(name: &str) -> Option<&'static City> {
    let name = name.trim();
    let name = if name.eq_ignore_ascii_case("Nur-Sultan") || name == "Нур-Султан" { "Astana" } else { name };
    CITIES.iter().find(|c| c.key.eq_ignore_ascii_case(name) || c.ru == name)
}

/// A city marker of the map: the city, its offices, and whether one of them is a regional office
/// (drawn larger).
pub struct Marker<'a> {
    pub city: &'static City,
    pub offices: Vec<&'a Office>,
    pub regional: bool,
}

/// The offices grouped by the city of the map they are in, in the list's order, and the offices
/// in no city of the map (abroad, or with no published city).
pub fn markers<'a>(
    offices: impl IntoIterator<Item = &'a Office>,
    locale: Locale,
) -> (Vec<Marker<'a>>, Vec<&'a Office>) {
    let mut markers: Vec<Marker> = Vec::new();
    let mut outside = Vec::new();
    for o in offices {
        match o.city.as_ref().and_then(|c| city_for(c.get(locale))) {
            Some(city) => {
                let regional = o.kind == OfficeKind::RegionalOffice;
                match markers.iter_mut().find(|m| m.city.key == city.key) {
                    Some(m) => {
                        m.offices.push(o);
                        m.regional |= regional;
                    }
                    None => markers.push(Marker { city, offices: vec![o], regional }),
                }
            }
            None => outside.push(o),
        }
    }
    (markers, outside)
}

pub fn project(lon: f64, lat: f64) -> (f64, f64) {
    ((lon - MIN_LON) * COS_LAT * SCALE, (MAX_LAT - lat) * SCALE)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The outline of `code` in the map file: an SVG path in view-box coordinates.
    fn outline(code: &str) -> &'static str {
        let svg = include_str!("../../public/map/central-asia.svg");
        let start =
            svg.find(&format!("<path id=\"{code}\" d=\"")).unwrap_or_else(|| panic!("{code} not in the map")) + 17;
        &svg[start..start + svg[start..].find('"').unwrap()]
    }

    fn bbox(path: &str) -> (f64, f64, f64, f64) {
        let nums: Vec<f64> =
            path.split(['M', 'L', 'Z', ' ']).filter(|s| !s.is_empty()).map(|s| s.parse().unwrap()).collect();
        let xs = nums.iter().step_by(2);
        let ys = nums.iter().skip(1).step_by(2);
        (
            xs.clone().cloned().fold(f64::MAX, f64::min),
            ys.clone().cloned().fold(f64::MAX, f64::min),
            xs.cloned().fold(f64::MIN, f64::max),
            ys.cloned().fold(f64::MIN, f64::max),
        )
    }

    #[test]
    fn shapes_are_plain_paths() {
        assert_eq!(COUNTRY_SHAPES.len(), 5);
        for s in COUNTRY_SHAPES.iter() {
            let path = outline(s.code);
            assert!(path.starts_with('M') && path.ends_with('Z'), "{}", s.code);
            assert!(path.chars().all(|c| c.is_ascii_digit() || "MLZ .-".contains(c)), "{}", s.code);
            let (x0, y0, x1, y1) = bbox(path);
            assert!(s.label_x > x0 && s.label_x < x1 && s.label_y > y0 && s.label_y < y1, "{} label outside", s.code);
        }
    }

    #[test]
    fn capitals_fall_inside_their_countries() {
        for (city, code) in
            [("Bishkek", "KG"), ("Astana", "KZ"), ("Dushanbe", "TJ"), ("Tashkent", "UZ"), ("Ashgabat", "TM")]
        {
            let c = city_for(city).unwrap();
            let (x, y) = project(c.lon, c.lat);
            let (x0, y0, x1, y1) = bbox(outline(code));
            assert!(x >= x0 && x <= x1 && y >= y0 && y <= y1, "{city} at ({x}, {y}) outside {code}");
            assert!(x > 0.0 && x < VIEW_BOX.0 && y > 0.0 && y < VIEW_BOX.1);
        }
        let (bishkek, tashkent) = (city_for("Bishkek").unwrap(), city_for("tashkent").unwrap());
        assert!(project(bishkek.lon, bishkek.lat).0 > project(tashkent.lon, tashkent.lat).0);
        assert_eq!(city_for("Nur-Sultan").unwrap().key, "Astana");
        assert_eq!(city_for("Нур-Султан").unwrap().key, "Astana");
        assert_eq!(city_for("Ашхабад").unwrap().key, "Ashgabat");
        assert!(city_for("Vienna").is_none());
    }

    #[test]
    fn offices_group_by_city_and_vienna_is_off_the_map() {
        let ds = crate::core::load::parse(include_str!("../../public/data/bomca.json")).unwrap();
        for locale in [Locale::En, Locale::Ru] {
            let (markers, outside) = markers(&ds.offices, locale);
            let cities: Vec<&str> = markers.iter().map(|m| m.city.key).collect();
            assert_eq!(cities, ["Bishkek", "Astana", "Dushanbe", "Tashkent", "Ashgabat"], "{locale:?}");
            assert!(markers[0].regional && !markers[1].regional);
            assert_eq!(markers[0].offices.len(), 5);
            let outside: Vec<&str> = outside.iter().map(|o| o.id.as_str()).collect();
            assert_eq!(outside, ["office-secretariat-vienna", "office-icmpd-rco-eeca"]);
        }
    }
}

//! Units of physical measures: the symbols written glued to a number or
//! after it ("80km", "150 mph", "45C"), the words ("kilometres", "feet",
//! "degrees Celsius"), the words that build a unit from another ("square
//! miles", "cubic metres", "miles per hour", "kilowatt-hours"), and the
//! words around a number that decide what an ambiguous symbol means: a
//! bare "m" is metres only beside a height or a depth, a bare "C" a
//! temperature only beside a temperature word.

use std::sync::LazyLock;

use super::{Lookup, WordSet};
use crate::quantity::MeasureUnit;

use MeasureUnit as U;

/// Where a unit symbol may stand after its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitPlace {
    /// Glued ("80km") or after a space ("80 km").
    Any,
    /// Only glued: "10in" (a spaced "in" is the preposition), "40C", "5g".
    Glued,
}

/// What else a unit needs before it is read as a measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitNeeds {
    /// Nothing: the symbol or word says it.
    Nothing,
    /// A length context: "m" is metres only beside a height, a depth or a
    /// wave ("a 10m wave", "10m high"); with people or money it is million.
    Length,
    /// A temperature context: "40C" is a temperature only beside a word
    /// about the weather, below zero, or beside a temperature in the other
    /// scale; "seat 12F" is a seat.
    Temperature,
    /// Anything but a mobile network after it: "5g of heroin", not "a 5g
    /// network".
    NoNetwork,
}

/// A unit symbol: the unit, where it may stand, and what else it needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct UnitSymbol {
    /// The unit.
    pub unit: MeasureUnit,
    /// Where it may stand.
    pub place: UnitPlace,
    /// What else it needs.
    pub needs: UnitNeeds,
}

const fn any(unit: MeasureUnit) -> UnitSymbol {
    UnitSymbol {
        unit,
        place: UnitPlace::Any,
        needs: UnitNeeds::Nothing,
    }
}

const fn glued(unit: MeasureUnit, needs: UnitNeeds) -> UnitSymbol {
    UnitSymbol {
        unit,
        place: UnitPlace::Glued,
        needs,
    }
}

/// Unit symbols as written, case and all: "MW" is a megawatt, "mW" is not
/// read, "5G" is a network. A symbol made of two tokens ("km/h", "°C",
/// "km²") is read from its first token (see [`PER_HOUR`], [`SQUARES`] and
/// [`DEGREE_SIGNS`]).
#[rustfmt::skip]
pub(crate) const SYMBOLS: &[(&str, UnitSymbol)] = &[
    ("km", any(U::Kilometre)),
    ("m", UnitSymbol { needs: UnitNeeds::Length, ..any(U::Metre) }),
    ("cm", any(U::Centimetre)),
    ("mm", any(U::Millimetre)),
    ("mi", any(U::Mile)),
    ("ft", any(U::Foot)),
    ("in", glued(U::Inch, UnitNeeds::Nothing)),
    ("yd", any(U::Yard)),
    ("yds", any(U::Yard)),
    ("nmi", any(U::NauticalMile)),
    ("ha", any(U::Hectare)),
    ("l", glued(U::Litre, UnitNeeds::Nothing)),
    ("L", glued(U::Litre, UnitNeeds::Nothing)),
    ("ml", any(U::Millilitre)),
    ("mL", any(U::Millilitre)),
    ("gal", any(U::Gallon)),
    ("kg", any(U::Kilogram)),
    ("kgs", any(U::Kilogram)),
    ("g", glued(U::Gram, UnitNeeds::NoNetwork)),
    ("lb", any(U::Pound)),
    ("lbs", any(U::Pound)),
    ("oz", any(U::Ounce)),
    ("mph", any(U::MilePerHour)),
    ("kph", any(U::KilometrePerHour)),
    ("kmh", any(U::KilometrePerHour)),
    ("kmph", any(U::KilometrePerHour)),
    ("kn", any(U::Knot)),
    ("kts", any(U::Knot)),
    ("C", glued(U::Celsius, UnitNeeds::Temperature)),
    ("F", glued(U::Fahrenheit, UnitNeeds::Temperature)),
    ("ºC", any(U::Celsius)),
    ("ºF", any(U::Fahrenheit)),
    ("J", glued(U::Joule, UnitNeeds::Nothing)),
    ("kJ", any(U::Kilojoule)),
    ("MJ", any(U::Megajoule)),
    ("GJ", any(U::Gigajoule)),
    ("kWh", any(U::KilowattHour)),
    ("MWh", any(U::MegawattHour)),
    ("GWh", any(U::GigawattHour)),
    ("TWh", any(U::TerawattHour)),
    ("W", glued(U::Watt, UnitNeeds::Nothing)),
    ("kW", any(U::Kilowatt)),
    ("MW", any(U::Megawatt)),
    ("GW", any(U::Gigawatt)),
    ("KB", any(U::Kilobyte)),
    ("kB", any(U::Kilobyte)),
    ("MB", any(U::Megabyte)),
    ("GB", any(U::Gigabyte)),
    ("TB", any(U::Terabyte)),
    ("PB", any(U::Petabyte)),
];

/// Unit words, lowercase, in either spelling, singular and plural.
#[rustfmt::skip]
pub(crate) const UNIT_WORDS: &[(&str, MeasureUnit)] = &[
    ("kilometre", U::Kilometre), ("kilometres", U::Kilometre),
    ("kilometer", U::Kilometre), ("kilometers", U::Kilometre),
    ("metre", U::Metre), ("metres", U::Metre), ("meter", U::Metre), ("meters", U::Metre),
    ("centimetre", U::Centimetre), ("centimetres", U::Centimetre),
    ("centimeter", U::Centimetre), ("centimeters", U::Centimetre),
    ("millimetre", U::Millimetre), ("millimetres", U::Millimetre),
    ("millimeter", U::Millimetre), ("millimeters", U::Millimetre),
    ("mile", U::Mile), ("miles", U::Mile),
    ("foot", U::Foot), ("feet", U::Foot),
    ("inch", U::Inch), ("inches", U::Inch),
    ("yard", U::Yard), ("yards", U::Yard),
    ("hectare", U::Hectare), ("hectares", U::Hectare),
    ("acre", U::Acre), ("acres", U::Acre),
    ("litre", U::Litre), ("litres", U::Litre), ("liter", U::Litre), ("liters", U::Litre),
    ("millilitre", U::Millilitre), ("millilitres", U::Millilitre),
    ("milliliter", U::Millilitre), ("milliliters", U::Millilitre),
    ("gallon", U::Gallon), ("gallons", U::Gallon),
    ("tonne", U::Tonne), ("tonnes", U::Tonne),
    ("ton", U::ShortTon), ("tons", U::ShortTon),
    ("kilogram", U::Kilogram), ("kilograms", U::Kilogram),
    ("kilogramme", U::Kilogram), ("kilogrammes", U::Kilogram),
    ("kilo", U::Kilogram), ("kilos", U::Kilogram),
    ("gram", U::Gram), ("grams", U::Gram), ("gramme", U::Gram), ("grammes", U::Gram),
    ("pound", U::Pound), ("pounds", U::Pound),
    ("ounce", U::Ounce), ("ounces", U::Ounce),
    ("knot", U::Knot), ("knots", U::Knot),
    ("celsius", U::Celsius), ("centigrade", U::Celsius),
    ("fahrenheit", U::Fahrenheit),
    ("joule", U::Joule), ("joules", U::Joule),
    ("kilojoule", U::Kilojoule), ("kilojoules", U::Kilojoule),
    ("megajoule", U::Megajoule), ("megajoules", U::Megajoule),
    ("gigajoule", U::Gigajoule), ("gigajoules", U::Gigajoule),
    ("watt", U::Watt), ("watts", U::Watt),
    ("kilowatt", U::Kilowatt), ("kilowatts", U::Kilowatt),
    ("megawatt", U::Megawatt), ("megawatts", U::Megawatt),
    ("gigawatt", U::Gigawatt), ("gigawatts", U::Gigawatt),
    ("byte", U::Byte), ("bytes", U::Byte),
    ("kilobyte", U::Kilobyte), ("kilobytes", U::Kilobyte),
    ("megabyte", U::Megabyte), ("megabytes", U::Megabyte),
    ("gigabyte", U::Gigabyte), ("gigabytes", U::Gigabyte),
    ("terabyte", U::Terabyte), ("terabytes", U::Terabyte),
    ("petabyte", U::Petabyte), ("petabytes", U::Petabyte),
    ("magnitude", U::Magnitude),
];

/// Words before a unit of length that make it one of area ("square
/// miles", "sq km") and of volume ("cubic metres").
pub(crate) const SQUARE_WORDS: &[&str] = &["square", "sq"];
/// See [`SQUARE_WORDS`].
pub(crate) const CUBIC_WORDS: &[&str] = &["cubic", "cu"];

/// Units of length and the units of area they square, of volume they
/// cube: "square kilometres", "km²", "km2", "cubic metres", "m³".
#[rustfmt::skip]
pub(crate) const SQUARES: &[(MeasureUnit, MeasureUnit, Option<MeasureUnit>)] = &[
    (U::Kilometre, U::SquareKilometre, Some(U::CubicKilometre)),
    (U::Metre, U::SquareMetre, Some(U::CubicMetre)),
    (U::Mile, U::SquareMile, None),
    (U::Foot, U::SquareFoot, Some(U::CubicFoot)),
];

/// The characters written after a unit of length to square or cube it.
pub(crate) const POWER_MARKS: [(&str, u8); 4] = [("²", 2), ("2", 2), ("³", 3), ("3", 3)];

/// Units of length and the speed they make per hour: "miles per hour",
/// "kilometres an hour", "km/h", "nautical miles an hour".
#[rustfmt::skip]
pub(crate) const PER_HOUR: &[(MeasureUnit, MeasureUnit)] = &[
    (U::Mile, U::MilePerHour),
    (U::Kilometre, U::KilometrePerHour),
    (U::NauticalMile, U::Knot),
];

/// Units of length and the speed they make per second: "metres per
/// second", "m/s".
pub(crate) const PER_SECOND: &[(MeasureUnit, MeasureUnit)] = &[(U::Metre, U::MetrePerSecond)];

/// Words between a unit of length and "hour" or "second" that make a
/// speed: "per", "an", "a".
pub(crate) const PER_WORDS: &[&str] = &["per", "an", "a"];

/// Words for an hour and a second after a unit of length or power, and the
/// letters after a slash ("km/h", "m/s").
pub(crate) const HOUR_WORDS: &[&str] = &["hour", "hours", "h", "hr"];
/// See [`HOUR_WORDS`].
pub(crate) const SECOND_WORDS: &[&str] = &["second", "s", "sec"];

/// Units of power and the energy they make over an hour, by the word that
/// names the power: "kilowatt-hours", "megawatt hours", "terawatt-hours".
#[rustfmt::skip]
pub(crate) const WATT_HOURS: &[(&str, MeasureUnit)] = &[
    ("kilowatt", U::KilowattHour),
    ("megawatt", U::MegawattHour),
    ("gigawatt", U::GigawattHour),
    ("terawatt", U::TerawattHour),
];

/// The words before a unit that name a variant of it: "nautical miles",
/// "metric tons".
#[rustfmt::skip]
pub(crate) const QUALIFIED: &[(&str, MeasureUnit, MeasureUnit)] = &[
    ("nautical", U::Mile, U::NauticalMile),
    ("metric", U::ShortTon, U::Tonne),
    ("metric", U::Tonne, U::Tonne),
];

/// Every word that builds a unit from the word after it: [`SQUARE_WORDS`],
/// [`CUBIC_WORDS`], [`DEGREE_WORDS`], the powers of [`WATT_HOURS`] and
/// the qualifiers of [`QUALIFIED`] (a unit test keeps them in step).
pub(crate) const UNIT_LEADS: &[&str] = &[
    "square", "sq", "cubic", "cu", "degrees", "degree", "deg", "kilowatt", "megawatt", "gigawatt",
    "terawatt", "nautical", "metric",
];

/// The words for degrees before a temperature scale: "40 degrees
/// Celsius", "40 degrees C". Alone, "40 degrees" names no scale and is
/// not read.
pub(crate) const DEGREE_WORDS: &[&str] = &["degrees", "degree", "deg"];

/// The degree signs written before "C" or "F": "35°C", "35 °F"; "º" is the
/// ordinal indicator some keyboards give for it.
pub(crate) const DEGREE_SIGNS: &[char] = &['°', 'º', '˚'];

/// The letters of the two temperature scales after a degree sign or word.
#[rustfmt::skip]
pub(crate) const SCALE_LETTERS: &[(&str, MeasureUnit)] = &[
    ("C", U::Celsius),
    ("F", U::Fahrenheit),
    ("c", U::Celsius),
    ("f", U::Fahrenheit),
];

/// A larger unit and the smaller one that may follow it in one compound
/// measure, and how many of the smaller make one of the larger: "5ft
/// 10in" is 70 inches, "7lb 8oz" 120 ounces.
#[rustfmt::skip]
pub(crate) const COMPOUNDS: &[(MeasureUnit, MeasureUnit, u32)] = &[
    (U::Foot, U::Inch, 12),
    (U::Pound, U::Ounce, 16),
];

/// The word that names a quake's magnitude, before or after its number:
/// "magnitude 7.2", "a 6.1-magnitude quake".
pub(crate) const MAGNITUDE_WORD: &str = "magnitude";

/// Words that may stand between "magnitude" and its number: "a magnitude
/// of 5.4", "put the magnitude at 6.1", "revised the magnitude to 6.4".
pub(crate) const MAGNITUDE_JOINERS: &[&str] = &["of", "at", "to", "was", "is", "measuring"];

/// The phrase after a number that makes it a magnitude: "5.8 on the
/// Richter scale" (the last word may be left out).
pub(crate) const RICHTER: [&str; 4] = ["on", "the", "richter", "scale"];

/// The largest magnitude read: no quake has reached 10.
pub(crate) const MAX_MAGNITUDE: u32 = 10;

/// Quake words after a decimal that make it a magnitude with no unit
/// named: "a 7.0 quake", "the 6.4 earthquake".
pub(crate) const QUAKE_WORDS: &[&str] = &[
    "quake",
    "quakes",
    "earthquake",
    "earthquakes",
    "tremor",
    "tremors",
    "temblor",
    "temblors",
    "aftershock",
    "aftershocks",
];

/// Words that make a bare "m" after a number metres, read within a few
/// words before the number or right after the unit: heights, depths,
/// lengths, waves. "2.4m people" and "£30m" name none and stay million.
pub(crate) const LENGTH_CONTEXT: &[&str] = &[
    "high",
    "tall",
    "deep",
    "long",
    "wide",
    "thick",
    "above",
    "below",
    "beneath",
    "underground",
    "underwater",
    "height",
    "heights",
    "depth",
    "depths",
    "altitude",
    "elevation",
    "length",
    "width",
    "diameter",
    "radius",
    "wave",
    "waves",
    "swell",
    "swells",
    "surge",
    "tsunami",
    "drop",
    "cliff",
    "tower",
    "wall",
    "crater",
    "sinkhole",
    "snow",
    "snowdrift",
    "floodwater",
    "floodwaters",
];

/// Words that make a bare "C" or "F" after a number a temperature, read
/// within a few words of it: "Temperatures hit 40C", "the thermometer
/// read -4F".
pub(crate) const TEMPERATURE_CONTEXT: &[&str] = &[
    "temperature",
    "temperatures",
    "temp",
    "temps",
    "heat",
    "heatwave",
    "heatwaves",
    "degree",
    "degrees",
    "hot",
    "hotter",
    "hottest",
    "cold",
    "colder",
    "coldest",
    "warm",
    "warmer",
    "warmest",
    "cool",
    "cooler",
    "coolest",
    "thermometer",
    "thermometers",
    "mercury",
    "celsius",
    "fahrenheit",
    "freezing",
    "frost",
    "chill",
    "scorching",
    "sweltering",
    "high",
    "highs",
    "low",
    "lows",
];

/// Words after "g" that make it a mobile network, not grams: "a 5g
/// network".
pub(crate) const NETWORK_WORDS: &[&str] = &[
    "network",
    "networks",
    "phone",
    "phones",
    "handset",
    "handsets",
    "signal",
    "signals",
    "coverage",
    "mast",
    "masts",
    "service",
    "services",
    "spectrum",
    "technology",
    "mobile",
    "wireless",
    "internet",
    "rollout",
];

/// Words after a distance that make it the name of a race, not a
/// measurement: "the 100m final", "the 10,000 metres", "a 5km race". Such
/// a distance is rejected as a name, as "the Seven Years' War" is.
pub(crate) const RACE_WORDS: &[&str] = &[
    "final",
    "finals",
    "semi",
    "semis",
    "semifinal",
    "semifinals",
    "heat",
    "heats",
    "race",
    "races",
    "sprint",
    "dash",
    "hurdles",
    "steeplechase",
    "relay",
    "freestyle",
    "backstroke",
    "breaststroke",
    "butterfly",
    "medley",
    "individual",
    "champion",
    "title",
    "world",
    "olympic",
    "event",
    "marathon",
    "marathons",
    "ultramarathon",
    "triathlon",
];

/// Words after "pound" that make it money, not weight: "a 20-pound note",
/// "a 50-pound fine".
pub(crate) const POUND_MONEY_WORDS: &[&str] = &[
    "note",
    "notes",
    "coin",
    "coins",
    "fine",
    "fines",
    "fee",
    "fees",
    "bill",
    "bills",
    "ticket",
    "tickets",
    "voucher",
    "vouchers",
    "charge",
    "charges",
    "levy",
    "bet",
    "bets",
    "prize",
    "prizes",
    "deposit",
    "deposits",
    "reward",
    "rewards",
    "bonus",
    "bonuses",
    "payment",
    "payments",
    "donation",
    "donations",
    "discount",
    "discounts",
    "price",
    "prices",
    "tax",
    "taxes",
    "loan",
    "loans",
    "grant",
    "grants",
    "refund",
    "refunds",
    "payout",
    "payouts",
    "fare",
    "fares",
    "rise",
    "increase",
    "cut",
    "hike",
    "bribe",
    "bribes",
    "stake",
    "subsidy",
    "salary",
    "wage",
    "rent",
    "budget",
    "entry",
    "admission",
    "surcharge",
];

static SYMBOL: LazyLock<Lookup<UnitSymbol>> = LazyLock::new(|| Lookup::new(SYMBOLS));
static LEADS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(UNIT_LEADS));
static UNIT_WORD: LazyLock<Lookup<MeasureUnit>> = LazyLock::new(|| Lookup::new(UNIT_WORDS));
static LENGTH_WORDS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(LENGTH_CONTEXT));
static TEMPERATURE_WORDS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(TEMPERATURE_CONTEXT));

/// The unit symbol written exactly as `text` (case-sensitive): "km",
/// "MW", "C".
pub(crate) fn measure_symbol(text: &str) -> Option<UnitSymbol> {
    SYMBOL.get(text)
}

/// The unit a lowercase word names: "kilometres", "feet", "celsius".
pub(crate) fn measure_word(w: &str) -> Option<MeasureUnit> {
    UNIT_WORD.get(w)
}

/// Whether a lowercase word builds a unit from the word after it:
/// "square", "cubic", "degrees", "nautical".
pub(crate) fn is_unit_lead(w: &str) -> bool {
    LEADS.contains(w)
}

/// Whether a lowercase word tells that a bare "m" is metres.
pub(crate) fn is_length_context(w: &str) -> bool {
    LENGTH_WORDS.contains(w)
}

/// Whether a lowercase word tells that a bare "C" or "F" is a temperature.
pub(crate) fn is_temperature_context(w: &str) -> bool {
    TEMPERATURE_WORDS.contains(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_that_builds_a_unit_is_a_lead() {
        let leads = SQUARE_WORDS
            .iter()
            .chain(CUBIC_WORDS)
            .chain(DEGREE_WORDS)
            .chain(WATT_HOURS.iter().map(|(w, _)| w))
            .chain(QUALIFIED.iter().map(|(w, _, _)| w));
        for w in leads {
            assert!(is_unit_lead(w), "{w}");
        }
    }

    #[test]
    fn temperature_words_have_three_letters_or_more() {
        // The reader passes shorter words over unread.
        assert!(TEMPERATURE_CONTEXT.iter().all(|w| w.len() >= 3));
    }

    #[test]
    fn symbols_keep_their_case_and_words_are_lowercase() {
        assert!(measure_symbol("MW").is_some());
        assert!(measure_symbol("mw").is_none());
        assert!(measure_symbol("G").is_none());
        for (w, _) in UNIT_WORDS {
            assert_eq!(*w, w.to_ascii_lowercase(), "{w}");
        }
    }
}

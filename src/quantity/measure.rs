//! Physical measures: what a unit measures (its [`Dimension`]) and how a
//! value in it converts to the dimension's one base unit, so that "50
//! miles" and "80km", "45C" and "113F", "90mph" and "145km/h" compare.
//!
//! Every factor is exact: a mile is 1,609.344 m, a pound 0.45359237 kg, a
//! knot 1,852 m an hour. Factors that are no finite decimal (a kilometre
//! an hour is 5/18 m/s) are kept as a fraction, so a conversion divides
//! once, at the end.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// What a physical measure measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Dimension {
    /// Distances, heights, depths, rainfall: base unit the metre.
    Length,
    /// Surfaces: base unit the square metre.
    Area,
    /// Capacities and spills: base unit the cubic metre.
    Volume,
    /// Weights: base unit the kilogram.
    Mass,
    /// Wind and vehicle speeds: base unit the metre per second.
    Speed,
    /// Temperatures: base unit the degree Celsius, the unit readers check
    /// (not the kelvin).
    Temperature,
    /// Energy: base unit the joule.
    Energy,
    /// Power, such as a plant's capacity: base unit the watt.
    Power,
    /// Amounts of data: base unit the byte (a gigabyte is 10^9 bytes).
    Data,
    /// An earthquake's magnitude, a number on its own scale.
    Magnitude,
}

impl Dimension {
    /// The lowercase name used in reports: `length`, `area`, ...
    pub fn as_str(&self) -> &'static str {
        match self {
            Dimension::Length => "length",
            Dimension::Area => "area",
            Dimension::Volume => "volume",
            Dimension::Mass => "mass",
            Dimension::Speed => "speed",
            Dimension::Temperature => "temperature",
            Dimension::Energy => "energy",
            Dimension::Power => "power",
            Dimension::Data => "data",
            Dimension::Magnitude => "magnitude",
        }
    }

    /// The symbol of the dimension's base unit: `m`, `m²`, `m³`, `kg`,
    /// `m/s`, `°C`, `J`, `W`, `B`, `magnitude`.
    pub fn base_symbol(&self) -> &'static str {
        match self {
            Dimension::Length => "m",
            Dimension::Area => "m²",
            Dimension::Volume => "m³",
            Dimension::Mass => "kg",
            Dimension::Speed => "m/s",
            Dimension::Temperature => "°C",
            Dimension::Energy => "J",
            Dimension::Power => "W",
            Dimension::Data => "B",
            Dimension::Magnitude => "magnitude",
        }
    }
}

impl std::fmt::Display for Dimension {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A unit of a physical measure.
///
/// # Example
///
/// ```
/// use crosscheck::quantity::{Dimension, MeasureUnit};
/// use rust_decimal::Decimal;
///
/// let mile = MeasureUnit::Mile;
/// assert_eq!(mile.symbol(), "mi");
/// assert_eq!(mile.dimension(), Dimension::Length);
/// assert_eq!(mile.to_base(Decimal::from(50)), Some(Decimal::new(8046720, 2)));
/// // 113 °F is 45 °C.
/// assert_eq!(MeasureUnit::Fahrenheit.to_base(Decimal::from(113)), Some(Decimal::from(45)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MeasureUnit {
    /// The kilometre, `km`.
    Kilometre,
    /// The metre, `m`.
    Metre,
    /// The centimetre, `cm`.
    Centimetre,
    /// The millimetre, `mm`.
    Millimetre,
    /// The mile, `mi` (1,609.344 m).
    Mile,
    /// The foot, `ft` (0.3048 m).
    Foot,
    /// The inch, `in` (0.0254 m).
    Inch,
    /// The yard, `yd` (0.9144 m).
    Yard,
    /// The nautical mile, `nmi` (1,852 m).
    NauticalMile,
    /// The square kilometre, `km²`.
    SquareKilometre,
    /// The square metre, `m²`.
    SquareMetre,
    /// The square mile, `mi²`.
    SquareMile,
    /// The square foot, `ft²`.
    SquareFoot,
    /// The hectare, `ha` (10,000 m²).
    Hectare,
    /// The acre, `ac` (4,046.8564224 m²).
    Acre,
    /// The cubic metre, `m³`.
    CubicMetre,
    /// The cubic kilometre, `km³`.
    CubicKilometre,
    /// The cubic foot, `ft³`.
    CubicFoot,
    /// The litre, `l`.
    Litre,
    /// The millilitre, `ml`.
    Millilitre,
    /// The US gallon, `gal` (3.785411784 l).
    Gallon,
    /// The metric tonne, `t` (1,000 kg).
    Tonne,
    /// The kilogram, `kg`.
    Kilogram,
    /// The gram, `g`.
    Gram,
    /// The pound, `lb` (0.45359237 kg).
    Pound,
    /// The ounce, `oz` (28.349523125 g).
    Ounce,
    /// The US short ton, `ton` (2,000 lb).
    ShortTon,
    /// The mile per hour, `mph`.
    MilePerHour,
    /// The kilometre per hour, `km/h`.
    KilometrePerHour,
    /// The knot, `kn` (one nautical mile an hour).
    Knot,
    /// The metre per second, `m/s`.
    MetrePerSecond,
    /// The degree Celsius, `°C`.
    Celsius,
    /// The degree Fahrenheit, `°F`.
    Fahrenheit,
    /// The joule, `J`.
    Joule,
    /// The kilojoule, `kJ`.
    Kilojoule,
    /// The megajoule, `MJ`.
    Megajoule,
    /// The gigajoule, `GJ`.
    Gigajoule,
    /// The kilowatt-hour, `kWh`.
    KilowattHour,
    /// The megawatt-hour, `MWh`.
    MegawattHour,
    /// The gigawatt-hour, `GWh`.
    GigawattHour,
    /// The terawatt-hour, `TWh`.
    TerawattHour,
    /// The watt, `W`.
    Watt,
    /// The kilowatt, `kW`.
    Kilowatt,
    /// The megawatt, `MW`.
    Megawatt,
    /// The gigawatt, `GW`.
    Gigawatt,
    /// The byte, `B`.
    Byte,
    /// The kilobyte, `KB` (1,000 bytes).
    Kilobyte,
    /// The megabyte, `MB` (10^6 bytes).
    Megabyte,
    /// The gigabyte, `GB` (10^9 bytes).
    Gigabyte,
    /// The terabyte, `TB` (10^12 bytes).
    Terabyte,
    /// The petabyte, `PB` (10^15 bytes).
    Petabyte,
    /// An earthquake's magnitude, `magnitude`.
    Magnitude,
}

/// One unit's facts: its symbol, its dimension, and its value in the base
/// unit as `(value + shift) × numerator / denominator`, the numerator
/// written as a mantissa and a scale (1,609.344 is `(1609344, 3)`).
struct Row {
    unit: MeasureUnit,
    symbol: &'static str,
    dimension: Dimension,
    numerator: (i64, u32),
    denominator: i64,
    shift: i64,
}

const fn row(
    unit: MeasureUnit,
    symbol: &'static str,
    dimension: Dimension,
    numerator: (i64, u32),
    denominator: i64,
) -> Row {
    Row {
        unit,
        symbol,
        dimension,
        numerator,
        denominator,
        shift: 0,
    }
}

use Dimension as D;
use MeasureUnit as U;

/// Every unit, in the order of [`MeasureUnit`]'s variants.
#[rustfmt::skip]
const ROWS: &[Row] = &[
    row(U::Kilometre, "km", D::Length, (1000, 0), 1),
    row(U::Metre, "m", D::Length, (1, 0), 1),
    row(U::Centimetre, "cm", D::Length, (1, 2), 1),
    row(U::Millimetre, "mm", D::Length, (1, 3), 1),
    row(U::Mile, "mi", D::Length, (1_609_344, 3), 1),
    row(U::Foot, "ft", D::Length, (3048, 4), 1),
    row(U::Inch, "in", D::Length, (254, 4), 1),
    row(U::Yard, "yd", D::Length, (9144, 4), 1),
    row(U::NauticalMile, "nmi", D::Length, (1852, 0), 1),
    row(U::SquareKilometre, "km²", D::Area, (1_000_000, 0), 1),
    row(U::SquareMetre, "m²", D::Area, (1, 0), 1),
    row(U::SquareMile, "mi²", D::Area, (2_589_988_110_336, 6), 1),
    row(U::SquareFoot, "ft²", D::Area, (9_290_304, 8), 1),
    row(U::Hectare, "ha", D::Area, (10_000, 0), 1),
    row(U::Acre, "ac", D::Area, (40_468_564_224, 7), 1),
    row(U::CubicMetre, "m³", D::Volume, (1, 0), 1),
    row(U::CubicKilometre, "km³", D::Volume, (1_000_000_000, 0), 1),
    row(U::CubicFoot, "ft³", D::Volume, (28_316_846_592, 12), 1),
    row(U::Litre, "l", D::Volume, (1, 3), 1),
    row(U::Millilitre, "ml", D::Volume, (1, 6), 1),
    row(U::Gallon, "gal", D::Volume, (3_785_411_784, 12), 1),
    row(U::Tonne, "t", D::Mass, (1000, 0), 1),
    row(U::Kilogram, "kg", D::Mass, (1, 0), 1),
    row(U::Gram, "g", D::Mass, (1, 3), 1),
    row(U::Pound, "lb", D::Mass, (45_359_237, 8), 1),
    row(U::Ounce, "oz", D::Mass, (28_349_523_125, 12), 1),
    row(U::ShortTon, "ton", D::Mass, (90_718_474, 5), 1),
    row(U::MilePerHour, "mph", D::Speed, (44_704, 5), 1),
    row(U::KilometrePerHour, "km/h", D::Speed, (1000, 0), 3600),
    row(U::Knot, "kn", D::Speed, (1852, 0), 3600),
    row(U::MetrePerSecond, "m/s", D::Speed, (1, 0), 1),
    row(U::Celsius, "°C", D::Temperature, (1, 0), 1),
    Row { shift: -32, ..row(U::Fahrenheit, "°F", D::Temperature, (5, 0), 9) },
    row(U::Joule, "J", D::Energy, (1, 0), 1),
    row(U::Kilojoule, "kJ", D::Energy, (1000, 0), 1),
    row(U::Megajoule, "MJ", D::Energy, (1_000_000, 0), 1),
    row(U::Gigajoule, "GJ", D::Energy, (1_000_000_000, 0), 1),
    row(U::KilowattHour, "kWh", D::Energy, (3_600_000, 0), 1),
    row(U::MegawattHour, "MWh", D::Energy, (3_600_000_000, 0), 1),
    row(U::GigawattHour, "GWh", D::Energy, (3_600_000_000_000, 0), 1),
    row(U::TerawattHour, "TWh", D::Energy, (3_600_000_000_000_000, 0), 1),
    row(U::Watt, "W", D::Power, (1, 0), 1),
    row(U::Kilowatt, "kW", D::Power, (1000, 0), 1),
    row(U::Megawatt, "MW", D::Power, (1_000_000, 0), 1),
    row(U::Gigawatt, "GW", D::Power, (1_000_000_000, 0), 1),
    row(U::Byte, "B", D::Data, (1, 0), 1),
    row(U::Kilobyte, "KB", D::Data, (1000, 0), 1),
    row(U::Megabyte, "MB", D::Data, (1_000_000, 0), 1),
    row(U::Gigabyte, "GB", D::Data, (1_000_000_000, 0), 1),
    row(U::Terabyte, "TB", D::Data, (1_000_000_000_000, 0), 1),
    row(U::Petabyte, "PB", D::Data, (1_000_000_000_000_000, 0), 1),
    row(U::Magnitude, "magnitude", D::Magnitude, (1, 0), 1),
];

impl MeasureUnit {
    fn row(self) -> &'static Row {
        // The rows follow the variants (a test checks it); the fallback is
        // never reached.
        ROWS.get(self as usize)
            .filter(|r| r.unit == self)
            .unwrap_or(&ROWS[ROWS.len() - 1])
    }

    /// Every unit, in a fixed order.
    pub fn all() -> impl Iterator<Item = MeasureUnit> {
        ROWS.iter().map(|r| r.unit)
    }

    /// The unit's symbol, as reports write it: `km`, `mi`, `km²`, `°C`,
    /// `mph`, `MW`, `GB`, `magnitude`.
    pub fn symbol(&self) -> &'static str {
        self.row().symbol
    }

    /// What the unit measures.
    pub fn dimension(&self) -> Dimension {
        self.row().dimension
    }

    /// `value` in this unit, in the dimension's base unit
    /// ([`Dimension::base_symbol`]). Exact whenever the result is a finite
    /// decimal of at most 28 digits (`50 mi` is `80467.2 m`); otherwise
    /// rounded once, to 28 significant digits (`120 km/h` is
    /// `33.333… m/s`). `None` when the value is too large to convert.
    pub fn to_base(&self, value: Decimal) -> Option<Decimal> {
        let r = self.row();
        let (mantissa, scale) = r.numerator;
        let shifted = value.checked_add(Decimal::from(r.shift))?;
        let scaled = shifted.checked_mul(Decimal::new(mantissa, scale))?;
        scaled.checked_div(Decimal::from(r.denominator))
    }

    /// `base`, a value in the dimension's base unit, in this unit: the
    /// inverse of [`MeasureUnit::to_base`].
    pub fn from_base(&self, base: Decimal) -> Option<Decimal> {
        let r = self.row();
        let (mantissa, scale) = r.numerator;
        let scaled = base.checked_mul(Decimal::from(r.denominator))?;
        let value = scaled.checked_div(Decimal::new(mantissa, scale))?;
        value.checked_sub(Decimal::from(r.shift))
    }
}

impl std::fmt::Display for MeasureUnit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.symbol())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_follow_the_variants() {
        for (i, r) in ROWS.iter().enumerate() {
            assert_eq!(r.unit as usize, i, "{}", r.symbol);
            assert!(r.denominator > 0 && r.numerator.0 > 0, "{}", r.symbol);
        }
        let symbols: std::collections::BTreeSet<_> = ROWS.iter().map(|r| r.symbol).collect();
        assert_eq!(symbols.len(), ROWS.len(), "symbols are unique");
    }

    #[test]
    fn factors_are_exact() {
        let d = |s: &str| s.parse::<Decimal>().unwrap_or_default();
        let base = |u: MeasureUnit, v: &str| u.to_base(d(v)).map(|b| b.normalize().to_string());
        assert_eq!(base(MeasureUnit::Mile, "40"), Some("64373.76".into()));
        assert_eq!(base(MeasureUnit::Foot, "12"), Some("3.6576".into()));
        assert_eq!(base(MeasureUnit::Pound, "8"), Some("3.62873896".into()));
        assert_eq!(base(MeasureUnit::KilometrePerHour, "90"), Some("25".into()));
        assert_eq!(base(MeasureUnit::Fahrenheit, "-4"), Some("-20".into()));
        assert_eq!(base(MeasureUnit::Acre, "1"), Some("4046.8564224".into()));
        assert_eq!(base(MeasureUnit::KilowattHour, "1"), Some("3600000".into()));
        assert_eq!(
            MeasureUnit::Fahrenheit
                .from_base(d("40"))
                .map(|v| v.normalize().to_string()),
            Some("104".into())
        );
    }
}

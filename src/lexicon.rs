//! Word lists shared by the stages: number words, scale words, currencies,
//! units of time, hedges and function words.
//!
//! Every lookup takes a word already lowercased (ASCII) and answers without
//! allocating. Lists are data: extending one never needs a code change
//! elsewhere.

use crate::extract::TimeUnit;

pub(crate) mod calendar;
pub(crate) use calendar::is_calendar_word;

/// Lowercases an ASCII word into `buf`, or returns `None` when the word is
/// too long for the buffer or not ASCII (no lexicon word is either).
pub(crate) fn lower<'b>(word: &str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let out = &mut buf[..bytes.len()];
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// The value of a cardinal number word below one hundred: "seven" is 7.
pub(crate) fn unit_word(w: &str) -> Option<u32> {
    Some(match w {
        "zero" | "naught" | "nought" | "nil" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    })
}

/// The value of a tens word: "forty" is 40.
pub(crate) fn tens_word(w: &str) -> Option<u32> {
    Some(match w {
        "twenty" => 20,
        "thirty" => 30,
        "forty" | "fourty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// The value of an ordinal word below one hundred, or of the ordinal form
/// of a tens word: "seventh" is 7, "fortieth" is 40.
pub(crate) fn ordinal_word(w: &str) -> Option<u32> {
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" | "nineth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        "fortieth" => 40,
        "fiftieth" => 50,
        "sixtieth" => 60,
        "seventieth" => 70,
        "eightieth" => 80,
        "ninetieth" => 90,
        _ => return None,
    })
}

/// A tens word glued to a unit or its ordinal, as some write them:
/// "twentyfive" is 25, "thirtyfirst" the ordinal 31. Returns the value and
/// whether it is an ordinal.
pub(crate) fn glued_tens(w: &str) -> Option<(u32, bool)> {
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let head = TENS
        .iter()
        .find(|t| w.len() > t.len() && w.starts_with(*t))?;
    let tens = tens_word(head)?;
    let rest = &w[head.len()..];
    if let Some(u) = unit_word(rest).filter(|u| (1..10).contains(u)) {
        return Some((tens + u, false));
    }
    ordinal_word(rest)
        .filter(|u| (1..10).contains(u))
        .map(|u| (tens + u, true))
}

/// The power of ten of a scale word or its ordinal: "million" is 6,
/// "hundredth" is 2.
pub(crate) fn scale_word(w: &str) -> Option<(u32, bool)> {
    Some(match w {
        "hundred" | "hundreds" => (2, false),
        "thousand" | "thousands" => (3, false),
        "lakh" | "lakhs" | "lac" => (5, false),
        "million" | "millions" => (6, false),
        "crore" | "crores" => (7, false),
        "billion" | "billions" => (9, false),
        "trillion" | "trillions" => (12, false),
        "hundredth" => (2, true),
        "thousandth" => (3, true),
        "millionth" => (6, true),
        "billionth" => (9, true),
        "trillionth" => (12, true),
        _ => return None,
    })
}

/// The power of ten of an abbreviated scale: "bn" is 9. `glued` says the
/// abbreviation touches the digits ("34bn"); the single letters are only
/// taken glued or right after a currency.
pub(crate) fn scale_abbrev(w: &str) -> Option<u32> {
    Some(match w {
        "k" | "thou" => 3,
        "m" | "mn" | "mln" | "mil" | "mio" => 6,
        "b" | "bn" | "bln" | "bil" => 9,
        "t" | "tn" | "trn" | "tr" | "tln" => 12,
        "cr" => 7,
        _ => return None,
    })
}

/// A fraction word and its value as numerator/denominator: "quarter" is
/// 1/4, "thirds" is 1/3.
pub(crate) fn fraction_word(w: &str) -> Option<(u32, u32)> {
    Some(match w {
        "half" | "halves" => (1, 2),
        "third" | "thirds" => (1, 3),
        "quarter" | "quarters" | "fourth" | "fourths" => (1, 4),
        "fifth" | "fifths" => (1, 5),
        "sixth" | "sixths" => (1, 6),
        "seventh" | "sevenths" => (1, 7),
        "eighth" | "eighths" => (1, 8),
        "ninth" | "ninths" => (1, 9),
        "tenth" | "tenths" => (1, 10),
        _ => return None,
    })
}

/// A unit of time named by `w` (singular, plural or abbreviated).
pub(crate) fn time_unit(w: &str) -> Option<TimeUnit> {
    Some(match w {
        "second" | "seconds" | "sec" | "secs" => TimeUnit::Second,
        "minute" | "minutes" | "min" | "mins" => TimeUnit::Minute,
        "hour" | "hours" | "hr" | "hrs" | "h" => TimeUnit::Hour,
        "day" | "days" => TimeUnit::Day,
        "week" | "weeks" | "wk" | "wks" => TimeUnit::Week,
        "fortnight" | "fortnights" => TimeUnit::Week,
        "month" | "months" | "mo" | "mos" => TimeUnit::Month,
        "quarter" | "quarters" => TimeUnit::Quarter,
        "year" | "years" | "yr" | "yrs" => TimeUnit::Year,
        "decade" | "decades" => TimeUnit::Decade,
        "century" | "centuries" => TimeUnit::Century,
        _ => return None,
    })
}

/// A currency named by a word or code that follows or precedes an amount:
/// "dollars", "yuan", "EUR". Returns the ISO 4217 code and the factor for
/// sub-units (cents are a hundredth).
pub(crate) fn currency_word(w: &str) -> Option<(&'static str, u32)> {
    Some(match w {
        "dollar" | "dollars" | "usd" | "bucks" => ("USD", 1),
        "cent" | "cents" => ("USD", 100),
        "euro" | "euros" | "eur" => ("EUR", 1),
        "pound" | "pounds" | "sterling" | "gbp" | "quid" => ("GBP", 1),
        "pence" | "penny" | "p" => ("GBP", 100),
        "yen" | "jpy" => ("JPY", 1),
        "yuan" | "renminbi" | "rmb" | "cny" => ("CNY", 1),
        "rupee" | "rupees" | "inr" => ("INR", 1),
        "won" | "krw" => ("KRW", 1),
        "ruble" | "rubles" | "rouble" | "roubles" | "rub" => ("RUB", 1),
        "franc" | "francs" | "chf" => ("CHF", 1),
        "rand" | "zar" => ("ZAR", 1),
        "naira" | "ngn" => ("NGN", 1),
        "peso" | "pesos" | "mxn" => ("MXN", 1),
        "real" | "reais" | "brl" => ("BRL", 1),
        "lira" | "try" => ("TRY", 1),
        "shekel" | "shekels" | "ils" => ("ILS", 1),
        "dirham" | "dirhams" | "aed" => ("AED", 1),
        "riyal" | "riyals" | "sar" => ("SAR", 1),
        "krona" | "kronor" | "sek" => ("SEK", 1),
        "krone" | "kroner" | "nok" => ("NOK", 1),
        "dkk" => ("DKK", 1),
        "zloty" | "pln" => ("PLN", 1),
        "ringgit" | "myr" => ("MYR", 1),
        "rupiah" | "idr" => ("IDR", 1),
        "baht" | "thb" => ("THB", 1),
        "dong" | "vnd" => ("VND", 1),
        "hryvnia" | "hryvnias" | "hryvnia's" | "uah" => ("UAH", 1),
        "cad" => ("CAD", 1),
        "aud" => ("AUD", 1),
        "hkd" => ("HKD", 1),
        "sgd" => ("SGD", 1),
        "nzd" => ("NZD", 1),
        "btc" | "bitcoin" | "bitcoins" => ("BTC", 1),
        "satoshi" | "satoshis" => ("BTC", 100_000_000),
        "pennies" => ("GBP", 100),
        "centime" | "centimes" => ("EUR", 100),
        "dime" | "dimes" => ("USD", 10),
        "nickel" | "nickels" => ("USD", 20),
        "sen" | "sens" => ("MYR", 100),
        "kopiyka" | "kopiykas" | "kopiyok" => ("UAH", 100),
        "kopek" | "kopeks" | "kopeck" | "kopecks" => ("RUB", 100),
        "rm" | "ringgits" => ("MYR", 1),
        "rs" => ("INR", 1),
        "tugrik" | "tugriks" | "mnt" => ("MNT", 1),
        "kwd" => ("KWD", 1),
        "lbp" => ("LBP", 1),
        "egp" => ("EGP", 1),
        "qar" => ("QAR", 1),
        "bgn" | "lev" | "leva" => ("BGN", 1),
        "pkr" => ("PKR", 1),
        "twd" => ("TWD", 1),
        "php" => ("PHP", 1),
        "czk" => ("CZK", 1),
        "huf" | "forint" | "forints" => ("HUF", 1),
        "isk" => ("ISK", 1),
        "ars" => ("ARS", 1),
        "clp" => ("CLP", 1),
        "cop" => ("COP", 1),
        "kes" => ("KES", 1),
        "ghs" | "cedi" | "cedis" => ("GHS", 1),
        "mad" => ("MAD", 1),
        "sterlings" => ("GBP", 1),
        "markka" | "markkaa" => ("FIM", 1),
        "guilder" | "guilders" => ("NLG", 1),
        "peseta" | "pesetas" => ("ESP", 1),
        "wons" => ("KRW", 1),
        _ => return None,
    })
}

/// The currency a nation's adjective gives a common currency name:
/// "australian" and "dollars" make AUD, "swiss" and "francs" CHF. Both
/// words lowercase; the name singular or plural.
pub(crate) fn national_currency(adj: &str, name: &str) -> Option<&'static str> {
    let name = name.strip_suffix('s').unwrap_or(name);
    Some(match (name, adj) {
        ("dollar", "us" | "u.s." | "u.s" | "american") => "USD",
        ("dollar", "canadian") => "CAD",
        ("dollar", "australian" | "aussie") => "AUD",
        ("dollar", "hk") => "HKD",
        ("dollar", "singapore") => "SGD",
        ("dollar", "nz") => "NZD",
        ("dollar", "taiwan" | "taiwanese") => "TWD",
        ("dollar", "jamaican") => "JMD",
        ("dollar", "trinidad") => "TTD",
        ("pound", "british" | "uk") => "GBP",
        ("pound", "egyptian") => "EGP",
        ("pound", "lebanese") => "LBP",
        ("pound", "syrian") => "SYP",
        ("pound", "sudanese") => "SDG",
        ("franc", "swiss") => "CHF",
        ("franc", "french") => "FRF",
        ("franc", "belgian") => "BEF",
        ("krone" | "kroner" | "crown", "norwegian") => "NOK",
        ("krone" | "kroner" | "crown", "danish") => "DKK",
        ("krona" | "kronor" | "crown", "swedish") => "SEK",
        ("krona" | "kronur" | "crown", "icelandic") => "ISK",
        ("rupee", "indian") => "INR",
        ("rupee", "pakistani") => "PKR",
        ("rupee", "sri lankan" | "lankan") => "LKR",
        ("rupee", "nepalese" | "nepali") => "NPR",
        ("dinar", "kuwaiti") => "KWD",
        ("dinar", "bahraini") => "BHD",
        ("dinar", "iraqi") => "IQD",
        ("dinar", "jordanian") => "JOD",
        ("dinar", "libyan") => "LYD",
        ("dinar", "tunisian") => "TND",
        ("dinar", "serbian") => "RSD",
        ("dinar", "algerian") => "DZD",
        ("riyal", "saudi") => "SAR",
        ("riyal", "qatari") => "QAR",
        ("rial", "iranian") => "IRR",
        ("rial", "omani") => "OMR",
        ("rial", "yemeni") => "YER",
        ("dirham", "emirati" | "uae") => "AED",
        ("dirham", "moroccan") => "MAD",
        ("lira", "turkish") => "TRY",
        ("yuan", "chinese") => "CNY",
        ("yen", "japanese") => "JPY",
        ("won", "korean") => "KRW",
        ("peso", "mexican") => "MXN",
        ("peso", "argentine" | "argentinian") => "ARS",
        ("peso", "philippine") => "PHP",
        ("peso", "chilean") => "CLP",
        ("peso", "colombian") => "COP",
        ("real", "brazilian") => "BRL",
        ("rand", "south african") => "ZAR",
        ("ruble" | "rouble", "russian") => "RUB",
        ("markka", "finnish") => "FIM",
        ("guilder", "dutch") => "NLG",
        ("peseta", "spanish") => "ESP",
        ("mark", "german") => "DEM",
        ("ringgit", "malaysian" | "malaysia") => "MYR",
        _ => return None,
    })
}

/// A currency code or abbreviation written before an amount (without a
/// symbol): "USD 5m", "Rs 40 crore", "EUR 3bn".
pub(crate) fn currency_prefix_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "usd" => "USD",
        "eur" => "EUR",
        "gbp" => "GBP",
        "jpy" => "JPY",
        "cny" | "rmb" => "CNY",
        "inr" | "rs" => "INR",
        "krw" => "KRW",
        "chf" => "CHF",
        "cad" => "CAD",
        "aud" => "AUD",
        "hkd" => "HKD",
        "sgd" => "SGD",
        "nzd" => "NZD",
        "zar" => "ZAR",
        "ngn" => "NGN",
        "brl" => "BRL",
        "mxn" => "MXN",
        "rub" => "RUB",
        "sek" => "SEK",
        "nok" => "NOK",
        "dkk" => "DKK",
        "pln" => "PLN",
        "aed" => "AED",
        "sar" => "SAR",
        "try" => "TRY",
        "ils" => "ILS",
        "btc" => "BTC",
        "yuan" => "CNY",
        "euro" | "euros" => "EUR",
        "myr" | "rm" => "MYR",
        "uah" => "UAH",
        "kwd" => "KWD",
        "egp" => "EGP",
        "qar" => "QAR",
        "bgn" => "BGN",
        "pkr" => "PKR",
        "mnt" => "MNT",
        "twd" => "TWD",
        "php" => "PHP",
        _ => return None,
    })
}

/// The currency of a symbol character.
pub(crate) fn currency_symbol(c: char) -> Option<&'static str> {
    Some(match c {
        '$' => "USD",
        '£' => "GBP",
        '€' => "EUR",
        '¥' | '￥' => "JPY",
        '₹' => "INR",
        '₩' => "KRW",
        '₽' => "RUB",
        '₦' => "NGN",
        '₺' => "TRY",
        '₪' => "ILS",
        '₫' => "VND",
        '₱' => "PHP",
        '₴' => "UAH",
        '฿' => "THB",
        '₿' => "BTC",
        '元' => "CNY",
        '₡' => "CRC",
        '₾' => "GEL",
        '₭' => "LAK",
        '₸' => "KZT",
        '₼' => "AZN",
        _ => return None,
    })
}

/// The dollar named by letters glued before `$`: "US" in "US$", "HK" in
/// "HK$".
pub(crate) fn dollar_prefix(w: &str) -> Option<&'static str> {
    Some(match w {
        "us" | "u.s." => "USD",
        "c" | "ca" | "can" => "CAD",
        "a" | "au" | "aus" => "AUD",
        "hk" => "HKD",
        "s" | "sg" => "SGD",
        "nz" => "NZD",
        "r" => "BRL",
        "nt" => "TWD",
        "mx" | "mex" | "mxn" => "MXN",
        "usd" | "u.s" => "USD",
        "aud" => "AUD",
        "cad" => "CAD",
        "nzd" => "NZD",
        "hkd" => "HKD",
        "sgd" => "SGD",
        _ => return None,
    })
}

/// Function words that never end a noun phrase's head and mark where a
/// counted noun phrase stops.
pub(crate) fn is_stop_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "from"
            | "by"
            | "with"
            | "without"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "after"
            | "before"
            | "since"
            | "until"
            | "during"
            | "within"
            | "between"
            | "among"
            | "including"
            | "includes"
            | "include"
            | "included"
            | "like"
            | "such"
            | "as"
            | "than"
            | "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "where"
            | "when"
            | "while"
            | "if"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "am"
            | "has"
            | "have"
            | "had"
            | "having"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "not"
            | "no"
            | "it"
            | "its"
            | "they"
            | "their"
            | "them"
            | "he"
            | "she"
            | "his"
            | "her"
            | "we"
            | "our"
            | "you"
            | "your"
            | "i"
            | "my"
            | "this"
            | "these"
            | "those"
            | "there"
            | "here"
            | "so"
            | "also"
            | "about"
            | "per"
            | "each"
            | "every"
            | "all"
            | "some"
            | "any"
            | "more"
            | "most"
            | "less"
            | "least"
            | "up"
            | "down"
            | "out"
            | "off"
            | "across"
            | "through"
            | "against"
            | "via"
            | "vs"
            | "just"
            | "only"
            | "even"
            | "still"
            | "yet"
            | "already"
            | "then"
            | "now"
            | "ago"
            | "what"
            | "how"
            | "why"
            | "whether"
            | "both"
            | "either"
            | "neither"
            | "said"
            | "says"
            | "say"
            | "according"
            | "other"
            | "others"
            | "another"
            | "same"
            | "own"
            | "too"
            | "very"
            | "around"
            | "nearly"
            | "almost"
            | "roughly"
            | "approximately"
            | "versus"
            | "because"
            | "due"
            | "despite"
            | "toward"
            | "towards"
            | "upon"
            | "amid"
            | "ahead"
            | "behind"
            | "beyond"
            | "near"
            | "next"
            | "last"
            | "past"
            | "whereas"
    )
}

/// Words after a number that show it is not a count of things: "times",
/// "points" (scores), "percent".
pub(crate) fn is_non_count_noun(w: &str) -> bool {
    matches!(
        w,
        "times"
            | "time"
            | "fold"
            | "percent"
            | "pct"
            | "cent"
            | "point"
            | "points"
            | "am"
            | "pm"
            | "a.m"
            | "p.m"
            | "st"
            | "nd"
            | "rd"
            | "th"
            | "o'clock"
            | "degrees"
            | "degree"
    )
}

/// Plural nouns that do not end in "s", and nouns whose plural is the same
/// word; a count's head noun is kept in its singular form, these as they are.
pub(crate) fn irregular_plural(w: &str) -> Option<&'static str> {
    Some(match w {
        "people" => "people",
        "persons" => "people",
        "person" => "people",
        "men" | "man" => "man",
        "women" | "woman" => "woman",
        "children" | "child" => "child",
        "police" => "police",
        "staff" => "staff",
        "personnel" => "personnel",
        "cattle" => "cattle",
        "sheep" => "sheep",
        "fish" => "fish",
        "deer" => "deer",
        "aircraft" => "aircraft",
        "spacecraft" => "spacecraft",
        "troops" | "troop" => "troop",
        "feet" | "foot" => "foot",
        "teeth" | "tooth" => "tooth",
        "mice" | "mouse" => "mouse",
        "geese" | "goose" => "goose",
        "data" => "data",
        "media" => "media",
        "crew" => "crew",
        "series" => "series",
        "species" => "species",
        _ => return None,
    })
}

/// The singular of a lowercase plural noun, by the common English rules.
pub(crate) fn singular(w: &str) -> String {
    if let Some(s) = irregular_plural(w) {
        return s.to_string();
    }
    let n = w.len();
    if n > 4 && w.ends_with("ies") && !w.ends_with("eies") {
        return format!("{}y", &w[..n - 3]);
    }
    for suffix in ["sses", "shes", "ches", "xes", "zzes"] {
        if n > suffix.len() + 1 && w.ends_with(suffix) {
            return w[..n - 2].to_string();
        }
    }
    if n > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        return w[..n - 1].to_string();
    }
    w.to_string()
}

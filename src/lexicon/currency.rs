//! Currencies: symbols, codes, names and the nations' adjectives that
//! qualify them, with the factor of their sub-units.

use std::sync::LazyLock;

use super::{Lookup, WordTable, among};

/// Currency names and codes written after (or before) an amount: the ISO
/// 4217 code and how many of the named unit make one main unit (cents are
/// a hundredth).
pub(crate) const CURRENCY_WORDS: &[(&str, (&str, u32))] = &[
    ("dollar", ("USD", 1)),
    ("dollars", ("USD", 1)),
    ("usd", ("USD", 1)),
    ("bucks", ("USD", 1)),
    ("cent", ("USD", 100)),
    ("cents", ("USD", 100)),
    ("euro", ("EUR", 1)),
    ("euros", ("EUR", 1)),
    ("eur", ("EUR", 1)),
    ("pound", ("GBP", 1)),
    ("pounds", ("GBP", 1)),
    ("sterling", ("GBP", 1)),
    ("gbp", ("GBP", 1)),
    ("quid", ("GBP", 1)),
    ("pence", ("GBP", 100)),
    ("penny", ("GBP", 100)),
    ("p", ("GBP", 100)),
    ("yen", ("JPY", 1)),
    ("jpy", ("JPY", 1)),
    ("yuan", ("CNY", 1)),
    ("renminbi", ("CNY", 1)),
    ("rmb", ("CNY", 1)),
    ("cny", ("CNY", 1)),
    ("rupee", ("INR", 1)),
    ("rupees", ("INR", 1)),
    ("inr", ("INR", 1)),
    ("won", ("KRW", 1)),
    ("krw", ("KRW", 1)),
    ("ruble", ("RUB", 1)),
    ("rubles", ("RUB", 1)),
    ("rouble", ("RUB", 1)),
    ("roubles", ("RUB", 1)),
    ("rub", ("RUB", 1)),
    ("franc", ("CHF", 1)),
    ("francs", ("CHF", 1)),
    ("chf", ("CHF", 1)),
    ("rand", ("ZAR", 1)),
    ("zar", ("ZAR", 1)),
    ("naira", ("NGN", 1)),
    ("ngn", ("NGN", 1)),
    ("peso", ("MXN", 1)),
    ("pesos", ("MXN", 1)),
    ("mxn", ("MXN", 1)),
    ("real", ("BRL", 1)),
    ("reais", ("BRL", 1)),
    ("brl", ("BRL", 1)),
    ("lira", ("TRY", 1)),
    ("try", ("TRY", 1)),
    ("shekel", ("ILS", 1)),
    ("shekels", ("ILS", 1)),
    ("ils", ("ILS", 1)),
    ("dirham", ("AED", 1)),
    ("dirhams", ("AED", 1)),
    ("aed", ("AED", 1)),
    ("riyal", ("SAR", 1)),
    ("riyals", ("SAR", 1)),
    ("sar", ("SAR", 1)),
    ("krona", ("SEK", 1)),
    ("kronor", ("SEK", 1)),
    ("sek", ("SEK", 1)),
    ("krone", ("NOK", 1)),
    ("kroner", ("NOK", 1)),
    ("nok", ("NOK", 1)),
    ("dkk", ("DKK", 1)),
    ("zloty", ("PLN", 1)),
    ("pln", ("PLN", 1)),
    ("ringgit", ("MYR", 1)),
    ("myr", ("MYR", 1)),
    ("rupiah", ("IDR", 1)),
    ("idr", ("IDR", 1)),
    ("baht", ("THB", 1)),
    ("thb", ("THB", 1)),
    ("dong", ("VND", 1)),
    ("vnd", ("VND", 1)),
    ("hryvnia", ("UAH", 1)),
    ("hryvnias", ("UAH", 1)),
    ("hryvnia's", ("UAH", 1)),
    ("uah", ("UAH", 1)),
    ("cad", ("CAD", 1)),
    ("aud", ("AUD", 1)),
    ("hkd", ("HKD", 1)),
    ("sgd", ("SGD", 1)),
    ("nzd", ("NZD", 1)),
    ("btc", ("BTC", 1)),
    ("bitcoin", ("BTC", 1)),
    ("bitcoins", ("BTC", 1)),
    ("satoshi", ("BTC", 100_000_000)),
    ("satoshis", ("BTC", 100_000_000)),
    ("pennies", ("GBP", 100)),
    ("centime", ("EUR", 100)),
    ("centimes", ("EUR", 100)),
    ("dime", ("USD", 10)),
    ("dimes", ("USD", 10)),
    ("nickel", ("USD", 20)),
    ("nickels", ("USD", 20)),
    ("sen", ("MYR", 100)),
    ("sens", ("MYR", 100)),
    ("kopiyka", ("UAH", 100)),
    ("kopiykas", ("UAH", 100)),
    ("kopiyok", ("UAH", 100)),
    ("kopek", ("RUB", 100)),
    ("kopeks", ("RUB", 100)),
    ("kopeck", ("RUB", 100)),
    ("kopecks", ("RUB", 100)),
    ("rm", ("MYR", 1)),
    ("ringgits", ("MYR", 1)),
    ("rs", ("INR", 1)),
    ("tugrik", ("MNT", 1)),
    ("tugriks", ("MNT", 1)),
    ("mnt", ("MNT", 1)),
    ("kwd", ("KWD", 1)),
    ("lbp", ("LBP", 1)),
    ("egp", ("EGP", 1)),
    ("qar", ("QAR", 1)),
    ("bgn", ("BGN", 1)),
    ("lev", ("BGN", 1)),
    ("leva", ("BGN", 1)),
    ("pkr", ("PKR", 1)),
    ("twd", ("TWD", 1)),
    ("php", ("PHP", 1)),
    ("czk", ("CZK", 1)),
    ("huf", ("HUF", 1)),
    ("forint", ("HUF", 1)),
    ("forints", ("HUF", 1)),
    ("isk", ("ISK", 1)),
    ("ars", ("ARS", 1)),
    ("clp", ("CLP", 1)),
    ("cop", ("COP", 1)),
    ("kes", ("KES", 1)),
    ("ghs", ("GHS", 1)),
    ("cedi", ("GHS", 1)),
    ("cedis", ("GHS", 1)),
    ("mad", ("MAD", 1)),
    ("sterlings", ("GBP", 1)),
    ("markka", ("FIM", 1)),
    ("markkaa", ("FIM", 1)),
    ("guilder", ("NLG", 1)),
    ("guilders", ("NLG", 1)),
    ("peseta", ("ESP", 1)),
    ("pesetas", ("ESP", 1)),
    ("wons", ("KRW", 1)),
    ("le", ("EGP", 1)),
    ("l.e", ("EGP", 1)),
    ("l.e.", ("EGP", 1)),
    ("dinar", (GENERIC_DINAR, 1)),
    ("dinars", (GENERIC_DINAR, 1)),
    ("rial", (GENERIC_RIAL, 1)),
    ("rials", (GENERIC_RIAL, 1)),
];

/// The unit of dinars named with no country: eight countries pay in
/// dinars, and "10 dinars" does not say which. A currency named without
/// its country keeps its name, lowercase and singular, as its unit: it is
/// money, compared only with amounts named the same way, never with an
/// ISO 4217 code ("10 Kuwaiti dinars" is KWD).
pub(crate) const GENERIC_DINAR: &str = "dinar";

/// The unit of rials named with no country (Iran, Oman and Yemen pay in
/// rials); see [`GENERIC_DINAR`].
pub(crate) const GENERIC_RIAL: &str = "rial";

/// The yen as some wire feeds write it before an amount, for want of the
/// sign: "Y=260 billion".
pub(crate) const WIRE_YEN: (&str, char, &str) = ("Y", '=', "JPY");

/// Currency names that, after "a" or "an", state one of the currency: "costs
/// a dollar", "a euro a litre". Not when a noun follows ("a dollar
/// store", "a pound coin") or, for the pound, "of" ("a pound of sugar").
pub(crate) const ARTICLE_CURRENCIES: &[&str] = &[
    "dollar", "euro", "pound", "rupee", "yuan", "peso", "cent", "penny",
];

/// A common currency name made national by an adjective: the names (in
/// the singular), the adjectives, and the code. "australian dollars" is
/// AUD, "swiss francs" CHF.
pub(crate) const NATIONAL_CURRENCIES: &[(&[&str], &[&str], &str)] = &[
    (&["dollar"], &["us", "u.s.", "u.s", "american"], "USD"),
    (&["dollar"], &["canadian"], "CAD"),
    (&["dollar"], &["australian", "aussie"], "AUD"),
    (&["dollar"], &["hk"], "HKD"),
    (&["dollar"], &["singapore"], "SGD"),
    (&["dollar"], &["nz"], "NZD"),
    (&["dollar"], &["taiwan", "taiwanese"], "TWD"),
    (&["dollar"], &["jamaican"], "JMD"),
    (&["dollar"], &["trinidad"], "TTD"),
    (&["pound"], &["british", "uk"], "GBP"),
    (&["pound"], &["egyptian"], "EGP"),
    (&["pound"], &["lebanese"], "LBP"),
    (&["pound"], &["syrian"], "SYP"),
    (&["pound"], &["sudanese"], "SDG"),
    (&["franc"], &["swiss"], "CHF"),
    (&["franc"], &["french"], "FRF"),
    (&["franc"], &["belgian"], "BEF"),
    (&["krone", "kroner", "crown"], &["norwegian"], "NOK"),
    (&["krone", "kroner", "crown"], &["danish"], "DKK"),
    (&["krona", "kronor", "crown"], &["swedish"], "SEK"),
    (&["krona", "kronur", "crown"], &["icelandic"], "ISK"),
    (&["rupee"], &["indian"], "INR"),
    (&["rupee"], &["pakistani"], "PKR"),
    (&["rupee"], &["sri lankan", "lankan"], "LKR"),
    (&["rupee"], &["nepalese", "nepali"], "NPR"),
    (&["dinar"], &["kuwaiti"], "KWD"),
    (&["dinar"], &["bahraini"], "BHD"),
    (&["dinar"], &["iraqi"], "IQD"),
    (&["dinar"], &["jordanian"], "JOD"),
    (&["dinar"], &["libyan"], "LYD"),
    (&["dinar"], &["tunisian"], "TND"),
    (&["dinar"], &["serbian"], "RSD"),
    (&["dinar"], &["algerian"], "DZD"),
    (&["riyal"], &["saudi"], "SAR"),
    (&["riyal"], &["qatari"], "QAR"),
    (&["rial"], &["iranian"], "IRR"),
    (&["rial"], &["omani"], "OMR"),
    (&["rial"], &["yemeni"], "YER"),
    (&["dirham"], &["emirati", "uae"], "AED"),
    (&["dirham"], &["moroccan"], "MAD"),
    (&["lira"], &["turkish"], "TRY"),
    (&["yuan"], &["chinese"], "CNY"),
    (&["yen"], &["japanese"], "JPY"),
    (&["won"], &["korean"], "KRW"),
    (&["peso"], &["mexican"], "MXN"),
    (&["peso"], &["argentine", "argentinian"], "ARS"),
    (&["peso"], &["philippine"], "PHP"),
    (&["peso"], &["chilean"], "CLP"),
    (&["peso"], &["colombian"], "COP"),
    (&["real"], &["brazilian"], "BRL"),
    (&["rand"], &["south african"], "ZAR"),
    (&["ruble", "rouble"], &["russian"], "RUB"),
    (&["markka"], &["finnish"], "FIM"),
    (&["guilder"], &["dutch"], "NLG"),
    (&["peseta"], &["spanish"], "ESP"),
    (&["mark"], &["german"], "DEM"),
    (&["ringgit"], &["malaysian", "malaysia"], "MYR"),
];

/// Nations named in two words, and the adjective of
/// [`NATIONAL_CURRENCIES`] they stand for: "hong kong dollars". A second
/// word of `None` takes any word: "saudi" alone is enough.
pub(crate) const TWO_WORD_NATIONS: &[(&str, Option<&str>, &str)] = &[
    ("hong", Some("kong"), "hk"),
    ("new", Some("zealand"), "nz"),
    ("new", Some("taiwan"), "taiwan"),
    ("south", Some("african"), "south african"),
    ("south", Some("korean"), "korean"),
    ("saudi", Some("arabian"), "saudi"),
    ("united", Some("states"), "us"),
    ("saudi", None, "saudi"),
];

/// Currency codes and abbreviations written before an amount without a
/// symbol: "USD 5m", "Rs 40 crore", "EUR 3bn".
pub(crate) const PREFIX_WORDS: &[(&str, &str)] = &[
    ("usd", "USD"),
    ("eur", "EUR"),
    ("gbp", "GBP"),
    ("jpy", "JPY"),
    ("cny", "CNY"),
    ("rmb", "CNY"),
    ("inr", "INR"),
    ("rs", "INR"),
    ("krw", "KRW"),
    ("chf", "CHF"),
    ("cad", "CAD"),
    ("aud", "AUD"),
    ("hkd", "HKD"),
    ("sgd", "SGD"),
    ("nzd", "NZD"),
    ("zar", "ZAR"),
    ("ngn", "NGN"),
    ("brl", "BRL"),
    ("mxn", "MXN"),
    ("rub", "RUB"),
    ("sek", "SEK"),
    ("nok", "NOK"),
    ("dkk", "DKK"),
    ("pln", "PLN"),
    ("aed", "AED"),
    ("sar", "SAR"),
    ("try", "TRY"),
    ("ils", "ILS"),
    ("btc", "BTC"),
    ("yuan", "CNY"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("myr", "MYR"),
    ("rm", "MYR"),
    ("uah", "UAH"),
    ("kwd", "KWD"),
    ("egp", "EGP"),
    ("qar", "QAR"),
    ("bgn", "BGN"),
    ("pkr", "PKR"),
    ("mnt", "MNT"),
    ("twd", "TWD"),
    ("php", "PHP"),
    ("le", "EGP"),
];

/// The prefix words read before an amount in any case; the others only in
/// capitals.
pub(crate) const ANY_CASE_PREFIX_WORDS: &[&str] = &["rs", "euro", "euros"];

/// Currency symbols.
pub(crate) const SYMBOLS: &[(char, &str)] = &[
    ('$', "USD"),
    ('£', "GBP"),
    ('€', "EUR"),
    ('¥', "JPY"),
    ('￥', "JPY"),
    ('₹', "INR"),
    ('₩', "KRW"),
    ('₽', "RUB"),
    ('₦', "NGN"),
    ('₺', "TRY"),
    ('₪', "ILS"),
    ('₫', "VND"),
    ('₱', "PHP"),
    ('₴', "UAH"),
    ('฿', "THB"),
    ('₿', "BTC"),
    ('元', "CNY"),
    ('₡', "CRC"),
    ('₾', "GEL"),
    ('₭', "LAK"),
    ('₸', "KZT"),
    ('₼', "AZN"),
];

/// The symbol for a hundredth of a dollar, and its code and factor.
pub(crate) const CENT_SYMBOL: (char, &str, u32) = ('¢', "USD", 100);

/// Letters glued before `$` that name the dollar: "US" in "US$", "HK" in
/// "HK$".
pub(crate) const DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("us", "USD"),
    ("u.s.", "USD"),
    ("c", "CAD"),
    ("ca", "CAD"),
    ("can", "CAD"),
    ("a", "AUD"),
    ("au", "AUD"),
    ("aus", "AUD"),
    ("hk", "HKD"),
    ("s", "SGD"),
    ("sg", "SGD"),
    ("nz", "NZD"),
    ("r", "BRL"),
    ("nt", "TWD"),
    ("mx", "MXN"),
    ("mex", "MXN"),
    ("mxn", "MXN"),
    ("usd", "USD"),
    ("u.s", "USD"),
    ("aud", "AUD"),
    ("cad", "CAD"),
    ("nzd", "NZD"),
    ("hkd", "HKD"),
    ("sgd", "SGD"),
];

/// The dollar prefixes also read with a space before the `$`, as some
/// tokenized copy writes them: "us $", "c $".
pub(crate) const SPACED_DOLLAR_PREFIXES: &[&str] = &[
    "us", "u.s", "u.s.", "hk", "nz", "c", "nt", "usd", "aud", "cad", "nzd", "mxn", "mex", "sgd",
    "hkd",
];

/// Words before "dollars" that say which dollar: "Canadian dollars",
/// "Hong Kong dollars".
pub(crate) const DOLLAR_QUALIFIERS: &[(&str, &str)] = &[
    ("canadian", "CAD"),
    ("australian", "AUD"),
    ("kong", "HKD"),
    ("singapore", "SGD"),
    ("zealand", "NZD"),
    ("taiwan", "TWD"),
    ("taiwanese", "TWD"),
    ("us", "USD"),
    ("u.s.", "USD"),
    ("american", "USD"),
];

/// The word before "rupees" that makes them Pakistani.
pub(crate) const PAKISTANI: &str = "pakistani";

/// Words near "¥" that make it the Chinese yuan, not the yen.
pub(crate) const YUAN_WORDS: &[&str] = &["yuan", "rmb", "renminbi", "cny"];

/// Currency names that are ordinary English words elsewhere: taken after
/// an amount only in capitals (a code) or after a scale word.
pub(crate) const AMBIGUOUS_CURRENCY_WORDS: &[&str] = &[
    "real", "try", "won", "dong", "rand", "sar", "rub", "ils", "le",
];

/// Names of the pound that may weigh rather than pay: "a 20-pound bag",
/// "weighed 8 pounds".
pub(crate) const POUND_WORDS: &[&str] = &["pound", "pounds"];

/// The abbreviation of pence, taken only glued to the digits ("50p").
pub(crate) const PENCE_LETTER: &str = "p";

/// The stem of the verb that makes "pounds" a weight.
pub(crate) const WEIGH_STEM: &str = "weigh";

/// The letter glued after a number of cents: "43c", "65c a share"; only
/// in lower case, and only glued ("3C" is a temperature).
pub(crate) const CENT_LETTER: &str = "c";

static CURRENCY: LazyLock<Lookup<(&str, u32)>> = LazyLock::new(|| Lookup::new(CURRENCY_WORDS));
static PREFIX: LazyLock<Lookup<&str>> = LazyLock::new(|| Lookup::new(PREFIX_WORDS));
static DOLLAR: LazyLock<Lookup<&str>> = LazyLock::new(|| Lookup::new(DOLLAR_PREFIXES));
static QUALIFIER: LazyLock<Lookup<&str>> = LazyLock::new(|| Lookup::new(DOLLAR_QUALIFIERS));
/// Each currency name, and the adjectives that make it national with
/// their codes, in the order of [`NATIONAL_CURRENCIES`].
type Nations = Vec<(&'static str, &'static str)>;

static NATIONAL: LazyLock<WordTable<&str, Nations>> = LazyLock::new(|| {
    let mut names: Vec<(&str, Nations)> = Vec::new();
    for &(currency, adjectives, code) in NATIONAL_CURRENCIES {
        for &name in currency {
            let at = match names.iter().position(|(n, _)| *n == name) {
                Some(at) => at,
                None => {
                    names.push((name, Vec::new()));
                    names.len() - 1
                }
            };
            names[at]
                .1
                .extend(adjectives.iter().map(|&adj| (adj, code)));
        }
    }
    WordTable::new(names)
});

/// A currency named by a word or code that follows or precedes an amount:
/// "dollars", "yuan", "EUR". Returns the ISO 4217 code and the factor for
/// sub-units (cents are a hundredth).
pub(crate) fn currency_word(w: &str) -> Option<(&'static str, u32)> {
    CURRENCY.get(w)
}

/// The currency a nation's adjective gives a common currency name:
/// "australian" and "dollars" make AUD, "swiss" and "francs" CHF. Both
/// words lowercase; the name singular or plural.
pub(crate) fn national_currency(adj: &str, name: &str) -> Option<&'static str> {
    let name = name.strip_suffix('s').unwrap_or(name);
    NATIONAL
        .get(name.as_bytes())?
        .iter()
        .find(|&&(a, _)| a == adj)
        .map(|&(_, code)| code)
}

/// A currency code or abbreviation written before an amount (without a
/// symbol): "USD 5m", "Rs 40 crore", "EUR 3bn".
pub(crate) fn currency_prefix_word(w: &str) -> Option<&'static str> {
    PREFIX.get(w)
}

/// The currency of a symbol character.
pub(crate) fn currency_symbol(c: char) -> Option<&'static str> {
    SYMBOLS
        .iter()
        .find(|&&(s, _)| s == c)
        .map(|&(_, code)| code)
}

/// The dollar named by letters glued before `$`: "US" in "US$", "HK" in
/// "HK$".
pub(crate) fn dollar_prefix(w: &str) -> Option<&'static str> {
    DOLLAR.get(w)
}

/// Whether the dollar prefix `w` may stand apart from its `$`: "us $".
pub(crate) fn spaced_dollar_prefix(w: &str) -> bool {
    among(SPACED_DOLLAR_PREFIXES, w)
}

/// The dollar a word before "dollars" names: "canadian" is CAD.
pub(crate) fn dollar_qualifier(w: &str) -> Option<&'static str> {
    QUALIFIER.get(w)
}

/// Whether `w` names a currency only as a code or after a scale word.
pub(crate) fn is_ambiguous_currency_word(w: &str) -> bool {
    among(AMBIGUOUS_CURRENCY_WORDS, w)
}

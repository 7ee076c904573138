//! Words that say who a count of people counts: nationalities ("Five
//! British nationals", "US troops"), the nouns that name people, and the
//! scopes written after them ("on board").

use std::sync::LazyLock;

use super::{Lookup, WordSet};

/// Nationalities and the country abbreviations used as adjectives,
/// lowercase, with the form a count's unit keeps: "U.S." and "US" are
/// both `us`.
#[rustfmt::skip]
const NATIONALITIES: &[(&str, &str)] = &[
    ("us", "us"), ("u.s.", "us"), ("u.s", "us"), ("uk", "uk"), ("u.k.", "uk"),
    ("american", "american"), ("british", "british"), ("english", "english"),
    ("scottish", "scottish"), ("welsh", "welsh"), ("irish", "irish"),
    ("canadian", "canadian"), ("mexican", "mexican"), ("brazilian", "brazilian"),
    ("argentine", "argentine"), ("argentinian", "argentinian"), ("chilean", "chilean"),
    ("colombian", "colombian"), ("peruvian", "peruvian"), ("venezuelan", "venezuelan"),
    ("cuban", "cuban"), ("haitian", "haitian"), ("french", "french"), ("german", "german"),
    ("italian", "italian"), ("spanish", "spanish"), ("portuguese", "portuguese"),
    ("dutch", "dutch"), ("belgian", "belgian"), ("swiss", "swiss"), ("austrian", "austrian"),
    ("swedish", "swedish"), ("norwegian", "norwegian"), ("danish", "danish"),
    ("finnish", "finnish"), ("icelandic", "icelandic"), ("polish", "polish"),
    ("czech", "czech"), ("slovak", "slovak"), ("hungarian", "hungarian"),
    ("romanian", "romanian"), ("bulgarian", "bulgarian"), ("greek", "greek"),
    ("croatian", "croatian"), ("serbian", "serbian"), ("bosnian", "bosnian"),
    ("slovenian", "slovenian"), ("albanian", "albanian"), ("ukrainian", "ukrainian"),
    ("russian", "russian"), ("belarusian", "belarusian"), ("lithuanian", "lithuanian"),
    ("latvian", "latvian"), ("estonian", "estonian"), ("georgian", "georgian"),
    ("armenian", "armenian"), ("turkish", "turkish"), ("cypriot", "cypriot"),
    ("israeli", "israeli"), ("palestinian", "palestinian"), ("lebanese", "lebanese"),
    ("syrian", "syrian"), ("jordanian", "jordanian"), ("iraqi", "iraqi"),
    ("iranian", "iranian"), ("saudi", "saudi"), ("yemeni", "yemeni"), ("omani", "omani"),
    ("emirati", "emirati"), ("qatari", "qatari"), ("kuwaiti", "kuwaiti"),
    ("egyptian", "egyptian"), ("libyan", "libyan"), ("tunisian", "tunisian"),
    ("algerian", "algerian"), ("moroccan", "moroccan"), ("sudanese", "sudanese"),
    ("ethiopian", "ethiopian"), ("eritrean", "eritrean"), ("somali", "somali"),
    ("kenyan", "kenyan"), ("ugandan", "ugandan"), ("tanzanian", "tanzanian"),
    ("rwandan", "rwandan"), ("congolese", "congolese"), ("nigerian", "nigerian"),
    ("ghanaian", "ghanaian"), ("senegalese", "senegalese"), ("malian", "malian"),
    ("cameroonian", "cameroonian"),
    ("zimbabwean", "zimbabwean"), ("afghan", "afghan"), ("pakistani", "pakistani"),
    ("indian", "indian"), ("bangladeshi", "bangladeshi"), ("nepalese", "nepalese"),
    ("nepali", "nepali"), ("chinese", "chinese"),
    ("taiwanese", "taiwanese"), ("japanese", "japanese"), ("korean", "korean"),
    ("vietnamese", "vietnamese"), ("thai", "thai"), ("cambodian", "cambodian"),
    ("burmese", "burmese"), ("malaysian", "malaysian"), ("indonesian", "indonesian"),
    ("filipino", "filipino"), ("singaporean", "singaporean"), ("australian", "australian"),
    ("kazakh", "kazakh"), ("uzbek", "uzbek"), ("mongolian", "mongolian"),
];

/// Nouns that name people, singular and lowercase: a nationality before
/// one of them names the group a count counts ("Five British nationals"),
/// while before other nouns it only describes them ("eight Chinese apps").
#[rustfmt::skip]
const PERSON_NOUNS: &[&str] = &[
    "people", "person", "national", "citizen", "resident", "civilian", "individual", "man",
    "woman", "child", "boy", "girl", "adult", "teenager", "baby", "infant", "soldier",
    "troop", "marine", "sailor", "airman", "servicemember", "serviceman", "servicewoman",
    "member", "personnel", "peacekeeper", "officer", "policeman", "policewoman", "police",
    "firefighter", "rescuer", "paramedic", "medic", "doctor", "nurse", "worker", "employee",
    "staff", "staffer", "contractor", "miner", "engineer", "passenger", "tourist", "traveller",
    "traveler", "visitor", "pilgrim", "worshipper", "student", "pupil", "teacher", "journalist",
    "reporter", "photographer", "diplomat", "official", "volunteer", "migrant", "refugee",
    "hostage", "prisoner", "inmate", "detainee", "protester", "demonstrator", "fan",
    "spectator", "athlete", "player", "climber", "hiker", "skier", "swimmer", "fisherman",
    "crew", "crewman", "driver", "pilot", "guard", "militant", "fighter", "rebel",
    "insurgent", "suspect", "victim", "survivor", "casualty", "patient", "villager",
    "farmer", "shopper", "commuter", "pedestrian", "cyclist", "motorist", "paratrooper",
    "commando", "recruit", "cadet", "guest", "camper", "evacuee",
];

/// Scopes written right after a counted noun of people that define who
/// is counted, and the form the unit keeps: "143 people on board", "157
/// aboard".
pub(crate) const SCOPES: &[(&[&str], &str)] =
    &[(&["on", "board"], "on board"), (&["aboard"], "on board")];

static NATIONALITY: LazyLock<Lookup<&str>> = LazyLock::new(|| Lookup::new(NATIONALITIES));
static PERSON: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(PERSON_NOUNS));

/// The nationality a lowercase word names, in the form a count's unit
/// keeps: "u.s." is `us`.
pub(crate) fn nationality(w: &str) -> Option<&'static str> {
    NATIONALITY.get(w)
}

/// Whether a singular, lowercase noun names people.
pub(crate) fn is_people_lemma(w: &str) -> bool {
    PERSON.contains(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nationalities_keep_one_form() {
        assert_eq!(nationality("u.s."), Some("us"));
        assert_eq!(nationality("british"), Some("british"));
        assert_eq!(nationality("republican"), None);
        assert!(is_people_lemma("national"));
        assert!(!is_people_lemma("app"));
    }
}

//! Numbers and intervals put in order quickly. Judging a check compares
//! the values and interval ends of thousands of facts, mostly in sorts
//! and searches, and [`Decimal`]'s own comparison rescales each pair in
//! case their scales differ. The order here is the same, reached in
//! integers where it can be.

use std::cmp::Ordering;

use rust_decimal::Decimal;

use super::{End, Interval};

/// A number as a sort key, ordered by [`order`]: the order of [`Decimal`],
/// reached sooner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Ordered(pub Decimal);

impl Ord for Ordered {
    fn cmp(&self, other: &Ordered) -> Ordering {
        order(&self.0, &other.0)
    }
}

impl PartialOrd for Ordered {
    fn partial_cmp(&self, other: &Ordered) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// The order of two intervals, as their derived order has it (lower end
/// first, an unbounded end before any bound, then each end's value and
/// whether it is closed), reached by [`order`].
pub(crate) fn interval_order(a: &Interval, b: &Interval) -> Ordering {
    let end = |a: Option<End>, b: Option<End>| match (a, b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Less,
        (Some(_), None) => Ordering::Greater,
        (Some(a), Some(b)) => order(&a.value, &b.value).then(a.closed.cmp(&b.closed)),
    };
    end(a.lower, b.lower).then_with(|| end(a.upper, b.upper))
}

/// The order of two numbers, as [`Decimal`]'s own, reached in integers: a
/// number is its mantissa over a power of ten, so two of one scale, as
/// most values a check compares are, are ordered by their mantissas, and
/// two of different scales by their mantissas brought to one scale, where
/// that fits in 128 bits (it does whenever the scales are nine or fewer
/// apart; a mantissa takes 96 bits). Only the rest are left to
/// [`Decimal`]'s own comparison.
#[inline]
pub(crate) fn order(a: &Decimal, b: &Decimal) -> Ordering {
    let (sa, sb) = (a.scale(), b.scale());
    let (ma, mb) = (a.mantissa(), b.mantissa());
    let scaled = match sa.cmp(&sb) {
        Ordering::Equal => return ma.cmp(&mb),
        Ordering::Less => ten_to(sb - sa)
            .and_then(|p| ma.checked_mul(p))
            .map(|ma| ma.cmp(&mb)),
        Ordering::Greater => ten_to(sa - sb)
            .and_then(|p| mb.checked_mul(p))
            .map(|mb| ma.cmp(&mb)),
    };
    scaled.unwrap_or_else(|| a.cmp(b))
}

/// Ten to the power `n`, for the differences of two scales (at most 28).
fn ten_to(n: u32) -> Option<i128> {
    const POWERS: [i128; 29] = {
        let mut powers = [1i128; 29];
        let mut k = 1;
        while k < powers.len() {
            powers[k] = powers[k - 1] * 10;
            k += 1;
        }
        powers
    };
    POWERS.get(n as usize).copied()
}

/// Any number [`Decimal`] holds, for property tests: any 96-bit
/// mantissa, either sign, any scale.
#[cfg(test)]
pub(crate) fn any_decimal() -> impl proptest::strategy::Strategy<Value = Decimal> {
    use proptest::prelude::*;
    (
        any::<u32>(),
        any::<u32>(),
        any::<u32>(),
        any::<bool>(),
        0u32..=28,
    )
        .prop_map(|(lo, mid, hi, negative, scale)| {
            Decimal::from_parts(lo, mid, hi, negative, scale)
        })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Any number [`Decimal`] holds: any 96-bit mantissa, either sign, any
    /// scale, with small mantissas and scales often, as news has them.
    fn number() -> impl Strategy<Value = Decimal> {
        let small = (-100_000i64..100_000, 0u32..4).prop_map(|(m, s)| Decimal::new(m, s));
        prop_oneof![small, any_decimal()]
    }

    fn end() -> impl Strategy<Value = Option<End>> {
        proptest::option::of(
            (number(), any::<bool>()).prop_map(|(value, closed)| End { value, closed }),
        )
    }

    proptest! {
        #[test]
        fn numbers_are_ordered_as_decimal_orders_them(a in number(), b in number()) {
            prop_assert_eq!(order(&a, &b), a.cmp(&b));
            prop_assert_eq!(Ordered(a).cmp(&Ordered(b)), a.cmp(&b));
            // One value at two scales: equal.
            let mut c = a;
            c.rescale((a.scale() + 3).min(28));
            if c == a {
                prop_assert_eq!(order(&a, &c), Ordering::Equal);
                prop_assert_eq!(order(&c, &a), Ordering::Equal);
            }
        }

        #[test]
        fn intervals_are_ordered_as_their_derived_order_has_it(
            (l1, u1, l2, u2) in (end(), end(), end(), end())
        ) {
            let a = Interval { lower: l1, upper: u1 };
            let b = Interval { lower: l2, upper: u2 };
            prop_assert_eq!(interval_order(&a, &b), a.cmp(&b));
            prop_assert_eq!(interval_order(&a, &a), Ordering::Equal);
        }
    }

    #[test]
    fn zeros_of_either_sign_and_any_scale_are_equal() {
        let zeros = [
            Decimal::ZERO,
            Decimal::from_parts(0, 0, 0, true, 0),
            Decimal::from_parts(0, 0, 0, false, 28),
            Decimal::from_parts(0, 0, 0, true, 5),
        ];
        for a in &zeros {
            for b in &zeros {
                assert_eq!(order(a, b), Ordering::Equal);
            }
        }
        // Extremes far apart in scale fall back to Decimal's comparison.
        let big = Decimal::MAX;
        let tiny = Decimal::from_parts(1, 0, 0, false, 28);
        assert_eq!(order(&big, &tiny), Ordering::Greater);
        assert_eq!(order(&tiny, &big), Ordering::Less);
        assert_eq!(order(&Decimal::MIN, &tiny), Ordering::Less);
    }
}

//! How values of the awsJson protocols are written and read: timestamps as epoch seconds, blobs
//! as base64, structure keys without copying.

use base64::Engine as _;
use serde::de::{self, Deserializer, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};
use std::fmt;
use time::OffsetDateTime;

/// Writes a timestamp as epoch seconds: an integer when whole, a fraction otherwise.
pub struct SerTimestamp<'a>(pub &'a OffsetDateTime);

impl Serialize for SerTimestamp<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let nanos = self.0.unix_timestamp_nanos();
        if nanos % 1_000_000_000 == 0 {
            return s.serialize_i64(self.0.unix_timestamp());
        }
        // Through the decimal text, so the number written is the nearest double to the exact
        // value, and reads back as the same decimal.
        let sign = if nanos < 0 { "-" } else { "" };
        let abs = nanos.unsigned_abs();
        let text = format!("{sign}{}.{:09}", abs / 1_000_000_000, abs % 1_000_000_000);
        s.serialize_f64(text.parse::<f64>().map_err(serde::ser::Error::custom)?)
    }
}

/// Reads a timestamp from epoch seconds, whole or fractional. The fraction is kept to the
/// microsecond, past which a JSON number's double precision does not reach.
pub struct DeTimestamp(pub OffsetDateTime);

impl<'de> Deserialize<'de> for DeTimestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = DeTimestamp;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a timestamp in epoch seconds")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<DeTimestamp, E> {
                OffsetDateTime::from_unix_timestamp(v)
                    .map(DeTimestamp)
                    .map_err(E::custom)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<DeTimestamp, E> {
                let v = i64::try_from(v).map_err(E::custom)?;
                self.visit_i64(v)
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<DeTimestamp, E> {
                if !v.is_finite() {
                    return Err(E::custom("timestamp is not a finite number"));
                }
                let micros = (v * 1e6).round();
                if micros.abs() > 1e17 {
                    return Err(E::custom("timestamp out of range"));
                }
                OffsetDateTime::from_unix_timestamp_nanos(micros as i128 * 1_000)
                    .map(DeTimestamp)
                    .map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}

/// The value a response that omits a required timestamp gets: the Unix epoch.
pub fn default_timestamp() -> OffsetDateTime {
    OffsetDateTime::UNIX_EPOCH
}

/// Writes a blob as standard padded base64.
pub struct SerBlob<'a>(pub &'a [u8]);

impl Serialize for SerBlob<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&base64::engine::general_purpose::STANDARD.encode(self.0))
    }
}

/// Reads a blob from base64.
pub struct DeBlob(pub Vec<u8>);

impl<'de> Deserialize<'de> for DeBlob {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = DeBlob;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("base64 data")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<DeBlob, E> {
                base64::engine::general_purpose::STANDARD
                    .decode(v)
                    .map(DeBlob)
                    .map_err(E::custom)
            }
        }
        d.deserialize_str(V)
    }
}

/// Writes a float; JSON has no NaN or infinities, so those go as the strings `"NaN"`,
/// `"Infinity"` and `"-Infinity"`, as the awsJson protocols specify.
pub struct SerFloat(pub f64);

impl Serialize for SerFloat {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = self.0;
        if v.is_nan() {
            s.serialize_str("NaN")
        } else if v == f64::INFINITY {
            s.serialize_str("Infinity")
        } else if v == f64::NEG_INFINITY {
            s.serialize_str("-Infinity")
        } else {
            s.serialize_f64(v)
        }
    }
}

/// Reads a float: a number, or one of the strings `"NaN"`, `"Infinity"`, `"-Infinity"`.
pub struct DeFloat(pub f64);

impl<'de> Deserialize<'de> for DeFloat {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = DeFloat;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number, \"NaN\", \"Infinity\" or \"-Infinity\"")
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<DeFloat, E> {
                Ok(DeFloat(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<DeFloat, E> {
                Ok(DeFloat(v as f64))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<DeFloat, E> {
                Ok(DeFloat(v as f64))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<DeFloat, E> {
                match v {
                    "NaN" => Ok(DeFloat(f64::NAN)),
                    "Infinity" => Ok(DeFloat(f64::INFINITY)),
                    "-Infinity" => Ok(DeFloat(f64::NEG_INFINITY)),
                    other => Err(E::invalid_value(de::Unexpected::Str(other), &self)),
                }
            }
        }
        d.deserialize_any(V)
    }
}

/// Reads a list, dropping `null` items (services send them; the protocols say to skip them).
pub struct DeList<T>(pub Vec<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for DeList<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = DeList<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list")
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<DeList<T>, A::Error> {
                let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
                while let Some(item) = seq.next_element::<Option<T>>()? {
                    out.extend(item);
                }
                Ok(DeList(out))
            }
        }
        d.deserialize_seq(V(std::marker::PhantomData))
    }
}

/// A map type a member can have.
pub trait MapMember: Default {
    /// The key type.
    type Key;
    /// The value type.
    type Value;
    /// Adds an entry.
    fn put(&mut self, key: Self::Key, value: Self::Value);
}

impl<K: Eq + std::hash::Hash, V, S: std::hash::BuildHasher + Default> MapMember
    for std::collections::HashMap<K, V, S>
{
    type Key = K;
    type Value = V;
    fn put(&mut self, key: K, value: V) {
        self.insert(key, value);
    }
}

impl<K: Ord, V> MapMember for std::collections::BTreeMap<K, V> {
    type Key = K;
    type Value = V;
    fn put(&mut self, key: K, value: V) {
        self.insert(key, value);
    }
}

/// Reads a map, dropping entries whose value is `null`.
pub struct DeMap<M>(pub M);

impl<'de, M> Deserialize<'de> for DeMap<M>
where
    M: MapMember,
    M::Key: Deserialize<'de>,
    M::Value: Deserialize<'de>,
{
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<M>(std::marker::PhantomData<M>);
        impl<'de, M> Visitor<'de> for V<M>
        where
            M: MapMember,
            M::Key: Deserialize<'de>,
            M::Value: Deserialize<'de>,
        {
            type Value = DeMap<M>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<DeMap<M>, A::Error> {
                let mut out = M::default();
                while let Some((key, value)) = map.next_entry::<M::Key, Option<M::Value>>()? {
                    if let Some(value) = value {
                        out.put(key, value);
                    }
                }
                Ok(DeMap(out))
            }
        }
        d.deserialize_map(V(std::marker::PhantomData))
    }
}

/// A structure key, borrowed from the input when it can be.
pub enum FieldKey<'de> {
    /// Borrowed from the input.
    Borrowed(&'de str),
    /// Copied (the key had escapes, or the input could not lend it).
    Owned(String),
}

impl FieldKey<'_> {
    /// The key.
    pub fn as_str(&self) -> &str {
        match self {
            FieldKey::Borrowed(s) => s,
            FieldKey::Owned(s) => s,
        }
    }
}

impl<'de> Deserialize<'de> for FieldKey<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = FieldKey<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a member name")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<FieldKey<'de>, E> {
                Ok(FieldKey::Borrowed(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<FieldKey<'de>, E> {
                Ok(FieldKey::Owned(v.to_owned()))
            }
            fn visit_string<E>(self, v: String) -> Result<FieldKey<'de>, E> {
                Ok(FieldKey::Owned(v))
            }
        }
        d.deserialize_str(V)
    }
}

/// The output of an operation that returns no members; reads any JSON object.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Empty;

impl<'de> Deserialize<'de> for Empty {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        de::IgnoredAny::deserialize(d).map(|_| Empty)
    }
}

impl Serialize for Empty {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        s.serialize_map(Some(0))?.end()
    }
}

/// Shows a sensitive member in `Debug` without its value.
pub struct Redacted(bool);

impl Redacted {
    /// A member that holds a value.
    pub const SET: Redacted = Redacted(true);

    /// An optional member: `None` shows as `None`, a value as redacted.
    pub fn of<T>(value: &Option<T>) -> Self {
        Redacted(value.is_some())
    }
}

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.0 { "** redacted **" } else { "None" })
    }
}

/// A wire form read in place of a member's Rust type (a timestamp's epoch seconds, a blob's
/// base64, a list without its `null` items, a map without its `null` values).
pub trait Wire<'de>: Deserialize<'de> {
    /// The member's Rust type.
    type Value;
    /// The member's value.
    fn value(self) -> Self::Value;
}

impl<'de> Wire<'de> for DeTimestamp {
    type Value = OffsetDateTime;
    fn value(self) -> OffsetDateTime {
        self.0
    }
}

impl<'de> Wire<'de> for DeBlob {
    type Value = Vec<u8>;
    fn value(self) -> Vec<u8> {
        self.0
    }
}

impl<'de, T: Deserialize<'de>> Wire<'de> for DeList<T> {
    type Value = Vec<T>;
    fn value(self) -> Vec<T> {
        self.0
    }
}

impl<'de, M> Wire<'de> for DeMap<M>
where
    M: MapMember,
    M::Key: Deserialize<'de>,
    M::Value: Deserialize<'de>,
{
    type Value = M;
    fn value(self) -> M {
        self.0
    }
}

/// Reads the value of a required member into `slot`; `null` leaves it as it was. A generated
/// structure's reader is one call of this family per member, so that each member costs the
/// compiler one generic call rather than a block of its own.
pub fn read<'de, A: de::MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut A,
    slot: &mut T,
) -> Result<(), A::Error> {
    if let Some(v) = map.next_value::<Option<T>>()? {
        *slot = v;
    }
    Ok(())
}

/// As [`read`], for an optional member.
pub fn read_opt<'de, A: de::MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
) -> Result<(), A::Error> {
    if let Some(v) = map.next_value::<Option<T>>()? {
        *slot = Some(v);
    }
    Ok(())
}

/// As [`read`], through the wire form `W`.
pub fn read_wire<'de, A: de::MapAccess<'de>, W: Wire<'de>>(
    map: &mut A,
    slot: &mut W::Value,
) -> Result<(), A::Error> {
    if let Some(v) = map.next_value::<Option<W>>()? {
        *slot = v.value();
    }
    Ok(())
}

/// As [`read_wire`], for an optional member.
pub fn read_wire_opt<'de, A: de::MapAccess<'de>, W: Wire<'de>>(
    map: &mut A,
    slot: &mut Option<W::Value>,
) -> Result<(), A::Error> {
    if let Some(v) = map.next_value::<Option<W>>()? {
        *slot = Some(v.value());
    }
    Ok(())
}

/// Skips the value of a member the declaration does not know.
pub fn skip<'de, A: de::MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<de::IgnoredAny>().map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_keep_their_fraction() {
        let t: DeTimestamp = serde_json::from_str("1795803056.045").unwrap();
        assert_eq!(t.0.unix_timestamp(), 1795803056);
        assert_eq!(t.0.millisecond(), 45);
        assert_eq!(
            serde_json::to_string(&SerTimestamp(&t.0)).unwrap(),
            "1795803056.045"
        );
        let whole: DeTimestamp = serde_json::from_str("1795803056").unwrap();
        assert_eq!(
            serde_json::to_string(&SerTimestamp(&whole.0)).unwrap(),
            "1795803056"
        );
    }

    #[test]
    fn floats_that_json_cannot_write() {
        assert_eq!(
            serde_json::to_string(&SerFloat(f64::NAN)).unwrap(),
            "\"NaN\""
        );
        assert_eq!(
            serde_json::to_string(&SerFloat(f64::NEG_INFINITY)).unwrap(),
            "\"-Infinity\""
        );
        assert_eq!(serde_json::to_string(&SerFloat(1.5)).unwrap(), "1.5");
        let inf: DeFloat = serde_json::from_str("\"Infinity\"").unwrap();
        assert_eq!(inf.0, f64::INFINITY);
        assert!(serde_json::from_str::<DeFloat>("\"nan\"").is_err());
        let whole: DeFloat = serde_json::from_str("3").unwrap();
        assert_eq!(whole.0, 3.0);
    }

    #[test]
    fn nulls_in_lists_and_maps_are_dropped() {
        let list: DeList<String> = serde_json::from_str(r#"["a",null,"b"]"#).unwrap();
        assert_eq!(list.0, ["a", "b"]);
        let map: DeMap<std::collections::HashMap<String, i32>> =
            serde_json::from_str(r#"{"a":1,"b":null}"#).unwrap();
        assert_eq!(map.0.len(), 1);
    }

    #[test]
    fn blobs_are_padded_base64() {
        assert_eq!(serde_json::to_string(&SerBlob(b"ab")).unwrap(), "\"YWI=\"");
        let b: DeBlob = serde_json::from_str("\"YWI=\"").unwrap();
        assert_eq!(b.0, b"ab");
    }
}

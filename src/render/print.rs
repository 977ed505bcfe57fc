//! A page context's fingerprint: every value it holds, fed straight to a
//! fast hash as serde walks it (no JSON is written, so nothing is escaped
//! or copied). Two contexts with the same fingerprint show the same thing.
//!
//! Each value is written with a tag for its kind and, for strings and
//! lists, its length or an end mark, so that different values cannot run
//! together into the same bytes (`["ab", "c"]` and `["a", "bc"]` differ).

use std::hash::{BuildHasher, Hasher};

use serde::ser::{self, Serialize};

/// The fingerprint of `value`.
pub fn fingerprint<T: Serialize + ?Sized>(value: &T) -> u64 {
    let mut p = Print(foldhash::quality::FixedState::with_seed(0x0aba).build_hasher());
    match value.serialize(&mut p) {
        Ok(()) => p.0.finish(),
        // A value that cannot be serialized gets a print of its own, so that
        // it is never taken for unchanged (converting it reports the error).
        Err(_) => std::collections::hash_map::RandomState::new().hash_one(std::time::Instant::now()),
    }
}

struct Print(foldhash::quality::FoldHasher<'static>);

#[derive(Debug)]
struct Never;

impl std::fmt::Display for Never {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a value that cannot be fingerprinted")
    }
}

impl std::error::Error for Never {}

impl ser::Error for Never {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Never
    }
}

impl Print {
    fn tag(&mut self, t: u8) {
        self.0.write_u8(t);
    }

    fn bytes(&mut self, b: &[u8]) {
        self.0.write_usize(b.len());
        self.0.write(b);
    }
}

type R = Result<(), Never>;

impl ser::Serializer for &mut Print {
    type Ok = ();
    type Error = Never;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    fn serialize_bool(self, v: bool) -> R {
        self.tag(1);
        self.0.write_u8(u8::from(v));
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> R {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> R {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> R {
        self.serialize_i64(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> R {
        self.tag(2);
        self.0.write_i64(v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> R {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u16(self, v: u16) -> R {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u32(self, v: u32) -> R {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> R {
        self.tag(3);
        self.0.write_u64(v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> R {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> R {
        self.tag(4);
        self.0.write_u64(v.to_bits());
        Ok(())
    }
    fn serialize_char(self, v: char) -> R {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> R {
        self.tag(5);
        self.bytes(v.as_bytes());
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> R {
        self.tag(6);
        self.bytes(v);
        Ok(())
    }
    fn serialize_none(self) -> R {
        self.tag(7);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> R {
        self.tag(8);
        v.serialize(self)
    }
    fn serialize_unit(self) -> R {
        self.tag(9);
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> R {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> R {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, v: &T) -> R {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> R {
        self.serialize_str(variant)?;
        v.serialize(self)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self, Never> {
        self.tag(10);
        Ok(self)
    }
    fn serialize_tuple(self, len: usize) -> Result<Self, Never> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Self, Never> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self, Never> {
        self.serialize_str(variant)?;
        self.serialize_seq(Some(len))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self, Never> {
        self.tag(11);
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Self, Never> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self, Never> {
        self.serialize_str(variant)?;
        self.serialize_map(Some(len))
    }
}

/// Lists and maps end with a mark, so that a value after one cannot be
/// taken for one more of its items.
macro_rules! compound {
    ($trait:ident, $method:ident $(, $key:ident)?) => {
        impl ser::$trait for &mut Print {
            type Ok = ();
            type Error = Never;
            fn $method<T: Serialize + ?Sized>(&mut self, $($key: &'static str,)? v: &T) -> R {
                $(self.serialize_key_name($key);)?
                v.serialize(&mut **self)
            }
            fn end(self) -> R {
                self.tag(12);
                Ok(())
            }
        }
    };
}

impl Print {
    fn serialize_key_name(&mut self, key: &str) {
        self.tag(5);
        self.bytes(key.as_bytes());
    }
}

compound!(SerializeSeq, serialize_element);
compound!(SerializeTuple, serialize_element);
compound!(SerializeTupleStruct, serialize_field);
compound!(SerializeTupleVariant, serialize_field);
compound!(SerializeStruct, serialize_field, key);
compound!(SerializeStructVariant, serialize_field, key);

impl ser::SerializeMap for &mut Print {
    type Ok = ();
    type Error = Never;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> R {
        k.serialize(&mut **self)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> R {
        v.serialize(&mut **self)
    }
    fn end(self) -> R {
        self.tag(12);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::fingerprint;

    #[test]
    fn values_that_differ_anywhere_have_different_prints() {
        let same = fingerprint(&("a", vec![1u8, 2], Some("x")));
        assert_eq!(same, fingerprint(&("a", vec![1u8, 2], Some("x"))));
        for other in [
            fingerprint(&("a", vec![1u8, 3], Some("x"))),
            fingerprint(&("a", vec![1u8, 2], None::<&str>)),
            fingerprint(&("b", vec![1u8, 2], Some("x"))),
        ] {
            assert_ne!(same, other);
        }
        assert_ne!(fingerprint(&["ab", "c"]), fingerprint(&["a", "bc"]), "strings cannot run together");
        assert_ne!(fingerprint(&(vec![1u8], 2u8)), fingerprint(&(vec![1u8, 2], ())), "lists end");
    }
}

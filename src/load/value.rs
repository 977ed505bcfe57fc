//! The parsed YAML that `check` reads: the same shape as `serde_yaml`'s
//! `Value`, with a lighter mapping.
//!
//! `serde_yaml`'s mapping is an `IndexMap` hashed with SipHash: building
//! one hashed every key as it was read, every look-up hashed the key again,
//! and together they were about a sixth of checking a network. The mappings
//! of an assessment file are small (a handful of keys), so here a mapping is
//! its pairs in the order written, searched in turn; a large one (only a
//! hostile file has those) gets a hash table on its first look-up, so that
//! no input makes look-ups quadratic. `serde_yaml` still parses whatever the
//! fast reader declines, and its value is converted.

use std::sync::OnceLock;

pub use serde_yaml::Number;

/// A YAML value, as `serde_yaml::Value`; the accessors (`as_str`,
/// `as_mapping`, `is_null`, …) look through a tag as serde_yaml's do.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Sequence(Vec<Value>),
    Mapping(Mapping),
    /// A tagged value (`!tag x`); only `serde_yaml` reads these.
    Tagged(Box<Value>),
}

impl Value {
    fn untag(&self) -> &Value {
        let mut v = self;
        while let Value::Tagged(inner) = v {
            v = inner;
        }
        v
    }

    /// The value of `key` when this is a mapping that has it.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_mapping()?.get(key)
    }

    pub fn is_null(&self) -> bool {
        matches!(self.untag(), Value::Null)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self.untag() {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self.untag() {
            Value::Number(n) => n.as_i64(),
            _ => None,
        }
    }

    pub fn is_mapping(&self) -> bool {
        self.as_mapping().is_some()
    }

    pub fn as_mapping(&self) -> Option<&Mapping> {
        match self.untag() {
            Value::Mapping(m) => Some(m),
            _ => None,
        }
    }
}

impl From<serde_yaml::Value> for Value {
    fn from(v: serde_yaml::Value) -> Value {
        match v {
            serde_yaml::Value::Null => Value::Null,
            serde_yaml::Value::Bool(b) => Value::Bool(b),
            serde_yaml::Value::Number(n) => Value::Number(n),
            serde_yaml::Value::String(s) => Value::String(s),
            serde_yaml::Value::Sequence(s) => Value::Sequence(s.into_iter().map(Value::from).collect()),
            serde_yaml::Value::Mapping(m) => {
                Value::Mapping(Mapping::from_pairs(m.into_iter().map(|(k, v)| (k.into(), v.into())).collect()))
            }
            serde_yaml::Value::Tagged(t) => Value::Tagged(Box::new(t.value.into())),
        }
    }
}

/// A mapping's pairs in the order written; no key twice (the readers see to that).
#[derive(Debug, Default)]
pub struct Mapping {
    pairs: Vec<(Value, Value)>,
    /// For a mapping of more than `SMALL` pairs, the indices of its text
    /// keys by hash, made on the first look-up. Boxed: most mappings never
    /// have one, and a value is half the size without it inline.
    table: OnceLock<Box<Table>>,
}

/// Mappings of up to this many pairs are searched in turn.
const SMALL: usize = 16;

#[derive(Debug, Default)]
struct Table {
    slots: hashbrown::HashTable<u32>,
    /// Seeded afresh in each process: a file's keys are its writer's to
    /// choose, and with a hash known in advance they could be chosen to collide.
    hasher: foldhash::fast::RandomState,
}

impl Clone for Mapping {
    fn clone(&self) -> Mapping {
        Mapping::from_pairs(self.pairs.clone())
    }
}

impl PartialEq for Mapping {
    fn eq(&self, other: &Mapping) -> bool {
        self.pairs == other.pairs
    }
}

impl Mapping {
    /// A mapping of `pairs`, whose keys must all differ.
    pub fn from_pairs(pairs: Vec<(Value, Value)>) -> Mapping {
        Mapping { pairs, table: OnceLock::new() }
    }

    pub fn len(&self) -> usize {
        self.pairs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        let i = if self.pairs.len() <= SMALL {
            self.pairs.iter().position(|(k, _)| matches!(k, Value::String(s) if s == key))?
        } else {
            let table = self.table.get_or_init(|| self.make_table());
            let hash = std::hash::BuildHasher::hash_one(&table.hasher, key);
            *table.slots.find(hash, |i| self.pairs[*i as usize].0.as_plain_str() == Some(key))? as usize
        };
        Some(&self.pairs[i].1)
    }

    fn make_table(&self) -> Box<Table> {
        let mut table = Table::default();
        let hasher = table.hasher.clone();
        let hash = |s: &str| std::hash::BuildHasher::hash_one(&hasher, s);
        for (i, (k, _)) in self.pairs.iter().enumerate() {
            if let Value::String(s) = k {
                let pairs = &self.pairs;
                let rehash = |j: &u32| hash(pairs[*j as usize].0.as_plain_str().unwrap_or_default());
                table.slots.insert_unique(hash(s), i as u32, rehash);
            }
        }
        Box::new(table)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub fn keys(&self) -> impl Iterator<Item = &Value> {
        self.pairs.iter().map(|(k, _)| k)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&Value, &Value)> {
        self.pairs.iter().map(|(k, v)| (k, v))
    }
}

impl Value {
    /// The text of a key written as text (not through a tag: `get` finds
    /// only those, as serde_yaml's does).
    fn as_plain_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
}

impl<'a> IntoIterator for &'a Mapping {
    type Item = (&'a Value, &'a Value);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (Value, Value)>, fn(&'a (Value, Value)) -> Self::Item>;
    fn into_iter(self) -> Self::IntoIter {
        self.pairs.iter().map(|(k, v)| (k, v))
    }
}

/// Whether two of the text keys of `pairs` are the same: pairwise for a
/// few, by sorting for many.
pub fn has_duplicate_keys(pairs: &[(Value, Value)]) -> bool {
    let key = |i: usize| pairs[i].0.as_plain_str();
    if pairs.len() <= SMALL {
        return (1..pairs.len()).any(|i| key(i).is_some() && (0..i).any(|j| key(j) == key(i)));
    }
    let mut sorted: Vec<&str> = pairs.iter().filter_map(|(k, _)| k.as_plain_str()).collect();
    sorted.sort_unstable();
    sorted.windows(2).any(|w| w[0] == w[1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_mappings_are_looked_up_by_hash_and_small_ones_in_turn() {
        for n in [3, SMALL, SMALL + 1, 5000] {
            let pairs = (0..n).map(|i| (Value::String(format!("k{i}")), Value::Number(i.into()))).collect();
            let m = Mapping::from_pairs(pairs);
            for i in 0..n {
                assert_eq!(m.get(&format!("k{i}")).and_then(Value::as_i64), Some(i as i64));
            }
            assert!(m.get("k").is_none() && !m.contains_key(&format!("k{n}")));
        }
        let pairs = |keys: &[String]| -> Vec<(Value, Value)> {
            keys.iter().map(|k| (Value::String(k.clone()), Value::Null)).collect()
        };
        let few: Vec<String> = ["a", "b", "a"].map(String::from).to_vec();
        assert!(has_duplicate_keys(&pairs(&few)) && !has_duplicate_keys(&pairs(&few[..2])));
        let many: Vec<String> = (0..100).map(|i| format!("k{}", i % 99)).collect();
        assert!(has_duplicate_keys(&pairs(&many)) && !has_duplicate_keys(&pairs(&many[..99])));
    }

    #[test]
    fn reads_through_tags_as_serde_yaml_does() {
        let v: Value = serde_yaml::from_str::<serde_yaml::Value>("a: !t x\nb: !t { c: 1 }\n").unwrap().into();
        assert_eq!(v.get("a").and_then(Value::as_str), Some("x"));
        assert!(matches!(v.get("a"), Some(Value::Tagged(_))));
        assert_eq!(v.get("b").and_then(|b| b.get("c")).and_then(Value::as_i64), Some(1));
    }
}

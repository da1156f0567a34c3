//! PostgreSQL native types (`@db.X`) and the scalar each fits: connector facts as data.

use crate::model::ScalarType;

/// One native type of the PostgreSQL connector.
#[derive(Debug, Clone, Copy)]
pub struct NativeTypeSpec {
    pub name: &'static str,
    /// How many arguments it takes: `(min, max)`.
    pub args: (usize, usize),
    pub scalar: ScalarType,
}

const fn nt(name: &'static str, min: usize, max: usize, scalar: ScalarType) -> NativeTypeSpec {
    NativeTypeSpec {
        name,
        args: (min, max),
        scalar,
    }
}

use ScalarType as S;

/// Every PostgreSQL native type Prisma knows, in Prisma's order.
pub const POSTGRES_NATIVE_TYPES: &[NativeTypeSpec] = &[
    nt("SmallInt", 0, 0, S::Int),
    nt("Integer", 0, 0, S::Int),
    nt("BigInt", 0, 0, S::BigInt),
    nt("Decimal", 0, 2, S::Decimal),
    nt("Money", 0, 0, S::Decimal),
    nt("Inet", 0, 0, S::String),
    nt("Oid", 0, 0, S::Int),
    nt("Citext", 0, 0, S::String),
    nt("Real", 0, 0, S::Float),
    nt("DoublePrecision", 0, 0, S::Float),
    nt("VarChar", 0, 1, S::String),
    nt("Char", 0, 1, S::String),
    nt("Text", 0, 0, S::String),
    nt("ByteA", 0, 0, S::Bytes),
    nt("Timestamp", 0, 1, S::DateTime),
    nt("Timestamptz", 0, 1, S::DateTime),
    nt("Date", 0, 0, S::DateTime),
    nt("Time", 0, 1, S::DateTime),
    nt("Timetz", 0, 1, S::DateTime),
    nt("Boolean", 0, 0, S::Boolean),
    nt("Bit", 0, 1, S::String),
    nt("VarBit", 0, 1, S::String),
    nt("Uuid", 0, 0, S::String),
    nt("Xml", 0, 0, S::String),
    nt("Json", 0, 0, S::Json),
    nt("JsonB", 0, 0, S::Json),
];

pub fn find(name: &str) -> Option<&'static NativeTypeSpec> {
    POSTGRES_NATIVE_TYPES.iter().find(|t| t.name == name)
}

/// Types whose single argument is a fractional-seconds precision (0..=6).
pub fn is_time_precision(name: &str) -> bool {
    matches!(name, "Timestamp" | "Timestamptz" | "Time" | "Timetz")
}

/// PostgreSQL operator classes Prisma names in `ops:` (PSL name, SQL name).
pub const OPERATOR_CLASSES: &[&str] = &[
    "ArrayOps",
    "JsonbOps",
    "JsonbPathOps",
    "InetOps",
    "TextOps",
    "BitMinMaxOps",
    "VarBitMinMaxOps",
    "BpcharBloomOps",
    "BpcharMinMaxOps",
    "ByteaBloomOps",
    "ByteaMinMaxOps",
    "DateBloomOps",
    "DateMinMaxOps",
    "DateMinMaxMultiOps",
    "Float4BloomOps",
    "Float4MinMaxOps",
    "Float4MinMaxMultiOps",
    "Float8BloomOps",
    "Float8MinMaxOps",
    "Float8MinMaxMultiOps",
    "InetInclusionOps",
    "InetBloomOps",
    "InetMinMaxOps",
    "InetMinMaxMultiOps",
    "Int2BloomOps",
    "Int2MinMaxOps",
    "Int2MinMaxMultiOps",
    "Int4BloomOps",
    "Int4MinMaxOps",
    "Int4MinMaxMultiOps",
    "Int8BloomOps",
    "Int8MinMaxOps",
    "Int8MinMaxMultiOps",
    "NumericBloomOps",
    "NumericMinMaxOps",
    "NumericMinMaxMultiOps",
    "OidBloomOps",
    "OidMinMaxOps",
    "OidMinMaxMultiOps",
    "TextBloomOps",
    "TextMinMaxOps",
    "TimestampBloomOps",
    "TimestampMinMaxOps",
    "TimestampMinMaxMultiOps",
    "TimestampTzBloomOps",
    "TimestampTzMinMaxOps",
    "TimestampTzMinMaxMultiOps",
    "TimeBloomOps",
    "TimeMinMaxOps",
    "TimeMinMaxMultiOps",
    "TimeTzBloomOps",
    "TimeTzMinMaxOps",
    "TimeTzMinMaxMultiOps",
    "UuidBloomOps",
    "UuidMinMaxOps",
    "UuidMinMaxMultiOps",
];

/// `JsonbPathOps` → `jsonb_path_ops`, `Float4MinMaxMultiOps` → `float4_minmax_multi_ops`.
pub fn operator_class_sql(psl_name: &str) -> String {
    let special = psl_name
        .replace("MinMax", "Minmax")
        .replace("TimestampTz", "Timestamptz")
        .replace("TimeTz", "Timetz");
    let mut out = String::new();
    for (i, c) in special.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operator_class_names() {
        assert_eq!(operator_class_sql("JsonbPathOps"), "jsonb_path_ops");
        assert_eq!(
            operator_class_sql("Float4MinMaxMultiOps"),
            "float4_minmax_multi_ops"
        );
        assert_eq!(
            operator_class_sql("TimestampTzBloomOps"),
            "timestamptz_bloom_ops"
        );
        assert_eq!(operator_class_sql("InetInclusionOps"), "inet_inclusion_ops");
    }
}

//! Binary `COPY` for large row sets: each planned value (JSON) is encoded straight into
//! PostgreSQL's binary wire format for its column's type, as told by the server (a prepared
//! `SELECT cols FROM t LIMIT 0`, which also resolves enum and enum-array types by OID).
//!
//! Only the types below are encoded; a table with any other column type (`numeric`, `money`,
//! `timetz`, `xml`, domains, extension types …) keeps the `jsonb_populate_recordset` path, which
//! converts every value with the column's own input function.

use crate::values::DateTime;
use bytes::{BufMut, BytesMut};
use serde_json::Value;
use tokio_postgres::types::{IsNull, Kind, ToSql, Type};

/// A group of rows with the same statement shape goes through `COPY` from this many rows on.
pub const COPY_MIN_ROWS: usize = 500;

type BoxError = Box<dyn std::error::Error + Sync + Send>;

/// Whether [`Cell`] can encode values of this column type.
pub fn supported(ty: &Type) -> bool {
    match ty.kind() {
        Kind::Enum(_) => true,
        Kind::Array(elem) => !matches!(elem.kind(), Kind::Array(_)) && supported(elem),
        // citext's binary form is text's.
        Kind::Simple if ty.name() == "citext" => true,
        Kind::Simple => matches!(
            *ty,
            Type::BOOL
                | Type::INT2
                | Type::INT4
                | Type::INT8
                | Type::OID
                | Type::FLOAT4
                | Type::FLOAT8
                | Type::TEXT
                | Type::VARCHAR
                | Type::BPCHAR
                | Type::NAME
                | Type::UUID
                | Type::TIMESTAMP
                | Type::TIMESTAMPTZ
                | Type::DATE
                | Type::TIME
                | Type::JSON
                | Type::JSONB
                | Type::BYTEA
                | Type::INET
        ),
        _ => false,
    }
}

/// One planned value, bound to a `COPY … (FORMAT binary)` column.
#[derive(Debug)]
pub struct Cell<'a>(pub &'a Value);

impl ToSql for Cell<'_> {
    fn to_sql(&self, ty: &Type, out: &mut BytesMut) -> Result<IsNull, BoxError> {
        encode(self.0, ty, out)
    }

    fn accepts(ty: &Type) -> bool {
        supported(ty)
    }

    fn to_sql_checked(&self, ty: &Type, out: &mut BytesMut) -> Result<IsNull, BoxError> {
        if !supported(ty) {
            return Err(format!("type {} cannot be sent by binary COPY", ty.name()).into());
        }
        encode(self.0, ty, out)
    }
}

fn int(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

fn float(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => match s.as_str() {
            "NaN" => Some(f64::NAN),
            "Infinity" => Some(f64::INFINITY),
            "-Infinity" => Some(f64::NEG_INFINITY),
            t => t.parse().ok(),
        },
        _ => None,
    }
}

fn hex_digit(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

fn hex_bytes(s: &str, out: &mut BytesMut) -> Option<()> {
    let digits: Vec<u8> = s.bytes().filter(|&c| c != b'-').collect();
    if digits.len() % 2 != 0 {
        return None;
    }
    for pair in digits.chunks(2) {
        out.put_u8(hex_digit(pair[0])? << 4 | hex_digit(pair[1])?);
    }
    Some(())
}

/// `HH:MM:SS[.ffffff]` → microseconds since midnight.
fn time_micros(s: &str) -> Option<i64> {
    let (hms, frac) = s.split_once('.').unwrap_or((s, ""));
    let mut parts = hms.split(':').map(|p| p.parse::<i64>().ok());
    let (h, m, sec) = (parts.next()??, parts.next()??, parts.next()??);
    if parts.next().is_some() || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let micros: i64 = if frac.is_empty() {
        0
    } else {
        format!("{:0<6}", &frac[..frac.len().min(6)]).parse().ok()?
    };
    Some((h * 3600 + m * 60 + sec) * 1_000_000 + micros)
}

fn encode(v: &Value, ty: &Type, out: &mut BytesMut) -> Result<IsNull, BoxError> {
    if v.is_null() {
        return Ok(IsNull::Yes);
    }
    let bad = || -> BoxError { format!("cannot send {v} as {}", ty.name()).into() };
    match ty.kind() {
        Kind::Enum(_) => {
            out.put_slice(v.as_str().ok_or_else(bad)?.as_bytes());
            return Ok(IsNull::No);
        }
        Kind::Array(elem) => {
            let items = v.as_array().ok_or_else(bad)?;
            out.put_i32(i32::from(!items.is_empty()));
            out.put_i32(i32::from(items.iter().any(Value::is_null)));
            out.put_u32(elem.oid());
            if !items.is_empty() {
                out.put_i32(items.len() as i32);
                out.put_i32(1);
            }
            for item in items {
                let at = out.len();
                out.put_i32(0);
                match encode(item, elem, out)? {
                    IsNull::Yes => {
                        out.truncate(at);
                        out.put_i32(-1);
                    }
                    IsNull::No => {
                        let len = (out.len() - at - 4) as i32;
                        out[at..at + 4].copy_from_slice(&len.to_be_bytes());
                    }
                }
            }
            return Ok(IsNull::No);
        }
        _ => {}
    }
    let text = || v.as_str().ok_or_else(bad);
    let datetime = || text().ok().and_then(DateTime::parse).ok_or_else(bad);
    match *ty {
        Type::BOOL => out.put_u8(u8::from(v.as_bool().ok_or_else(bad)?)),
        Type::INT2 => out.put_i16(int(v).and_then(|i| i.try_into().ok()).ok_or_else(bad)?),
        Type::INT4 => out.put_i32(int(v).and_then(|i| i.try_into().ok()).ok_or_else(bad)?),
        Type::OID => out.put_u32(int(v).and_then(|i| i.try_into().ok()).ok_or_else(bad)?),
        Type::INT8 => out.put_i64(int(v).ok_or_else(bad)?),
        Type::FLOAT4 => out.put_f32(float(v).ok_or_else(bad)? as f32),
        Type::FLOAT8 => out.put_f64(float(v).ok_or_else(bad)?),
        Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME => out.put_slice(text()?.as_bytes()),
        _ if ty.name() == "citext" => out.put_slice(text()?.as_bytes()),
        Type::INET => {
            let s = text()?;
            let (addr, bits) = s.split_once('/').unwrap_or((s, ""));
            let ip: std::net::IpAddr = addr.parse().map_err(|_| bad())?;
            let (family, octets): (u8, Vec<u8>) = match ip {
                std::net::IpAddr::V4(a) => (2, a.octets().to_vec()),
                std::net::IpAddr::V6(a) => (3, a.octets().to_vec()),
            };
            let max = octets.len() as u8 * 8;
            let bits = if bits.is_empty() {
                max
            } else {
                bits.parse().ok().filter(|b| *b <= max).ok_or_else(bad)?
            };
            out.put_u8(family);
            out.put_u8(bits);
            out.put_u8(0);
            out.put_u8(octets.len() as u8);
            out.put_slice(&octets);
        }
        Type::UUID => {
            let s = text()?;
            let at = out.len();
            if hex_bytes(s, out).is_none() || out.len() - at != 16 {
                return Err(bad());
            }
        }
        Type::TIMESTAMP | Type::TIMESTAMPTZ => out.put_i64(datetime()?.pg_micros()),
        Type::DATE => out.put_i32(datetime()?.pg_days()),
        Type::TIME => out.put_i64(time_micros(text()?).ok_or_else(bad)?),
        Type::JSON => out.put_slice(v.to_string().as_bytes()),
        Type::JSONB => {
            out.put_u8(1);
            out.put_slice(v.to_string().as_bytes());
        }
        Type::BYTEA => {
            let s = text()?.strip_prefix("\\x").ok_or_else(bad)?;
            hex_bytes(s, out).ok_or_else(bad)?;
        }
        _ => return Err(bad()),
    }
    Ok(IsNull::No)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn bytes(v: Value, ty: &Type) -> Option<Vec<u8>> {
        let mut out = BytesMut::new();
        match encode(&v, ty, &mut out).unwrap() {
            IsNull::Yes => None,
            IsNull::No => Some(out.to_vec()),
        }
    }

    #[test]
    fn encodes_scalars() {
        assert_eq!(bytes(json!(null), &Type::INT4), None);
        assert_eq!(bytes(json!(7), &Type::INT4), Some(vec![0, 0, 0, 7]));
        assert_eq!(bytes(json!("7"), &Type::INT8).unwrap().len(), 8);
        assert_eq!(bytes(json!(true), &Type::BOOL), Some(vec![1]));
        assert_eq!(
            bytes(json!("2000-01-02T00:00:00.000001Z"), &Type::TIMESTAMPTZ),
            Some(86_400_000_001i64.to_be_bytes().to_vec())
        );
        assert_eq!(
            bytes(json!("1999-12-31"), &Type::DATE),
            Some((-1i32).to_be_bytes().to_vec())
        );
        assert_eq!(
            bytes(json!("00:00:01.5"), &Type::TIME),
            Some(1_500_000i64.to_be_bytes().to_vec())
        );
        assert_eq!(
            bytes(json!("\\x01ff"), &Type::BYTEA),
            Some(vec![0x01, 0xff])
        );
        assert_eq!(
            bytes(json!("00000000-0000-0000-0000-0000000000ff"), &Type::UUID)
                .unwrap()
                .len(),
            16
        );
        assert_eq!(bytes(json!({"a": 1}), &Type::JSONB).unwrap()[0], 1);
        let mut out = BytesMut::new();
        assert!(encode(&json!("x"), &Type::INT4, &mut out).is_err());
        assert!(encode(&json!(70000), &Type::INT2, &mut out).is_err());
    }

    #[test]
    fn encodes_arrays() {
        let b = bytes(json!(["a", null]), &Type::TEXT_ARRAY).unwrap();
        // ndim 1, has nulls, oid 25, len 2, lbound 1, "a", NULL
        let mut expected = Vec::new();
        for i in [1i32, 1, 25, 2, 1, 1] {
            expected.extend_from_slice(&i.to_be_bytes());
        }
        expected.push(b'a');
        expected.extend_from_slice(&(-1i32).to_be_bytes());
        assert_eq!(b, expected);
        let empty = bytes(json!([]), &Type::INT4_ARRAY).unwrap();
        assert_eq!(empty.len(), 12);
        assert!(!supported(&Type::NUMERIC));
        assert!(supported(&Type::TEXT_ARRAY));
        assert_eq!(
            bytes(json!("10.0.1.2/24"), &Type::INET),
            Some(vec![2, 24, 0, 4, 10, 0, 1, 2])
        );
    }
}

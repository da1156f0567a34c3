//! Small value codecs the fixtures need: RFC 3339 dates (normalised to UTC), base64 for `Bytes`,
//! and deterministic client-side ids (so that seeding twice hits the same rows).

/// A UTC instant, microsecond precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateTime {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    pub micros: u32,
}

/// 2000-01-01 in days since 1970-01-01.
const PG_EPOCH_DAYS: i64 = 10_957;

fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

impl DateTime {
    /// `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)` (RFC 3339), or a plain `YYYY-MM-DD` (midnight UTC).
    pub fn parse(s: &str) -> Option<DateTime> {
        let b = s.as_bytes();
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let t = s.get(r)?;
            if t.bytes().all(|c| c.is_ascii_digit()) {
                t.parse().ok()
            } else {
                None
            }
        };
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let (year, month, day) = (num(0..4)? as i64, num(5..7)?, num(8..10)?);
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        if b.len() == 10 {
            return Some(DateTime {
                year,
                month,
                day,
                hour: 0,
                minute: 0,
                second: 0,
                micros: 0,
            });
        }
        if !matches!(b[10], b'T' | b't' | b' ') || b.len() < 20 || b[13] != b':' || b[16] != b':' {
            return None;
        }
        let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
        if hour > 23 || minute > 59 || second > 60 {
            return None;
        }
        let mut i = 19;
        let mut micros = 0u32;
        if b[i] == b'.' {
            let start = i + 1;
            i = start;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i == start {
                return None;
            }
            let frac = &s[start..i.min(start + 6)];
            micros = format!("{frac:0<6}").parse().ok()?;
        }
        let offset_minutes: i64 = match &s[i..] {
            "Z" | "z" => 0,
            tz if tz.len() == 6 && matches!(&tz[..1], "+" | "-") && &tz[3..4] == ":" => {
                let h = num(i + 1..i + 3)? as i64;
                let m = num(i + 4..i + 6)? as i64;
                if h > 23 || m > 59 {
                    return None;
                }
                let sign = if &tz[..1] == "-" { -1 } else { 1 };
                sign * (h * 60 + m)
            }
            _ => return None,
        };
        let second = second.min(59);
        let total = days_from_civil(year, month, day) * 86400
            + hour as i64 * 3600
            + minute as i64 * 60
            + second as i64
            - offset_minutes * 60;
        let (days, secs) = (total.div_euclid(86400), total.rem_euclid(86400));
        let (year, month, day) = civil_from_days(days);
        Some(DateTime {
            year,
            month,
            day,
            hour: (secs / 3600) as u32,
            minute: (secs % 3600 / 60) as u32,
            second: (secs % 60) as u32,
            micros,
        })
    }

    pub fn now() -> DateTime {
        let d = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        let secs = d.as_secs() as i64;
        let (year, month, day) = civil_from_days(secs.div_euclid(86400));
        let s = secs.rem_euclid(86400);
        DateTime {
            year,
            month,
            day,
            hour: (s / 3600) as u32,
            minute: (s % 3600 / 60) as u32,
            second: (s % 60) as u32,
            // Millisecond precision, as Prisma's client sends.
            micros: d.subsec_millis() * 1000,
        }
    }

    pub fn date(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    pub fn time(&self) -> String {
        format!(
            "{:02}:{:02}:{:02}.{:06}",
            self.hour, self.minute, self.second, self.micros
        )
    }

    /// Microseconds since 2000-01-01 00:00:00 (PostgreSQL's binary `timestamp` epoch).
    pub fn pg_micros(&self) -> i64 {
        let days = days_from_civil(self.year, self.month, self.day) - PG_EPOCH_DAYS;
        days * 86_400_000_000
            + (self.hour as i64 * 3600 + self.minute as i64 * 60 + self.second as i64) * 1_000_000
            + self.micros as i64
    }

    /// Days since 2000-01-01 (PostgreSQL's binary `date`).
    pub fn pg_days(&self) -> i32 {
        (days_from_civil(self.year, self.month, self.day) - PG_EPOCH_DAYS) as i32
    }

    /// `YYYY-MM-DDTHH:MM:SS.ffffffZ`.
    pub fn timestamp(&self) -> String {
        format!("{}T{}Z", self.date(), self.time())
    }
}

/// Decodes standard or URL-safe base64 (padding optional).
pub fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    let trimmed = s.trim_end_matches('=');
    if s.len() - trimmed.len() > 2 {
        return None;
    }
    for c in trimmed.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'\n' | b'\r' | b' ' => continue,
            _ => return None,
        };
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if bits >= 6 {
        return None;
    }
    Some(out)
}

/// PostgreSQL's `bytea` hex input: `\x0a1b…`.
pub fn bytea_hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(2 + bytes.len() * 2);
    s.push_str("\\x");
    for b in bytes {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// A deterministic stream of pseudo-random numbers from a key (FNV-1a seed, SplitMix64 steps):
/// the same fixture row gets the same generated id on every run.
pub struct KeyedRng(u64);

impl KeyedRng {
    pub fn new(key: &str) -> Self {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in key.bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        KeyedRng(h)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn chars(&mut self, alphabet: &[u8], n: usize) -> String {
        (0..n)
            .map(|_| alphabet[(self.next_u64() % alphabet.len() as u64) as usize] as char)
            .collect()
    }
}

const LOWER_ALNUM: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
const LOWER: &[u8] = b"abcdefghijklmnopqrstuvwxyz";
const NANOID: &[u8] = b"useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict";
const CROCKFORD: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A UUID of the given version (4 or 7) from the stream.
pub fn uuid(rng: &mut KeyedRng, version: u8) -> String {
    let hi = rng.next_u64();
    let lo = rng.next_u64();
    let hi = (hi & !0xf000) | ((version as u64 & 0xf) << 12);
    let lo = (lo & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000;
    let h = format!("{hi:016x}{lo:016x}");
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// `cuid()` (25 chars, starts with `c`) or `cuid(2)` (24 chars, starts with a letter).
pub fn cuid(rng: &mut KeyedRng, version: u8) -> String {
    if version == 2 {
        format!("{}{}", rng.chars(LOWER, 1), rng.chars(LOWER_ALNUM, 23))
    } else {
        format!("c{}", rng.chars(LOWER_ALNUM, 24))
    }
}

pub fn nanoid(rng: &mut KeyedRng, len: u32) -> String {
    rng.chars(NANOID, len as usize)
}

pub fn ulid(rng: &mut KeyedRng) -> String {
    // First char ≤ 7 keeps it within 128 bits, as a real ULID.
    format!(
        "{}{}",
        rng.chars(&CROCKFORD[..8], 1),
        rng.chars(CROCKFORD, 25)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339() {
        let d = DateTime::parse("2024-03-01T01:30:00+02:00").unwrap();
        assert_eq!(d.timestamp(), "2024-02-29T23:30:00.000000Z");
        let d = DateTime::parse("2024-06-01T12:00:00.25Z").unwrap();
        assert_eq!(d.time(), "12:00:00.250000");
        assert_eq!(
            DateTime::parse("2024-06-01").unwrap().timestamp(),
            "2024-06-01T00:00:00.000000Z"
        );
        for bad in [
            "2024-02-30",
            "2024-13-01",
            "2024-01-01T25:00:00Z",
            "2024-01-01T10:00:00",
            "yesterday",
            "2024-01-01T10:00Z",
        ] {
            assert!(DateTime::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn base64() {
        assert_eq!(base64_decode("aGVsbG8=").unwrap(), b"hello");
        assert_eq!(base64_decode("aGVsbG8").unwrap(), b"hello");
        assert!(base64_decode("a$==").is_none());
        assert_eq!(bytea_hex(b"\x01\xff"), "\\x01ff");
    }

    #[test]
    fn ids_are_deterministic_and_well_formed() {
        let a = uuid(&mut KeyedRng::new("User:alice"), 4);
        assert_eq!(a, uuid(&mut KeyedRng::new("User:alice"), 4));
        assert_eq!(&a[14..15], "4");
        assert_eq!(a.len(), 36);
        let c = cuid(&mut KeyedRng::new("x"), 1);
        assert!(c.starts_with('c') && c.len() == 25);
        assert_eq!(cuid(&mut KeyedRng::new("x"), 2).len(), 24);
        assert_eq!(nanoid(&mut KeyedRng::new("x"), 21).len(), 21);
        assert_eq!(ulid(&mut KeyedRng::new("x")).len(), 26);
    }
}

//! The canonical layout of a schema (`justify-schema format`), as `prisma format` lays it out.

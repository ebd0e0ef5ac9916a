#pragma once

#include <QStringList>

#include <vector>

namespace megaphone::Schema {

// One numbered migration. Its statements are shared by both backends; the few
// type names that differ are written as tokens:
//   {id}   an auto-numbered 64-bit primary key
//   {json} a JSON document (TEXT on SQLite, JSONB on PostgreSQL)
//   {without_rowid} after a table whose primary key is all it holds (SQLite only)
struct Migration
{
    const char *name;
    std::vector<const char *> statements;
};

const std::vector<Migration> &migrations();

// The statements of `migration` with the tokens spelled for the backend.
QStringList statements(const Migration &migration, bool postgres);

} // namespace megaphone::Schema

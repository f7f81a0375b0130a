/** @file shard_opening.cpp @brief Each shard of a stub opened alone (local, tcp or program; several at once), checked, and added to one database in stub order. */
#include "indexer/shards/shard_opening.h"

#include <algorithm>
#include <filesystem>
#include <future>
#include <optional>

#include "indexer/shards/stub_file.h"

namespace quorum::index {
namespace {

namespace fs = std::filesystem;

Xapian::Database open_shard(const StubShard& shard, const ShardOpenOptions& o) {
    switch (shard.kind) {
        case StubShard::Kind::Local:
            // A shard folder that is not there (an unmounted disk) is a shard not answering; one
            // that is there but is not a Quorum index of this schema version is an error.
            if (std::error_code ec; !fs::exists(shard.path, ec))
                throw Xapian::DatabaseOpeningError("no such folder: " + shard.path);
            return open_for_reading(shard.path);
        case StubShard::Kind::Tcp: return Xapian::Remote::open(shard.host, shard.port, o.timeout_ms, o.connect_timeout_ms);
        case StubShard::Kind::Program: return Xapian::Remote::open(shard.program, shard.args, o.timeout_ms);
    }
    throw DatabaseError("unknown shard kind for " + shard.name);
}

constexpr size_t kShardsOpenedAtOnce = 16;

struct OpenedShard {
    std::optional<Xapian::Database> db;  ///< opened and checked, or
    std::string not_answering;           ///< why it did not answer
};

OpenedShard open_checked(const StubShard& shard, const ShardOpenOptions& options, const std::string& stub) {
    OpenedShard out;
    try {
        Xapian::Database db = open_shard(shard, options);
        check_schema_version(db, stub + ": shard " + shard.name);
        out.db = std::move(db);
    } catch (const Xapian::NetworkError& e) {
        out.not_answering = e.get_description();
    } catch (const Xapian::DatabaseOpeningError& e) {
        out.not_answering = e.get_description();
    }
    return out;
}

// The catalogue entry of the shard a stub line names, or nullptr (a hand-written stub).
const CatalogueEntry* catalogued(const Catalogue& catalogue, const StubShard& shard, const fs::path& folder) {
    if (shard.kind != StubShard::Kind::Local) return nullptr;
    for (const CatalogueEntry& e : catalogue.shards)
        if ((folder / e.path).lexically_normal() == fs::path(shard.path).lexically_normal()) return &e;
    return nullptr;
}

}  // namespace

OpenedIndex open_index(const std::string& path, const ShardOpenOptions& options) {
    OpenedIndex out;
    const std::optional<std::string> stub = stub_file_for(path);
    if (!stub) {
        out.db = open_for_reading(path);
        return out;
    }
    out.sharded = true;
    const std::vector<StubShard> shards = read_stub(*stub);
    const fs::path folder = fs::path(*stub).parent_path();
    const Catalogue catalogue = read_catalogue(folder.string());
    const std::vector<bool> can_match = shards_that_can_match(catalogue, options.prune);
    std::vector<const StubShard*> to_open;
    for (const StubShard& shard : shards) {
        if (const CatalogueEntry* entry = catalogued(catalogue, shard, folder)) {
            if (!can_match[static_cast<size_t>(entry - catalogue.shards.data())]) {
                out.pruned.push_back(shard.name);
                continue;
            }
        }
        to_open.push_back(&shard);
    }
    // Each remote shard costs a connection and two round trips (its greeting, its schema
    // version): the shards are opened at the same time, kShardsOpenedAtOnce at most, each on
    // a thread of its own with handles of its own, and added in stub order. A shard that does
    // not answer is missing; any other error is thrown, the first in stub order.
    for (size_t from = 0; from < to_open.size(); from += kShardsOpenedAtOnce) {
        std::vector<std::future<OpenedShard>> opening;
        for (size_t i = from; i < std::min(to_open.size(), from + kShardsOpenedAtOnce); ++i)
            opening.push_back(std::async(std::launch::async, [&shard = *to_open[i], &options, &stub] {
                return open_checked(shard, options, *stub);
            }));
        for (size_t i = 0; i < opening.size(); ++i) {
            OpenedShard opened = opening[i].get();
            const std::string& name = to_open[from + i]->name;
            if (opened.db) {
                out.db.add_database(*opened.db);
                out.opened.push_back(name);
            } else {
                out.missing.push_back({name, opened.not_answering});
            }
        }
    }
    if (options.require_all && out.partial())
        throw ShardUnavailableError(*stub + ": " + missing_shards_note(out.missing) + " (--require-all-shards)");
    if (out.opened.empty() && !out.missing.empty())
        throw DatabaseError(*stub + ": no shard answered: " + missing_shards_note(out.missing));
    return out;
}

std::string missing_shards_note(const std::vector<MissingShard>& missing) {
    std::string note = "shards not answering: ";
    for (size_t i = 0; i < missing.size(); ++i)
        note += (i ? ", " : "") + missing[i].name + " (" + missing[i].reason + ")";
    return note;
}

}  // namespace quorum::index

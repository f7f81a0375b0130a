// Stored data: plain JSON or zstd with the index's dictionary (schema/stored_data_codec.h), and
// the indexer's writer that trains the dictionary from an index's first documents.
#include <catch2/catch.hpp>

#include <xapian.h>

#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "indexer/indexer.h"
#include "indexer/stored_data_writer.h"
#include "schema/fields.h"
#include "schema/index_data_codec.h"
#include "schema/stored_record.h"
#include "tests/temp_dir.h"

using quorum::schema::StoredDataCodec;

namespace {

// Minutes-like JSON that repeats its keys and boilerplate from one document to the next.
std::string sample_json(int i) {
    std::string text;
    for (int k = 0; k < 40; ++k)
        text += "Item " + std::to_string(k) + ". The committee considered the report of the Community Safety Manager on " +
                (k % 2 ? "anti-social behaviour" : "road safety") + " in ward " + std::to_string((i * 7 + k) % 23) +
                ". RESOLVED that the report be noted. ";
    return nlohmann::json({{"id", "d" + std::to_string(i)}, {"council", {"Eastmere District Council"}}, {"text", text}})
        .dump();
}

std::vector<std::string> samples(int n) {
    std::vector<std::string> out;
    for (int i = 0; i < n; ++i) out.push_back(sample_json(i));
    return out;
}

}  // namespace

TEST_CASE("stored data without a dictionary is the JSON itself", "[schema][stored-data]") {
    const StoredDataCodec plain;
    const std::string json = sample_json(1);
    CHECK(plain.encode(json) == json);
    CHECK(plain.decode(json) == json);
    CHECK_FALSE(StoredDataCodec::is_compressed(json));
}

TEST_CASE("stored data with a trained dictionary round-trips and is several times smaller than the JSON",
          "[schema][stored-data]") {
    const std::string dictionary = StoredDataCodec::train_dictionary(samples(300));
    REQUIRE_FALSE(dictionary.empty());
    const StoredDataCodec codec(dictionary);
    const std::string json = sample_json(1000);  // not one of the samples
    const std::string data = codec.encode(json);
    CHECK(StoredDataCodec::is_compressed(data));
    CHECK(data.size() * 5 < json.size());
    CHECK(codec.decode(data) == json);
    CHECK(codec.decode(json) == json);  // a document written before the dictionary existed
    CHECK(quorum::schema::parse_stored(codec, data).value("id", "") == "d1000");
}

TEST_CASE("a copy of a codec keeps working after the original is gone, decoding first and encoding later",
          "[schema][stored-data]") {
    const std::string dictionary = StoredDataCodec::train_dictionary(samples(300));
    REQUIRE_FALSE(dictionary.empty());
    const std::string json = sample_json(2000);
    std::string data;
    std::optional<StoredDataCodec> copy;
    {
        const StoredDataCodec original(dictionary);
        data = original.encode(json);
        copy = original;  // shares the digested dictionaries
    }
    CHECK(copy->decode(data) == json);
    CHECK(copy->decode(copy->encode(json)) == json);

    // A codec that has only decoded (as every search does) can still encode, from any thread.
    const StoredDataCodec reader(dictionary);
    CHECK(reader.decode(data) == json);
    std::vector<std::string> encoded(4);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < encoded.size(); ++i) threads.emplace_back([&, i] { encoded[i] = reader.encode(json); });
    for (auto& t : threads) t.join();
    for (const auto& e : encoded) CHECK(reader.decode(e) == json);
}

TEST_CASE("too few samples train no dictionary, and compressed data is an error without the one it needs",
          "[schema][stored-data]") {
    CHECK(StoredDataCodec::train_dictionary(samples(5)).empty());
    CHECK(StoredDataCodec::train_dictionary({}).empty());
    const StoredDataCodec codec(StoredDataCodec::train_dictionary(samples(300)));
    const std::string data = codec.encode(sample_json(7));
    CHECK_THROWS_AS(StoredDataCodec().decode(data), quorum::schema::StoredDataError);
    std::string damaged = data;
    damaged.resize(damaged.size() / 2);
    CHECK_THROWS_AS(codec.decode(damaged), quorum::schema::StoredDataError);
}

TEST_CASE("a codec decodes plain JSON and frames of its own dictionary, not another's", "[schema][stored-data]") {
    const StoredDataCodec a(StoredDataCodec::train_dictionary(samples(300)));
    std::vector<std::string> others;
    for (int i = 5000; i < 5300; ++i) others.push_back(sample_json(i) + " Other boilerplate " + std::to_string(i % 7));
    const StoredDataCodec b(StoredDataCodec::train_dictionary(others));
    const StoredDataCodec none;
    const std::string json = sample_json(3000);
    struct Row {
        const char* what;
        const StoredDataCodec& codec;
        std::string data;
        bool decodes;
    };
    for (const Row& row : {Row{"plain JSON, with a dictionary", a, json, true},
                           Row{"plain JSON, without", none, json, true},
                           Row{"its own frame", a, a.encode(json), true},
                           Row{"another dictionary's frame", b, a.encode(json), false},
                           Row{"a frame, without a dictionary", none, a.encode(json), false}}) {
        INFO(row.what);
        CHECK(row.codec.decodes(row.data) == row.decodes);
        if (row.decodes) CHECK(row.codec.decode(row.data) == json);
    }
}

TEST_CASE("a shard's dictionary is read once for the process, and again when its data names another one",
          "[schema][stored-data]") {
    quorum::test::TempDir dir;
    const std::string path = (dir.path() / "db").string();
    const std::string key(quorum::schema::kDataDictionaryKey);
    const std::string json = sample_json(4000);
    const StoredDataCodec first(StoredDataCodec::train_dictionary(samples(300)));
    Xapian::docid did = 0;
    {
        Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
        db.set_metadata(key, first.dictionary());
        Xapian::Document doc;
        doc.set_data(first.encode(json));
        did = db.add_document(doc);
        db.commit();
    }
    const Xapian::Database before(path);
    const std::string data = before.get_document(did).get_data();
    const quorum::schema::IndexDataCodecs one_search(before), next_search(before);
    const StoredDataCodec& read = one_search.for_data(did, data);
    CHECK(read.decode(data) == json);
    CHECK(&next_search.for_data(did, data) == &read);  // kept, not read again

    // The same index (same uuid) with a new dictionary, every document written again with it.
    std::vector<std::string> others;
    for (int i = 6000; i < 6300; ++i) others.push_back(sample_json(i) + " Later boilerplate " + std::to_string(i % 5));
    const StoredDataCodec second(StoredDataCodec::train_dictionary(others));
    {
        Xapian::WritableDatabase db(path);
        db.set_metadata(key, second.dictionary());
        Xapian::Document doc;
        doc.set_data(second.encode(json));
        db.replace_document(did, doc);
        db.commit();
    }
    const Xapian::Database after(path);
    REQUIRE(after.get_uuid() == before.get_uuid());
    const std::string rewritten = after.get_document(did).get_data();
    CHECK_FALSE(read.decodes(rewritten));
    const quorum::schema::IndexDataCodecs later(after);
    CHECK(later.for_data(did, rewritten).decode(rewritten) == json);
    CHECK(later.for_document(did).decode(rewritten) == json);
}

TEST_CASE("the writer trains the dictionary from an index's first documents and re-encodes them",
          "[indexer][stored-data]") {
    quorum::test::TempDir dir;
    const std::string path = (dir.path() / "db").string();
    {
        Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
        quorum::index::StoredDataWriter writer(db);
        for (int i = 0; i < 400; ++i) {
            Xapian::Document doc;
            doc.add_boolean_term("Qd" + std::to_string(i));
            doc.set_data(sample_json(i));
            writer.replace("Qd" + std::to_string(i), doc);
        }
        writer.finish();
        db.commit();
    }
    Xapian::Database db(path);
    REQUIRE_FALSE(db.get_metadata(std::string(quorum::schema::kDataDictionaryKey)).empty());
    const StoredDataCodec codec = quorum::schema::index_data_codec(db);
    for (int i : {0, 199, 399}) {
        auto it = db.postlist_begin("Qd" + std::to_string(i));
        REQUIRE(it != db.postlist_end("Qd" + std::to_string(i)));
        const std::string data = db.get_document(*it).get_data();
        CHECK(StoredDataCodec::is_compressed(data));  // written plain, re-encoded after training
        CHECK(codec.decode(data) == sample_json(i));
    }
}

TEST_CASE("an index is compacted after a run only when it wrote many documents and much of the index",
          "[indexer][compaction]") {
    using quorum::index::should_compact;
    CHECK(should_compact(10000, 10000));  // a first build
    CHECK(should_compact(2500, 10000));   // a quarter rewritten
    CHECK_FALSE(should_compact(100, 10000));  // 1% changed: the usual incremental run
    CHECK_FALSE(should_compact(2000, 10000));
    CHECK_FALSE(should_compact(500, 500));  // a small archive: too little to gain
}

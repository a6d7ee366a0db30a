using System.Collections.Generic;

namespace PeerPractice.Sqlite;

/// <summary>
/// The database schema, as an ordered list of migrations. <c>PRAGMA user_version</c> records how
/// many have been applied; each runs in its own transaction, so a failure leaves the previous
/// version intact. Never edit a released migration: add a new one.
/// </summary>
internal static class SchemaMigrations
{
    public static IReadOnlyList<string> All { get; } =
    [
        // 1: members, pairing history and the session event log.
        """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;

        CREATE TABLE members (
            id        TEXT PRIMARY KEY,
            json      TEXT NOT NULL,
            imported  TEXT NOT NULL
        ) STRICT;

        CREATE TABLE rounds (
            id         INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            seed       INTEGER NOT NULL,
            kind       TEXT NOT NULL
        ) STRICT;

        CREATE TABLE pairings (
            round_id  INTEGER NOT NULL REFERENCES rounds(id),
            member_a  TEXT NOT NULL,
            member_b  TEXT NOT NULL,
            met       INTEGER,
            rating    INTEGER CHECK (rating BETWEEN 1 AND 5),
            feedback  TEXT,
            PRIMARY KEY (round_id, member_a, member_b),
            CHECK (member_a < member_b)
        ) STRICT;
        CREATE INDEX pairings_by_pair ON pairings(member_a, member_b);

        CREATE TABLE sit_outs (
            round_id  INTEGER NOT NULL REFERENCES rounds(id),
            member_id TEXT NOT NULL,
            PRIMARY KEY (round_id, member_id)
        ) STRICT;

        CREATE TABLE sessions (
            id           TEXT PRIMARY KEY,
            agenda_id    TEXT NOT NULL,
            agenda_json  TEXT NOT NULL,
            created_at   TEXT NOT NULL,
            participants TEXT NOT NULL,
            settings     TEXT NOT NULL,
            status       TEXT NOT NULL
        ) STRICT;

        CREATE TABLE session_events (
            session_id TEXT NOT NULL REFERENCES sessions(id),
            sequence   INTEGER NOT NULL,
            kind       TEXT NOT NULL,
            encrypted  INTEGER NOT NULL,
            payload    BLOB NOT NULL,
            PRIMARY KEY (session_id, sequence)
        ) STRICT;
        """,

        // 2: the last time a host showed for a session, so time without events survives a quit.
        """
        ALTER TABLE sessions ADD COLUMN clock_at TEXT;
        CREATE INDEX sessions_by_status ON sessions(status);
        """,

        // 3 (lifecycle): relationships, the series link from their sessions, and introductions.
        """
        ALTER TABLE sessions ADD COLUMN relationship_id TEXT;
        CREATE INDEX sessions_by_relationship ON sessions(relationship_id);

        CREATE TABLE relationships (
            id         TEXT PRIMARY KEY,
            started_at TEXT NOT NULL,
            json       TEXT NOT NULL
        ) STRICT;

        CREATE TABLE introductions (
            id            TEXT PRIMARY KEY,
            member_a      TEXT NOT NULL,
            member_b      TEXT NOT NULL,
            source        TEXT NOT NULL,
            round_id      INTEGER,
            created_at    TEXT NOT NULL,
            expires_at    TEXT NOT NULL,
            reasons_a     TEXT NOT NULL,
            reasons_b     TEXT NOT NULL,
            accepted_a    INTEGER,
            answered_a_at TEXT,
            accepted_b    INTEGER,
            answered_b_at TEXT,
            CHECK (member_a <> member_b)
        ) STRICT;
        CREATE INDEX introductions_by_a ON introductions(member_a);
        CREATE INDEX introductions_by_b ON introductions(member_b);
        """,

        // 4 (gatherings): breakfast events and site visits, each kept whole in its file format
        // (*.event.json, *.visit-plan.json), so the store and the files can never disagree.
        """
        CREATE TABLE breakfasts (
            id         TEXT PRIMARY KEY,
            start_utc  TEXT NOT NULL,
            json       TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE visits (
            id            TEXT PRIMARY KEY,
            start_utc     TEXT NOT NULL,
            reciprocal_of TEXT,
            json          TEXT NOT NULL,
            updated_at    TEXT NOT NULL
        ) STRICT;
        """,
    ];

    public static int LatestVersion => All.Count;
}

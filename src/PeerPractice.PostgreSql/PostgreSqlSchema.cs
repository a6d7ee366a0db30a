using System.Collections.Generic;

namespace PeerPractice.PostgreSql;

/// <summary>
/// The schema, as an ordered list of migrations; <c>peerpractice_meta.schema_version</c> records how
/// many have run. Tables are prefixed <c>peerpractice_</c> so the database can also hold Orleans'
/// clustering tables. Never edit a released migration: add a new one.
/// </summary>
internal static class PostgreSqlSchema
{
    public const string VersionKey = "schema_version";

    /// <summary>Serializes migrations of several processes opening one database at once (a transaction-level advisory lock).</summary>
    public const long MigrationLock = 0x5065_6572_5072_6163; // "PeerPrac"

    public const string Meta = "CREATE TABLE IF NOT EXISTS peerpractice_meta (key text PRIMARY KEY, value text NOT NULL)";

    public static IReadOnlyList<string> Migrations { get; } =
    [
        // 1: the session event log, members and pairing history.
        """
        CREATE TABLE peerpractice_sessions (
            id           text COLLATE "C" PRIMARY KEY,
            agenda_id    text NOT NULL,
            agenda_json  text NOT NULL,
            created_at   text NOT NULL,
            created_utc  bigint NOT NULL,
            participants text NOT NULL,
            host_data    text,
            status       text NOT NULL,
            version      bigint NOT NULL DEFAULT 0,
            clock_at     text,
            clock_utc    bigint
        );
        CREATE INDEX peerpractice_sessions_by_created ON peerpractice_sessions(created_utc, id);
        CREATE INDEX peerpractice_sessions_by_status ON peerpractice_sessions(status);

        CREATE TABLE peerpractice_session_events (
            session_id text COLLATE "C" NOT NULL REFERENCES peerpractice_sessions(id),
            sequence   bigint NOT NULL,
            kind       text NOT NULL,
            encrypted  boolean NOT NULL,
            payload    bytea NOT NULL,
            PRIMARY KEY (session_id, sequence)
        );

        CREATE TABLE peerpractice_members (
            id       text COLLATE "C" PRIMARY KEY,
            json     text NOT NULL,
            imported text NOT NULL
        );

        CREATE TABLE peerpractice_rounds (
            id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            created_at text NOT NULL,
            seed       bigint NOT NULL,
            kind       text NOT NULL
        );

        CREATE TABLE peerpractice_pairings (
            round_id bigint NOT NULL REFERENCES peerpractice_rounds(id),
            member_a text COLLATE "C" NOT NULL,
            member_b text COLLATE "C" NOT NULL,
            met      boolean,
            rating   integer CHECK (rating BETWEEN 1 AND 5),
            feedback text,
            PRIMARY KEY (round_id, member_a, member_b),
            CHECK (member_a < member_b)
        );
        CREATE INDEX peerpractice_pairings_by_pair ON peerpractice_pairings(member_a, member_b);

        CREATE TABLE peerpractice_sit_outs (
            round_id  bigint NOT NULL REFERENCES peerpractice_rounds(id),
            member_id text COLLATE "C" NOT NULL,
            PRIMARY KEY (round_id, member_id)
        );
        """,

        // 2: relationships (their sessions link back by sessions.relationship_id), introductions (one
        // column pair per side's answer, written only while empty), breakfasts and site visits (each
        // whole, in its file format). Every row counts its writes in "version".
        """
        ALTER TABLE peerpractice_sessions ADD COLUMN relationship_id text COLLATE "C";
        CREATE INDEX peerpractice_sessions_by_relationship ON peerpractice_sessions(relationship_id) WHERE relationship_id IS NOT NULL;

        CREATE TABLE peerpractice_relationships (
            id          text COLLATE "C" PRIMARY KEY,
            started_at  text NOT NULL,
            started_utc bigint NOT NULL,
            json        text NOT NULL,
            version     bigint NOT NULL DEFAULT 1
        );
        CREATE INDEX peerpractice_relationships_by_start ON peerpractice_relationships(started_utc, id);

        CREATE TABLE peerpractice_introductions (
            id            text COLLATE "C" PRIMARY KEY,
            member_a      text COLLATE "C" NOT NULL,
            member_b      text COLLATE "C" NOT NULL,
            source        text NOT NULL,
            round_id      bigint,
            created_at    text NOT NULL,
            created_utc   bigint NOT NULL,
            expires_at    text NOT NULL,
            reasons_a     text NOT NULL,
            reasons_b     text NOT NULL,
            accepted_a    boolean,
            answered_a_at text,
            accepted_b    boolean,
            answered_b_at text,
            CHECK (member_a <> member_b),
            CHECK ((accepted_a IS NULL) = (answered_a_at IS NULL) AND (accepted_b IS NULL) = (answered_b_at IS NULL))
        );
        CREATE INDEX peerpractice_introductions_by_a ON peerpractice_introductions(member_a);
        CREATE INDEX peerpractice_introductions_by_b ON peerpractice_introductions(member_b);
        CREATE INDEX peerpractice_introductions_declined ON peerpractice_introductions(id) WHERE accepted_a = false OR accepted_b = false;

        CREATE TABLE peerpractice_breakfasts (
            id        text COLLATE "C" PRIMARY KEY,
            start_utc bigint NOT NULL,
            json      text NOT NULL,
            version   bigint NOT NULL DEFAULT 1
        );

        CREATE TABLE peerpractice_visits (
            id            text COLLATE "C" PRIMARY KEY,
            start_utc     bigint NOT NULL,
            reciprocal_of text COLLATE "C",
            json          text NOT NULL,
            version       bigint NOT NULL DEFAULT 1
        );
        """,
    ];

    public static int LatestVersion => Migrations.Count;
}
